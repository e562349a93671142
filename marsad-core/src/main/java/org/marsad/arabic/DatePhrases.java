package org.marsad.arabic;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.model.DateValue;

/**
 * Date expressions in a tokenized sentence, resolved against the publication date when it is
 * known. Forms, each optionally after the conjunction و or ف:
 *
 * <ul>
 *   <li>absolute: {@code 18 مايو 2020}, {@code 18 مايو / أيار 2020}, {@code 18 أيار (مايو) عام
 *       2020}, {@code [شهر] أبريل 2019}, {@code عام 2019}; a weekday just before a date joins it
 *       ({@code يوم الثلاثاء 19 مايو 2020});
 *   <li>a day and month without a year ({@code 18 مايو}): the year that puts it nearest the
 *       publication date; with {@code الماضي} the latest such day before it, with {@code المقبل}
 *       the first one after it;
 *   <li>a month with {@code الماضي} / {@code الجاري} / {@code المقبل} ({@code أبريل الماضي}: the
 *       latest April before the publication month, so last year's when it is published in April);
 *   <li>Hijri months after {@code شهر} ({@code شهر رمضان}): the last one begun by the publication
 *       date, as a range;
 *   <li>days: {@code أمس}, {@code بالأمس}, {@code أمس الأول}, {@code أول [من] أمس}, {@code اليوم},
 *       {@code غدا}; {@code اليوم} is not today in {@code اليوم نفسه}, {@code نفس اليوم}, {@code
 *       اليوم التالي}, {@code اليوم الأول} and the like;
 *   <li>weekdays, bare or after {@code يوم}, {@code صباح}, {@code مساء}, {@code ليلة} ...: the
 *       latest such day on or before the publication date, strictly before it with {@code الماضي},
 *       after it with {@code المقبل}; a bare {@code الأحد} is Sunday except in {@code الأحد عشر};
 *   <li>{@code الأسبوع} (Monday to Sunday, as a range), {@code الشهر}, {@code العام} / {@code
 *       السنة} with {@code الماضي}, {@code الجاري}, {@code المقبل} or after {@code هذا} / {@code
 *       هذه}; {@code العام السابق / الحالي} after a definite noun is the adjective
 *       "general" ({@code الأمين العام السابق}), not a year.
 * </ul>
 *
 * A relative or year-less expression with no publication date is kept unresolved, with its
 * phrase. Stateless and thread-safe.
 */
public final class DatePhrases {
  private DatePhrases() {}

  /** A date expression over tokens {@code [from, to)}. */
  public record Found(int from, int to, DateValue value) {}

