package org.marsad.pipeline;

import java.util.Optional;
import org.marsad.clean.CleanPage;
import org.marsad.entity.kb.KbEntry;
import org.marsad.entity.kb.OutletIndex;
import org.marsad.ingest.RawArticle;
import org.marsad.meta.Language;
import org.marsad.meta.Outlets;
import org.marsad.meta.PublicationDate;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Source;

/**
 * A cleaned page to a document: id, source, language, title, publication date. The outlet is
 * linked to the knowledge base: by the URL's domain first (the site an article was read from is
 * its publisher, whatever name a container gives), else by the name found.
 */
final class Describe {
  private Describe() {}

  static Document document(RawArticle raw, CleanPage page, OutletIndex outlets) {
    String text = page.text();
    var outlet = Outlets.find(raw.outlet(), page.meta().site(), raw.url(), text);
    String name = outlet.map(Outlets.Found::name).orElse(null);
    String basis = outlet.map(Outlets.Found::basis).orElse(null);
    Optional<KbEntry> linked = outlets.byUrl(raw.url());
    if (linked.isPresent() && "url".equals(basis)) {
      name = linked.get().nameAr();
    } else if (linked.isEmpty()) {
      linked = outlets.byName(name);
    }
    Source source = new Source(raw.path(), raw.url(), name, basis,
        linked.map(KbEntry::id).orElse(null));
    String stated = raw.date() != null ? raw.date() : page.meta().date();
    DateValue published = PublicationDate.find(stated, text);
    return Document.of(raw.id(), source, Language.of(text), page.title(), published, text,
        page.removed());
  }
}
