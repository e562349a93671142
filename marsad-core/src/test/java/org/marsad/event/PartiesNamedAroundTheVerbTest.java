package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whose act a verb or verbal noun is when other parties are named around it: a counterpart
 * after a preposition, a title before the subject, "his country" and "his forces", a state's
 * denial, coordinated parties signing, a member named after his party, a clause coordinated after
 * a comma, the object of a noun that carries its possessive, a role's holder between commas, on
 * sentences written for these tests.
 */
class PartiesNamedAroundTheVerbTest {
  private static List<String> events(String text) {
    return EventReadingsTest.events(text);
  }

  @Test
  void aCounterpartNamedAfterAPrepositionIsMetNotTheDoer() {
    assertEquals(List.of("CONSULT رجب طيب أردوغان -> فلاديمير بوتين",
            "AID رجب طيب أردوغان -> -"),
        events("وأكد الرئيس التركي رجب طيب أردوغان في اتصال هاتفي مع نظيره الروسي فلاديمير"
            + " بوتين دعم بلاده لوحدة الأراضي السورية."));
  }

  @Test
  void aRolesHolderBetweenCommasIsTheSubjectAndAStateAfterAnAsideTheObject() {
    assertEquals(List.of("ACCUSE سامح شكري -> إثيوبيا"),
        events("واتهم وزير الخارجية، سامح شكري، إثيوبيا بالتعنت في المفاوضات."));
    // an unnamed holder: the state after the aside is whom he accuses, not the doer
    assertEquals(List.of(),
        events("واتهم رئيس الوزراء الأردني، في تصريح لقناة المملكة، إسرائيل بتقويض جهود"
            + " السلام."));
  }

  @Test
  void hisCountryBeforeAVerbIsItsSubjectAndTheNameAfterItsObject() {
    assertEquals(List.of("CONSULT أردوغان -> بوتين", "AID أردوغان -> سوريا"),
        events("وأكد أردوغان في اتصال هاتفي مع بوتين أن بلاده تدعم سوريا."));
  }

  @Test
  void aNameAfterTheObjectOfAnUnnamedRoleHolderOwnsTheObjectAndDoesNotAct() {
    // رفض الرئيس السوداني قرار مجلس الأمن: the council's resolution is rejected, by no one named
    assertEquals(List.of(), events("ورفض الرئيس السوداني قرار مجلس الأمن الدولي بشأن دارفور."));
    // a spokesman's body after باسم still speaks through him
    assertEquals(List.of("ACCUSE المجلس الانتقالي الجنوبي -> حزب الإصلاح"),
        events("واتهم الناطق الرسمي باسم المجلس الانتقالي الجنوبي حزب الإصلاح بالتحريض."));
  }

  @Test
  void anUnnamedBodyAfterARoleIsItsGenitiveAndTheNameAfterItTheHolder() {
    assertEquals(List.of("THREATEN عبد الملك الحوثي -> الولايات المتحدة",
            "THREATEN عبد الملك الحوثي -> بريطانيا"),
        events("وتوعد زعيم الجماعة عبد الملك الحوثي بتوسيع العمليات، محذرا الولايات المتحدة"
            + " وبريطانيا من مغبة التصعيد."));
  }

  @Test
  void theForcesOfASpokesmanAreTheForcesOfWhomHeSpeaksFor() {
    assertEquals(List.of("COERCE الجيش السوداني -> سنجة"),
        events("وقال المتحدث باسم الجيش السوداني العميد نبيل عبد الله إن قواته استعادت"
            + " السيطرة على مدينة سنجة."));
  }

  @Test
  void hisForcesBeforeAVerbAreItsSubjectAndTheNameAfterItsObject() {
    // the plane was shot down; it did not shoot
    assertEquals(List.of("ASSAULT قوات حفتر -> طائرة تركية"),
        events("وقال المتحدث باسم قوات حفتر أحمد المسماري إن قواته أسقطت طائرة تركية."));
  }

