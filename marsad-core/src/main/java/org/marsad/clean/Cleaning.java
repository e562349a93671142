package org.marsad.clean;

import java.util.ArrayList;
import java.util.List;
import org.marsad.ingest.RawArticle;
import org.marsad.model.Removed;

/**
 * The cleaning stage: a raw article (HTML or scraped text) to its body. HTML is split into blocks
 * by markup ({@link HtmlBlocks}), text by lines; {@link Cleaner} decides block by block. A title
 * known from the container (JSONL) or the page's metadata is kept as the first paragraph when the
 * body does not already start with it. Thread-safe.
 */
public final class Cleaning {
  private final Cleaner cleaner;

  public Cleaning(Cleaner cleaner) {
    this.cleaner = cleaner;
  }

  public static Cleaning standard() {
    return new Cleaning(Cleaner.standard());
  }

  public CleanPage clean(RawArticle article) {
    List<Block> blocks;
    List<Removed> removed = new ArrayList<>();
    PageMeta meta;
    if (article.markup() == RawArticle.Markup.HTML) {
      HtmlBlocks.Page page = HtmlBlocks.parse(article.content());
      blocks = page.blocks();
      removed.addAll(page.removed());
      meta = page.meta();
    } else {
      blocks = textBlocks(article.content());
      meta = PageMeta.NONE;
    }
    Cleaner.Result r = cleaner.clean(blocks);
    removed.addAll(r.removed());
    List<String> kept = new ArrayList<>(r.kept());
    String title = article.title() != null && !article.title().isBlank()
        ? article.title().strip()
        : article.markup() == RawArticle.Markup.HTML && meta.title() != null ? meta.title()
        : r.title().orElse(meta.title());
    if (title != null && (kept.isEmpty() || !sameText(kept.get(0), title))) {
      int at = indexOf(kept, title);
      if (at > 0) {
        kept.remove(at);
      }
      kept.add(0, title);
    }
    return new CleanPage(String.join("\n\n", kept), title, removed, meta);
  }

  /** Each non-blank line of scraped text is a block. */
  static List<Block> textBlocks(String text) {
    List<Block> out = new ArrayList<>();
    for (String line : text.split("\r\n|\r|\n|\u2029")) {
      if (!line.isBlank()) {
        out.add(Block.line(line));
      }
    }
    return out;
  }

  private static boolean sameText(String a, String b) {
    return PhraseList.key(a).equals(PhraseList.key(b));
  }

  private static int indexOf(List<String> kept, String title) {
    for (int i = 0; i < kept.size(); i++) {
      if (sameText(kept.get(i), title)) {
        return i;
      }
    }
    return -1;
  }
}
