package org.marsad.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.marsad.ingest.RawArticle;

/**
 * The whole pipeline ({@code Pipeline.standard().run}) on mutated real Arabic, random Unicode,
 * huge lines and broken HTML, with odd metadata: no exception, and a consistent record.
 */
@Tag("fuzz")
class PipelinePropertiesTest {
  @Provide
  Arbitrary<String> text() {
    return Inputs.anyText();
  }

  @Provide
  Arbitrary<String> html() {
    return Inputs.anyHtml();
  }

  @Provide
  Arbitrary<String> meta() {
    return Arbitraries.oneOf(Inputs.oddRun(), Arbitraries.of("2020-05-17", "الأحد 17 مايو 2020",
        "https://مثال.مصر/a", "")).injectNull(0.5);
  }

  @Property(tries = 200)
  void textArticles(@ForAll("text") String text, @ForAll("meta") String title,
      @ForAll("meta") String date) {
    Behaviour.checkArticle(new RawArticle("t", "t.txt", null, null, title, date,
        RawArticle.Markup.TEXT, text));
  }

  @Property(tries = 150)
  void htmlArticles(@ForAll("html") String html, @ForAll("meta") String outlet,
      @ForAll("meta") String url) {
    Behaviour.checkArticle(new RawArticle("h", "h.html", url, outlet, null, null,
        RawArticle.Markup.HTML, html));
  }
}