  @Test
  void theActAStateDeniesIsCodedNegated() {
    assertEquals(List.of("MOBILIZE تركيا -> ليبيا negated"),
        events("ونفت تركيا إرسال مرتزقة إلى ليبيا."));
  }

  @Test
  void coordinatedPartiesSigningSignWithEachOther() {
    assertEquals(List.of("SUPPORT مصر -> تركيا", "SUPPORT تركيا -> مصر"),
        events("وقعت مصر وتركيا اتفاقية للتعاون في مجال الطاقة."));
    assertEquals(List.of("SUPPORT تركيا -> حكومة الوفاق"),
        events("وقعت تركيا اتفاقية مع حكومة الوفاق."));
  }

  @Test
  void aMemberNamedAfterHisPartyIsThePartyActedOn() {
    assertEquals(List.of("ASSAULT إسرائيل -> صالح العاروري"),
        events("اغتالت إسرائيل القيادي في حماس صالح العاروري في بيروت."));
  }

  @Test
  void theCoalitionsOfTheRegionsWarsAreParties() {
    assertEquals(List.of("ASSAULT التحالف بقيادة السعودية -> صنعاء"),
        events("شن التحالف بقيادة السعودية غارات جوية على صنعاء."));
    assertEquals(List.of("ASSAULT التحالف الدولي -> تنظيم داعش"),
        events("قصف التحالف الدولي مواقع لتنظيم داعش في الرقة."));
  }

  @Test
  void aClauseCoordinatedAfterACommaHasItsOwnSubject() {
    // the parliament voted; the ministries welcomed
    assertEquals(List.of("SUPPORT وزارة الخارجية الأردنية -> -",
            "SUPPORT وزارة الدفاع الكويتية -> -"),
        events("وقالت الحكومة العراقية إن البرلمان العراقي صوت على القانون، ورحبت وزارة الخارجية"
            + " الأردنية ووزارة الدفاع الكويتية بالقرار."));
  }
  @Test
  void theNameAfterANounWithItsPossessiveIsItsObjectAndThePronounTheClausesDoer() {
    // لقائه is the meeting (its ل no preposition); the pronoun is its genitive: the one met
    // follows, and the one meeting is the clause's subject
    assertEquals(List.of("CONSULT فيصل بن فرحان -> أنتوني بلينكن"),
        events("وأكد وزير الخارجية السعودي فيصل بن فرحان خلال لقائه نظيره الأمريكي أنتوني بلينكن"
            + " في الرياض حرص المملكة على السلام."));
    assertEquals(List.of("CONSULT عبد الفتاح السيسي -> جورجيا ميلوني"),
        events("وشدد الرئيس عبد الفتاح السيسي لدى استقباله رئيسة الوزراء الإيطالية جورجيا ميلوني"
            + " على أهمية التعاون."));
  }
  @Test
  void theActorNamedAgainAfterItsTitleIsNotTheObjectTheNameAfterThePlaceIs() {
    assertEquals(List.of("CONSULT ولي العهد السعودي -> عبد الفتاح البرهان"),
        events("واستقبل ولي العهد السعودي الأمير محمد بن سلمان في جدة رئيس مجلس السيادة السوداني"
            + " عبد الفتاح البرهان."));
  }
  @Test
  void aVisitNamedAfterInIsTheClauseSubjectsVisitToWhereItWent() {
    assertEquals(List.of("CONSULT عباس عراقجي -> بيروت"),
        events("ووصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت في زيارة رسمية."));
  }

  @Test
  void aCapitalAfterTheTriggersOwnPrepositionIsThePartyActedOn() {
    assertEquals(List.of("REQUEST واشنطن -> كييف", "REQUEST برلين -> كييف"),
        events("وذكرت الصحيفة أن واشنطن وبرلين ضغطتا على كييف لعدم استهداف منشآت النفط."));
  }

