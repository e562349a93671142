package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What may stand between a verb, its subject and its object without parting them (words of time,
 * a place after its preposition, a person's title) and what does part them (a preposition of
 * where, the noun of an act before a relative pronoun), on sentences written for these tests.
 */
class PartsBetweenVerbAndObjectTest {
  private static List<String> events(String text) {
    return EventReadingsTest.events(text);
  }

  @Test
  void theObjectMayComeAfterAPlaceAndAWordOfTime() {
    assertEquals(List.of("CONSULT عبد الفتاح السيسي -> محمد شياع السوداني"),
        events("استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم رئيس الوزراء العراقي"
            + " محمد شياع السوداني."));
    assertEquals(List.of("CONSULT سامح شكري -> سيرغي لافروف"),
        events("التقى وزير الخارجية المصري سامح شكري في نيويورك الاثنين نظيره الروسي سيرغي"
            + " لافروف."));
  }

  @Test
  void theObjectMayComeAfterAnAsideBetweenCommas() {
    assertEquals(List.of("ACCUSE نيكول باشينيان -> أذربيجان"),
        events("واتهم رئيس الوزراء الأرميني نيكول باشينيان، في خطاب متلفز مساء اليوم نفسه،"
            + " أذربيجان بارتكاب تطهير عرقي."));
    assertEquals(List.of("ACCUSE وزارة الخارجية العراقية -> تركيا"),
        events("واتهمت وزارة الخارجية العراقية، في بيان، تركيا بانتهاك السيادة."));
    // the outlet or platform the statement was made to or on is no object
    assertEquals(List.of("ACCUSE وزارة الخارجية السودانية -> إثيوبيا"),
        events("واتهمت وزارة الخارجية السودانية، في تصريحات لوكالة الأنباء الوطنية الصومالية"
            + " (صونا)، إثيوبيا بدعم المتمردين."));
    // a person named bare after the aside is the one charged where the charge follows
    assertEquals(List.of("ACCUSE حركة حماس -> نتنياهو"),
        events("واتهمت حركة حماس، في بيان نشرته على قناتها في تطبيق تلغرام، نتنياهو بتعطيل"
            + " الاتفاق."));
    // what the aside leads to is said, not acted on
    assertEquals(List.of("REJECT مصر -> -"),
        events("وقال وزير الخارجية، في مؤتمر صحفي، إن مصر ترفض التدخل."));
  }

  @Test
  void aPronounPrepositionAfterTheVerbLeavesItsSubjectUnnamed() {
    // يلتقي خلالها: the visitor meets, the president is met (and the capital is visited)
    assertEquals(List.of("CONSULT أنتوني بلينكن -> القاهرة", "CONSULT أنتوني بلينكن -> السيسي"),
        events("وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى القاهرة في زيارة يلتقي خلالها"
            + " الرئيس السيسي."));
  }

  @Test
  void aPersonsTitleDoesNotPartThePersonFromTheVerb() {
    assertEquals(List.of("CONSULT السيسي -> نوري المالكي"),
        events("استقبل السيسي اليوم رئيس الوزراء العراقي نوري المالكي."));
    assertEquals(List.of("ACCUSE السراج -> حفتر"), events("واتهم السراج أمس حفتر بالانقلاب."));
  }

  @Test
  void aTimeOfDayBeforeAWordOfTimeIsNoAct() {
    // فجر اليوم is dawn today, not a detonation: the strikes are the act
    assertEquals(List.of("ASSAULT القوات الإسرائيلية -> حركة حماس"),
        events("شنت القوات الإسرائيلية فجر اليوم غارات على مواقع لحركة حماس."));
    assertTrue(events("وفجر انتحاري نفسه أمس في سوق مزدحم.").stream()
        .anyMatch(e -> e.startsWith("ASSAULT انتحاري")));
  }

  @Test
  void anActNamedBeforeARelativePronounIsItsSubjectNotTheCondemner() {
    // the Union condemns the attack; the attack, not the Union, hit the base
    assertEquals(List.of("ACCUSE الاتحاد الأفريقي -> -"),
        events("ندد الاتحاد الأفريقي بالهجوم الذي استهدف قاعدة للجيش المالي قرب تمبكتو."));
    // an adjective of the party may stand before the relative pronoun (a reading, whatever the
    // detector makes of the sentence)
    assertTrue(EventReadingsTest.eventsDetected("وقالت حركة العدل والمساواة المسلحة التي تقاتل الحكومة السودانية إنها"
        + " سيطرت على البلدة.").contains("ASSAULT حركة العدل والمساواة -> الحكومة السودانية"));
  }

  @Test
  void aShareClosingAtAPriceIsNoAct() {
    assertEquals(List.of(), events("واقفل سهم الشركة عند سعر 28 ريالا قطريا."));
  }

  @Test
  void aMonthAfterFiBetweenTheAnnouncingVerbAndItsNounPartsNeither() {
    assertEquals(List.of("COERCE روسيا -> أفدييفكا"),
        events("ثم أعلنت روسيا في فبراير/شباط 2024 سيطرتها الكاملة على مدينة أفدييفكا."));
  }

  @Test
  void aCallReachesWhomItCallsPastTheCallersNameAndAsides() {
    assertEquals(List.of("REQUEST المجموعة الاقتصادية لدول غرب أفريقيا -> -"),
        events("دعا رئيس مفوضية المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس)، عمر أليو توراي، في"
            + " بيان صدر من أبوجا، جميع الأطراف إلى ضبط النفس."));
  }

  @Test
  void aDayOfTheMonthOrThePlaceOfTheAnnouncerPartsNeither() {
    assertEquals(List.of("ASSAULT وزارة الدفاع التركية -> الحسكة"),
        EventReadingsTest.eventsDetected("أعلنت وزارة الدفاع التركية في الخامس من أكتوبر"
            + " تنفيذ غارات على مواقع في الحسكة."));
    assertEquals(List.of("COERCE الجيش السوداني -> -"),
        events("أعلن الجيش السوداني من الخرطوم سيطرته على جسر شمبات."));
  }
}
