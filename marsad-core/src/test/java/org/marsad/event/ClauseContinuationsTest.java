package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.event.EventReadingsTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What continues a clause after its verb and its object, on sentences written for these tests: a
 * participle after a comma, and a country adjective on the object that a trigger ends in.
 */
class ClauseContinuationsTest {
  @Test
  void anAccusingParticipleAfterACommaIsTheActOfTheOneWhoSpeaks() {
    // no act named by a verb before the comma: the speaker accuses
    assertEquals(List.of("REQUEST حسن شيخ محمود -> -"),
        events("وأعلن الرئيس الصومالي حسن شيخ محمود انتصار الجيش، مطالبا المجتمع الدولي بتسريع"
            + " المساعدات."));
    assertEquals(List.of("THREATEN يحيى سريع -> -"),
        events("وقال المتحدث العسكري يحيى سريع إن الجماعة استهدفت سفينة، متوعدا بمواصلة"
            + " العمليات."));
  }

  @Test
  void theStatesAskedBeforeAnAsideAreTheObjectOfAVerbOfAskingJoinedAfterAComma() {
    assertEquals(List.of("ACCUSE جوزاف عون -> -", "REQUEST جوزاف عون -> الولايات المتحدة",
            "REQUEST جوزاف عون -> فرنسا"),
        events("ودان الرئيس اللبناني جوزاف عون الغارات، ودعا الولايات المتحدة وفرنسا، بصفتهما"
            + " راعيتين للاتفاق، إلى الضغط على إسرائيل."));
  }

  @Test
  void aFeminineOrPluralParticipleAfterACommaGoesOnWithTheClausesSubject() {
    // داعية is also "a preacher": after a comma, it calls
    assertEquals(List.of("SUPPORT وزارة الخارجية العراقية -> -",
            "REQUEST وزارة الخارجية العراقية -> أنقرة"),
        events("ورحبت وزارة الخارجية العراقية بالخطوة، داعية أنقرة إلى احترام السيادة العراقية"
            + " وسحب قواتها من الأراضي العراقية."));
  }

  @Test
  void aParticipleOfSpeechAfterAClauseOfAnotherSubjectIsTheSpeakersAct() {
    // the party that opens what he says is not the one who accuses or calls
    assertEquals(List.of("REJECT حزب الله -> -", "ACCUSE جبران باسيل -> -"),
        events("وأكد رئيس التيار الوطني الحر جبران باسيل أن حزب الله لن يشارك في الجلسة،"
            + " متهما \"الخارج\" بمحاولة فرض رئيس بالقوة."));
    // past a denial that says nothing in its own words
    // past a denial, the accusation after the comma is made, not denied
    assertEquals(List.of("ACCUSE نبيل عبد الله -> -"),
        events("ونفى الناطق باسم الجيش نبيل عبد الله أي صلة للجيش بالقصف، متهما \"جهات"
            + " معادية\" بالوقوف وراءه."));
  }

  @Test
  void aParticipleWrittenWithItsTanwinAfterQuotedWordsIsTheSpeakersAct() {
    // متهماً as متهما: the name after it is whom it accuses, not its genitive (and "will not
    // accept" is his rejection)
    assertEquals(List.of("REJECT أحمد عطاف -> -", "ACCUSE أحمد عطاف -> المغرب"),
        events("وقال وزير الخارجية الجزائري أحمد عطاف إن بلاده \"لن تقبل أي تدخل\"، متهماً"
            + " المغرب بـ\"دعم الانفصاليين\" في المنطقة."));
    assertEquals(List.of("REJECT أحمد عطاف -> -", "ACCUSE أحمد عطاف -> المغرب"),
        events("وقال وزير الخارجية الجزائري أحمد عطاف إن بلاده لن تقبل أي تدخل، متهماً"
            + " المغرب بدعم الانفصاليين."));
  }

  @Test
  void aThreatOrDemandWithItsPrepositionWrittenApartBeforeQuotesIsRead() {
    // بـ"دعم": a verbal noun after its preposition is no verb whose subject the participle takes
    assertEquals(List.of("ACCUSE أحمد عطاف -> المغرب", "THREATEN أحمد عطاف -> -"),
        events("واتهم وزير الخارجية الجزائري أحمد عطاف المغرب بـ\"دعم الانفصاليين\"، مهدداً"
            + " بـ\"إجراءات أخرى\"."));
    assertEquals(List.of("REQUEST أحمد عطاف -> -"),
        events("وطالب وزير الخارجية الجزائري أحمد عطاف بـ\"وقف التدخل\" في شؤون بلاده."));
  }