  @Test
  void aTownOrSiteAnAttackIsAimedAtIsStruckWhenNoPartyIsNamed() {
    assertEquals(List.of("ASSAULT الجيش الإسرائيلي -> خان يونس"),
        events("شن الجيش الإسرائيلي فجر اليوم سلسلة غارات على مدينة خان يونس."));
    assertEquals(List.of("ASSAULT الجيش السوداني -> نيالا"),
        events("قصف الجيش السوداني مدينة نيالا بالطائرات."));
    // a party named is the one acted on, the town only where
    assertEquals(List.of("ASSAULT الجيش الإسرائيلي -> حركة حماس"),
        events("شن الجيش الإسرائيلي غارات على مواقع لحركة حماس في خان يونس."));
    // a town after في is where the act was, and with no party named the one it hits
    assertEquals(List.of("ASSAULT الجيش السوداني -> نيالا"),
        events("شن الجيش السوداني هجوما في مدينة نيالا."));
  }

  @Test
  void aTownFiredTowardsIsStruck() {
    assertEquals(List.of("ASSAULT حركة حماس -> عسقلان"),
        events("وأطلقت حركة حماس صواريخ باتجاه مدينة عسقلان."));
    assertEquals(List.of("ASSAULT حركة حماس -> عسقلان"),
        events("وأطلقت حركة حماس صواريخ صوب مدينة عسقلان."));
  }

  @Test
  void theDoerOfAnActCondemnedIsTheOneCondemned() {
    // the adjective of the strikes names their doer, a state the sentence names too
    assertTrue(events("وأدانت الحكومة العراقية الضربات الأمريكية التي نفذتها الولايات المتحدة"
        + " أمس.").contains("ACCUSE الحكومة العراقية -> الولايات المتحدة"));
    // the adjective of a decision or an intervention names the state that took it
    assertTrue(events("ورفضت مصر التدخل العسكري التركي في ليبيا، وقالت إن تركيا تهدد أمنها.")
        .contains("REJECT مصر -> التركي"));
    // not named in the sentence: the state's unnamed forces that struck
    assertEquals(List.of("ACCUSE الحكومة السورية -> الغارات الإسرائيلية"),
        events("ونددت الحكومة السورية بالغارات الإسرائيلية على دمشق."));
  }

  @Test
  void condemningAnAttackNamedPastTheCondemnersLongNameIsRead() {
    // دان as many outlets write أدان; the attack condemned after the secretary-general's name
    assertEquals(List.of("ACCUSE أنطونيو غوتيريش -> -"),
        events("دان الأمين العام للأمم المتحدة أنطونيو غوتيريش الهجوم."));
    assertEquals(List.of("ACCUSE أنطونيو غوتيريش -> -"),
        events("وأدان الأمين العام للأمم المتحدة أنطونيو غوتيريش التفجير."));
    // what he described as: condemned, not denied; and ودان no Libyan town outside Libya
    assertEquals(List.of("ACCUSE بولا أحمد تينوبو -> -"),
        events("ودان الرئيس النيجيري بولا أحمد تينوبو ما وصفه بـ\"الحادثة الإرهابية\"."));
  }

