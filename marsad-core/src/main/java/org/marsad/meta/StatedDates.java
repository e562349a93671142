package org.marsad.meta;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.arabic.ArabicDates;
import org.marsad.model.DateValue;

/**
 * A publication date as an input states it: ISO-8601 of any precision ({@code 2020-05-18}, with a
 * time part or not; {@code 2020-05}; {@code 2020}), optionally followed by a note in brackets
 * ({@code 2019-04 (approx.)}). {@link #lenient} also reads a date written out ({@code 18 مايو
 * 2020}, {@code 18/05/2020}). Pure and thread-safe.
 */
public final class StatedDates {
  private StatedDates() {}

  private static final Pattern ISO = Pattern.compile(
      "^\\s*(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?)?)?");
  private static final Pattern NOTE = Pattern.compile("^\\s*(?:\\([^()]*\\))?\\s*$");

  /**
   * The date an ISO value states, with its precision, when nothing but a note in brackets follows
   * it; empty for anything else (a bad month or day, a year before 1900 or after 2100, other
   * text).
   */
  public static Optional<DateValue> strict(String s) {
    if (s == null) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(s);
    if (!m.find() || !NOTE.matcher(s.substring(m.end())).matches()) {
      return Optional.empty();
    }
    return iso(m);
  }

  /** The date {@code s} states: ISO of any precision at its start, else a date written out. */
  public static Optional<DateValue> lenient(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      Optional<DateValue> d = iso(m);
      if (d.isPresent()) {
        return d;
      }
    }
    return ArabicDates.firstDate(s).map(DateValue::day);
  }

  private static Optional<DateValue> iso(Matcher m) {
    try {
      int year = Integer.parseInt(m.group(1));
      if (year < 1900 || year > 2100) {
        return Optional.empty();
      }
      if (m.group(2) == null) {
        return Optional.of(new DateValue(m.group(1), "year", null));
      }
      YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return Optional.of(new DateValue(ym.toString(), "month", null));
      }
      return Optional.of(DateValue.day(ym.atDay(Integer.parseInt(m.group(3)))));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
