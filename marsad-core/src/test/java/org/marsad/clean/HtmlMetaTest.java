package org.marsad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** What a page states about itself, from meta tags and JSON-LD, on pages written for the tests. */
class HtmlMetaTest {
  private static final String BODY = "<body><article><h1>افتتاح سوق جديد</h1>"
      + "<p>افتتحت البلدية سوقا جديدا للخضار في وسط المدينة.</p></article></body>";

  private static PageMeta read(String head) {
    return HtmlMeta.read(Jsoup.parse("<html><head>" + head + "</head>" + BODY + "</html>"));
  }

  @Test
  void metaTagsGiveTheSiteTheDateAndTheAuthor() {
    PageMeta m = read("<meta property=\"og:site_name\" content=\"بوابة المدينة\">"
        + "<meta property=\"article:published_time\" content=\"2021-03-12T09:15:00+02:00\">"
        + "<meta name=\"author\" content=\"سالم الهادي\">");
    assertEquals(new PageMeta("افتتاح سوق جديد", "بوابة المدينة", "page",
        "2021-03-12T09:15:00+02:00", "page", "سالم الهادي"), m);
  }

  @Test
  void jsonLdNewsArticleGivesThePublisherTheDateAndTheAuthors() {
    PageMeta m = read("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        + "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"غير هذا\"},{\"@type\":\"NewsArticle\","
        + "\"headline\":\"افتتاح سوق جديد\",\"datePublished\":\"2021-03-12\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"سالم الهادي\"},"
        + "{\"@type\":\"Person\",\"name\":\"منى علي\"}],"
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"صحيفة المدينة\"}}]}</script>");
    assertEquals(new PageMeta("افتتاح سوق جديد", "صحيفة المدينة", "jsonld", "2021-03-12",
        "jsonld", "سالم الهادي، منى علي"), m);
  }

  @Test
  void metaTagsWinOverJsonLd() {
    PageMeta m = read("<meta property=\"og:site_name\" content=\"بوابة المدينة\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2021-03-12\",\"publisher\":\"صحيفة المدينة\"}</script>");
    assertEquals("بوابة المدينة", m.site());
    assertEquals("page", m.siteBasis());
    assertEquals("2021-03-12", m.date());
    assertEquals("jsonld", m.dateBasis());
  }

  @Test
  void brokenJsonLdIsIgnored() {
    PageMeta m = read("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"datePublished\":</script><time datetime=\"2021-03-14\">14 مارس</time>");
    assertEquals("2021-03-14", m.date());
    assertEquals("page", m.dateBasis());
  }
}