  private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
      "الاثنين", DayOfWeek.MONDAY, "الثلاثاء", DayOfWeek.TUESDAY, "الاربعاء", DayOfWeek.WEDNESDAY,
      "الخميس", DayOfWeek.THURSDAY, "الجمعه", DayOfWeek.FRIDAY, "السبت", DayOfWeek.SATURDAY,
      "الاحد", DayOfWeek.SUNDAY);
  private static final Map<String, Integer> HIJRI = Map.of(
      "محرم", 1, "صفر", 2, "رجب", 7, "شعبان", 8, "رمضان", 9, "شوال", 10);
  private static final List<String> PAST = List.of("الماضي", "الماضيه", "المنصرم", "المنصرمه",
      "السابق", "الفائت");
  private static final List<String> CURRENT = List.of("الجاري", "الجاريه", "الحالي", "الحاليه");
  private static final List<String> FUTURE = List.of("المقبل", "المقبله", "القادم", "القادمه");
  /**
   * Modifiers that often follow العام meaning "general" ({@code الأمين العام السابق}); المقبل is
   * left out: {@code الانتخابات العام المقبل} is far more common than a next secretary general.
   */
  private static final List<String> TITLE_MODIFIERS = List.of("السابق", "الحالي");
  private static final List<String> WEEKDAY_LEAD = List.of("يوم", "صباح", "مساء", "ليله", "فجر",
      "ظهر", "ظهيره", "عصر");
  private static final List<String> YESTERDAY = List.of("امس", "الامس", "بالامس", "البارحه");
  /** Words after اليوم that make it "the day", not today. */
  private static final List<String> NOT_TODAY_AFTER = List.of("نفسه", "ذاته", "عينه", "التالي",
      "السابق", "الاول", "الثاني", "الثالث", "الرابع", "الاخير", "العالمي", "الوطني");
  private static final List<String> UNITS = List.of("اسبوع", "شهر", "عام", "سنه");
  /** Words read here, to tell و/ف + word from a word that begins with و/ف ({@code فبراير}). */
  private static final Set<String> WORDS = new HashSet<>();

  static {
    for (List<String> l : List.of(PAST, CURRENT, FUTURE, WEEKDAY_LEAD, YESTERDAY,
        List.of("اول", "اليوم", "غدا", "عام", "العام", "سنه", "السنه", "شهر", "الشهر", "الاسبوع",
            "هذا", "هذه", "كانون", "تشرين"))) {
      WORDS.addAll(l);
    }
    WORDS.addAll(WEEKDAYS.keySet());
    WORDS.addAll(HIJRI.keySet());
  }

  /** Every date expression of {@code toks}, left to right. */
  public static List<Found> find(String text, List<Token> toks, Optional<LocalDate> published) {
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      Found f = at(text, toks, i, published);
      if (f != null) {
        out.add(f);
        i = f.to();
      } else {
        i++;
      }
    }
    return out;
  }

  /** The normalized token at {@code i} without a leading و/ف when that leaves a word read here. */
  private static String n(List<Token> toks, int i) {
    if (i < 0 || i >= toks.size()) {
      return "";
    }
    String w = toks.get(i).norm();
    if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && !known(w)
        && known(w.substring(1))) {
      return w.substring(1);
    }
    return w;
  }

  /** Whether a normalized word is a day of the week (الاثنين، الجمعه). */
  public static boolean isWeekday(String normalized) {
    return WEEKDAYS.containsKey(normalized);
  }

  /** Whether a normalized word is a word of dates: a weekday, a month, أمس، اليوم، الماضي ... */
  public static boolean isDateWord(String normalized) {
    return known(normalized);
  }

  private static boolean known(String w) {
    return WORDS.contains(w) || ArabicDates.month(w).isPresent();
  }

  /** -1 past, 0 current, 1 coming, or null for none of these. */
  private static Integer relation(String w) {
    return PAST.contains(w) ? Integer.valueOf(-1) : CURRENT.contains(w) ? Integer.valueOf(0)
        : FUTURE.contains(w) ? Integer.valueOf(1) : null;
  }

  /** A month name at {@code i} (one or two tokens): {month, tokens used}, or null. */
  private static int[] month(List<Token> toks, int i) {
    if (i >= toks.size()) {
      return null;
    }
    if (i + 1 < toks.size()) {
      Optional<Integer> two = ArabicDates.month(n(toks, i) + " " + toks.get(i + 1).norm());
      if (two.isPresent()) {
        return new int[] {two.get(), 2};
      }
    }
    String w = n(toks, i);
    if (w.startsWith("ب") || w.startsWith("ل")) {
      Optional<Integer> m = ArabicDates.month(w.substring(1));
      if (m.isPresent() && w.length() > 3) {
        return new int[] {m.get(), 1};
      }
    }
    return ArabicDates.month(w).map(m -> new int[] {m, 1}).orElse(null);
  }

  private static Integer number(List<Token> toks, int i, int min, int max) {
    if (i < 0 || i >= toks.size() || toks.get(i).kind() != Token.Kind.NUMBER) {
      return null;
    }
    String digits = toks.get(i).norm();
    if (!digits.matches("\\d{1,4}")) {
      return null;
    }
    int v = Integer.parseInt(digits);
    return v >= min && v <= max ? v : null;
  }

  private static Found at(String text, List<Token> toks, int i, Optional<LocalDate> pub) {
    String w = n(toks, i);
    // 18 مايو [/ أيار] [عام] 2020, 18 مايو [الماضي]
    Integer day = number(toks, i, 1, 31);
    if (day != null) {
      int[] m = month(toks, i + 1);
      if (m != null) {
        int j = skipAlternativeMonth(toks, i + 1 + m[1]);
        int y = n(toks, j).equals("عام") || n(toks, j).equals("سنه") ? j + 1 : j;
        Integer year = number(toks, y, 1900, 2100);
        if (year != null) {
          return dated(i, y + 1, safeDay(year, m[0], day));
        }
        Integer rel = relation(n(toks, j));
        int to = rel == null ? j : j + 1;
        return pub.isPresent()
            ? dated(i, to, yearless(pub.get(), m[0], day, rel))
            : unresolved(text, toks, i, to);
      }
    }
    // [شهر] أبريل 2019 / أبريل الماضي
    int[] m = month(toks, i);
    if (m != null && toks.get(i).kind() == Token.Kind.ARABIC) {
      int from = n(toks, i - 1).equals("شهر") ? i - 1 : i;
      int j = skipAlternativeMonth(toks, i + m[1]);
      int y = n(toks, j).equals("عام") || n(toks, j).equals("سنه") ? j + 1 : j;
      Integer year = number(toks, y, 1900, 2100);
      if (year != null) {
        return new Found(from, y + 1, monthValue(YearMonth.of(year, m[0])));
      }
      Integer rel = relation(n(toks, j));
      if (rel == null) {
        return null;
      }
      if (pub.isEmpty()) {
        return unresolved(text, toks, from, j + 1);
      }
      YearMonth p = YearMonth.from(pub.get());
      YearMonth ym = YearMonth.of(p.getYear(), m[0]);
      if (rel < 0 && !ym.isBefore(p)) {
        ym = ym.minusYears(1);
      } else if (rel > 0 && !ym.isAfter(p)) {
        ym = ym.plusYears(1);
      }
      return new Found(from, j + 1, monthValue(ym));
    }
    // عام 2019
    Integer year = number(toks, i + 1, 1900, 2100);
    if ((w.equals("عام") || w.equals("العام") || w.equals("سنه")) && year != null) {
      return new Found(i, i + 2, new DateValue(String.valueOf(year), "year", null));
    }
    // شهر رمضان
    if (HIJRI.containsKey(w) && n(toks, i - 1).equals("شهر")) {
      Optional<DateValue> v = pub.flatMap(p -> hijriMonth(HIJRI.get(w), p));
      return v.isPresent() ? new Found(i - 1, i + 1, v.get()) : unresolved(text, toks, i - 1, i + 1);
    }
    // أمس، أمس الأول، أول [من] أمس، اليوم، غدا
    if (YESTERDAY.contains(w)) {
      boolean before = n(toks, i + 1).equals("الاول");
      int to = before ? i + 2 : i + 1;
      return relativeDay(text, toks, i, to, pub, before ? -2 : -1);
    }
    if (w.equals("اول") && n(toks, i + 1).equals("امس")) {
      return relativeDay(text, toks, i, i + 2, pub, -2);
    }
    if (w.equals("اول") && n(toks, i + 1).equals("من") && n(toks, i + 2).equals("امس")) {
      return relativeDay(text, toks, i, i + 3, pub, -2);
    }
    if (w.equals("اليوم") && !NOT_TODAY_AFTER.contains(n(toks, i + 1))
        && !List.of("نفس", "ذات").contains(n(toks, i - 1))) {
      return relativeDay(text, toks, i, i + 1, pub, 0);
    }
    if (w.equals("غدا")) {
      return relativeDay(text, toks, i, i + 1, pub, 1);
    }
    // يوم الثلاثاء، صباح الاثنين، الخميس الماضي، الثلاثاء 19 مايو 2020
    DayOfWeek dow = WEEKDAYS.get(w);
    if (dow != null && !(dow == DayOfWeek.SUNDAY && n(toks, i + 1).startsWith("عشر"))) {
      return weekday(text, toks, i, dow, pub);
    }
    // الأسبوع / الشهر / العام الماضي أو الجاري أو المقبل، هذا الشهر
    String unit = w.startsWith("لل") ? w.substring(2) : w.startsWith("ال") ? w.substring(2)
        : w.startsWith("بال") ? w.substring(3) : "";
    String next = n(toks, i + 1);
    Integer rel = relation(next);
    boolean afterThis = n(toks, i - 1).equals("هذا") || n(toks, i - 1).equals("هذه");
    if (!UNITS.contains(unit) || (rel == null && !afterThis)) {
      return null;
    }
    String before = n(toks, i - 1);
    if (unit.equals("عام") && TITLE_MODIFIERS.contains(next) && before.startsWith("ال")
        && before.length() > 3) {
      return null;
    }
    int from = rel == null ? i - 1 : i;
    int to = rel == null ? i + 1 : i + 2;
    if (pub.isEmpty()) {
      return unresolved(text, toks, from, to);
    }
    LocalDate p = pub.get();
    int shift = rel == null ? 0 : rel;
    DateValue v = switch (unit) {
      case "اسبوع" -> {
        LocalDate monday = p.plusWeeks(shift).with(TemporalAdjusters.previousOrSame(
            DayOfWeek.MONDAY));
        yield new DateValue(monday + "/" + monday.plusDays(6), "range", null);
      }
      case "شهر" -> monthValue(YearMonth.from(p).plusMonths(shift));
      default -> new DateValue(String.valueOf(p.getYear() + shift), "year", null);
    };
    return new Found(from, to, v);
  }

  private static Found weekday(String text, List<Token> toks, int i, DayOfWeek dow,
      Optional<LocalDate> pub) {
    int from = WEEKDAY_LEAD.contains(n(toks, i - 1)) ? i - 1 : i;
    int k = i + 1;
    if (k < toks.size() && List.of("،", ",").contains(toks.get(k).norm())) {
      k++;
    }
    if (number(toks, k, 1, 31) != null) {
      Found date = at(text, toks, k, pub);
      if (date != null) {
        return date.value().value() == null ? unresolved(text, toks, from, date.to())
            : new Found(from, date.to(), date.value());
      }
    }
    Integer rel = relation(n(toks, i + 1));
    int to = rel == null || rel == 0 ? i + 1 : i + 2;
    if (pub.isEmpty()) {
      return unresolved(text, toks, from, to);
    }
    LocalDate p = pub.get();
    LocalDate d = to == i + 1 ? p.with(TemporalAdjusters.previousOrSame(dow))
        : rel < 0 ? p.with(TemporalAdjusters.previous(dow)) : p.with(TemporalAdjusters.next(dow));
    return dated(from, to, d);
  }

  /**
   * The day and month in the year before, of or after {@code pub}: the one nearest it, or with
   * {@code rel} the latest before it (-1), the one in its year (0), the first after it (1).
   */
  private static LocalDate yearless(LocalDate pub, int month, int day, Integer rel) {
    if (rel != null && rel == 0) {
      return safeDay(pub.getYear(), month, day);
    }
    LocalDate best = null;
    for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
      LocalDate d = safeDay(y, month, day);
      if (rel == null) {
        if (best == null || Math.abs(ChronoUnit.DAYS.between(pub, d))
            < Math.abs(ChronoUnit.DAYS.between(pub, best))) {
          best = d;
        }
      } else if (rel < 0 ? d.isBefore(pub) : (d.isAfter(pub) && best == null)) {
        best = d;
      }
    }
    return best;
  }

  private static int skipAlternativeMonth(List<Token> toks, int j) {
    // "مايو / أيار" or "أيار (مايو)"
    if (j < toks.size() && toks.get(j).kind() == Token.Kind.PUNCT
        && List.of("/", "(", "-").contains(toks.get(j).norm())) {
      int[] alt = month(toks, j + 1);
      if (alt != null) {
        j = j + 1 + alt[1];
        if (j < toks.size() && toks.get(j).norm().equals(")")) {
          j++;
        }
      }
    }
    return j;
  }

  private static LocalDate safeDay(int year, int month, int day) {
    YearMonth ym = YearMonth.of(year, month);
    return ym.atDay(Math.min(day, ym.lengthOfMonth()));
  }

  /** The last Hijri {@code month} begun by {@code pub}, as a range; empty out of the calendar. */
  private static Optional<DateValue> hijriMonth(int month, LocalDate pub) {
    try {
      int hy = HijrahDate.from(pub).get(ChronoField.YEAR);
      HijrahDate start = HijrahDate.of(hy, month, 1);
      if (LocalDate.from(start).isAfter(pub)) {
        start = HijrahDate.of(hy - 1, month, 1);
      }
      LocalDate first = LocalDate.from(start);
      LocalDate last = LocalDate.from(start.plus(1, ChronoUnit.MONTHS)).minusDays(1);
      return Optional.of(new DateValue(first + "/" + last, "range", null));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Found relativeDay(String text, List<Token> toks, int from, int to,
      Optional<LocalDate> pub, int days) {
    if (pub.isEmpty()) {
      return unresolved(text, toks, from, to);
    }
    return dated(from, to, pub.get().plusDays(days));
  }

  private static Found dated(int from, int to, LocalDate d) {
    return new Found(from, to, DateValue.day(d));
  }

  private static DateValue monthValue(YearMonth ym) {
    return new DateValue(ym.toString(), "month", null);
  }

  private static Found unresolved(String text, List<Token> toks, int from, int to) {
    String phrase = text.substring(toks.get(from).start(), toks.get(to - 1).end());
    return new Found(from, to, new DateValue(null, "unknown", phrase));
  }
}
