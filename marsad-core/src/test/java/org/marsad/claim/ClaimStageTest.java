package org.marsad.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.entity.EntityStage;
import org.marsad.extract.Records;
import org.marsad.model.Claim;
import org.marsad.model.ClaimModality;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Source;
import org.marsad.model.SpeakerKind;

/** Claims on sentences written for the tests, one rule each. */
class ClaimStageTest {
  private static Document run(String text) {
    Document d = Document.of("t", new Source("t", null, null), "ar", null, DateValue.UNKNOWN,
        text, List.of());
    Document out = ClaimStage.standard().process(EntityStage.standard().process(d));
    assertNull(Records.problem(out));
    return out;
  }

  private static Entity entity(Document d, String id) {
    return d.entities().stream().filter(e -> id.equals(e.kb())).findFirst().orElseThrow();
  }

  @Test
  void aBareTitleSpeaksForThePersonNamedBeforeWithThatTitleAfterHisName() {
    Document d = run("وأجرى الرئيس اتصالا هاتفيا بنظيره، وفق ما صرح به السفير محمد الشناوي"
        + " المتحدث الرسمي باسم الرئاسة. وأشار المتحدث إلى أن الاتصال تناول الأزمة.");
    Claim last = d.claims().get(d.claims().size() - 1);
    assertTrue(last.cue().text().contains("أشار"), d.claims().toString());
    String named = d.entities().stream().filter(e -> e.id().equals(last.speaker().entity()))
        .map(e -> e.mentions().get(0).text()).findFirst().orElse(null);
    assertEquals("محمد الشناوي", named, d.claims().toString());
  }

  @Test
  void aDefiniteNounOfABodysKindSpeaksForTheBodyOfThatKindNamedBefore() {
    Document d = run("وقالت وزارة الخارجية والمغتربين إن الاحتلال يتحمل المسؤولية."
        + " وأضافت الوزارة أن الوضع خطير. وأوضح بيان الوزارة أن القرار نهائي.");
    assertEquals(3, d.claims().size(), d.claims().toString());
    String ministry = d.claims().get(0).speaker().entity();
    assertTrue(ministry != null, d.claims().toString());
    assertEquals(ministry, d.claims().get(1).speaker().entity());
    assertEquals(ministry, d.claims().get(2).speaker().entity());
    Document none = run("وقال الرئيس إن الوضع خطير. وأضافت الوزارة أن الحل سياسي.");
    assertEquals(SpeakerKind.UNKNOWN, none.claims().get(1).speaker().kind());
  }

  @Test
  void anOutletsCorrespondentIsTheOutletReporting() {
    Document d = run("وقتل شخصان في الغارة، بحسب ما أفاد مراسل وكالتنا.");
    assertEquals(SpeakerKind.OUTLET, d.claims().get(0).speaker().kind(), d.claims().toString());
  }

  @Test
  void aCueWordThatOpensANameIsPartOfTheName() {
    // يشار ("it is pointed out") is the first word of يشار غولر
    Document d = run("وأكد وزير الدفاع يشار غولر أن بلاده ستواصل عملياتها.");
    assertEquals(1, d.claims().size(), d.claims().toString());
    Claim c = d.claims().get(0);
    assertEquals(entity(d, "yasar-guler").id(), c.speaker().entity());
    assertTrue(c.cue().text().endsWith("أكد"), c.cue().text());
  }

  @Test
  void aPluralOfThingsIsNotTheSubjectOfAMasculineCueAfterIt() {
    // the sites were hit; the guards, named before, say what they were
    Document d = run("وكان الحرس الثوري قد قصف مواقع قال إنها تابعة لجماعة جيش العدل.");
    assertEquals(1, d.claims().size(), d.claims().toString());
    assertEquals(entity(d, "irgc").id(), d.claims().get(0).speaker().entity());
    Document sites = run("مواقع إخبارية قالت إن الهجوم أسفر عن قتلى.");
    assertEquals(SpeakerKind.ANONYMOUS, sites.claims().get(0).speaker().kind());
  }

