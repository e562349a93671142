package org.marsad.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.marsad.model.Code;
import org.marsad.model.RemovalReason;
import org.marsad.model.Removed;

/**
 * Turns an HTML page into blocks in reading order, with jsoup (which repairs malformed markup).
 *
 * <p>Steps: read the page's own metadata ({@link HtmlMeta}); drop non-text
 * markup (scripts, styles, forms' controls); remove page regions that markup marks as boilerplate
 * ({@code nav}, {@code aside}, {@code figcaption}, site {@code header}/{@code footer}, and elements
 * whose class or id names comments, sharing, related posts, author boxes, tags, newsletters,
 * cookies or ads), recording their text; pick the article container (the {@code article} element,
 * or the element whose paragraphs hold the most text); blocks outside it are marked as
 * boilerplate and left for {@link Cleaner} to record.
 */
final class HtmlBlocks {
  private HtmlBlocks() {}

  record Page(List<Block> blocks, List<Removed> removed, PageMeta meta) {}

  private static final Set<String> BLOCK_TAGS =
      Set.of("p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4",
          "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "td", "tr", "table", "dt", "dd", "dl",
          "figure", "body", "address", "center", "hr");

  /** Class or id tokens and the reason a region named so is boilerplate. */
  private static final String[][] REGION_NAMES = {
    {"comment", "comments"}, {"comments", "comments"}, {"respond", "comments"},
    {"disqus", "comments"}, {"share", "share"}, {"sharing", "share"}, {"social", "share"},
    {"sharedaddy", "share"}, {"related", "related"}, {"relatedposts", "related"},
    {"jp-relatedposts", "related"}, {"more-articles", "related"}, {"read-more", "related"},
    {"recommended", "related"}, {"most-read", "related"}, {"author-box", "author"},
    {"author-bio", "author"}, {"authorbox", "author"}, {"about-author", "author"},
    {"bio", "author"}, {"tags", "tags"}, {"tag-links", "tags"}, {"post-tags", "tags"},
    {"keywords", "tags"}, {"newsletter", "appeal"}, {"subscribe", "appeal"},
    {"subscription", "appeal"}, {"donate", "appeal"}, {"donation", "appeal"},
    {"membership", "appeal"}, {"cookie", "cookies"}, {"cookies", "cookies"},
    {"consent", "cookies"}, {"gdpr", "cookies"}, {"breadcrumb", "navigation"},
    {"breadcrumbs", "navigation"}, {"menu", "navigation"}, {"navbar", "navigation"},
    {"sidebar", "related"}, {"widget", "related"}, {"advert", "ads"}, {"ads", "ads"},
    {"ad-slot", "ads"}, {"sponsored", "ads"}, {"caption", "caption"},
    {"wp-caption-text", "caption"}, {"post-meta", "byline"}, {"entry-meta", "byline"},
    {"td-post-sharing", "share"}, {"comments-area", "comments"}, {"author", "author"},
    {"footer", "navigation"}, {"site-footer", "navigation"}, {"site-header", "navigation"},
    {"mobile-version", "navigation"}, {"print", "share"}
  };