  @Test
  void aSentenceOpeningWithAVerbOfSpeechAndItsObjectGoesOnWithTheSubjectBefore() {
    assertEquals(List.of("CONSULT عبد الله باتيلي -> محمد المنفي",
            "REQUEST عبد الله باتيلي -> -"),
        events("والتقى المبعوث الأممي عبد الله باتيلي رئيس المجلس الرئاسي محمد المنفي في"
            + " طرابلس. ودعا جميع الأطراف إلى وقف فوري لإطلاق النار."));
    // the one who spoke goes on, not the doer of his words
    assertEquals(List.of("AID تركيا -> -", "REQUEST السيسي -> -"),
        events("وقال السيسي إن تركيا تدعم الإرهاب في ليبيا. ودعا إلى وقف التدخل الأجنبي."));
    // a subject after the verb, though unnamed, is its own
    assertEquals(List.of("AID تركيا -> -"),
        events("وقال السيسي إن تركيا تدعم الإرهاب في ليبيا. ودعا الرئيس الفرنسي إلى الهدوء."));
  }

  @Test
  void theOneNameBeforeTheChargeOfAVerbOfAccusingIsItsObject() {
    // واتهمت دمشق بمحاولة: the verb takes an object, so its subject is the one named before
    assertEquals(List.of("ASSAULT وزارة الدفاع التركية -> -",
            "ACCUSE وزارة الدفاع التركية -> دمشق"),
        events("أفادت وزارة الدفاع التركية بأن قواتها دمرت مخزنا للأسلحة، واتهمت دمشق بمحاولة"
            + " عرقلة الاتفاق."));
    // with two names the first accuses the second
    assertEquals(List.of("ACCUSE دمشق -> أنقرة"),
        events("وقال الوزير إن الحدود آمنة، واتهمت دمشق أنقرة بدعم الإرهاب."));
  }

  @Test
  void aWarningThatReportsWordsToSomeoneNamedIsAThreatToThem() {
    assertEquals(List.of("THREATEN عبد الملك الحوثي -> الولايات المتحدة",
            "THREATEN عبد الملك الحوثي -> بريطانيا"),
        events("وتوعد زعيم الجماعة عبد الملك الحوثي، في كلمته الأسبوعية، بمرحلة جديدة من"
            + " التصعيد، محذرا الولايات المتحدة وبريطانيا من أن \"أي عدوان على بلدنا سيقابل"
            + " برد أشد\"."));
    // warning of a state of things, to no one, reports words only
    assertEquals(List.of(), events("وحذر وزير الخارجية المصري سامح شكري من أن الوضع في ليبيا"
        + " خطير."));
  }

  @Test
  void aVerbOfAskingJoinedAfterACommaAsksThePartiesBeforeWhatItAsks() {
    assertEquals(List.of("REQUEST الاتحاد الأوروبي -> إسرائيل",
            "REQUEST الاتحاد الأوروبي -> إيران"),
        events("وقال بوريل إن الاتحاد الأوروبي يدين الهجوم، ويحث إسرائيل وإيران على ضبط"
            + " النفس.").subList(1, 3));
    // with no subject named before, the party is the one who asks
    assertEquals(List.of("REQUEST مصر -> -"),
        events("وصل الوفد إلى القاهرة، وطالبت مصر بوقف إطلاق النار."));
  }

  @Test
  void anOutletReportingIsNoDoerOfTheActsInItsReport() {
    // the demands are the protesters', unnamed; the agency only reports them
    assertEquals(List.of(), events("ورفع المحتجون شعارات تطالب برحيل الحكومة، بحسب وكالة الأنباء"
        + " الألمانية."));
    // a named speaker's speech act is still his (قال السيسي إن سرت خط أحمر)
    assertEquals(List.of("THREATEN عبد الفتاح السيسي -> -"),
        events("وقال الرئيس عبد الفتاح السيسي إن سرت والجفرة خط أحمر."));
  }