  @Test
  void aParticipleFarFromAnyNameIsSaidByTheClausesSubjectNotTheLastSpeaker() {
    Document d = run("وقال مصدر عسكري إن القصف استهدف المحطة. ودانت الحكومة السودانية الهجوم على"
        + " المحطة التي تغذي المدينة بالكهرباء والمياه منذ سنوات طويلة، مؤكدة أن الاعتداءات لن"
        + " تكسر إرادة الشعب.");
    // the participle's words are claimed by the government, as its own claim or inside the
    // condemnation it goes on from, not by the military source of the sentence before
    Claim last = d.claims().get(d.claims().size() - 1);
    assertTrue(last.cue().text().contains("مؤكدة") || last.content().text().contains("مؤكدة"),
        d.claims().toString());
    assertEquals(entity(d, "sdn-gov").id(), last.speaker().entity());
  }

  @Test
  void unnamedOfficersAndLeadersAreAnonymousSources() {
    for (String text : List.of("وقال قادة في المعارضة إن الانتخابات مزورة.",
        "وقال ضباط في الجيش إن الوحدات انسحبت.")) {
      Document d = run(text);
      assertEquals(1, d.claims().size(), d.claims().toString());
      assertEquals(SpeakerKind.ANONYMOUS, d.claims().get(0).speaker().kind(), text);
    }
  }

  @Test
  void betweenAfterANounIsThePrepositionNotTheVerbOfShowing() {
    Document between = run("وأعلنت اللجنة الدولية للصليب الأحمر انطلاق رحلات تبادل الأسرى"
        + " بين الحكومة اليمنية والحوثيين، على أن تستمر العملية ثلاثة أيام.");
    assertTrue(between.claims().stream().noneMatch(c -> c.cue().text().equals("بين")),
        between.claims().toString());
    Document d = run("وبين الوزير أن الوضع مستقر.");
    assertEquals(1, d.claims().size(), d.claims().toString());
  }

  @Test
  void whatIsExpressedMayStandInQuotesAfterItsPreposition() {
    Document d = run("كما أعربت الأمم المتحدة عن \"قلق بالغ\" إزاء التصعيد.");
    assertEquals(1, d.claims().size(), d.claims().toString());
    assertEquals(entity(d, "un").id(), d.claims().get(0).speaker().entity());
  }

  @Test
  void aVerbJoinedToAClauseThatToldNoClaimGoesOnWithItsSubject() {
    Document d = run("وكانت حركة الشباب قد تبنت الهجوم، وزعمت أن مقاتليها قتلوا العشرات.");
    assertEquals(1, d.claims().size(), d.claims().toString());
    assertEquals(entity(d, "al-shabaab").id(), d.claims().get(0).speaker().entity());
  }

  @Test
  void anAgencyWithItsAbbreviationInBracketsRelaysWhomItQuotes() {
    Document d = run("ونقلت وكالة السودان للأنباء (سونا) عن عبد الفتاح البرهان قوله إن الجيش"
        + " سيواصل القتال.");
    assertEquals(1, d.claims().size(), d.claims().toString());
    assertEquals(entity(d, "burhan").id(), d.claims().get(0).speaker().entity());
  }

  @Test
  void aVerbOfTellingAfterAccordingToMayCarryThePronounOfWhatIsTold() {
    Document d = run("وقتل ثلاثة أشخاص، حسب ما أفاد به مصدر عسكري.");
    assertEquals(1, d.claims().size(), d.claims().toString());
    assertEquals(SpeakerKind.ANONYMOUS, d.claims().get(0).speaker().kind());
  }

  @Test
  void aLongNameThatStartsTheSpeakerPhraseNamesTheSpeaker() {
    Document d = run("وقالت الرابطة التونسية للدفاع عن حقوق الإنسان إنها تتابع بقلق الملاحقات.");
    assertEquals(entity(d, "ltdh").id(), d.claims().get(0).speaker().entity());
  }

  @Test
  void aStatementOfHisOfficeIsThePersonNamedBefore() {
    Document d = run("والتقى رئيس الوزراء نجيب ميقاتي السفيرة الأمريكية، بحسب بيان صادر عن مكتبه.");
    assertEquals(1, d.claims().size(), d.claims().toString());
    assertEquals(entity(d, "mikati").id(), d.claims().get(0).speaker().entity());
  }

