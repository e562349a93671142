package org.marsad.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.marsad.arabic.ArabicDates;
import org.marsad.arabic.DatePhrases;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Geo;

/** When and where an event happened: its date phrase and its place's coordinates. */
final class TimeAndPlace {
  private TimeAndPlace() {}

  /** The day a document was published, when its date gives the day. */
  static Optional<LocalDate> publication(DateValue published) {
    if (published == null || !"day".equals(published.precision())) {
      return Optional.empty();
    }
    return ArabicDates.isoDate(published.value());
  }

  /**
   * The date phrase nearest the trigger, one inside its clause [{@code left}, {@code right})
   * before any outside it, or the unknown date.
   */
  static DateValue nearest(List<DatePhrases.Found> dates, TriggerLexicon.Hit hit, int left,
      int right) {
    DatePhrases.Found best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (DatePhrases.Found f : dates) {
      int d = f.to() <= hit.from() ? hit.from() - f.to() : f.from() - hit.to();
      boolean inClause = f.from() >= left && f.to() <= right;
      d = Math.abs(d) + (inClause ? 0 : 1000);
      if (d < bestDistance) {
        best = f;
        bestDistance = d;
      }
    }
    return best == null ? DateValue.UNKNOWN : best.value();
  }

  /** The coordinates of a place the knowledge base locates, or null. */
  static Geo geo(KnowledgeBase kb, Document doc, String locationId) {
    if (locationId == null) {
      return null;
    }
    return doc.entities().stream()
        .filter(e -> e.id().equals(locationId) && e.kb() != null)
        .findFirst()
        .flatMap(e -> kb.get(e.kb()))
        .filter(k -> !Double.isNaN(k.lat()) && !Double.isNaN(k.lon()))
        .map(k -> new Geo(k.lat(), k.lon(), geoPrecision(k)))
        .orElse(null);
  }

  /** ACLED-style precision of a place: 1 a town or site, 2 a district or region, 3 a country. */
  static int geoPrecision(KbEntry place) {
    String kind = place.placeKind() == null ? "" : place.placeKind();
    return switch (kind) {
      case "capital", "city", "town", "village", "facility" -> 1;
      case "district", "region", "mountain", "water" -> 2;
      default -> 3;
    };
  }
}