  @Test
  void anActCondemnedByItsNounAloneIsTheOneToldLastAndItsDoerTheOneCondemned() {
    assertTrue(events("وشنت القوات الأمريكية فجر السبت غارات على مواقع في العراق وسوريا."
        + " وأدانت الحكومة العراقية الضربات، وقالت إنها انتهاك للسيادة.")
        .contains("ACCUSE الحكومة العراقية -> القوات الأمريكية"));
    // an act named with its doer's country (that state's forces), or with a target of its
    // own, is another one
    assertTrue(events("واتهمت موسكو كييف بقصف المحطة. وأدانت الأمم المتحدة الضربات الإسرائيلية"
        + " على غزة.").contains("ACCUSE الأمم المتحدة -> الضربات الإسرائيلية"));
    assertTrue(events("واتهمت موسكو كييف بقصف المحطة. وأدانت الأمم المتحدة الضربات على غزة.")
        .contains("ACCUSE الأمم المتحدة -> -"));
    // told too long before (ten sentences or more), it is no longer the one meant
    assertTrue(events("وقصفت القوات الأمريكية مواقع في العراق. وقال الجيش إن الوضع هادئ. وعاد"
        + " السكان إلى منازلهم. وفتحت المدارس أبوابها. واستؤنفت الرحلات الجوية. وافتتحت"
        + " الأسواق. وعادت الحياة إلى طبيعتها. وهطلت الأمطار. وارتفعت الأسعار. وانخفضت درجات"
        + " الحرارة. وأعلنت البلدية خطة للنظافة. وافتتح معرض للكتاب. وفاز الفريق المحلي"
        + " بالبطولة. وأدانت الحكومة العراقية الضربات.").contains("ACCUSE الحكومة العراقية -> -"));
    // ... but some sentences later it still is
    assertTrue(events("وقصفت القوات الأمريكية مواقع في العراق. وقال الجيش إن الوضع هادئ. وعاد"
        + " السكان إلى منازلهم. وفتحت المدارس أبوابها. واستؤنفت الرحلات الجوية. وافتتحت"
        + " الأسواق. وأدانت الحكومة العراقية الضربات.")
        .contains("ACCUSE الحكومة العراقية -> القوات الأمريكية"));
  }

  @Test
  void aStateNamedByTheAdjectiveOfWhatIsHitOrOfACounterpartIsActedOn() {
    assertTrue(events("وردت قوات حكومة طالبان بقصف نقاط عسكرية باكستانية على الحدود. وقالت"
        + " باكستان إن الهجوم مدان.").contains("ASSAULT طالبان -> باكستان"));
    assertTrue(events("وأجرى وزير الخارجية السعودي إبراهيم العساف اتصالا هاتفيا بنظيره"
        + " الباكستاني. وكانت باكستان قد طردت السفير الهندي.")
        .contains("CONSULT إبراهيم العساف -> باكستان"));
    assertTrue(events("واستدعت وزارة الخارجية العراقية السفير التركي في بغداد. وقالت الوزارة إن"
        + " تركيا انتهكت السيادة.").contains("ACCUSE وزارة الخارجية العراقية -> التركي"));
    assertTrue(events("وقال الجيش الهندي إن جنوده قتلوا سبعة متسللين، داعيا الجانب الباكستاني إلى"
        + " تسلم الجثث. ونفت باكستان ذلك.").contains("REQUEST الجيش الهندي -> باكستان"));
    // a state the document does not name is not guessed
    assertEquals(List.of("ASSAULT طالبان -> -"),
        events("وردت قوات حكومة طالبان بقصف نقاط عسكرية باكستانية على الحدود."));
  }

  @Test
  void aDefiniteDualAfterAMeetingIsItsTwoParties() {
    assertEquals(List.of("CONSULT أيمن الصفدي -> أسعد الشيباني",
            "AGREE أيمن الصفدي -> أسعد الشيباني", "AGREE أسعد الشيباني -> أيمن الصفدي"),
        events("والتقى وزير الخارجية أيمن الصفدي نظيره السوري أسعد الشيباني في عمان. واتفق"
            + " الوزيران على تشكيل لجنة أمنية مشتركة."));
    // with no meeting before, the dual names no one
    assertEquals(List.of(), events("واتفق الوزيران على تشكيل لجنة أمنية مشتركة."));
    // the dual before its verb, after what a spokesman says
    assertEquals(List.of("CONSULT أيمن الصفدي -> أسعد الشيباني",
            "AGREE أيمن الصفدي -> أسعد الشيباني", "AGREE أسعد الشيباني -> أيمن الصفدي"),
        events("والتقى وزير الخارجية أيمن الصفدي نظيره السوري أسعد الشيباني في عمان. وقال"
            + " المتحدث إن الوزيرين اتفقا على تشكيل لجنة أمنية مشتركة."));
  }

