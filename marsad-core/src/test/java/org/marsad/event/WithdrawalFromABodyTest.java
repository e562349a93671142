package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A withdrawal from a body one belongs to (an organization that is no armed party, named right
 * after من) rejects that body; a withdrawal from a town or from a site that a force holds is a
 * retreat, on sentences written for these tests.
 */
class WithdrawalFromABodyTest {
  private static List<String> events(String text) {
    return EventReadingsTest.events(text);
  }

  @Test
  void leavingAnOrganizationRejectsIt() {
    assertEquals(List.of("REJECT الولايات المتحدة -> منظمة الصحة العالمية"),
        events("وأعلنت الولايات المتحدة انسحابها من منظمة الصحة العالمية."));
    assertEquals(List.of("REJECT آسيمي غويتا -> مجموعة دول الساحل الخمس"),
        events("وأعلن الرئيس المالي آسيمي غويتا انسحاب بلاده من مجموعة دول الساحل الخمس."));
  }

  @Test
  void leavingATownIsARetreatFromIt() {
    assertEquals(List.of("RETREAT قوات الدعم السريع -> ود مدني"),
        events("وانسحبت قوات الدعم السريع من مدينة ود مدني."));
  }

  @Test
  void leavingTheSiteOfAForceIsNoRejectionOfIt() {
    assertEquals(List.of("RETREAT الجيش السوداني -> الفرقة 22"),
        events("وانسحبت قوات الجيش السوداني من مقر الفرقة 22."));
    assertEquals(List.of("RETREAT حركة الشباب -> الجيش الصومالي"),
        events("وانسحب مقاتلو حركة الشباب من مواقع الجيش الصومالي."));
  }
}