  @Test
  void aDefiniteRoleWithItsBodyAndThenANameIsThatPersonsClaim() {
    Document d = run("وقال المسؤول الإعلامي في «قسد» فرهاد شامي إن تركيا تستغل أي ذريعة.");
    assertEquals(SpeakerKind.NAMED, d.claims().get(0).speaker().kind());
    assertTrue(d.claims().get(0).speaker().text().endsWith("فرهاد شامي"),
        d.claims().get(0).speaker().text());
    // a source close to a person is no named speaker
    Document s = run("وقال المصدر السياسي المقرب من حفتر إن الهجوم مستمر.");
    assertEquals(SpeakerKind.ANONYMOUS, s.claims().get(0).speaker().kind());
  }

  @Test
  void anonymousSourceAfterTheVerb() {
    Document d = run("وقال مصدر عسكري ليبي للوكالة إن القوات انسحبت من المدينة.");
    assertEquals(1, d.claims().size());
    Claim c = d.claims().get(0);
    assertEquals(SpeakerKind.ANONYMOUS, c.speaker().kind());
    assertEquals(ClaimModality.ASSERTED, c.modality());
    assertTrue(c.content().text().startsWith("القوات انسحبت"), c.content().text());
  }

  @Test
  void aRoleInABodyNamesItsHolderAfterTheAsideAndTheAgencyHeSpokeToSaysNothing() {
    Document d = run("وقال قائد القوات البرية في الجيش الوطني، العميد عبد الله أحمد نور، في"
        + " تصريح لوكالة الأنباء الوطنية الصومالية، إن القوات تقدمت نحو البلدة.");
    assertEquals(1, d.claims().size(), d.claims().toString());
    Claim c = d.claims().get(0);
    assertEquals(SpeakerKind.NAMED, c.speaker().kind());
    assertTrue(c.speaker().text().endsWith("عبد الله أحمد نور"), c.speaker().text());
  }

  @Test
  void aHolderWhoseNameRunsPastTheLongestPhraseIsNamedWhole() {
    // two titles and an honorific before a name of five words
    Document d = run("وقال رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل"
        + " ثاني إن المفاوضات تمر بمرحلة حساسة.");
    assertEquals(1, d.claims().size(), d.claims().toString());
    Claim c = d.claims().get(0);
    assertEquals(SpeakerKind.NAMED, c.speaker().kind());
    assertTrue(c.speaker().text().endsWith("آل ثاني"), c.speaker().text());
  }

  @Test
  void aMemberNamedAfterHisBodyIsNamedAndOneUnnamedIsAnonymous() {
    Document d = run("وقال عضو المكتب السياسي لجماعة الحوثي محمد البخيتي إن الرد سيكون مؤلما.");
    assertEquals(SpeakerKind.NAMED, d.claims().get(0).speaker().kind());
    assertTrue(d.claims().get(0).speaker().text().endsWith("محمد البخيتي"));
    assertEquals(SpeakerKind.ANONYMOUS,
        run("وقال قيادي في حركة حماس إن الحركة لن توافق.").claims().get(0).speaker().kind());
  }

  @Test
  void aReportOfAnActNamedAfterBiHasItsSourceBeforeIt() {
    Document d = run("وأفادت مصادر طبية بمقتل 23 مدنيا في القصف.");
    assertEquals(1, d.claims().size(), d.claims().toString());
    Claim c = d.claims().get(0);
    assertEquals(SpeakerKind.ANONYMOUS, c.speaker().kind());
    assertEquals("مصادر طبية", c.speaker().text());
    assertTrue(c.content().text().startsWith("بمقتل"), c.content().text());
    // a ب-word that is no act stays in the source's phrase
    Document ministry = run("وأفادت مصادر بوزارة الصحة بسقوط قذائف على المستشفى.");
    assertEquals("مصادر بوزارة الصحة", ministry.claims().get(0).speaker().text());
  }

  @Test
  void aVerbOfDescribingWithItsObjectPronounHasItsSpeakerAfterIt() {
    Document d = run("وتمرد مقاتلو المجموعة في خطوة وصفها الرئيس فلاديمير بوتين بأنها طعنة في"
        + " الظهر.");
    assertEquals(1, d.claims().size(), d.claims().toString());
    assertEquals(entity(d, "putin").id(), d.claims().get(0).speaker().entity());
  }

