package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.claim.ClaimStage;
import org.marsad.entity.EntityStage;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EventType;
import org.marsad.model.Source;

/**
 * Generic actors as parties to events, and reports that are no new event, on sentences written
 * for these tests: "TYPE actor -> recipient" with each entity's first mention.
 */
class GenericActorEventsTest {
  private static Document run(String text) {
    Document doc = Document.of("t", new Source(null, null, null), "ar", null,
        DateValue.day(LocalDate.of(2008, 6, 1)), text, List.of());
    return EventStage.standard().process(
        ClaimStage.standard().process(EntityStage.standard().process(doc)));
  }

  private static List<String> events(String text) {
    Document d = run(text);
    return d.events().stream().map(e -> EventReadingsTest.describe(d, e)).toList();
  }

  @Test
  void aCountrysShellingIsItsForcesAndItsCountedPeopleAreCiviliansHit() {
    assertEquals(List.of("ASSAULT قصف إسرائيلي -> فلسطينيين"),
        events("واستشهد خمسة فلسطينيين في قصف إسرائيلي استهدف منزلا في مخيم جباليا."));
  }

  @Test
  void theForcesOfAStateOfTheCaucasusOrAfricaAreNamedByItsAdjective() {
    Document d = run("وقصفت المدفعية الأذربيجانية قرى في المنطقة، فيما اعتقلت الشرطة الأرمنية"
        + " عشرة أشخاص.");
    assertTrue(d.entities().stream().anyMatch(e -> "AZE".equals(e.country())), d.toString());
    assertEquals(List.of("ASSAULT المدفعية الأذربيجانية -> -"), events("وقصفت المدفعية"
        + " الأذربيجانية قرى في المنطقة."));
    assertEquals(List.of("ASSAULT مروحية كونغولية -> -"), events("وقصفت مروحية كونغولية مواقع"
        + " في المنطقة."));
  }

  @Test
  void theGendarmerieIsAPoliceForce() {
    assertEquals(List.of("COERCE قوات الدرك الأردنية -> المحتجين"),
        events("واعتقلت قوات الدرك الأردنية عشرات المحتجين."));
    // border guards seize, an army raids
    assertEquals(List.of("COERCE قوات حرس الحدود -> -"),
        events("وأضاف أن قوات حرس الحدود ضبطت نحو مليون حبة كبتاغون."));
    assertEquals(List.of("COERCE الجيش اللبناني -> -"),
        events("ودهمت قوة من الجيش اللبناني منشأة في وادي الحجير."));
  }

  @Test
  void settlersAttackUnderTheArmysProtectionWhichBacksThemAndIsNotHit() {
    assertEquals(List.of("ASSAULT مستوطنون -> قرية المغير", "SUPPORT جيش الاحتلال -> -"),
        events("وهاجم مستوطنون، تحت حماية جيش الاحتلال، قرية المغير شمال شرق رام الله، ما أدى"
            + " إلى إصابة خمسة مواطنين."));
    assertEquals(List.of("ASSAULT مستوطنون -> بيتا", "SUPPORT جيش الاحتلال -> -"),
        events("وهاجم مستوطنون تحت حماية جيش الاحتلال بلدة بيتا."));
    // an area under its protection, a pretext: no act of support
    assertEquals(List.of(), events("وقال إنه لن يسمح باقتحام أي منطقة تحت حمايته."));
  }

  @Test
  void aWaveOfArrestsWithNoPartyNamedHitsItsPlacePastATimeOfDay() {
    assertEquals(List.of("COERCE الجيش الإسرائيلي -> الخليل"),
        events("وأفاد نادي الأسير بأن الجيش الإسرائيلي شن منذ فجر اليوم حملة اعتقالات طالت 25"
            + " مواطنا في الخليل."));
  }

  @Test
  void forcesPushingReinforcementsMobilizeThoughThePushIsNoActOfItsOwn() {
    assertEquals(List.of("MOBILIZE الجيش التشادي -> -"),
        events("ودفع الجيش التشادي بتعزيزات إلى منطقة تيني الحدودية."));
    assertEquals(List.of("MOBILIZE الجيش الإسرائيلي -> -"),
        events("وأعلن الجيش الإسرائيلي أنه دفع بتعزيزات إضافية إلى الحدود."));
  }

