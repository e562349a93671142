package org.marsad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArabicDatesTest {
  private static void check(String text, String iso) {
    assertEquals(Optional.ofNullable(iso).map(LocalDate::parse), ArabicDates.firstDate(text), text);
  }

  @Test
  void dayMonthYear() {
    check("في 18 مايو 2020", "2020-05-18");
    check("الجمعة 22 أيار 2020", "2020-05-22");
    check("في 19 يناير الماضي", null);
  }

  @Test
  void twoMonthNames() {
    check("في 18 مايو / أيار 2020", "2020-05-18");
    check("في 3 كانون الثاني (يناير) 2020", "2020-01-03");
  }

  @Test
  void numericDates() {
    check("نشر بتاريخ 22/05/2020", "2020-05-22");
    check("2020-05-22T10:00:00Z", "2020-05-22");
    check("٢٢-٥-٢٠٢٠", "2020-05-22");
  }

  @Test
  void invalidDatesAreIgnored() {
    check("31 فبراير 2020", null);
    check("99/99/2020", null);
  }

  @Test
  void monthNames() {
    assertEquals(Optional.of(4), ArabicDates.month("إبريل"));
    assertEquals(Optional.of(8), ArabicDates.month("آب"));
    assertEquals(Optional.empty(), ArabicDates.month("حفتر"));
  }
}