  @Test
  void theOneNameBeforeTheChargeOfAVerbOfChargingIsItsObjectNotItsSpeaker() {
    Document d = run("وقال الرئيس التركي رجب طيب أردوغان إن بلاده لن تتخلى عن حلفائها، ووصف"
        + " حفتر بأنه انقلابي.");
    assertEquals(2, d.claims().size(), d.claims().toString());
    assertEquals(entity(d, "erdogan").id(), d.claims().get(1).speaker().entity());
    // with two names, the first is the speaker and the second what he charges
    Document two = run("ووصف أردوغان حفتر بأنه انقلابي.");
    assertEquals(entity(two, "erdogan").id(), two.claims().get(0).speaker().entity());
  }

  @Test
  void aTitleInConstructAfterAnHonorificRefersBackToItsHolderNamedBefore() {
    Document d = run("استقبل ولي العهد السعودي الأمير محمد بن سلمان الرئيس الأوكراني. وقال سمو"
        + " ولي العهد إن المملكة تدعم المساعي الدولية.");
    assertEquals(1, d.claims().size(), d.claims().toString());
    assertEquals(entity(d, "mbs").id(), d.claims().get(0).speaker().entity());
    Document pm = run("استقبل رئيس الوزراء العراقي محمد شياع السوداني الوفد. وقال رئيس الوزراء"
        + " إن العراق يدعم المساعي.");
    assertEquals(SpeakerKind.NAMED, pm.claims().get(0).speaker().kind());
  }

  @Test
  void anOutletTheSpeakerTalksToAfterAnAnonymousSourceIsNoSpeakerOfItsOwn() {
    // the definite المصدر after the second cue: the outlet after the speaker starts no phrase
    Document d = run("وقال مصدر سياسي ليبي، للموقع يوم الثلاثاء، إن مصر توصلت إلى قناعة.\n\n"
        + "من جانبه أكد مسؤول مصري للصحيفة، رواية المصدر مشيرا إلى أنه لا يمكن الرهان على"
        + " حفتر.");
    assertEquals(List.of("مصدر سياسي ليبي", "مسؤول مصري"), d.claims().stream()
        .map(c -> c.speaker().text()).toList());
  }

  @Test
  void anAdviserLeftUnnamedIsAnonymousThoughHisChiefIsNamed() {
    Claim c = run("وقال مستشار سياسي لقائد قوات الدعم السريع إن قواته مستعدة للتفاوض.")
        .claims().get(0);
    assertEquals(SpeakerKind.ANONYMOUS, c.speaker().kind());
    // a title before a name, or a named adviser, is the person
    assertEquals(SpeakerKind.NAMED, run("وقال المستشار عقيلة صالح إن المجلس يرفض ذلك.")
        .claims().get(0).speaker().kind());
  }

  @Test
  void aNameInQuotesAfterTheVerbIsTheSpeakerNotTheWordsSaid() {
    Document d = run("وأعلنت \"إيكواس\" رفع العقوبات عن النيجر.");
    assertEquals(entity(d, "ecowas").id(), d.claims().get(0).speaker().entity());
  }

  @Test
  void theBodyThatIssuedAStatementSpeaksThroughIt() {
    Document d = run("وجرى استعراض العلاقات الثنائية، بحسب بيان صادر عن وزارة الخارجية"
        + " السعودية.");
    assertEquals(entity(d, "sau-mofa").id(), d.claims().get(0).speaker().entity());
  }

  @Test
  void aSpeakerPhraseKeepsNoQuoteItLeavesOpenButKeepsTheQuotesItCloses() {
    assertEquals(List.of("قسد", "موقع \"الجزيرة نت\""),
        run("وقالت \"قسد\" في بيان إن مقاتليها صدوا الهجوم. وذكر موقع \"الجزيرة نت\" أن"
            + " الهجوم فشل.").claims().stream().map(c -> c.speaker().text()).toList());
  }

