package org.marsad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Set;

/**
 * A date with its precision: {@code value} is ISO-8601 ({@code 2020-05-18}, {@code 2020-05},
 * {@code 2020}, or {@code 2020-05-01/2020-05-31} for a range) or null when unknown; {@code phrase} is
 * the text it was read from, kept when the date could not be resolved. {@code basis}, an extension
 * of the format given for a document's publication date only, says where the date was read:
 * {@code jsonl} or {@code manifest} (stated with the input), {@code page} (the page's
 * {@code <meta>} or {@code <time>}), {@code jsonld} (the page's JSON-LD {@code datePublished}),
 * {@code dateline} (the article's dateline) or {@code lead} (a full date in its first sentence).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DateValue(String value, String precision, String phrase, String basis) {
  private static final Set<String> PRECISIONS = Set.of("day", "month", "year", "range", "unknown");

  public static final DateValue UNKNOWN = new DateValue(null, "unknown", null);

  public DateValue(String value, String precision, String phrase) {
    this(value, precision, phrase, null);
  }

  public DateValue {
    Objects.requireNonNull(precision, "precision");
    if (!PRECISIONS.contains(precision)) {
      throw new IllegalArgumentException("unknown date precision: " + precision);
    }
    if (value == null && !precision.equals("unknown")) {
      throw new IllegalArgumentException("a date of precision " + precision + " needs a value");
    }
  }

  public static DateValue day(java.time.LocalDate date) {
    return new DateValue(date.toString(), "day", null);
  }

  /** This date, said to have been read from {@code where}. */
  public DateValue withBasis(String where) {
    return new DateValue(value, precision, phrase, where);
  }
}
