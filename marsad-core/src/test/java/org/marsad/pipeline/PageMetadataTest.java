package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.marsad.ingest.RawArticle;
import org.marsad.model.DateValue;
import org.marsad.model.Document;

/**
 * A record's metadata from an HTML page and from a dateline, end to end through the pipeline, on
 * pages written for the tests: what the page states beats the dateline, which beats nothing.
 */
class PageMetadataTest {
  private static final String BODY = "<h1>افتتاح سوق جديد في مصراتة</h1>"
      + "<p>مصراتة 12 مارس 2021 (وال) – افتتحت البلدية سوقا جديدا للخضار في وسط المدينة، بحضور"
      + " عدد من التجار والمواطنين.</p><p>وقال رئيس البلدية إن السوق سيفتح أبوابه يوميا من"
      + " الصباح حتى المساء.</p>";

  private static Document run(String head) {
    String html = "<html><head>" + head + "</head><body><article>" + BODY
        + "</article></body></html>";
    return Pipeline.standard().run(new RawArticle("p", "p.html", null, null, null, null,
        RawArticle.Markup.HTML, html));
  }

  @Test
  void jsonLdGivesPublisherDateAndAuthor() {
    Document d = run("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2021-03-13T10:00:00Z\",\"author\":{\"name\":\"سالم الهادي\"},"
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"بوابة الوسط\"}}</script>");
    assertEquals(new DateValue("2021-03-13", "day", null, "jsonld"), d.published());
    assertEquals("بوابة الوسط", d.source().outlet());
    assertEquals("jsonld", d.source().outletBasis());
    assertEquals("alwasat", d.source().outletKb());
    assertEquals("سالم الهادي", d.source().author());
    assertEquals("مصراتة", d.source().dateline().place());
  }

  @Test
  void withoutPageMetadataTheDatelineGivesDateAndAgency() {
    Document d = run("<title>افتتاح سوق جديد في مصراتة</title>");
    assertEquals(new DateValue("2021-03-12", "day", null, "dateline"), d.published());
    assertEquals("وكالة الأنباء الليبية", d.source().outlet());
    assertEquals("dateline", d.source().outletBasis());
    assertEquals("lana", d.source().outletKb());
  }
}