  @Test
  void forcesFiringTearGasCoerceTheCrowd() {
    assertEquals(List.of("COERCE قوات الدرك الأردنية -> المعتصمين"),
        events("واستخدمت قوات الدرك الأردنية الغاز المسيل للدموع لتفريق المعتصمين."));
  }

  @Test
  void thePartyBackingAnAttackIsNotItsTarget() {
    assertEquals(List.of("ASSAULT القوات التركية -> قوات سوريا الديمقراطية",
        "AID الجيش الوطني السوري -> القوات التركية"),
        events("وقصفت القوات التركية، بدعم من الجيش الوطني السوري، مواقع قوات سوريا"
            + " الديمقراطية."));
  }

  @Test
  void unnamedCiviliansAreNeverTheDoerOfAnAttack() {
    assertEquals(List.of("ASSAULT - -> عراقيين"),
        events("واختطف تسعة عراقيين في العملية، لكن تم إطلاق سراحهم لاحقا."));
  }

  @Test
  void aCountrysCountedPeopleProtest() {
    assertEquals(List.of("PROTEST السودانيين -> -"),
        events("وتظاهر آلاف السودانيين في الخرطوم للمطالبة بوقف الحرب."));
  }

  @Test
  void theCrowdNotTheForcesGuardingItIsTheDoerOfAProtest() {
    List<String> found = events("وحاول المتظاهرون التوجه نحو مقر الأمم المتحدة، لكن قوات الشرطة"
        + " التي كانت تحمي التظاهرة منعتهم من ذلك.");
    assertTrue(found.stream().noneMatch(e -> e.startsWith("PROTEST قوات الشرطة")
        || e.startsWith("PROTEST الأمم المتحدة")), found.toString());
  }

  @Test
  void theSubjectOfAVerbHitInAnAttackIsThePartyHitNotTheDoer() {
    assertEquals(List.of("ASSAULT - -> جندي أمريكي"),
        events("وقتل جندي أمريكي في انفجار عبوة ناسفة ببغداد أمس."));
    assertEquals(List.of("ASSAULT - -> شرطيين عراقيين"),
        events("وقتل ثلاثة شرطيين عراقيين جراء قصف بقذائف الهاون."));
    // with its object after the attack the verb is active
    assertTrue(events("وقتلت القوات الأمريكية في غارة جوية 11 مسلحا.").stream()
        .allMatch(e -> e.startsWith("ASSAULT القوات الأمريكية")));
  }

  @Test
  void moreCasualtiesCoordinatedBeforeTheAttackKeepTheVerbPassive() {
    assertEquals(List.of("ASSAULT - -> جنود أتراك"),
        events("وقتل ثلاثة جنود أتراك وأصيب خمسة آخرون بجروح في انفجار لغم."));
  }

  @Test
  void anAttackToldByItsVerbAndItsNounIsNotDoneByThePartyItHits() {
    assertEquals(List.of("ASSAULT مسلحون -> جنود"),
        events("وقتل مسلحون ثلاثة جنود وأصيب آخرون في هجوم على حاجز."));
  }

  @Test
  void theSubjectOfAVerbOfSufferingIsThePartyHit() {
    assertEquals(List.of("ASSAULT - -> جنديان روس"),
        events("وأصيب جنديان روس في انفجار عبوة ناسفة."));
    assertEquals(List.of("ASSAULT - -> شرطيين"),
        events("وأصيب خمسة شرطيين وجندي بجروح في مواجهات عنيفة أمس."));
  }

  @Test
  void aPartyAnnouncingItsOwnMenKilledIsThePartyHit() {
    assertEquals(List.of("ASSAULT - -> الجيش العراقي"),
        events("أعلن الجيش العراقي مقتل ثلاثة من جنوده في هجوم."));
    assertEquals(List.of("ASSAULT - -> الجيش العراقي"),
        events("أعلن الجيش العراقي مقتل جنديين من عناصره في هجوم."));
  }

  @Test
  void aNumberOfAPartysMenKilledOrWoundedIsThePartyHit() {
    assertEquals(List.of("ASSAULT - -> عناصر الشرطة"),
        events("قتل ثلاثة من عناصر الشرطة في تفجير انتحاري."));
    assertEquals(List.of("ASSAULT - -> الشرطة"),
        events("قتل ثلاثة عناصر من الشرطة في تفجير انتحاري."));
    // the army's men were hit in the shelling: the army is not its doer
    assertEquals(List.of("ASSAULT - -> الجيش السوري"),
        events("أصيب خمسة من عناصر الجيش السوري في قصف."));
    assertEquals(List.of("ASSAULT - -> الجيش العراقي"),
        events("قتل ثلاثة من جنود الجيش العراقي في هجوم."));
  }

