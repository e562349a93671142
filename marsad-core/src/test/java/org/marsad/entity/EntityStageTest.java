package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.Tokenizer;
import org.marsad.extract.Records;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Source;

/** Entities on sentences written for the tests. */
class EntityStageTest {
  private static List<Entity> entities(String text) {
    Document d = Document.of("t", new Source("t", null, null), "ar", null, DateValue.UNKNOWN,
        text, List.of());
    Document out = EntityStage.standard().process(d);
    assertNull(Records.problem(out));
    return out.entities();
  }

  private static Entity kb(List<Entity> es, String id) {
    return es.stream().filter(e -> id.equals(e.kb())).findFirst()
        .orElseThrow(() -> new AssertionError("no entity linked to " + id + " in " + es));
  }

  @Test
  void mentionsOfOnePersonAreOneEntity() {
    List<Entity> es = entities("التقى المشير خليفة حفتر وفدا عسكريا. وقال حفتر إن قواته ستواصل القتال.");
    Entity h = kb(es, "haftar");
    assertEquals(EntityType.PERSON, h.type());
    assertEquals(List.of("خليفة حفتر", "حفتر"), h.mentions().stream().map(m -> m.text()).toList());
    assertEquals("LBY", h.country());
  }

  @Test
  void cliticsAreStrippedFromMentions() {
    List<Entity> es = entities("وجه السراج رسالة لحفتر وأخرى إلى داعمي حفتر، ثم التقى بالسراج وفد.");
    Entity h = kb(es, "haftar");
    assertTrue(h.mentions().stream().anyMatch(m -> m.text().equals("حفتر")));
    assertTrue(h.mentions().stream().noneMatch(m -> m.text().startsWith("ل")));
    assertEquals(2, kb(es, "sarraj").mentions().size());
  }

  @Test
  void spellingVariantsLinkToOneEntry() {
    List<Entity> es = entities("أعلن فايز السراج أن حكومته ترحب. ورد فائز السراج على المنتقدين.");
    assertEquals(2, kb(es, "sarraj").mentions().size());
  }

  @Test
  void aPartysHeadNounRepeatedBareRefersBackToTheParty() {
    List<Entity> es = entities("وهاجمت حركة حماس مواقع إسرائيلية. وقالت الحركة في بيان إنها"
        + " ستواصل القصف، فيما رد الجيش الإسرائيلي بغارات. وقال الجيش إنه دمر أنفاقا للحركة.");
    assertEquals(List.of("حركة حماس", "الحركة", "للحركة"),
        kb(es, "hamas").mentions().stream().map(m -> m.text()).toList());
    assertTrue(es.stream().anyMatch(e -> e.mentions().stream().map(m -> m.text()).toList()
        .equals(List.of("الجيش الإسرائيلي", "الجيش"))), es.toString());
  }

  @Test
  void aFeminineHeadNounBeforeADefiniteWordThatDoesNotAgreeWithItRefersBack() {
    // السفن is the object of ودعت, no adjective of الهيئة (which would end as it does)
    List<Entity> es = entities("وأفادت هيئة عمليات التجارة البحرية البريطانية بتلقيها بلاغا."
        + " ودعت الهيئة السفن إلى توخي الحذر.");
    assertEquals(List.of("هيئة عمليات التجارة البحرية البريطانية", "الهيئة"),
        kb(es, "ukmto").mentions().stream().map(m -> m.text()).toList());
  }

  @Test
  void aMinistrysOrMissionsHeadNounRepeatedBareRefersBackToIt() {
    List<Entity> es = entities("وأعلنت وزارة الدفاع الروسية تبادل 90 أسيرا. وأوضحت الوزارة أن"
        + " العملية جرت بوساطة. ودعت بعثة الأمم المتحدة للدعم في ليبيا إلى التهدئة، وقالت"
        + " البعثة إنها ستواصل جهودها.");
    assertEquals(List.of("وزارة الدفاع الروسية", "الوزارة"),
        kb(es, "rus-mod").mentions().stream().map(m -> m.text()).toList());
    assertEquals(List.of("بعثة الأمم المتحدة للدعم في ليبيا", "البعثة"),
        kb(es, "unsmil").mentions().stream().map(m -> m.text()).toList());
  }

