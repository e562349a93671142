package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marsad.event.EventReadingsTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pledges of harm and harm told in the future read as threats, and persons named after two
 * titles, on sentences written for these tests.
 */
class ThreatsAndStackedTitlesTest {
  @Test
  void aThreatWithSomethingIsReadPastTheThreatenersLongTitleAndName() {
    assertEquals(List.of("THREATEN محمد البخيتي -> -"),
        events("وهدد عضو المكتب السياسي لجماعة الحوثي محمد البخيتي بتوسيع نطاق العمليات."));
  }

  @Test
  void aPledgeToPursueAPartyIsAThreatToIt() {
    assertEquals(List.of("THREATEN عبد الفتاح البرهان -> قوات الدعم السريع"),
        events("وتعهد عبد الفتاح البرهان بملاحقة قوات الدعم السريع حتى آخر جندي."));
  }

  @Test
  void aPledgeToRetaliateIsAThreatToThePartyAfterOn() {
    assertEquals(List.of("THREATEN رجب طيب أردوغان -> حزب العمال الكردستاني"),
        events("وتعهد الرئيس التركي رجب طيب أردوغان بالرد على حزب العمال الكردستاني."));
    assertEquals(List.of("THREATEN حركة حماس -> -"),
        events("وتعهدت حركة حماس بـ\"الانتقام\" لمقتل قادتها."));
  }

  @Test
  void aPledgeToCarryAWarOnIsAThreat() {
    assertEquals(List.of("THREATEN حسن شيخ محمود -> حركة الشباب"),
        events("وتعهد الرئيس الصومالي حسن شيخ محمود بمواصلة الحرب الشاملة على حركة الشباب."));
    // carrying on a support is no threat
    assertEquals(List.of(), events("وتعهد الرئيس حسن شيخ محمود بمواصلة دعم الجيش.").stream()
        .filter(e -> e.startsWith("THREATEN")).toList());
  }

  @Test
  void aPledgeOfHelpStaysAnAgreement() {
    assertEquals(List.of("AGREE الحكومة المصرية -> لبنان"),
        events("وتعهدت الحكومة المصرية بتقديم الدعم للبنان."));
  }

  @Test
  void anAttackToldInTheFutureIsAThreat() {
    assertEquals(List.of("THREATEN الجيش الإسرائيلي -> حزب الله"),
        events("وقال المتحدث باسم الجيش الإسرائيلي إن قواته ستواصل قصف مواقع حزب الله."));
    assertEquals(List.of("THREATEN حركة الشباب -> الحكومة الصومالية"),
        events("وقالت حركة الشباب إنها ستهاجم الحكومة الصومالية."));
  }

  @Test
  void reservingTheRightToRespondIsAThreatEvenInAWarning() {
    assertEquals(List.of("THREATEN حماس -> -"), events("حماس تحتفظ بحق الرد."));
    assertEquals(List.of("THREATEN قسد -> -"),
        events("وحذر مظلوم عبدي من أن «قسد» تحتفظ «بحق الرد المشروع»."));
  }

  @Test
  void aPartyThatWillNotAllowThreatens() {
    assertEquals(List.of("THREATEN الحكومة السودانية -> -"),
        events("وقال المتحدث إن الحكومة السودانية لن تسمح بمرور القوافل عبر المعبر."));
    assertEquals(List.of(), events("وقال الرئيس إن الظروف لن تسمح بإجراء الانتخابات."));
  }

  @Test
  void aPartyThatWillNotBeLenientWithOrHesitateThreatensButNotInItsServices() {
    assertEquals(List.of("THREATEN الجيش اللبناني -> -"),
        events("وقال الجيش اللبناني إنه لن يتوانى عن الرد على أي اعتداء."));
    assertEquals(List.of("THREATEN الحكومة المصرية -> -"),
        events("وقالت الحكومة المصرية إنها لن تتهاون مع المخربين."));
    assertEquals(List.of(), events("وقالت الحكومة المصرية إنها لن تتهاون في تقديم الخدمات."));
  }

  @Test
  void aPartyThatWillPayThePriceIsThreatenedByTheOneWhoSaysSo() {
    assertEquals(List.of("THREATEN يوآف غالانت -> حزب الله"),
        events("وقال وزير الدفاع الإسرائيلي يوآف غالانت إن حزب الله \"سيدفع ثمنا باهظا\"."));
    assertEquals(List.of("THREATEN بنيامين نتنياهو -> حركة حماس"),
        events("وأكد بنيامين نتنياهو أن حركة حماس ستدفع الثمن."));
    // said by no one named, or of no party, it is no threat
    assertEquals(List.of(), events("وقالت الحكومة إن الاقتصاد سيدفع ثمن الحرب."));
  }

  @Test
  void aHelpToldInTheFutureIsNoAct() {
    assertEquals(List.of(), events("وقالت ألمانيا إنها ستدعم أوكرانيا."));
  }

  @Test
  void thePersonAfterASecondTitleIsTheSubject() {
    assertEquals(List.of("ACCUSE عبد الفتاح البرهان -> -"),
        events("أدان رئيس مجلس السيادة القائد العام للجيش الفريق أول عبد الفتاح البرهان الهجوم."));
    assertEquals(List.of("CONSULT عبد الفتاح البرهان -> توم بيرييلو"),
        events("التقى رئيس مجلس السيادة القائد العام للجيش الفريق أول عبد الفتاح البرهان "
            + "المبعوث الأمريكي توم بيرييلو."));
  }

