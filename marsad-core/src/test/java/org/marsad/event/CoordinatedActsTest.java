package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marsad.event.EventReadingsTest.events;
import static org.marsad.event.EventReadingsTest.eventsDetected;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acts joined to a clause whose subject is named, or told with words between their parts: a
 * participle that holds a party responsible, a light verb after و, "each of" before the parties,
 * a place withdrawn from, entering a strike, recalling two envoys and closing an airspace; on
 * sentences written for these tests.
 */
class CoordinatedActsTest {
  @Test
  void aParticipleHoldingAPartyResponsibleIsTheSubjectsAccusation() {
    assertEquals(List.of("ACCUSE أحمد عبد الله -> مصر"),
        events("وانتقد الوزير أحمد عبد الله القرار، محملا مصر المسؤولية الكاملة عن الأزمة."));
  }

  @Test
  void aTruckLoadedWithAidAccusesNoOne() {
    assertEquals(List.of(), events("ووصلت شاحنة محملة بالمساعدات إلى مدينة غزة."));
  }

  @Test
  void aLightVerbAfterWawGoesOnWithTheSubjectAndItsPartyAfterBIsTheOneCalled() {
    assertEquals(List.of("CONSULT أحمد عبد الله -> مصر", "CONSULT أحمد عبد الله -> محمد علي"),
        events("وزار الوزير أحمد عبد الله مصر، وأجرى اتصالا بوزير الدفاع محمد علي."));
  }

  @Test
  void eachOfBeforeCoordinatedPartiesLeavesThemSubjectsOrObjects() {
    assertEquals(List.of("ACCUSE السعودية -> إسرائيل", "ACCUSE قطر -> إسرائيل"),
        events("وأدانت كل من السعودية وقطر إسرائيل."));
    assertEquals(List.of("SANCTION الجزائر -> مالي", "SANCTION الجزائر -> النيجر"),
        events("وقررت الجزائر استدعاء سفيريها لدى كل من مالي والنيجر للتشاور."));
  }

  @Test
  void aPlaceWithdrawnFromIsTheOneLeft() {
    assertEquals(List.of("RETREAT تركيا -> سوريا"),
        events("وأعلنت تركيا سحب جميع قواتها من سوريا."));
  }

  @Test
  void enteringAStrikeIsTheDecidersProtest() {
    assertEquals(List.of("PROTEST الهيئة الوطنية للمحامين -> -"),
        events("وقررت الهيئة الوطنية للمحامين الدخول في إضراب عام."));
  }

  @Test
  void closingTheAirspaceToAStateSanctionsIt() {
    assertEquals(List.of("SANCTION الجزائر -> مالي"),
        events("وأغلقت الجزائر مجالها الجوي أمام مالي."));
  }

  @Test
  void aForceOfACountryActsAndItsPastWithQadIsNoConjecture() {
    assertEquals(List.of("ASSAULT قوة إسرائيلية -> بليدا"),
        eventsDetected("وكانت قوة إسرائيلية قد توغلت في بلدة بليدا."));
  }

  @Test
  void aMeetingThatBroughtHimTogetherWithAPartyIsHisMeetingWithIt() {
    assertEquals(List.of("CONSULT أحمد علي -> مظلوم عبدي", "AGREE أحمد علي -> -"),
        events("وأعلن الوزير أحمد علي، عقب لقاء جمعه بمظلوم عبدي، التوصل إلى اتفاق."));
  }

  @Test
  void aCrowdOfAPartysMembersGatheringIsThatPartysProtest() {
    assertEquals(List.of("PROTEST حركة حماس -> -"),
        events("وتجمع متظاهرون من حركة حماس أمام السفارة."));
    assertEquals(List.of(), events("وتجمع جنود من الجيش أمام السفارة."));
  }

  @Test
  void aPartyNamedAsThePartOfAnotherAfterAPrepositionIsNoSubject() {
    assertEquals(List.of("COERCE الجيش الصومالي -> عدن",
        "AID الاتحاد الأفريقي -> الجيش الصومالي"),
        events("وأعلن الجيش الصومالي استعادة بلدة عدن يابال بعد معارك مع عناصر حركة الشباب،"
            + " وذلك بدعم من الاتحاد الأفريقي."));
  }

  @Test
  void condemningTheCrimeOrMassacreToldBeforeAccusesItsDoer() {
    assertEquals(List.of("ASSAULT الجيش السوري -> إدلب", "ACCUSE تركيا -> الجيش السوري"),
        events("وقصف الجيش السوري بلدة في ريف إدلب. وأدانت تركيا المجزرة."));
    assertEquals(List.of("ACCUSE تركيا -> -"), events("وأدانت تركيا المجزرة."));
  }

  @Test
  void aFeminineParticipleAfterACommaIsTheActOfTheBodyThatSpoke() {
    assertEquals(List.of("ACCUSE وزارة الخارجية الهندية -> -",
        "REQUEST وزارة الخارجية الهندية -> حكومة مالي"),
        events("وأدانت وزارة الخارجية الهندية الهجوم، مطالبة حكومة مالي بضمان سلامة الرعايا."));
  }

  @Test
  void aFeminineVerbalNounAfterAManAndACommaIsNoActOfHis() {
    assertEquals(List.of("REQUEST عبد الفتاح السيسي -> -"),
        events("ودعا الرئيس عبد الفتاح السيسي الشعب إلى التصويت، فيما ناشدت أحزاب الناخبين، الذين يزيد"
            + " عددهم على مليون، مقاطعة الاستفتاء."));
  }

  @Test
  void aSubjectNamedAfterTheVerbsPronounPhraseDoesTheAct() {
    assertEquals(List.of("ACCUSE مكتب النائب العام -> -",
        "SUPPORT بعثة الاتحاد الأوروبي -> مكتب النائب العام"),
        events("وأعلن مكتب النائب العام فتح تحقيق في الواقعة، وهي خطوة رحبت بها بعثة الاتحاد"
            + " الأوروبي لدى ليبيا."));
  }

  @Test
  void aVerbJoinedByWawWithoutACommaGoesOnWithTheSubjectNamedBefore() {
    assertEquals(List.of("SUPPORT الحكومة المصرية -> -", "REQUEST الحكومة المصرية -> -"),
        events("وهنأت الحكومة المصرية الشعب العراقي بنجاح الانتخابات ودعت في بيان جميع الأطراف"
            + " إلى احترام النتائج."));
  }
}