  @Test
  void aParticipleAfterACommaIsNoObjectOfTheNounOfAnActBeforeIt() {
    // المبادرة، متهما: the comma ends what the initiative takes; the one who speaks accuses
    assertEquals(List.of("ACCUSE لافروف -> واشنطن"),
        events("وقال لافروف إن روسيا مستعدة للعودة إلى المبادرة، متهما واشنطن بعرقلة"
            + " تنفيذها."));
  }

  @Test
  void theCountryOfAnEnvoyExpelledIsTheRecipientNotTheSubject() {
    assertEquals(List.of("SANCTION الحكومة الجزائرية -> المغربي"),
        events("وقررت الحكومة الجزائرية طرد السفير المغربي."));
    assertEquals(List.of("SANCTION النيجر -> الفرنسي"),
        events("وطردت النيجر السفير الفرنسي."));
  }

  @Test
  void theGuestOfAReceptionFollowsTheHostsTitleAndAnAsideOfWhereAndWhen() {
    assertEquals(List.of("CONSULT عبد الله بن زايد آل نهيان -> سامح شكري"),
        events("استقبل الشيخ عبد الله بن زايد آل نهيان وزير الخارجية، في قصر الوطن بأبوظبي يوم"
            + " الأحد، معالي وزير خارجية جمهورية مصر العربية سامح شكري."));
    // a guest named by a role alone is no party: nothing after the comma is received
    assertEquals(List.of(), events("واستقبل الرئيس عبد الفتاح السيسي وزير الخارجية الإيراني،"
        + " وبحث معه العلاقات مع تركيا."));
  }

  @Test
  void theGuestOfAReceptionFollowsAPlacePhraseWrittenWithoutCommas() {
    assertEquals(List.of("CONSULT قيس سعيد -> أحمد عطاف"),
        events("واستقبل الرئيس التونسي قيس سعيد في قصر قرطاج وزير الخارجية الجزائري أحمد"
            + " عطاف."));
    assertEquals(List.of("CONSULT محمد شياع السوداني -> مايكل كوريلا"),
        events("واستقبل رئيس الوزراء العراقي محمد شياع السوداني في القصر الحكومي قائد القيادة"
            + " المركزية الأمريكية الجنرال مايكل كوريلا."));
  }

  @Test
  void theOtherSideOfAPhoneCallIsNamedAfterTheCounterpartsNoun() {
    assertEquals(List.of("CONSULT فيصل بن فرحان -> بدر البوسعيدي"),
        events("وأجرى الأمير فيصل بن فرحان اتصالا هاتفيا بنظيره العماني بدر البوسعيدي."));
    // who receives the call is acted on by the caller
    assertEquals(List.of("CONSULT عبد المجيد تبون -> قيس سعيد"),
        events("وتلقى الرئيس التونسي قيس سعيد اتصالا هاتفيا من نظيره الجزائري عبد المجيد"
            + " تبون."));
    // the preposition written on the other side's title is his (من وزير الخارجية الإيراني)
    assertEquals(List.of("CONSULT عباس عراقجي -> قيس سعيد"),
        events("وتلقى الرئيس التونسي قيس سعيد اتصالا هاتفيا من وزير الخارجية الإيراني عباس"
            + " عراقجي."));
    assertEquals(List.of("CONSULT رجب طيب أردوغان -> محمد شياع السوداني"),
        events("والتقى الرئيس التركي رجب طيب أردوغان مع رئيس الوزراء العراقي محمد شياع"
            + " السوداني."));
  }

  @Test
  void aCallIsReadPastTheCallersTitleAndTheObjectsAdjectives() {
    assertEquals(List.of("REQUEST سامح شكري -> -"),
        events("دعا وزير الخارجية المصري سامح شكري الدول الغربية إلى تسريع تسليم"
            + " المساعدات."));
  }

  @Test
  void anAttackASpokesmanReportsIsTheBodysHeSpeaksFor() {
    // a claim (زعم) the detector may doubt: the reading is tested, not its verdict; the
    // commander hit is Hezbollah's
    assertEquals(List.of("ASSAULT الجيش الإسرائيلي -> حزب الله"),
        EventReadingsTest.eventsDetected("وزعم المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي أن"
            + " قواته استهدفت قائدا ميدانيا في حزب الله."));
    // his words are his own; what he accuses the other side of is its act
    assertEquals(List.of("ACCUSE أفيخاي أدرعي -> حزب الله", "ASSAULT حزب الله -> -"),
        events("واتهم المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي حزب الله بإطلاق الصواريخ."));
  }