  @Test
  void aHeadNounDescribedAsRecognizedRefersBackButNotInApposition() {
    assertEquals(List.of("حكومة الوفاق", "الحكومة"), kb(entities("وأعلنت حكومة الوفاق أن قواتها"
        + " صدت الهجوم. وشن الجيش الوطني الليبي هجوما ضد الحكومة المعترف بها دوليا."), "gna")
        .mentions().stream().map(m -> m.text()).toList());
    assertEquals(List.of("حكومة الوفاق الوطني"), kb(entities("وانتزاعها من حكومة الوفاق الوطني"
        + " الحكومة المعترف بشرعيتها دوليا."), "gna").mentions().stream().map(m -> m.text())
        .toList());
  }

  @Test
  void aGovernmentNamedByTheManWhoHeadsItIsThatGovernment() {
    List<Entity> es = entities("وقال المتحدث باسم حكومة فايز السراج إن نظام بشار الأسد وإدارة"
        + " دونالد ترامب لم يردا.");
    assertEquals(List.of("حكومة فايز السراج"),
        kb(es, "gna").mentions().stream().map(m -> m.text()).toList());
    assertEquals(List.of("نظام بشار الأسد"),
        kb(es, "syr-gov").mentions().stream().map(m -> m.text()).toList());
    assertEquals(List.of("إدارة دونالد ترامب"),
        kb(es, "usa-gov").mentions().stream().map(m -> m.text()).toList());
  }

  @Test
  void aDefiniteNounAfterADemonstrativePointsBackToThePartyNamedWithIt() {
    List<Entity> es = entities("وانسحبت قوات حفتر من المحور الجنوبي، وخسرت هذه القوات عشرات"
        + " الآليات، فيما لم يرد أي تعليق من تلك العملية.");
    assertEquals(List.of("قوات حفتر", "القوات"),
        kb(es, "lna").mentions().stream().map(m -> m.text()).toList());
  }

  @Test
  void aBareHeadNounRefersBackToAPartyNamedInsideAnotherName() {
    List<Entity> es = entities("وتقدمت قوات حكومة الوفاق نحو الغرب. وكانت الحكومة قد أعلنت أن"
        + " العملية مستمرة.");
    assertEquals(List.of("الحكومة"),
        kb(es, "gna").mentions().stream().map(m -> m.text()).toList());
  }

  @Test
  void aBareHeadNounWithNoPartyBeforeItOrHeadingAPhraseIsNoMention() {
    // nothing named before; a definite word after: a phrase of its own
    assertTrue(entities("وقالت الحركة في بيان إنها ستواصل القصف.").isEmpty());
    List<Entity> es = entities("وهاجمت حركة حماس مواقع إسرائيلية. وقالت الحكومة الإسرائيلية"
        + " إن الحركة ستدفع الثمن، وأعلن المجلس الوزاري المصغر التعبئة.");
    assertEquals(2, kb(es, "hamas").mentions().size());
    assertTrue(es.stream().noneMatch(e -> e.mentions().stream()
        .anyMatch(m -> m.text().equals("الحكومة") || m.text().equals("المجلس"))), es.toString());
  }

  @Test
  void theFirstNounOfAPlacesNameAloneIsNoPlace() {
    List<Entity> es = entities("وفي بلدة بيت حانون أطلقت دبابة قذيفة على تجمع للمواطنين.");
    assertTrue(es.stream().noneMatch(e -> e.mentions().stream()
        .anyMatch(m -> m.text().equals("بيت"))), es.toString());
  }

  @Test
  void aNameAfterATownsOrProvincesNounIsAPlace() {
    // the recognizer alone reads هيران here as a person's name
    List<Entity> es = entities("وتلاحق القوات فلول المسلحين الفارين باتجاه الحدود مع إقليم"
        + " هيران، بحسب المتحدث.");
    Entity e = es.stream().filter(x -> x.mentions().stream()
        .anyMatch(m -> m.text().equals("هيران"))).findFirst().orElseThrow(() ->
            new AssertionError("هيران not found: " + es));
    assertEquals(EntityType.LOCATION, e.type(), es.toString());
  }

