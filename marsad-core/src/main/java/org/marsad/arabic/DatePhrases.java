package org.marsad.arabic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.model.DateValue;

/**
 * Date expressions in a tokenized sentence, resolved against the publication date when it is
 * known: absolute ({@code 18 مايو 2020}, {@code 18 مايو / أيار}, {@code أبريل 2019}, {@code عام
 * 2019}), Hijri months ({@code شهر رمضان}), and relative ({@code أمس}, {@code أمس الأول}, {@code
 * يوم الثلاثاء}, {@code الأسبوع الماضي}, {@code الشهر الماضي}, {@code أبريل الماضي}, {@code العام
 * الجاري}). A relative or year-less expression with no publication date is kept unresolved, with
 * its phrase. Stateless and thread-safe.
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
  private static final List<String> WEEKDAY_LEAD = List.of("يوم", "صباح", "مساء", "ليله", "فجر",
      "ظهر", "ظهيره", "عصر");

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

  private static String n(List<Token> toks, int i) {
    if (i < 0 || i >= toks.size()) {
      return "";
    }
    return Clitics.withoutConjunction(toks.get(i).norm(), 4);
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
    // 18 مايو [/ أيار] [عام] 2020
    Integer day = number(toks, i, 1, 31);
    if (day != null) {
      int[] m = month(toks, i + 1);
      if (m != null) {
        int j = i + 1 + m[1];
        j = skipAlternativeMonth(toks, j);
        if (n(toks, j).equals("عام") || n(toks, j).equals("سنه")) {
          j++;
        }
        Integer year = number(toks, j, 1900, 2100);
        if (year != null) {
          return dated(text, toks, i, j + 1, safeDay(year, m[0], day), "day");
        }
        return pub.isPresent()
            ? dated(text, toks, i, j, safeDay(pub.get().getYear(), m[0], day), "day")
            : unresolved(text, toks, i, j);
      }
    }
    // أبريل 2019 / أبريل الماضي / شهر أبريل
    int[] m = month(toks, i);
    if (m != null && toks.get(i).kind() == Token.Kind.ARABIC) {
      int j = skipAlternativeMonth(toks, i + m[1]);
      if (n(toks, j).equals("عام") || n(toks, j).equals("سنه")) {
        j++;
      }
      Integer year = number(toks, j, 1900, 2100);
      if (year != null) {
        return new Found(i, j + 1, new DateValue(YearMonth.of(year, m[0]).toString(), "month",
            null));
      }
      if (PAST.contains(n(toks, j)) || CURRENT.contains(n(toks, j))) {
        if (pub.isEmpty()) {
          return unresolved(text, toks, i, j + 1);
        }
        YearMonth p = YearMonth.from(pub.get());
        YearMonth ym = YearMonth.of(p.getYear(), m[0]);
        if (PAST.contains(n(toks, j)) && !ym.isBefore(p)) {
          ym = ym.minusYears(1);
        }
        return new Found(i, j + 1, new DateValue(ym.toString(), "month", null));
      }
      return null;
    }
    // عام 2019
    if ((w.equals("عام") || w.equals("العام") || w.equals("سنه")) && number(toks, i + 1, 1900,
        2100) != null) {
      return new Found(i, i + 2, new DateValue(String.valueOf(number(toks, i + 1, 1900, 2100)),
          "year", null));
    }
    // شهر رمضان
    if (HIJRI.containsKey(w) && i > 0 && n(toks, i - 1).equals("شهر")) {
      if (pub.isEmpty()) {
        return unresolved(text, toks, i - 1, i + 1);
      }
      return new Found(i - 1, i + 1, hijriMonth(HIJRI.get(w), pub.get()));
    }
    // أمس، أمس الأول، أول أمس، اليوم، غدا
    if (w.equals("امس") || w.equals("البارحه")) {
      boolean before = n(toks, i + 1).equals("الاول");
      int to = before ? i + 2 : i + 1;
      return relativeDay(text, toks, i, to, pub, before ? -2 : -1);
    }
    if (w.equals("اول") && n(toks, i + 1).equals("امس")) {
      return relativeDay(text, toks, i, i + 2, pub, -2);
    }
    if (w.equals("اليوم") && !List.of("نفسه", "ذاته", "التالي", "السابق").contains(n(toks, i + 1))) {
      return relativeDay(text, toks, i, i + 1, pub, 0);
    }
    if (w.equals("غدا")) {
      return relativeDay(text, toks, i, i + 1, pub, 1);
    }
    // يوم الثلاثاء، صباح الاثنين
    DayOfWeek dow = WEEKDAYS.get(w);
    if (dow != null && (WEEKDAY_LEAD.contains(n(toks, i - 1)) || !w.equals("الاحد"))) {
      int from = WEEKDAY_LEAD.contains(n(toks, i - 1)) ? i - 1 : i;
      if (pub.isEmpty()) {
        return unresolved(text, toks, from, i + 1);
      }
      return dated(text, toks, from, i + 1,
          pub.get().with(TemporalAdjusters.previousOrSame(dow)), "day");
    }
    // الأسبوع / الشهر / العام الماضي أو الجاري
    String unit = w.startsWith("ال") ? w.substring(2) : w;
    String next = n(toks, i + 1);
    boolean past = PAST.contains(next);
    boolean current = CURRENT.contains(next) || n(toks, i - 1).equals("هذا")
        || n(toks, i - 1).equals("هذه");
    if (w.startsWith("ال") && (past || current)
        && List.of("اسبوع", "شهر", "عام", "سنه").contains(unit)) {
      int from = current && !CURRENT.contains(next) ? i - 1 : i;
      int to = past || CURRENT.contains(next) ? i + 2 : i + 1;
      if (pub.isEmpty()) {
        return unresolved(text, toks, from, to);
      }
      LocalDate p = pub.get();
      int back = past ? 1 : 0;
      DateValue v = switch (unit) {
        case "اسبوع" -> {
          LocalDate monday = p.minusWeeks(back).with(TemporalAdjusters.previousOrSame(
              DayOfWeek.MONDAY));
          yield new DateValue(monday + "/" + monday.plusDays(6), "range", null);
        }
        case "شهر" -> new DateValue(YearMonth.from(p).minusMonths(back).toString(), "month", null);
        default -> new DateValue(String.valueOf(p.getYear() - back), "year", null);
      };
      return new Found(from, to, v);
    }
    return null;
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

  private static DateValue hijriMonth(int month, LocalDate pub) {
    int hy = HijrahDate.from(pub).get(ChronoField.YEAR);
    HijrahDate start = HijrahDate.of(hy, month, 1);
    if (LocalDate.from(start).isAfter(pub)) {
      start = HijrahDate.of(hy - 1, month, 1);
    }
    LocalDate first = LocalDate.from(start);
    LocalDate last = LocalDate.from(start.plus(1, java.time.temporal.ChronoUnit.MONTHS))
        .minusDays(1);
    return new DateValue(first + "/" + last, "range", null);
  }

  private static Found relativeDay(String text, List<Token> toks, int from, int to,
      Optional<LocalDate> pub, int days) {
    if (pub.isEmpty()) {
      return unresolved(text, toks, from, to);
    }
    return dated(text, toks, from, to, pub.get().plusDays(days), "day");
  }

  private static Found dated(String text, List<Token> toks, int from, int to, LocalDate d,
      String precision) {
    return new Found(from, to, new DateValue(d.toString(), precision, null));
  }

  private static Found unresolved(String text, List<Token> toks, int from, int to) {
    String phrase = text.substring(toks.get(from).start(), toks.get(to - 1).end());
    return new Found(from, to, new DateValue(null, "unknown", phrase));
  }
}