  @Test
  void aBodyClaimingAnAttackIsItsDoerPastItsNameAndAnAside() {
    // تبنت: claimed, not supported; the aside and the names do not part the verb from the act
    assertEquals(List.of("ASSAULT كتائب عز الدين القسام -> دبابة إسرائيلية"),
        events("كما تبنت كتائب عز الدين القسام، الجناح العسكري لحماس، استهداف دبابة"
            + " إسرائيلية."));
    // the military spokesman of the group named before speaks for it
    assertEquals(List.of("ASSAULT جماعة الحوثي -> -", "ASSAULT جماعة الحوثي -> -"),
        events("صعدت جماعة الحوثي هجماتها على السفن. وتبنى المتحدث العسكري باسم الجماعة يحيى"
            + " سريع الهجوم على السفينة."));
  }

  @Test
  void aVerbJoinedAfterACommaGoesOnWithTheNamedSubjectOfTheVerbBefore() {
    assertEquals(List.of("REQUEST عبد الفتاح السيسي -> -"),
        events("وهاجم الرئيس المصري عبد الفتاح السيسي الفوضى في المنطقة، ودعا جميع الأطراف إلى"
            + " وقف إطلاق النار."));
    // no verb with a named subject before the comma: no doer to go on with
    assertEquals(List.of(),
        events("وتتواصل الاشتباكات في العاصمة، ودعا جميع الأطراف إلى وقف إطلاق النار."));
  }

  @Test
  void aWordOfAnIdiomMayBeQuoted() {
    // أعرب عن "قلقه البالغ": the quoted word still ends the idiom, whose subject goes on
    assertEquals(List.of("REQUEST غير بيدرسن -> -"),
        events("وأعرب المبعوث الأممي غير بيدرسن عن \"قلقه البالغ\" إزاء التصعيد، ودعا الأطراف"
            + " إلى وقف إطلاق النار."));
  }

  @Test
  void anEnvoyNamedAfterThePlaceOfHisRoleIsTheSubject() {
    assertEquals(List.of("REQUEST غير بيدرسن -> -"),
        events("ودعا المبعوث الأممي إلى سوريا غير بيدرسن الأطراف إلى وقف إطلاق النار."));
  }

  @Test
  void anAimInTheSpeakersWordsIsNoActOfTheSpeakerButAnActHeldReadyIs() {
    assertEquals(List.of("REQUEST عبد الفتاح السيسي -> -"),
        events("وقال الرئيس عبد الفتاح السيسي إن المفاوضات صعبة، داعيا الطرفين إلى إبداء"
            + " المرونة للتوصل إلى اتفاق."));
    assertEquals(List.of("THREATEN أحمد المسماري -> -"),
        events("وقال اللواء أحمد المسماري إن القوات على أهبة الاستعداد للرد على أي خرق."));
  }

  @Test
  void aPronounAfterTheVerbIsThePartyOfItsPrepositionNotANameAfterIt() {
    // بحث معه: the one received is met; تركيا is what they discussed
    assertEquals(List.of("CONSULT عبد الفتاح السيسي -> حسين أمير عبد اللهيان"),
        events("واستقبل الرئيس عبد الفتاح السيسي وزير الخارجية الإيراني حسين أمير عبد اللهيان،"
            + " وبحث معه العلاقات مع تركيا."));
  }

  @Test
  void aVerbOfRespondingHandsItsSubjectToTheActItCarriesOut() {
    assertEquals(List.of("PROTEST جبهة الخلاص الوطني -> -"),
        events("وردت جبهة الخلاص الوطني بتنظيم وقفة احتجاجية أمام المسرح البلدي."));
    assertEquals(List.of("ASSAULT القوات التركية -> حزب العمال الكردستاني"),
        events("وردت القوات التركية بقصف مواقع لحزب العمال الكردستاني."));
    // a noun of intent before a bare noun of carrying out: a plan, not an act
    assertEquals(List.of(),
        events("وأعلنت قوى المعارضة عزمها تنفيذ اعتصام يومي في ساحة الشهداء."));
  }

  @Test
  void aLeaderNamedAfterBiqiyadaDescribesThePartyThatAnnounces() {
    assertEquals(List.of("COERCE قوات الدعم السريع -> الفاشر"),
        events("وأعلنت قوات الدعم السريع بقيادة محمد حمدان دقلو (حميدتي) سيطرتها على مدينة"
            + " الفاشر."));
  }