  @Test
  void holdingANamedPartyResponsibleIsReadPastTheWordsOfItsName() {
    // the held party's name and title stand between the verb and المسؤولية
    assertEquals(List.of("ACCUSE الخارجية الجزائرية -> برونو روتايو"),
        events("وحمّلت الخارجية الجزائرية وزير الداخلية الفرنسي برونو روتايو مسؤولية التصعيد."));
    // the same words with no name between stay beyond the reach
    assertEquals(List.of(), events("وحمل المتظاهرون لافتات كتب عليها شعارات عن الفساد وعن غياب"
        + " المحاسبة وعن المسؤولية."));
  }

  @Test
  void aLongTitleWithCoordinatedPortfoliosStillLeadsToItsHolder() {
    assertEquals(List.of("CONSULT أيمن الصفدي -> أسعد الشيباني"),
        events("بحث نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي مع وزير"
            + " الخارجية السوري أسعد الشيباني الأوضاع على الحدود."));
  }

  @Test
  void aPersonAfterADefiniteNounOfForcesIsItsCommanderNotItsOwner() {
    assertEquals(List.of("ACCUSE محمد المنفي -> -"),
        events("أدان القائد الأعلى للجيش محمد المنفي الهجوم."));
    assertEquals(List.of("ASSAULT قوات حفتر -> طرابلس"),
        events("وقصفت قوات حفتر مواقع في طرابلس."));
  }

  @Test
  void aMembersOrAssistantsTitleLeadsToItsHolderPastATwoWordRank() {
    assertEquals(List.of("ACCUSE ياسر العطا -> الحكومة التشادية"),
        events("اتهم عضو مجلس السيادة الانتقالي مساعد القائد العام للجيش الفريق أول ياسر"
            + " العطا الحكومة التشادية بدعم المتمردين."));
  }

  @Test
  void thePersonCalledIsTheHolderNamedAfterHisBodyAndATwoWordRank() {
    assertEquals(List.of("CONSULT عبد الفتاح السيسي -> عبد الفتاح البرهان"),
        events("أجرى الرئيس عبد الفتاح السيسي اتصالاً هاتفياً مع رئيس مجلس السيادة السوداني"
            + " الفريق أول عبد الفتاح البرهان."));
  }

  @Test
  void theSubjectOfAThreatsClauseIsTheOneThreatened() {
    assertEquals(List.of("THREATEN يسرائيل كاتس -> حركة حماس"),
        events("وتوعد وزير الدفاع الإسرائيلي يسرائيل كاتس بأن حركة حماس ستدفع ثمنا باهظا."));
  }

  @Test
  void aResolveToDealFirmlyOrGoOnWithTheWarIsAThreat() {
    assertEquals(List.of("THREATEN حركة حماس -> -"),
        events("وأكدت حركة حماس أنها ستواصل معركتها حتى تحرير كل شبر من الأرض."));
    assertEquals(List.of("THREATEN وزارة الدفاع التركية -> -"),
        events("وقالت وزارة الدفاع التركية إنها ستتخذ كل ما يلزم لحماية أمنها الوطني."));
  }

  @Test
  void aCallReceivedFromAnEnvoyTitledWithHisRegionIsAMeetingWithHim() {
    assertEquals(List.of("CONSULT ستيف ويتكوف -> بدر عبد العاطي"),
        events("وتلقى وزير الخارجية والهجرة الدكتور بدر عبد العاطي اتصالا هاتفيا من المبعوث "
            + "الأمريكي الخاص للشرق الأوسط ستيف ويتكوف."));
  }

  @Test
  void aSharpAttackByAPoliticianOnAPartyIsAVerbalOne() {
    assertEquals(List.of("ACCUSE أحمد عبد الله -> حزب الله"),
        events("وشن النائب أحمد عبد الله هجوما حادا على حزب الله."));
  }

  @Test
  void aQuotedThreatAfterAPronounOfTheSpeakerIsTheSpeakers() {
    assertEquals(List.of("THREATEN وزارة الداخلية -> -"),
        events("وشددت وزارة الداخلية على أنها \"لن تتهاون مع كل من يعبث بأمن العاصمة"
            + " واستقرارها\"."));
  }

  @Test
  void goingOnWithAnAttackInTheFutureIsAThreatEvenWithNoPartyNamed() {
    assertEquals(List.of("THREATEN قوات الدعم السريع -> -"),
        events("وقال مستشار قائد قوات الدعم السريع إن قواتهم \"ستواصل استهداف كل المنشآت التي"
            + " يستخدمها الجيش\"."));
  }

  @Test
  void aSecondThatIsJoinedByWawStandsForThePartyOfTheFirst() {
    assertEquals(List.of("REJECT الجزائر -> -"),
        events("وأوضح البيان أن الجزائر \"تأسف للموقف\"، وأنها \"ترفض بأشد العبارات الادعاءات"
            + " الباطلة\"."));
  }
}
