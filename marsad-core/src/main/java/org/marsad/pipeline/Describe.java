package org.marsad.pipeline;

import org.marsad.clean.CleanPage;
import org.marsad.ingest.RawArticle;
import org.marsad.meta.Language;
import org.marsad.meta.Outlets;
import org.marsad.meta.PublicationDate;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Source;

/** A cleaned page to a document: id, source, language, title, publication date. */
final class Describe {
  private Describe() {}

  static Document document(RawArticle raw, CleanPage page) {
    String text = page.text();
    var outlet = Outlets.find(raw.outlet(), page.meta().site(), raw.url(), text);
    Source source = new Source(raw.path(), raw.url(),
        outlet.map(Outlets.Found::name).orElse(null), outlet.map(Outlets.Found::basis).orElse(null));
    String stated = raw.date() != null ? raw.date() : page.meta().date();
    DateValue published = PublicationDate.find(stated, text);
    return Document.of(raw.id(), source, Language.of(text), page.title(), published, text,
        page.removed());
  }
}