  @Test
  void theKingdomAloneRefersBackToTheKingdomNamedBefore() {
    Entity saudi = kb(entities("وزار الرئيس المملكة العربية السعودية أمس، وأكد أن المملكة شريك"
        + " أساسي."), "sau");
    assertEquals(2, saudi.mentions().size(), saudi.toString());
  }

  @Test
  void aStateOfSudanNamedByItsDirectionIsThatStateNotTheWholeRegion() {
    List<Entity> es = entities("وسيطرت القوات على الفاشر عاصمة ولاية شمال دارفور.");
    kb(es, "north-darfur");
    assertTrue(es.stream().noneMatch(e -> "darfur".equals(e.kb())), es.toString());
  }

  @Test
  void theRegionsOfTheWarsBeyondTheArabStatesArePlaces() {
    kb(entities("واندلعت اشتباكات في إقليم ناغورنو كاراباخ."), "karabakh");
    kb(entities("وسقطت قذائف على قرى في كشمير."), "kashmir");
    kb(entities("وقتل جنديان في شمال وزيرستان."), "waziristan");
  }

  @Test
  void aGeneralNameOfALibyanBodyNamesItOnlyInAnArticleOnLibya() {
    assertTrue(entities("وقال رئيس مجلس النواب محمد الحلبوسي إن مجلس النواب سيعقد جلسة في"
        + " بغداد.").stream().noneMatch(e -> "hor".equals(e.kb())));
    kb(entities("وقال مجلس النواب إنه يرفض حكومة الدبيبة."), "hor");
    // a place named like a common word: مالية is financial, not Malé
    assertTrue(entities("وقدمت الدول مساعدات مالية للحكومة.").isEmpty());
  }