  @Test
  void recallingOnesOwnAmbassadorSanctionsTheStateHeServesIn() {
    assertEquals(List.of("SANCTION الجزائر -> فرنسا"),
        events("واستدعت الجزائر سفيرها لدى فرنسا للتشاور."));
    assertEquals(List.of("SANCTION الرباط -> الجزائر"),
        events("وسحبت الرباط سفيرها من الجزائر."));
  }

  @Test
  void downgradingRelationsOrSuspendingTradeWithAStateSanctionsIt() {
    assertEquals(List.of("SANCTION باكستان -> الهند"),
        events("وقررت باكستان خفض مستوى علاقاتها الدبلوماسية مع الهند وتعليق التبادل التجاري"
            + " الثنائي."));
    // trade discussed is no sanction
    assertEquals(List.of(), events("وبحث الوزيران التبادل التجاري بين مصر والسعودية."));
  }

  @Test
  void aStandExpressedAfterAnAsideOrWithItsPronounIsItsSubjects() {
    // أعرب عن hands its subject to the noun of condemning, quoted or not
    assertEquals(List.of("ACCUSE قطر -> -"),
        events("وأعربت قطر عن \"استنكارها الشديد\" للهجوم."));
    // the condemned act after an aside that names where the statement came from
    assertEquals(List.of("ACCUSE المملكة العربية السعودية -> -"),
        events("دانت المملكة العربية السعودية، في بيان صادر عن وزارة خارجيتها، \"استهداف"
            + " الجمهورية الإسلامية الإيرانية\"."));
    // a statement issued by someone confiscates nothing, and a ministry visits no one
    assertEquals(List.of(), events("وأكد ميقاتي، بحسب بيان صادر عن مكتبه، التزام لبنان بالقرار."));
    assertEquals(List.of(), events("وقالت وزارة خارجيتها إن الوضع هادئ."));
  }

  @Test
  void aStateStandingBySomeoneIsNamedBetweenTheWordsOfTheIdiom() {
    assertEquals(List.of("SUPPORT مصر -> السودان"),
        events("وأكدت وزارة الخارجية المصرية وقوف مصر إلى جانب السودان."));
    assertEquals(List.of("SUPPORT بعثة الاتحاد الأفريقي -> الحكومة الصومالية"),
        events("وأصدرت بعثة الاتحاد الأفريقي بيانا مؤكدة وقوفها إلى جانب الحكومة الصومالية."));
  }

  @Test
  void aRolesHolderIsNamedPastTheBodyHeServesInWhenNoNameGivesIt() {
    assertEquals(List.of("ACCUSE معمر الإرياني -> مليشيا الحوثي"),
        events("وحمّل وزير الإعلام في الحكومة الشرعية معمر الإرياني مليشيا الحوثي المسؤولية"
            + " الكاملة."));
  }

  @Test
  void theOwnerOfWhatIsHitMayBeQuoted() {
    assertEquals(List.of("ASSAULT القيادة الأميركية في أفريقيا -> داعش"),
        events("وأعلنت القيادة الأميركية في أفريقيا أنها شنت غارة جوية على مواقع لتنظيم «داعش»"
            + " في جبال علمسكاد."));
  }

  @Test
  void aNameAfterTheVerbOfAnUnnamedDefiniteSubjectIsNoDoer() {
    // أن الجيش استهدف: the army, named nowhere, struck; the Shabaab were struck
    assertEquals(List.of(), events("وأكدت الوزارة أن الجيش استهدف مواقع حركة الشباب."));
    assertEquals(List.of(), events("وقال مصدر إن الوفد التقى رئيس جهاز المخابرات العامة اللواء"
        + " حسن رشاد."));
  }

