package org.marsad.meta;

import java.time.LocalDate;
import java.util.Optional;
import org.marsad.arabic.ArabicDates;
import org.marsad.model.DateValue;

/**
 * The publication date, when the article states one: the container's or page's date (ISO or
 * written out), else a complete date in the article's first lines (a dateline under the title).
 * Dates inside the body are event dates, not publication dates, and are not used.
 */
public final class PublicationDate {
  private PublicationDate() {}

  /** How many leading characters of the text may hold a dateline. */
  static final int DATELINE_CHARS = 300;

  public static DateValue find(String stated, String text) {
    Optional<LocalDate> d = ArabicDates.isoDate(stated);
    if (d.isEmpty() && stated != null) {
      d = ArabicDates.firstDate(stated);
    }
    if (d.isEmpty()) {
      d = dateline(text);
    }
    return d.map(DateValue::day).orElse(DateValue.UNKNOWN);
  }

  /** A date standing on its own short line near the top: the dateline of a scraped page. */
  private static Optional<LocalDate> dateline(String text) {
    String head = text.substring(0, Math.min(text.length(), DATELINE_CHARS));
    for (String line : head.split("\n")) {
      if (!line.isBlank() && line.strip().split("\\s+").length <= 8) {
        Optional<LocalDate> d = ArabicDates.firstDate(line);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }
}