  @Test
  void aCountrysNameWrittenAsItsAdjectiveAfterAnAccusativeNounIsNoMentionOfIt() {
    // أسيرا أوكرانيا: a Ukrainian prisoner; بينما روسيا: Russia
    assertTrue(entities("وأعلن الرئيس عودة 230 أسيرا أوكرانيا.").stream()
        .noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().equals("أوكرانيا"))));
    kb(entities("وبينما روسيا تقصف المدن، تواصل أوكرانيا الدفاع."), "rus");
    // a participle opening a clause after a comma takes the state as its object
    kb(entities("ورفض المجلس المذكرة، مطالبا إثيوبيا بالالتزام بقواعد حسن الجوار."), "eth");
  }

  @Test
  void aGroupsAdjectiveIsAMentionOfTheGroupButNotItsLeadersSurname() {
    kb(entities("وأصيب ثلاثة مدنيين جراء قصف حوثي على حي في تعز."), "houthis");
    kb(entities("وأعلنت الميليشيا الحوثية استهداف سفينة."), "houthis");
    assertTrue(entities("وقال عبد الملك الحوثي إن الجماعة ستواصل عملياتها.").stream()
        .noneMatch(e -> "houthis".equals(e.kb())));
  }

  @Test
  void aliWrittenWithYaAfterAPersonsNameEndsTheNameBeforeAPrepositionOrInna() {
    assertTrue(entities("واستقبل الوزير نظيره السوداني حسين عوض علي في مقر الوزارة.").stream()
        .anyMatch(e -> e.mentions().get(0).text().equals("حسين عوض علي")));
    assertTrue(entities("وقال حسين عوض علي إن بلاده ترفض ذلك.").stream()
        .anyMatch(e -> e.mentions().get(0).text().equals("حسين عوض علي")));
    // the preposition, written على, is no name
    assertTrue(entities("وقال حسين عوض على هامش الاجتماع إن بلاده ترفض ذلك.").stream()
        .noneMatch(e -> e.mentions().get(0).text().contains("على")));
  }

  @Test
  void aStatesUnnamedAircraftJoinTheForcesTheDocumentNamesButNotTheirStrikes() {
    List<Entity> es = entities("واقتحمت قوات الاحتلال الإسرائيلي المخيم. وقصفت طائرة مسيرة"
        + " إسرائيلية منزلا، بعد غارات إسرائيلية على البلدة.");
    Entity army = kb(es, "isr-mil");
    assertTrue(army.mentions().stream().anyMatch(m -> m.text().equals("طائرة مسيرة إسرائيلية")),
        army.toString());
    assertTrue(es.stream().anyMatch(e -> e.generic() && e.mentions().get(0).text()
        .equals("غارات إسرائيلية")), es.toString());
    // where the forces are not named, the drone stays a generic actor
    assertTrue(entities("وقصفت طائرة مسيرة إسرائيلية منزلا.").stream()
        .allMatch(e -> e.kb() == null && e.generic()));
  }

  @Test
  void aTownsNameThatIsAVerbHeadingAClauseIsTheVerb() {
    // ودان: 'and he condemned' before its subject, the town Waddan after a preposition
    assertTrue(entities("ودان رئيس الحكومة الهجوم على المدينة.").stream()
        .noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().equals("ودان"))));
    assertTrue(entities("وأضاف، ودان المدير العام للمنظمة القصف.").stream()
        .noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().equals("ودان"))));
    assertTrue(EntityStage.verbAtClauseHead(Tokenizer.tokenize("ودان الوزير القصف"), 0));
    assertFalse(EntityStage.verbAtClauseHead(Tokenizer.tokenize("وصل الوفد إلى ودان أمس"), 3));
    assertFalse(EntityStage.verbAtClauseHead(Tokenizer.tokenize("ودان والجفرة"), 0));
  }

  @Test
  void aMountainNamedByATownIsNoMentionOfTheTown() {
    List<Entity> es = entities("وشن الطيران الروسي غارات على جبل الزاوية جنوب إدلب.");
    assertTrue(es.stream().noneMatch(e -> "zawiya".equals(e.kb())), es.toString());
    assertTrue(es.stream().anyMatch(e -> e.mentions().get(0).text().equals("جبل الزاوية")),
        es.toString());
  }

  @Test
  void aNameOnAbdIsFoundSpelledJoinedOrApart() {
    kb(entities("وقال عبدالفتاح السيسي إن مصر لن تتدخل."), "sisi");
    kb(entities("ودعا المبعوث الأممي عبدالله باتيلي إلى الحوار."), "bathily");
  }

  @Test
  void theLevelOfAnAffairIsNoPlace() {
    // على الصعيد الدبلوماسي: "on the diplomatic level", not Upper Egypt
    assertTrue(entities("وعلى الصعيد الدبلوماسي، دعت قطر الطرفين إلى التهدئة.").stream()
        .noneMatch(e -> "upper-egypt".equals(e.kb())));
  }

  @Test
  void aMonthsNameInADateIsNoPlaceThoughAPlaceIsSpelledAlike() {
    assertTrue(entities("وقاموا منذ نهاية اغسطس (آب) بعدة عمليات. وقتل ثلاثة في 3 آب 2015.")
        .stream().noneMatch(e -> "ibb".equals(e.kb())));
    assertEquals("إب", kb(entities("وقصفت الطائرات مدينة إب اليمنية."), "ibb").mentions().get(0)
        .text());
  }

  @Test
  void nisbaAdjectivesAreNotPlaces() {
    List<Entity> es = entities("قال مسؤول مصري إن الموقف المصري ثابت وإن الحكومة الليبية تعلم ذلك.");
    assertFalse(es.stream().anyMatch(e -> e.mentions().stream()
        .anyMatch(m -> m.text().equals("المصري") || m.text().equals("الليبية"))), es.toString());
  }

  @Test
  void aTownsNameAfterATitledFirstNameIsHisSurname() {
    List<Entity> es = entities("وحضر اللقاء السفير السعودي وليد بخاري.");
    assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.PERSON
        && e.mentions().get(0).text().equals("وليد بخاري")), es.toString());
    // a preposition read as a first name (على is also علي) names no one
    List<Entity> on = entities("وشنت الطائرات غارات على غزة.");
    assertTrue(on.stream().noneMatch(e -> e.type() == EntityType.PERSON), on.toString());
  }

  @Test
  void aFirstNameTheTaggerLeftOutAfterATitleIsPartOfThePerson() {
    List<Entity> es = entities("وأجرى الوزير اتصالا مع نظيره الباكستاني جليل عباس جيلاني.");
    assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.PERSON
        && e.mentions().get(0).text().equals("جليل عباس جيلاني")), es.toString());
  }

  @Test
  void aCountryAdjectiveOnANounOfADecisionNamesTheStateThatTookIt() {
    List<Entity> es = entities("ورفضت مصر التدخل العسكري التركي، ورفضت الجزائر القرار الفرنسي.");
    assertEquals("التركي", kb(es, "tur").mentions().get(0).text());
    assertEquals("الفرنسي", kb(es, "fra").mentions().get(0).text());
  }

  @Test
  void anOutletsNameShapedAsAnAdjectiveAfterADefiniteNounIsTheAdjective() {
    List<Entity> es = entities("ودعا الوزير الدول العربية إلى التحرك، وقالت قناة العربية إن"
        + " القمة العربية ستعقد في القاهرة.");
    assertEquals(1, kb(es, "al-arabiya").mentions().size(), es.toString());
  }

  @Test
  void anEnvoysCountryAdjectiveNamesTheStateHeStandsFor() {
    assertEquals("الفرنسي", kb(entities("وطردت النيجر السفير الفرنسي."), "fra").mentions().get(0)
        .text());
    assertTrue(entities("وأعلنت الخارجية الفرنسية موقفها.").stream()
        .noneMatch(e -> "fra".equals(e.kb())));
  }

  @Test
  void aCurrencyIsNoNameAloneOrWithItsCountry() {
    List<Entity> es = entities("تم تداول 6.54 مليون سهم بقيمة 182 مليون ريال قطري، واستقر سهم"
        + " الشركة عند سعر 100 ريال، وتراجع سهم آخر الى سعر 0.121 ريال عماني.");
    assertTrue(es.stream().flatMap(e -> e.mentions().stream())
        .noneMatch(m -> m.text().contains("ريال")), es::toString);
  }

  @Test
  void aStatesInstitutionNamedByItsCountryIsAnOrganizationButAMinistersTitleIsNone() {
    List<Entity> es = entities("وصوت البرلمان العراقي على القانون، ورحبت وزارة الخارجية الأردنية"
        + " به، وقال وزير الخارجية السوداني إنه يدعمه.");
    List<String> orgs = es.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
        .map(e -> e.mentions().get(0).text()).toList();
    assertEquals(List.of("البرلمان العراقي", "وزارة الخارجية الأردنية"), orgs);
  }

  @Test
  void emptyText() {
    assertEquals(List.of(), entities(""));
  }

  @Test
  void aNewspapersShortNameQuotedAfterLamOrInADatelineIsTheNewspaperNotThePlace() {
    List<Entity> said = entities("وقال مصدر دبلوماسي لـ«الشرق الأوسط» إن المفاوضات متعثرة.");
    assertEquals(EntityType.ORGANIZATION, kb(said, "asharq-al-awsat").type());
    assertTrue(said.stream().noneMatch(e -> "middle-east".equals(e.kb())), said.toString());
    kb(entities("مدريد ـ «الشرق الأوسط»: أعلنت الشرطة اعتقال ثلاثة أشخاص."), "asharq-al-awsat");
    kb(entities("وتشهد منطقة «الشرق الأوسط» توترا متصاعدا."), "middle-east");
    kb(entities("وتشهد منطقة الشرق الأوسط توترا متصاعدا."), "middle-east");
  }

  @Test
  void theRegionsPartiesAndMovementsAreKnown() {
    kb(entities("ونظم أنصار التيار الصدري اعتصاما أمام البرلمان."), "sadrist-movement");
    kb(entities("وانسحب وزراء التيار الوطني الحر من الحكومة."), "fpm");
    kb(entities("ودعا الاتحاد العام التونسي للشغل إلى إضراب عام."), "ugtt");
  }
}