  @Test
  void aMemberOfABodyUnnamedStandsForTheBody() {
    assertEquals(List.of("ACCUSE حركة حماس -> إسرائيل"),
        events("واتهم قيادي في حركة حماس إسرائيل بتعطيل المفاوضات."));
    // a member named is the doer himself
    assertEquals(List.of("ACCUSE محمد سيالة -> الإمارات"),
        events("واتهم وزير الخارجية في حكومة الوفاق محمد سيالة الإمارات بتعطيل الحوار."));
  }

  @Test
  void aCityRightAfterTheNounOfAnAgreementOrMeetingNamesItAndIsNoParty() {
    assertEquals(List.of(),
        events("وتصاعد القتال منذ اتفاق موسكو لوقف إطلاق النار بين روسيا وتركيا."));
    // two capitals after it are the parties agreeing
    assertTrue(events("وأعلنت القاهرة وأنقرة اتفاقهما على التهدئة.")
        .contains("AGREE القاهرة -> أنقرة"));
  }

  @Test
  void theCounterpartNamedAfterAnAsideOfTimeIsTheOneMet() {
    assertEquals(List.of("CONSULT بدر عبد العاطي -> حسين عوض علي"),
        events("واستقبل بدر عبد العاطي، اليوم الاثنين، نظيره السوداني حسين عوض علي في القاهرة."));
  }

  @Test
  void aPartySetApartWithAmmaIsTheSubjectOfTheVerbWrittenWithFa() {
    assertEquals(List.of("REQUEST هانس غروندبرغ -> -"),
        events("أما المبعوث الأممي إلى اليمن هانس غروندبرغ، فدعا جميع الأطراف إلى أقصى درجات"
            + " ضبط النفس."));
    assertEquals(List.of("ASSAULT قوات الدعم السريع -> الفاشر"),
        events("أما في الميدان، فقصفت قوات الدعم السريع مدينة الفاشر."));
  }

  @Test
  void thePartyHeldResponsibleStandsBetweenTheVerbAndResponsibility() {
    assertEquals(List.of("ACCUSE نبيل أبو ردينة -> حكومة الاحتلال"),
        events("وأدان الناطق الرسمي باسم الرئاسة نبيل أبو ردينة الهجوم، وحمّل حكومة الاحتلال"
            + " المسؤولية الكاملة عن التصعيد."));
    assertEquals(List.of("ACCUSE عمرو بن حبريش -> المجلس الانتقالي الجنوبي"),
        events("وحمل رئيس حلف قبائل حضرموت عمرو بن حبريش المجلس الانتقالي الجنوبي مسؤولية"
            + " التصعيد."));
  }

  @Test
  void aDelegationFromAPartyIsThatPartysVisitAndItsLeaderIsNotTheOneVisited() {
    assertEquals(List.of("CONSULT حركة حماس -> القاهرة"),
        events("وصل وفد من حركة حماس برئاسة رئيس الحركة في غزة خليل الحية، مساء الأحد، إلى"
            + " القاهرة، لإجراء مباحثات مع مسؤولين مصريين."));
  }

  @Test
  void theOneWhoConfrontsAnAttackFightsItsAttackerPastItsAdjective() {
    assertEquals(List.of("ASSAULT القوات المسلحة السودانية -> قوات الدعم السريع",
        "ASSAULT قوات الدعم السريع -> القوات المسلحة السودانية"),
        events("وتصدت القوات المسلحة السودانية لهجوم واسع شنته قوات الدعم السريع على مدينة"
            + " بابنوسة."));
  }

  @Test
  void thePartiesHandedAProposalStandBetweenTheVerbAndTheProposal() {
    assertEquals(List.of("CONSULT مصر -> حركة حماس", "CONSULT مصر -> إسرائيل",
        "CONSULT قطر -> حركة حماس", "CONSULT قطر -> إسرائيل"),
        events("وكشف مصدر مصري أن مصر وقطر سلّمتا وفدي حركة حماس وإسرائيل في الدوحة مسودة"
            + " نهائية لاتفاق وقف إطلاق النار."));
  }
}