  @Test
  void thePartyThatUndergoesAnAttackOrWhosePatrolDoesIsHit() {
    assertEquals(List.of("ASSAULT - -> القوات التركية"),
        events("تعرضت القوات التركية لهجوم بطائرة مسيرة."));
    assertEquals(List.of("ASSAULT - -> للقوات الفرنسية"),
        events("وتعرضت دورية للقوات الفرنسية لهجوم في شمال مالي."));
  }

  @Test
  void aBrokenPluralOfACountryAdjectiveGivesTheCountry() {
    assertEquals(List.of("ASSAULT حزب العمال الكردستاني -> جنود أتراك"),
        events("وقتل ثلاثة جنود أتراك في هجوم لحزب العمال الكردستاني شمال العراق."));
  }

  @Test
  void unknownGunmenAttackForeignPolice() {
    assertEquals(List.of("ASSAULT مسلحون مجهولون -> رجال الشرطة العراقية"),
        events("قتل مسلحون مجهولون ثلاثة من رجال الشرطة العراقية في بغداد أمس."));
  }

  @Test
  void aForeignHelicopterAttacksGunmen() {
    assertEquals(List.of("ASSAULT مروحية أمريكية -> مسلحين"),
        events("أطلقت مروحية أمريكية صواريخ على مسلحين في الفلوجة أمس."));
  }

  @Test
  void protestersAfterAWordOfQuantityProtest() {
    assertEquals(List.of("PROTEST الطلاب -> -"),
        events("تظاهر آلاف الطلاب أمس أمام مقر الحكومة احتجاجا على رفع الرسوم."));
  }

  @Test
  void aCrowdGatheringIsAProtest() {
    assertEquals(List.of("PROTEST المتظاهرين -> -"),
        events("وتجمع مئات المتظاهرين أمام مبنى المحافظة في البصرة احتجاجا على انقطاع الكهرباء."));
    assertEquals(List.of("PROTEST المحتجين -> -"),
        events("واحتشد آلاف المحتجين في ساحة التحرير وسط بغداد."));
  }

  @Test
  void aCrowdGoingOutToTheStreetsProtestsButNotOneLeavingAPlace() {
    assertEquals(List.of("PROTEST المتظاهرين -> -"),
        events("ونزل آلاف المتظاهرين إلى شوارع العاصمة والمدن الكبرى."));
    assertEquals(List.of("PROTEST الطلاب -> -"),
        events("وخرج الطلاب إلى الشوارع في المدينة."));
    assertEquals(List.of(), events("وخرج الطلاب من المدارس ظهرا."));
  }

  @Test
  void troopsGatheringIsNoProtest() {
    assertEquals(List.of(), events("وتجمعت القوات العراقية قرب الحدود السورية."));
    assertEquals(List.of(), events("وتجمع الأهالي حول المستشفى."));
  }

  @Test
  void whatProtestersChantOrCarryIsNoNewProtest() {
    // the protest is reported where they gather; their slogans and banners are its details
    assertEquals(List.of(), events("وردد المتظاهرون هتافات تطالب باستقالة الحكومة."));
    assertEquals(List.of(), events("ورفع المحتجون لافتات تندد بالفساد."));
    assertEquals(List.of(), events("وهتف الطلاب ضد الحكومة في الجامعة."));
  }

  @Test
  void protestersKilledAreAttackedNotProtesting() {
    assertEquals(List.of("ASSAULT الشرطة -> متظاهرين"),
        events("وقتلت الشرطة ثلاثة متظاهرين في بغداد."));
  }

  @Test
  void anAimAfterLamIsNoActButWhatIsUndergoneIs() {
    // a diplomatic protest as the aim of a summons is no protest in the street
    assertTrue(events("واستدعت الخارجية الجزائرية السفير الفرنسي للاحتجاج على تصريحات ماكرون.")
        .stream().noneMatch(e -> e.startsWith("PROTEST")));
    // crowds going out to protest do protest
    assertEquals(List.of("PROTEST متظاهر -> -"),
        events("ومليون متظاهر خرجوا في لندن للاحتجاج على الحرب."));
    // what a verb of undergoing takes after ل is an act done, past the subject and a date; the
    // party of the member who underwent it is hit
    assertEquals(List.of("ASSAULT مسلحين -> حركة حماس"),
        events("وتعرض قيادي في حركة حماس الثلاثاء للخطف على أيدي مسلحين في رام الله."));
  }