  static Page parse(String html) {
    Document doc = Jsoup.parse(html);
    PageMeta meta = HtmlMeta.read(doc);
    doc.select("script, style, noscript, template, svg, iframe, canvas, button, input, select, "
        + "textarea, link, meta, object, embed, video, audio, img, picture, source").remove();
    Element body = doc.body();
    List<Removed> removed = new ArrayList<>();
    // in document order; a removed region's elements are not visited (no walk up to the body
    // for each element, which would be quadratic in the depth of the markup)
    body.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node == body || !(node instanceof Element el)) {
          return FilterResult.CONTINUE;
        }
        RemovalReason reason = regionReason(el);
        if (reason == null || holdsTheArticle(el, body)) {
          return FilterResult.CONTINUE;
        }
        String text = el.text().strip();
        if (!text.isEmpty()) {
          removed.add(new Removed(text, reason));
        }
        return FilterResult.REMOVE;
      }
    });
    Element container = container(body);
    List<Block> blocks = new ArrayList<>();
    StringBuilder tail = new StringBuilder();
    int[] tailLinks = new int[1];
    collect(body, container, container == body, blocks, tail, tailLinks);
    flush(blocks, tail, tailLinks, null, container == body);
    return new Page(blocks, removed, meta);
  }

  private static RemovalReason regionReason(Element el) {
    String tag = el.normalName();
    switch (tag) {
      case "nav":
        return RemovalReason.NAVIGATION;
      case "aside":
        return RemovalReason.RELATED;
      case "figcaption":
        return RemovalReason.CAPTION;
      case "form":
        return RemovalReason.COMMENTS;
      case "header":
      case "footer":
        if (el.closest("article") == null) {
          return RemovalReason.NAVIGATION;
        }
        return tag.equals("footer") ? RemovalReason.NAVIGATION : null;
      default:
        break;
    }
    String names = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT);
    if (names.isBlank()) {
      return null;
    }
    for (String token : names.split("[\\s_]+")) {
      for (String[] rn : REGION_NAMES) {
        if (token.equals(rn[0]) || token.startsWith(rn[0] + "-") || token.endsWith("-" + rn[0])) {
          return Code.of(RemovalReason.class, rn[1]);
        }
      }
    }
    return null;
  }

  /** A region must not be removed when it holds most of the page's paragraph text. */
  private static boolean holdsTheArticle(Element el, Element body) {
    int inside = paragraphChars(el);
    return inside > 0 && inside * 2 > paragraphChars(body);
  }

  private static int paragraphChars(Element el) {
    int n = 0;
    for (Element p : el.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  /** The article element, or the element whose own paragraphs hold the most text. */
  private static Element container(Element body) {
    Element best = null;
    int bestScore = 0;
    java.util.Map<Element, Integer> score = new java.util.IdentityHashMap<>();
    for (Element p : body.select("p, h2, h3, blockquote, li")) {
      int len = p.text().length();
      if (len < 20) {
        continue;
      }
      Element parent = p.parent();
      if (parent != null) {
        score.merge(parent, len, Integer::sum);
        if (parent.parent() != null) {
          score.merge(parent.parent(), len / 2, Integer::sum);
        }
      }
    }
    for (var e : score.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    for (Element article : body.select("article, main, [itemprop=articleBody]")) {
      if (best == null || best == article || best.parents().contains(article)) {
        return article;
      }
    }
    return best == null ? body : best;
  }

  /** One element being walked by {@link #collect}: where it is, and which child comes next. */
  private static final class Frame {
    final Node node;
    final boolean inside;
    final Block.Kind kind;
    final boolean inLink;
    final boolean block;
    int next;

    Frame(Node node, boolean inside, Block.Kind kind, boolean inLink, boolean block) {
      this.node = node;
      this.inside = inside;
      this.kind = kind;
      this.inLink = inLink;
      this.block = block;
    }
  }

  /**
   * Appends the blocks under {@code root} in document order. A frame's {@code kind} is the kind
   * of the innermost block element; {@code inside} says whether we are in the article
   * container; a block element's text is flushed when its last child is done. The walk keeps its
   * own stack, so that the depth of a page's markup (tens of thousands of unclosed tags) cannot
   * overflow the thread's stack.
   */
  private static void collect(Element root, Element container, boolean inside, List<Block> out,
      StringBuilder buf, int[] linkChars) {
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(root, inside, null, false, false));
    while (!stack.isEmpty()) {
      Frame f = stack.peek();
      if (f.next == f.node.childNodeSize()) {
        stack.pop();
        if (f.block) {
          flush(out, buf, linkChars, f.kind, f.inside);
        }
        continue;
      }
      Node child = f.node.childNode(f.next++);
      if (child instanceof TextNode t) {
        String s = t.getWholeText();
        if (!s.isBlank() || buf.length() > 0) {
          appendCollapsed(buf, s);
          if (f.inLink) {
            linkChars[0] += s.strip().length();
          }
        }
      } else if (child instanceof Element el) {
        String tag = el.normalName();
        // the headline belongs to the article even when the layout puts it outside the container
        boolean in = f.inside || el == container || tag.equals("h1");
        if (tag.equals("br")) {
          flush(out, buf, linkChars, f.kind, in);
        } else if (BLOCK_TAGS.contains(tag)) {
          flush(out, buf, linkChars, f.kind, f.inside);
          Block.Kind k = tag.matches("h[1-6]") ? Block.Kind.HEADING
              : tag.equals("li") ? Block.Kind.LIST_ITEM : Block.Kind.PARAGRAPH;
          stack.push(new Frame(el, in, k, f.inLink, true));
        } else {
          stack.push(new Frame(el, in, f.kind, f.inLink || tag.equals("a"), false));
        }
      }
    }
  }

  private static void appendCollapsed(StringBuilder buf, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        if (buf.length() > 0 && buf.charAt(buf.length() - 1) != ' ') {
          buf.append(' ');
        }
      } else {
        buf.append(c);
      }
    }
  }

  private static void flush(List<Block> out, StringBuilder buf, int[] linkChars, Block.Kind kind,
      boolean inside) {
    String text = buf.toString().strip();
    if (!text.isEmpty()) {
      double density = Math.min(1.0, linkChars[0] / (double) text.length());
      out.add(new Block(text, kind == null ? Block.Kind.PARAGRAPH : kind, density,
          inside ? null : RemovalReason.BOILERPLATE));
    }
    buf.setLength(0);
    linkChars[0] = 0;
  }
}
