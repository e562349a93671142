package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marsad.event.EventReadingsTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verbs of directing (وجه، أوعز) read as requests only where they order an act, direct a party
 * named or address a letter to one, on sentences written for these tests.
 */
class OrdersToActTest {
  @Test
  void directingAnActAgainstAPartyIsARequestAndTheActIsNotDone() {
    assertEquals(List.of("REQUEST محمد شياع السوداني -> -"),
        events("ووجّه رئيس الوزراء محمد شياع السوداني بملاحقة عناصر داعش."));
    assertEquals(List.of("REQUEST محمد شياع السوداني -> -"),
        events("وأكد رئيس الوزراء محمد شياع السوداني، في بيان، أن دماء الشهداء لن تذهب هدرا،"
            + " موجها بفتح تحقيق فوري في ملابسات الهجوم."));
  }

  @Test
  void directingAPartyNamedIsARequestToIt() {
    assertEquals(List.of("REQUEST أحمد الشرع -> وزارة العدل"),
        events("وأكد الرئيس أحمد الشرع أن الدولة لن تتهاون، موجها وزارة العدل بتشكيل محاكم"
            + " خاصة."));
  }

  @Test
  void instructingABodyNamedAfterLamIsARequest() {
    assertEquals(List.of("REQUEST بنيامين نتنياهو -> -"),
        events("وأعلن بنيامين نتنياهو أنه أوعز للجيش بالعمل ضد قوات النظام."));
  }

  @Test
  void aLetterAddressedToAPartyIsARequestToIt() {
    assertEquals(List.of("REQUEST بدر عبد العاطي -> مجلس الأمن الدولي"),
        events("وجه الوزير بدر عبد العاطي، وزير الخارجية، خطابا إلى رئيس مجلس الأمن الدولي."));
  }

  @Test
  void directingNoActOnAPartyOrDealingSomethingIsNoRequest() {
    assertEquals(List.of(), events("وجه رئيس مجلس الوزراء محمد شياع السوداني، أمس الثلاثاء،"
        + " بتشكيل لجنة تحقيقية عليا."));
    assertEquals(List.of(), events("وأوضحت الوزارة أن القضاء الفرنسي وجه له تهما تتعلق"
        + " بالتورط في قضية اختطاف."));
    assertEquals(List.of(), events("ووجه وزير الخارجية انتقادات حادة للسياسة الاقتصادية."));
  }
}