  @Test
  void policeDispersingAProtestDoNotProtest() {
    assertTrue(events("فرقت الشرطة السودانية مظاهرة في الخرطوم.").stream()
        .noneMatch(e -> e.startsWith("PROTEST الشرطة")));
    assertTrue(events("ومنعت السلطات المصرية تظاهرة أمام نقابة الصحفيين في القاهرة.").stream()
        .noneMatch(e -> e.startsWith("PROTEST")));
  }

  @Test
  void forcesFoilingAnAttackAreNotItsDoers() {
    assertTrue(events("وأحبطت القوات العراقية هجوما انتحاريا على مركز للشرطة في بغداد.").stream()
        .noneMatch(e -> e.startsWith("ASSAULT القوات العراقية")));
  }

  @Test
  void aSuicideAttackInTheAccusativeIsOneAttackByWhoCarriedItOut() {
    assertEquals(List.of("ASSAULT مسلحون -> للشرطة"),
        events("ونفذ مسلحون هجوما انتحاريا على مركز للشرطة في بغداد."));
  }

  @Test
  void gunmenInConstructWithANamedPartyAreThatPartysMen() {
    assertEquals(List.of("ASSAULT حركة الشباب -> للجيش الصومالي"),
        events("وهاجم مسلحو حركة الشباب قاعدة للجيش الصومالي."));
    // with the article they are a party of their own, and the name after them is attacked
    assertEquals(List.of("ASSAULT المسلحون -> حركة الشباب"),
        events("وهاجم المسلحون حركة الشباب في القرية."));
  }

  @Test
  void aGenericActorArrestsWhereNoNamedPartyIsReadArresting() {
    assertEquals(List.of("COERCE الشرطة الأردنية -> أحمد حسن"),
        events("واعتقلت الشرطة الأردنية الناشط أحمد حسن في عمان."));
    // a named doer keeps the named party it takes from, past the equipment taken
    assertEquals(List.of("COERCE قوات حكومة الوفاق -> قوات حفتر"),
        events("وغنمت قوات حكومة الوفاق آليات عسكرية من قوات حفتر."));
  }

  @Test
  void aGenericActorTakesPartInViolenceProtestAndCoercionOnly() {
    Document d = run("طالب المسلحون الحكومة المصرية بالإفراج عن السجناء.");
    assertTrue(d.entities().stream().noneMatch(Entity::generic), d.entities().toString());
    // the protesters' demand may be read as their protest, never as a demand by a generic actor
    Document p = run("طالب المتظاهرون الحكومة المصرية بالاستقالة.");
    List<String> generic = p.entities().stream().filter(Entity::generic).map(Entity::id)
        .toList();
    assertTrue(p.events().stream().filter(e -> generic.contains(e.actor())
        || generic.contains(e.recipient())).allMatch(e -> e.type() == EventType.PROTEST
        || e.type() == EventType.ASSAULT || e.type() == EventType.COERCE), p.events().toString());
  }

  @Test
  void aGenericActorInNoEventIsNotListed() {
    Document d = run("وصل الطلاب إلى الجامعة صباح اليوم.");
    assertEquals(List.of(), d.entities().stream().filter(Entity::generic).toList());
  }

  @Test
  void anIntendedAttackIsHypothetical() {
    assertEquals(List.of("ASSAULT الجيش الإسرائيلي -> قطاع غزة hypothetical"),
        events("يعتزم الجيش الإسرائيلي شن هجوم واسع على قطاع غزة."));
  }

  @Test
  void anAttackDescribedAsPossibleOrImminentIsHypothetical() {
    assertEquals(List.of("ASSAULT ضربة جوية إسرائيلية -> - hypothetical"),
        EventReadingsTest.eventsDetected("وتحدثت الصحف عن ضربة جوية إسرائيلية محتملة."));
    assertEquals(List.of("ASSAULT الهجوم الإسرائيلي -> - hypothetical"),
        EventReadingsTest.eventsDetected("وتحدثت الصحف عن الهجوم الإسرائيلي المرتقب."));
    assertEquals(List.of("ASSAULT طائرات إسرائيلية -> إيران"),
        EventReadingsTest.eventsDetected("شنت طائرات إسرائيلية ضربة جوية على إيران."));
  }