  @Test
  void theLamOfAccordingToWrittenOnTheSourceMarksNoAddressee() {
    assertEquals(List.of("وكالة رويترز", "المصادر"), run("ووفقا لوكالة رويترز فإن الاجتماع تأجل."
        + " ووفقا للمصادر فإن المفاوضات ستستأنف.").claims().stream()
        .map(c -> c.speaker().text()).toList());
  }

  @Test
  void anImpersonalHedgeTakesNoSpeakerNamedBefore() {
    Document d = run("وتعهد حفتر بتفكيك الميليشيات. كما من المرجح أن يدفع هجومه البلاد إلى"
        + " اشتباكات.");
    assertEquals(1, d.claims().size());
    assertEquals(SpeakerKind.UNKNOWN, d.claims().get(0).speaker().kind());
    assertNull(d.claims().get(0).speaker().entity());
  }

  @Test
  void namedSpeakerIsLinked() {
    Document d = run("وأكد فائز السراج أن حكومته لن تقبل بأي هدنة.");
    Claim c = d.claims().get(0);
    assertEquals(SpeakerKind.NAMED, c.speaker().kind());
    assertEquals(entity(d, "sarraj").id(), c.speaker().entity());
    assertEquals(ClaimModality.CONFIRMED, c.modality());
  }

  @Test
  void denialIsNeverAsserted() {
    Document d = run("ونفى المتحدث باسم الحكومة أن تكون القوات قد دخلت المدينة.");
    assertEquals(ClaimModality.DENIED, d.claims().get(0).modality());
  }

  @Test
  void outletWithQuotedName() {
    Document d = run("وذكر موقع “مدى مصر” أن القاهرة تدرس خياراتها.");
    Claim c = d.claims().get(0);
    assertEquals(SpeakerKind.OUTLET, c.speaker().kind());
    assertEquals(entity(d, "mada-masr").id(), c.speaker().entity());
  }

  @Test
  void aStateDenyingAnActIsItsSpeaker() {
    Document d = run("ونفت تركيا إرسال مرتزقة إلى ليبيا.");
    assertEquals(1, d.claims().size());
    Claim c = d.claims().get(0);
    assertEquals(entity(d, "tur").id(), c.speaker().entity());
    assertEquals(ClaimModality.DENIED, c.modality());
    assertTrue(c.content().text().startsWith("إرسال مرتزقة"), c.content().text());
    // a place that is no state names no speaker so
    assertTrue(run("وشهدت طرابلس اشتباكات عنيفة.").claims().isEmpty());
  }

  @Test
  void aWordOfAnOutletsNameIsNoCue() {
    // الأنباء is a cue (تفيد الأنباء), but here a word of the agency's name
    Document d = run("قالت وكالة الأنباء السورية (سانا) إن الطيران الإسرائيلي استهدف مواقع قرب"
        + " دمشق.");
    assertEquals(1, d.claims().size());
    Claim c = d.claims().get(0);
    assertEquals(SpeakerKind.OUTLET, c.speaker().kind());
    assertEquals(entity(d, "sana").id(), c.speaker().entity());
    assertTrue(c.content().text().startsWith("الطيران الإسرائيلي"), c.content().text());
    // an agency the knowledge base does not know is still one speaker, not a cue
    Document m = run("وذكرت وكالة الأنباء الموريتانية أن الرئيس غادر البلاد.");
    assertEquals(1, m.claims().size());
    assertEquals("وكالة الأنباء الموريتانية", m.claims().get(0).speaker().text());
  }

  @Test
  void laterReferencesResolveToTheEarlierSpeaker() {
    Document d = run("وقال مصدر دبلوماسي إن المحادثات توقفت. وأضاف المصدر أن الوفد غادر."
        + " وتابع أن الموعد لم يحدد.");
    assertEquals(3, d.claims().size());
    for (Claim c : d.claims()) {
      assertEquals(SpeakerKind.ANONYMOUS, c.speaker().kind(), c.toString());
    }
  }

  @Test
  void relayThroughAnOutlet() {
    Document d = run("ونقل موقع “مدى مصر” عن مسؤولين ليبيين أن الدعم توقف.");
    Claim c = d.claims().get(0);
    assertEquals(SpeakerKind.ANONYMOUS, c.speaker().kind());
    assertEquals(List.of(entity(d, "mada-masr").id()), c.via());
  }

