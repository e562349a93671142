package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words that look like an act but are not one where they stand: a verb of moving that reports
 * (نقلت الوكالة عن), a commander written with آ (آمر), accusations that a denial denies, on
 * sentences written for these tests.
 */
class WordsReadInTheirSenseTest {
  private static List<String> events(String text) {
    return EventReadingsTest.events(text);
  }

  @Test
  void aVerbOfMovingFollowedByAnIsAReportNotAGift() {
    assertEquals(List.of(), events("ونقلت وكالة الأنباء الصحراوية عن زعيم الجبهة إبراهيم غالي"
        + " قوله إن الوضع خطير."));
    assertEquals(List.of("AID الإمارات -> قوات حفتر"), events("ونقلت الإمارات أسلحة لقوات حفتر."));
  }

  @Test
  void aCommanderWrittenWithMaddaIsNoOrderAndLetsTheThreatHaveItsSubject() {
    assertEquals(List.of("THREATEN عبد الرؤوف كارة -> -"),
        events("وتوعد آمر كتيبة الفاروق عبد الرؤوف كارة بالرد على أي هجوم."));
  }

  @Test
  void accusationsThatADenialDeniesAreNotTheDeniersOwn() {
    assertEquals(List.of(), events("ونفى المتحدث باسم قوات الدعم السريع الفاتح قرشي اتهامات"
        + " الجيش السوداني."));
    assertEquals(List.of("THREATEN الفاتح قرشي -> -"),
        events("وتوعد الناطق باسم قوات الدعم السريع الفاتح قرشي، في تسجيل مصور، بالرد، نافيا"
            + " اتهامات الحكومة لعناصره بإيواء مطلوبين."));
  }
}