  @Test
  void aChargeOfKillingIsNoKilling() {
    assertTrue(events("اعتقلت الشرطة الباكستانية رجلا بتهمة اغتيال وزير الخارجية.").stream()
        .noneMatch(e -> e.startsWith("ASSAULT") && !e.endsWith("hypothetical")));
  }

  @Test
  void aPlaceWhereAnAttackHappenedIsNotItsDoer() {
    assertTrue(events("وأدان البرلمان العراقي التفجير الذي شهده مجلس النواب الأسبوع الماضي.")
        .stream().noneMatch(e -> e.startsWith("ASSAULT مجلس النواب")));
  }

  @Test
  void speculationAboutWhoWasBehindAnAttackIsNoAttack() {
    assertTrue(events("ربما كانت إيران وراء الهجوم على السفارة.").stream()
        .noneMatch(e -> e.startsWith("ASSAULT") && !e.endsWith("hypothetical")));
  }

  @Test
  void aCeasefireIsNoAttack() {
    assertTrue(events("أعلن الطرفان وقف إطلاق النار في المدينة.").stream()
        .noneMatch(e -> e.startsWith("ASSAULT")));
  }

  private static List<String> places(String text) {
    Document d = run(text);
    return d.events().stream().map(e -> e.type() + " @ " + (e.location() == null ? "-"
        : d.entities().stream().filter(x -> x.id().equals(e.location())).findFirst()
            .map(Entity::kb).orElse("?"))).toList();
  }

  @Test
  void anActFoundByTheDetectorHasThePlaceOfItsClause() {
    assertEquals(List.of("PROTEST @ baghdad"),
        places("وتظاهر آلاف الطلاب أمس في بغداد احتجاجا على غلاء المعيشة."));
    assertEquals(List.of("PROTEST @ khartoum"), places("وتظاهر آلاف الطلاب بالخرطوم أمس."));
  }

  @Test
  void anAttackWhoseDoerIsNamedAroundItHasThePlaceOfItsClause() {
    assertEquals(List.of("ASSAULT @ kandahar"),
        places("وأعلنت حركة طالبان مسؤوليتها عن الهجوم على قاعدة عسكرية في قندهار."));
  }

  @Test
  void aMemberOfAPartyKilledInAnAttackIsHit() {
    assertEquals(List.of("ASSAULT غارة إسرائيلية -> حزب الله"),
        events("وقتل قيادي في حزب الله في غارة إسرائيلية على جنوب لبنان."));
    assertEquals(List.of("ASSAULT غارة إسرائيلية -> صالح العاروري"),
        events("وقتل القيادي في حركة حماس صالح العاروري في غارة إسرائيلية على بيروت."));
  }

  @Test
  void aPartysMenCountedAfterTheNounOfTheirDeathAreItsAndItIsHit() {
    assertTrue(events("وأعلن الجيش مقتل جنود من قوات حفتر في قصف جوي.").stream()
        .noneMatch(e -> e.startsWith("ASSAULT قوات حفتر")));
    assertTrue(events("وأكد مصدر أمني مقتل ثلاثة من عناصر الشرطة العراقية في هجوم.").stream()
        .allMatch(e -> e.endsWith("-> عناصر الشرطة العراقية")));
  }

  @Test
  void missilesShotDownAreTheObjectNotTheMeansOfTheAttack() {
    assertTrue(events("وأسقطت الدفاعات الجوية السورية صواريخ إسرائيلية فوق دمشق.").stream()
        .noneMatch(e -> e.startsWith("ASSAULT صواريخ إسرائيلية")));
    assertEquals(List.of("ASSAULT مسلحين -> شرطي"), events("وقتل شرطي بنيران مسلحين."));
  }

  @Test
  void aUnitOrBodyOfMenDrawnFromAPartyStandsForThePartyAsSubject() {
    // verb first, subject first, and a pluperfect; the men after the number are hit
    assertEquals(List.of("ASSAULT الجيش الباكستاني -> مسلحين"),
        events("وقتلت وحدة من الجيش الباكستاني ستة مسلحين في وزيرستان."));
    assertEquals(List.of("ASSAULT الشرطة العراقية -> مسلحين"),
        events("وكانت دورية خاصة من الشرطة العراقية قد قتلت خمسة مسلحين قرب بعقوبة."));
    assertEquals(List.of("ASSAULT حركة حماس -> جنود"),
        events("واختطف عناصر من حركة حماس ثلاثة جنود على الحدود."));
    assertEquals(List.of("CONSULT حركة حماس -> القاهرة"),
        events("وفد من حركة حماس زار القاهرة أمس."));
  }

