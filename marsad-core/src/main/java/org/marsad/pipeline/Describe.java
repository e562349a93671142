package org.marsad.pipeline;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.clean.CleanPage;
import org.marsad.clean.PageMeta;
import org.marsad.kb.KbEntry;
import org.marsad.kb.OutletIndex;
import org.marsad.ingest.RawArticle;
import org.marsad.meta.Datelines;
import org.marsad.meta.Language;
import org.marsad.meta.Outlets;
import org.marsad.meta.PublicationDate;
import org.marsad.meta.Stated;
import org.marsad.model.DateValue;
import org.marsad.model.Dateline;
import org.marsad.model.Document;
import org.marsad.model.Removed;
import org.marsad.model.Source;

/**
 * A cleaned page to a document: id, source (with the page's author and the article's dateline),
 * language, title, publication date. Explicit metadata (the input's fields, a manifest) wins over
 * the page's, which wins over what the text says ({@link Outlets}, {@link PublicationDate}). The
 * outlet is linked to the knowledge base: by the URL's domain first (the site an article was read
 * from is its publisher, whatever name a container gives), else by the name found.
 */
final class Describe {
  private Describe() {}

  private static final Outlets OUTLETS = Outlets.standard();
  private static final Datelines DATELINES = Datelines.standard();

  static Document document(RawArticle raw, CleanPage page, OutletIndex outlets) {
    String text = page.text();
    PageMeta meta = page.meta();
    Optional<Datelines.Found> dateline = DATELINES.find(text, page.title());
    Dateline line = dateline.map(Datelines.Found::dateline).orElse(null);
    var outlet = OUTLETS.find(new Stated(raw.outlet(), raw.statedBy()),
        new Stated(meta.site(), meta.siteBasis()), raw.url(), line, text);
    String name = outlet.map(Outlets.Found::name).orElse(null);
    String basis = outlet.map(Outlets.Found::basis).orElse(null);
    Optional<KbEntry> linked = outlets.byUrl(raw.url());
    if (linked.isPresent() && "url".equals(basis)) {
      name = linked.get().nameAr();
    } else if (linked.isEmpty()) {
      linked = outlets.byName(name);
    }
    if (name == null) {
      Optional<KbEntry> byAuthor = authorOutlet(page.removed(), outlets);
      if (byAuthor.isPresent()) {
        linked = byAuthor;
        name = byAuthor.get().nameAr();
        basis = "author";
      }
    }
    Source source = new Source(raw.path(), raw.url(), name, basis,
        linked.map(KbEntry::id).orElse(null), meta.author(), line);
    DateValue published = PublicationDate.find(new Stated(raw.date(), raw.statedBy()),
        new Stated(meta.date(), meta.dateBasis()),
        dateline.map(Datelines.Found::date).flatMap(Optional::ofNullable), text, page.title());
    return Document.of(raw.id(), source, Language.of(text), page.title(), published, text,
        page.removed());
  }

  /** "كاتب وخبير في موقع X": a writer's note naming the site the writer works for. */
  private static final Pattern WRITES_FOR = Pattern.compile(
      "(?:كاتب|كاتبة|محرر|محررة|صحفي|صحفية|مراسل|مراسلة|خبير|خبيرة)[^.\\n]{0,30}?"
          + "(?:في|لدى|لـ|ل|ب)\\s*((?:موقع|صحيفة|جريدة|مجلة|قناة|وكالة|شبكة)\\s+[^\\s.,،]+"
          + "(?:\\s+[^\\s.,،]+){0,3})");

  /**
   * The outlet that a writer's note removed by cleaning (an author bio, a byline) says the writer
   * works for, when the knowledge base knows it: the longest run of words after "في موقع" that
   * names an outlet.
   */
  static Optional<KbEntry> authorOutlet(List<Removed> removed, OutletIndex outlets) {
    for (Removed r : removed) {
      Matcher m = WRITES_FOR.matcher(r.text());
      while (m.find()) {
        String[] words = m.group(1).split("\\s+");
        for (int n = words.length; n >= 1; n--) {
          String name = String.join(" ", Arrays.copyOfRange(words, 0, n));
          Optional<KbEntry> e = outlets.byName(name);
          if (e.isEmpty() && n > 1) {
            e = outlets.byName(String.join(" ", Arrays.copyOfRange(words, 1, n)));
          }
          if (e.isPresent()) {
            return e;
          }
        }
      }
    }
    return Optional.empty();
  }
}