  @Test
  void noCueNoClaim() {
    assertEquals(List.of(), run("تقدمت القوات نحو المدينة صباح اليوم.").claims());
    assertEquals(List.of(), run("").claims());
  }

  @Test
  void unnamedSpeakerTakesTheCountryOfItsAdjective() {
    Document d = run("وقال مسؤول مصري إن القاهرة لن تتدخل. وقالت مصادر عسكرية ليبية إن القوات"
        + " انسحبت. وأكد فائز السراج أن حكومته باقية. وقال مصدر إن الوضع هادئ.");
    assertEquals(List.of("EGY", "LBY", "-", "-"), d.claims().stream()
        .map(c -> c.speaker().country() == null ? "-" : c.speaker().country()).toList());
    assertEquals(SpeakerKind.ANONYMOUS, d.claims().get(0).speaker().kind());
    assertTrue(d.entities().stream().noneMatch(e -> "egy".equals(e.kb())), d.entities().toString());
  }

  @Test
  void aRoleByItsTitleAloneIsAnUnnamedOfficialAndEndsBeforeItsObject() {
    for (String text : List.of("وقال الوزير إن الإمارات تدعم قوات حفتر.",
        "وأكد الوزير استمرار دعم الإمارات لقوات حفتر.")) {
      Document d = run(text);
      assertEquals(1, d.claims().size(), text);
      Claim c = d.claims().get(0);
      assertEquals(SpeakerKind.ANONYMOUS, c.speaker().kind(), text);
      assertEquals("الوزير", c.speaker().text(), text);
      assertNull(c.speaker().entity(), text);
    }
  }

  @Test
  void anUnnamedSpeakersPhraseEndsBeforeTheGenericActorsOfItsObject() {
    Document d = run("وأعلنت مصادر رسمية مقتل ستة جنود في الهجوم.");
    assertEquals(1, d.claims().size());
    assertEquals("مصادر رسمية", d.claims().get(0).speaker().text());
    assertEquals(SpeakerKind.ANONYMOUS, d.claims().get(0).speaker().kind());
  }

  @Test
  void theNameAfterAPluperfectVerbIsItsObjectNotItsSpeaker() {
    Document d = run("وكانت منظمة العفو الدولية قد اتهمت الجيش السوداني بقتل عشرات المدنيين.");
    assertTrue(d.claims().stream().noneMatch(c -> {
      String id = c.speaker().entity();
      return id != null && d.entities().stream().anyMatch(e -> e.id().equals(id)
          && e.mentions().get(0).text().contains("الجيش"));
    }), d.claims().toString());
  }

  @Test
  void anOutletRelayingSourcesPastAnAsideBetweenCommasRelaysThem() {
    Document d = run("ونقلت إذاعة فرنسا الدولية، المعلق بثها في البلاد، عن مصادر عسكرية أن "
        + "الحصيلة قد تتجاوز خمسين جنديا.");
    assertEquals(SpeakerKind.ANONYMOUS, d.claims().get(0).speaker().kind(), d.claims().toString());
  }

  @Test
  void aBodysNounWrittenInADenialsCueHeadsItsSpeaker() {
    Document d = run("ونفت وزارة الخارجية الإماراتية في بيان هذه الاتهامات.");
    String id = d.claims().get(0).speaker().entity();
    assertTrue(id != null && d.entities().stream().anyMatch(e -> e.id().equals(id)
        && e.mentions().get(0).text().equals("وزارة الخارجية الإماراتية")), d.claims().toString());
  }

  @Test
  void aCondemnationIsAClaimOfTheOneWhoCondemns() {
    Document d = run("وأدانت وزارة الخارجية القطرية الهجوم على المدنيين في مدينة الفاشر.");
    assertEquals(1, d.claims().size(), d.claims().toString());
    String id = d.claims().get(0).speaker().entity();
    assertTrue(id != null && d.entities().stream().anyMatch(e -> e.id().equals(id)
        && e.mentions().get(0).text().equals("وزارة الخارجية القطرية")), d.claims().toString());
  }
}