  @Test
  void aResponseForetoldOrTargetsDeclaredLegitimateAreTheSpeakersThreat() {
    assertEquals(List.of("THREATEN محمد البخيتي -> -"),
        events("وقال عضو المكتب السياسي لجماعة الحوثي محمد البخيتي إن الرد سيكون مؤلما."));
    assertEquals(List.of("THREATEN دميتري بيسكوف -> -"),
        events("وقال المتحدث باسم الكرملين دميتري بيسكوف إن ذلك سيستدعي ردا مناسبا."));
    assertEquals(List.of("THREATEN يحيى سريع -> -"),
        events("وقال يحيى سريع إن السفن الأمريكية باتت أهدافا مشروعة."));
  }

  @Test
  void refusingToAcceptRecognizeOrTakePartIsARejection() {
    assertEquals(List.of("REJECT مالي -> -"),
        events("وقال وزير الخارجية عبد الله ديوب إن مالي لن تقبل أي إملاءات خارجية."));
    assertEquals(List.of("REJECT روسيا -> -"),
        events("وقال بيسكوف إن روسيا لن تشارك في أي اجتماعات تقوم على الإنذارات."));
    // a pledge not to intervene is no act
    assertEquals(List.of(), events("وقال المتحدث إن مصر لن تتدخل عسكريا."));
  }

  @Test
  void whoArrivedMeetsThePartyNamedAfterWhereHeMet() {
    assertEquals(List.of("CONSULT جان إيف لودريان -> نجيب ميقاتي"),
        events("ووصل الموفد الفرنسي جان إيف لودريان إلى بيروت، حيث التقى رئيس حكومة تصريف"
            + " الأعمال نجيب ميقاتي."));
    // a place visited is no subject of the meeting after it
    assertEquals(List.of(),
        events("وكان الوزير قد زار الجزائر، حيث التقى الرئيس عبد المجيد تبون.").stream()
            .filter(e -> e.equals("CONSULT الجزائر -> عبد المجيد تبون")).toList());
  }

  @Test
  void aVerbJoinedAfterAnAnnouncementGoesOnWithTheAnnouncer() {
    assertEquals(List.of("REQUEST قوة الأمم المتحدة الموقتة في لبنان -> الجيش الإسرائيلي"),
        events("وأعلنت قوة الأمم المتحدة الموقتة في لبنان أن دورية تابعة لها تعرضت لإطلاق نار،"
            + " ودعت الجيش الإسرائيلي إلى الكف عن أي سلوك عدائي."));
  }

  @Test
  void aMasculineBodyAfterAFeminineVerbIsItsObjectNotItsSubject() {
    assertEquals(List.of("REQUEST مصر -> مجلس الأمن"), events("ودعت مصر مجلس الأمن إلى التحرك."));
    // with no subject named before, the body asked is no doer
    assertTrue(events("ودعت الجيش الإسرائيلي إلى الانسحاب.").stream()
        .noneMatch(e -> e.startsWith("REQUEST الجيش الإسرائيلي")));
    assertEquals(List.of("REQUEST الجيش الإسرائيلي -> -"),
        events("ودعا الجيش الإسرائيلي السكان إلى الإخلاء."));
    assertTrue(events("ودعت حركة حماس إلى التظاهر.").contains("REQUEST حركة حماس -> -"));
  }

  @Test
  void theObjectPronounAfterAParticipleStandsForTheObjectBeforeNotALaterGenitive() {
    assertTrue(events("واتهمت الخارجية السودانية، في بيانها، الحكومة الكينية بانتهاك سيادة"
        + " السودان، مطالبة إياها بمراجعة موقفها.")
        .contains("REQUEST الخارجية السودانية -> الحكومة الكينية"));
  }

  @Test
  void bothSidesCalledOnAreTheTwoPartiesOfTheLastActBetweenTwo() {
    List<String> found = events("اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في"
        + " الفاشر. ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الطرفين إلى وقف القتال.");
    assertTrue(found.contains("REQUEST أنطونيو غوتيريش -> الجيش السوداني"), found.toString());
    assertTrue(found.contains("REQUEST أنطونيو غوتيريش -> قوات الدعم السريع"), found.toString());
  }
}
