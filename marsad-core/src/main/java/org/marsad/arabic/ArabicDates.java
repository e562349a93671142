package org.marsad.arabic;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.data.TsvRows;

/**
 * Absolute dates as Arabic news writes them: {@code 18 مايو 2020}, {@code 18 مايو / أيار 2020},
 * {@code 18 أيار (مايو) 2020}, {@code الجمعة 22-5-2020}, {@code 2020/05/22}, ISO-8601 (with a time
 * part), in Arabic-Indic or ASCII digits. Month names: the Egyptian/Maghrebi series (يناير ...
 * ديسمبر, with spelling variants), the Levantine series (كانون الثاني ... كانون الأول) and the
 * Maghrebi spellings, read from {@code months.tsv}.
 * Stateless and thread-safe.
 */
public final class ArabicDates {
  private ArabicDates() {}

  private static final Map<String, Integer> MONTHS = months();

  /** The month names of {@code months.tsv}, normalized, with their numbers. */
  private static Map<String, Integer> months() {
    Map<String, Integer> out = new HashMap<>();
    for (TsvRows.Row row : TsvRows.resource(ArabicDates.class, "months.tsv")) {
      String[] f = row.fields();
      int m;
      try {
        m = f.length == 2 ? Integer.parseInt(f[0].strip()) : 0;
      } catch (NumberFormatException e) {
        m = 0;
      }
      if (m < 1 || m > 12 || f[1].isBlank()) {
        throw new IllegalStateException(
            "months.tsv:" + row.line() + ": expected a month number (1-12)<TAB>name");
      }
      out.put(ArabicNormalizer.normalize(f[1].strip()), m);
    }
    return Map.copyOf(out);
  }

  private static final String MONTH_ALT =
      "(?:كانون الثاني|كانون الاول|تشرين الثاني|تشرين الاول|[\\p{IsArabic}]+)";
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})\\s+(" + MONTH_ALT + ")(?:\\s*[/(\\-]\\s*(" + MONTH_ALT
          + ")\\s*\\)?)?\\s*(?:عام|سنة)?\\s*(\\d{4})");
  private static final Pattern NUMERIC_DMY =
      Pattern.compile("(?<!\\d)(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?!\\d)");
  private static final Pattern NUMERIC_YMD =
      Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");

  /** The month number of a (normalized or not) month name, if it is one. */
  public static Optional<Integer> month(String name) {
    return Optional.ofNullable(MONTHS.get(ArabicNormalizer.normalize(name.strip())));
  }

  /** The first complete date (day, month, year) written in {@code text}. */
  public static Optional<LocalDate> firstDate(String text) {
    String t = ArabicNormalizer.normalize(text);
    Matcher m = NUMERIC_YMD.matcher(t);
    Optional<LocalDate> best = Optional.empty();
    int bestAt = Integer.MAX_VALUE;
    if (m.find()) {
      Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) {
        best = d;
        bestAt = m.start();
      }
    }
    m = DAY_MONTH_YEAR.matcher(t);
    while (m.find() && m.start() < bestAt) {
      Optional<Integer> month = month(m.group(2));
      if (month.isEmpty() && m.group(3) != null) {
        month = month(m.group(3));
      }
      if (month.isPresent()) {
        Optional<LocalDate> d = date(m.group(4), String.valueOf(month.get()), m.group(1));
        if (d.isPresent()) {
          best = d;
          bestAt = m.start();
          break;
        }
      }
    }
    m = NUMERIC_DMY.matcher(t);
    if (m.find() && m.start() < bestAt) {
      Optional<LocalDate> d = date(m.group(3), m.group(2), m.group(1));
      if (d.isPresent()) {
        best = d;
      }
    }
    return best;
  }

  private static Optional<LocalDate> date(String y, String m, String d) {
    try {
      int year = Integer.parseInt(y);
      if (year < 1900 || year > 2100) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)));
    } catch (NumberFormatException | DateTimeException e) {
      return Optional.empty();
    }
  }

  /** An ISO-8601 date or date-time at the start of {@code s} ({@code 2020-05-20T10:00:00Z}). */
  public static Optional<LocalDate> isoDate(String s) {
    if (s == null) {
      return Optional.empty();
    }
    Matcher m = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})").matcher(s);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    return Optional.empty();
  }
}