  @Test
  void aSingleExtremistWithTheAdjectiveOfHisCauseIsAnUnnamedArmedDoer() {
    List<String> found = events("وأصيب طبيبان في هجوم مسلح نفذه متشدد إسلامي ضد مستشفى في عدن.");
    assertTrue(found.stream().anyMatch(e -> e.startsWith("ASSAULT متشدد إسلامي")),
        found.toString());
  }

  @Test
  void unnamedMenOwningTheTargetAreNotTheDoer() {
    List<String> found = events("وقصفت وحدات الجيش مواقع المسلحين في الجبل.");
    assertTrue(found.stream().noneMatch(e -> e.startsWith("ASSAULT المسلحين")), found.toString());
  }

  @Test
  void aCrowdObjectingOrDenouncingDemonstratesAndAnOfficialAccuses() {
    // مئات, written with ئ in the closed classes, counts the crowd as the text writes it
    assertEquals(List.of("PROTEST المتظاهرين -> -"),
        events("واحتج مئات المتظاهرين أمام السفارة الأمريكية."));
    assertEquals(List.of("PROTEST الطلاب -> -"), events("وندد الطلاب بقرار الحكومة."));
    assertEquals(List.of("ACCUSE قيس سعيد -> إسرائيل"),
        events("وندد الرئيس التونسي قيس سعيد بإسرائيل."));
  }

  @Test
  void aDroneFiringAShellOrMissileAttacksAndItsNameNegatesNothing() {
    // the drone's بدون طيار negates nothing, whatever the detector finds of the sentence
    assertEquals(List.of("ASSAULT طائرة بدون طيار -> سرايا القدس"),
        EventReadingsTest.eventsDetected("وقامت طائرة بدون طيار بإطلاق صاروخ على سيارة تقل ناشطين من «سرايا القدس»."));
    assertEquals(List.of("ASSAULT دبابة إسرائيلية -> -"),
        events("واطلقت دبابة إسرائيلية قذيفة على تجمع للمواطنين في المخيم."));
  }

  @Test
  void aMissileTestIsNoAttack() {
    assertEquals(List.of(), events("وأثارت إيران قلقا دوليا بتجربة إطلاق صاروخ بعيد المدى."));
  }
  @Test
  void tribesCommittingTheMassacreAreItsCommunalDoerAlsoAsTheFocusOfACleft() {
    assertEquals(List.of("ASSAULT قبائل عربية منفلتة -> -"),
        events("واعترفت الحكومة بأن «قبائل عربية منفلتة» هي التي ارتكبت المجازر التي وقعت في"
            + " القرى وأسفرت عن مقتل 33 شخصا."));
    assertEquals(List.of("ASSAULT ميليشيات قبلية -> -"),
        events("وكانت ميليشيات قبلية قد ارتكبت المجزرة التي راح ضحيتها 20 شخصا."));
  }

  @Test
  void aGroupNamedByItsHeadNounAloneIsAnUnidentifiedDoer() {
    assertEquals(List.of("ASSAULT الجماعة -> جنود"),
        events("وقامت الجماعة بخطف تسعة جنود قرب الحدود."));
  }
  @Test
  void aDroneTiedToANamedPartyIsThatPartysForces() {
    assertEquals(List.of("ASSAULT للجيش السوداني -> قوات الدعم السريع"),
        events("واستهدفت مسيرة تابعة للجيش السوداني مواقع لقوات الدعم السريع في نيالا."));
  }
  @Test
  void activistsDemonstratingAreTheProtestsCrowd() {
    assertEquals(List.of("PROTEST النشطاء -> -"),
        events("تظاهر عشرات النشطاء الحقوقيين أمام مقر المحكمة احتجاجا على الحكم."));
  }
  @Test
  void thoseWhoseKillingAnAttackResultedInAreHitNotDoers() {
    assertEquals(List.of("ASSAULT مسلحون -> جنديين"),
        events("وأسفر هجوم شنه مسلحون عن مقتل جنديين."));
    List<String> found = events("وأوضح بيان للجيش أن الهجوم أسفر عن مقتل جنديين.");
    assertTrue(found.stream().noneMatch(e -> e.startsWith("ASSAULT جنديين")), found.toString());
  }
}
