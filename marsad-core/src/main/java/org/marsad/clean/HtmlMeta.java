package org.marsad.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page states about itself: the headline ({@code h1}, {@code og:title}, the page
 * title), the site ({@code og:site_name}, the JSON-LD article's {@code publisher}, {@code
 * application-name}, the part of the page title after the headline), the publication date
 * ({@code article:published_time}, the JSON-LD {@code datePublished}, {@code itemprop}, {@code
 * pubdate} and Dublin Core tags, a {@code <time datetime>}) and the author ({@code <meta
 * name="author">}, the JSON-LD {@code author}). JSON-LD is read with a JSON parser: a single
 * object, an array or an {@code @graph}, the first object whose {@code @type} is an article
 * ({@code NewsArticle}, {@code Article}, {@code ReportageNewsArticle}, ...); malformed JSON-LD is
 * ignored. Pure and thread-safe.
 */
final class HtmlMeta {
  private HtmlMeta() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article",
      "reportagenewsarticle", "analysisnewsarticle", "blogposting", "opinionnewsarticle",
      "backgroundnewsarticle", "webpage");

  static PageMeta read(Document doc) {
    JsonNode ld = jsonLdArticle(doc);
    String title = first(text(doc, "h1"), attr(doc, "meta[property=og:title]"),
        doc.title().isBlank() ? null : doc.title(), ld == null ? null : string(ld, "headline"));
    String site = attr(doc, "meta[property=og:site_name]");
    String siteBasis = "page";
    if (site == null && ld != null) {
      site = name(ld.get("publisher"));
      siteBasis = "jsonld";
    }
    if (site == null) {
      site = first(attr(doc, "meta[name=application-name]"), attr(doc, "meta[name=publisher]"),
          attr(doc, "meta[itemprop=publisher]"), titleSuffix(doc.title(), title));
      siteBasis = "page";
    }
    String date = attr(doc, "meta[property=article:published_time]");
    String dateBasis = "page";
    if (date == null && ld != null) {
      date = string(ld, "datePublished");
      dateBasis = "jsonld";
    }
    if (date == null) {
      date = first(attr(doc, "meta[itemprop=datePublished]"), attr(doc, "meta[name=pubdate]"),
          attr(doc, "meta[name=publishdate]"), attr(doc, "meta[name=date]"),
          attr(doc, "meta[name=DC.date.issued]"), timeAttr(doc));
      dateBasis = "page";
    }
    String author = first(attr(doc, "meta[name=author]"),
        ld == null ? null : name(ld.get("author")));
    return new PageMeta(title, site, site == null ? null : siteBasis, date,
        date == null ? null : dateBasis, author);
  }

  /** The first article object of the page's JSON-LD, or null. */
  static JsonNode jsonLdArticle(Document doc) {
    for (Element s : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(s.data());
      } catch (JsonProcessingException e) {
        continue; // a page's broken JSON-LD says nothing
      }
      List<JsonNode> candidates = new ArrayList<>();
      collect(root, candidates, 0);
      for (JsonNode n : candidates) {
        if (isArticle(n.get("@type"))) {
          return n;
        }
      }
    }
    return null;
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        collect(n, out, depth + 1);
      }
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out, depth + 1);
    }
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    return type.isTextual() && ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
  }

  /** A name: a string, an object's {@code name}, or the names of an array joined by "، ". */
  private static String name(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText().isBlank() ? null : node.asText().strip();
    }
    if (node.isObject()) {
      return name(node.get("name"));
    }
    if (node.isArray()) {
      List<String> names = new ArrayList<>();
      for (JsonNode n : node) {
        String s = name(n);
        if (s != null) {
          names.add(s);
        }
      }
      return names.isEmpty() ? null : String.join("\u060C ", names);
    }
    return null;
  }

  private static String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText().strip() : null;
  }

  /**
   * The site name of a page title written "headline | site" or "headline - site", when the part
   * before the separator is the headline.
   */
  static String titleSuffix(String pageTitle, String headline) {
    if (pageTitle == null || headline == null) {
      return null;
    }
    for (String sep : new String[] {" | ", " - ", " \u2013 ", " \u2014 ", " :: "}) {
      int at = pageTitle.lastIndexOf(sep);
      if (at > 0 && PhraseList.key(pageTitle.substring(0, at)).equals(PhraseList.key(headline))) {
        String site = pageTitle.substring(at + sep.length()).strip();
        return site.isEmpty() || site.length() > 60 ? null : site;
      }
    }
    return null;
  }

  private static String attr(Document doc, String css) {
    Element e = doc.selectFirst(css);
    if (e == null) {
      return null;
    }
    String v = e.hasAttr("content") ? e.attr("content") : e.text();
    return v.isBlank() ? null : v.strip();
  }

  private static String text(Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null || e.text().isBlank() ? null : e.text().strip();
  }

  /**
   * The {@code datetime} of the page's {@code <time>}: one inside an {@code article} first, then
   * one marked {@code pubdate}, then any. Written without a descendant selector ({@code article
   * time}), which costs the depth of the tree for every element: quadratic on deeply nested pages.
   */
  private static String timeAttr(Document doc) {
    Element inArticle = null;
    Element pubdate = null;
    Element any = null;
    for (Element e : doc.select("time[datetime]")) {
      if (e.attr("datetime").isBlank()) {
        continue;
      }
      if (inArticle == null && e.closest("article") != null) {
        inArticle = e;
      }
      if (pubdate == null && e.hasAttr("pubdate")) {
        pubdate = e;
      }
      if (any == null) {
        any = e;
      }
    }
    Element e = inArticle != null ? inArticle : pubdate != null ? pubdate : any;
    return e == null ? null : e.attr("datetime").strip();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
