package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.ingest.RawArticle;
import org.marsad.model.Source;

/**
 * The source of a record: the outlet from the URL's domain, linked to the knowledge base.
 * Each row: url, the container's outlet field, then outlet, outlet_basis and outlet_kb.
 */
class OutletLinkingTest {
  private static final String TEXT = "قال المتحدث باسم المجلس الرئاسي إن الاجتماع عقد في طرابلس يوم"
      + " الاثنين لبحث الترتيبات الأمنية في العاصمة.";

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      https://www.aljazeera.net/news/x | null       | الجزيرة         | url   | al-jazeera
      https://m.libyaobserver.ly/x     | null       | ليبيا أوبزرفر    | url   | libya-observer
      https://example.com/news/1       | null       | example.com     | url   | null
      null                             | Al Jazeera | Al Jazeera      | jsonl | al-jazeera
      # the site an article was read from is its publisher, whatever the container says
      https://www.alwasat.ly/news/1    | الوسط      | الوسط           | jsonl | alwasat
      https://www.alwasat.ly/news/1    | مجهول      | مجهول           | jsonl | alwasat
      null                             | null       | null            | null  | null
      """)
  void outletOfTheSource(String url, String field, String outlet, String basis, String kb) {
    RawArticle raw = new RawArticle("a", "a.txt", url, field, null, null, RawArticle.Markup.TEXT,
        TEXT);
    Source s = Pipeline.standard().run(raw).source();
    assertEquals(outlet, s.outlet());
    assertEquals(basis, s.outletBasis());
    assertEquals(kb, s.outletKb());
  }

  @org.junit.jupiter.api.Test
  void outletOfTheAuthorNoteWhenNothingElseNamesIt() {
    String text = "مصر تدرس خياراتها في ليبيا\n\n" + TEXT + "\n\n" + TEXT + "\n\nWritten by نور الدين"
        + "\n\nنور الدين من مواليد عام 1984، هو كاتب وخبير في موقع الدفاع العربي، ومهتم بالقضايا"
        + " المتعلقة بالدفاع. إقرأ المزيد";
    RawArticle raw = new RawArticle("a", "a.txt", null, null, null, null, RawArticle.Markup.TEXT,
        text);
    Source s = Pipeline.standard().run(raw).source();
    assertEquals("defense-arab", s.outletKb());
    assertEquals("author", s.outletBasis());
  }
}
