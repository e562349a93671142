package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Source;

/** Names made of a head noun and the name after it, on sentences written for the tests. */
class NamePatternsTest {
  private static List<String> names(String text) {
    return EntityStage.standard().process(doc(text)).entities().stream()
        .map(NamePatternsTest::describe).toList();
  }

  private static Document doc(String text) {
    return Document.of("t", new Source("t", null, null), "ar", null, DateValue.UNKNOWN, text,
        List.of());
  }

  private static String describe(Entity e) {
    return e.type() + " " + e.mentions().get(0).text();
  }

  @Test
  void aFacilityIsNamedByItsPlaceAndThePlaceStaysANameOfItsOwn() {
    List<String> names = names("وقصفت الطائرات مطار مدينة ترهونة فجر اليوم.");
    assertTrue(names.contains("FACILITY مطار مدينة ترهونة"), names.toString());
    assertTrue(names.contains("LOCATION ترهونة"), names.toString());
  }

  @Test
  void aCampCheckpointOrHospitalIsNamedByItsTownAndItsAdjectiveOfKind() {
    List<String> names = names("وحاصرت القوات مستشفى جنين الحكومي ومخيم جنين وأغلقت حاجز"
        + " حوارة.");
    assertTrue(names.contains("FACILITY مستشفى جنين الحكومي"), names.toString());
    assertTrue(names.contains("FACILITY مخيم جنين"), names.toString());
    assertTrue(names("وقالت وزارة الصحة الفلسطينية إن الحصيلة ارتفعت.")
        .contains("ORGANIZATION وزارة الصحة الفلسطينية"));
  }

  @Test
  void aStatesNewsAgencyIsNamedWithItsAdjectiveOfNationOrOffice() {
    assertTrue(names("وقال الوزير لوكالة الأنباء الوطنية الصومالية إن الوضع مستقر.")
        .contains("ORGANIZATION وكالة الأنباء الوطنية الصومالية"));
  }

  @Test
  void aMinistryIsNamedWithItsPortfolios() {
    assertTrue(names("وطالبت وزارة الخارجية والمغتربين مجلس الأمن بالتحرك.")
        .contains("ORGANIZATION وزارة الخارجية والمغتربين"));
    assertTrue(names("وأعلنت وزارة الدفاع الوطني إسقاط الطائرة.")
        .contains("ORGANIZATION وزارة الدفاع الوطني"));
    assertTrue(names("وقالت وزارة الصحة العامة إن الحصيلة ارتفعت.")
        .contains("ORGANIZATION وزارة الصحة العامة"));
    assertTrue(names("وقالت وزارة الشؤون الخارجية والجالية الوطنية بالخارج إن السفير استدعي.")
        .contains("ORGANIZATION وزارة الشؤون الخارجية والجالية الوطنية بالخارج"));
    assertTrue(names("وقالت وزارة الشؤون الخارجية المغربية إن الموقف ثابت.")
        .contains("ORGANIZATION وزارة الشؤون الخارجية المغربية"));
  }

  @Test
  void aBlocOrMovementNamedInQuotesAfterItsKindIsAnOrganizationAndKnownWithoutThem() {
    assertTrue(names("وقالت كتلة \"الوفاء للمقاومة\" في بيان إن القرى تتعرض للقصف.")
        .contains("ORGANIZATION كتلة \"الوفاء للمقاومة\""));
    assertEquals(List.of("al-shabaab"), EntityStage.standard().process(doc(
        "وقاتل الجيش عناصر حركة «الشباب» في المدينة.")).entities().stream()
        .map(Entity::kb).toList());
  }

  @Test
  void aPersonsNameWithBOrLWrittenOnItIsTheNameAlone() {
    assertTrue(names("وأجرى الوزير اتصالا بمظلوم عبدي.").contains("PERSON مظلوم عبدي"));
    assertTrue(names("وقال الوزير لمحمود درويش إن الاتفاق قائم.").contains("PERSON محمود درويش"));
  }

  @Test
  void aUnionsMissionIsABodyOfItsOwnUnlessTheKnowledgeBaseNamesALongerOne() {
    assertTrue(names("ورحبت بعثة الاتحاد الأوروبي بالقرار.")
        .contains("ORGANIZATION بعثة الاتحاد الأوروبي"));
    assertTrue(names("وقالت بعثة الاتحاد الأفريقي في الصومال إن الوضع مستقر.")
        .contains("ORGANIZATION بعثة الاتحاد الأفريقي في الصومال"));
  }

  @Test
  void aNumberedLandmarkIsAFacility() {
    assertTrue(names("وتقدمت القوات نحو الجسر 27 غرب المدينة.").contains("FACILITY الجسر 27"));
  }

  @Test
  void aMilitaryRegionIsOneOrganizationWithNoPlaceInsideIt() {
    assertEquals(List.of("ORGANIZATION المنطقة الشرقية العسكرية"),
        names("وقال آمر المنطقة الشرقية العسكرية إن الوضع مستقر."));
  }

  @Test
  void aCouncilOrForceOfACityIsAnOrganization() {
    List<String> names = names("وأعلن المجلس العسكري لمدينة مصراتة أن قوة حماية وتأمين سرت تقدمت.");
    assertTrue(names.contains("ORGANIZATION المجلس العسكري لمدينة مصراتة"), names.toString());
    assertTrue(names.contains("ORGANIZATION قوة حماية وتأمين سرت"), names.toString());
  }

  @Test
  void aMunicipalCouncilOfACityIsAnOrganization() {
    List<String> names = names("وقرر المجلس البلدي لمدينة سبها إغلاق الأسواق، فيما دعا المجلس"
        + " البلدي والعسكري في مدينة الزاوية إلى التهدئة.");
    assertTrue(names.contains("ORGANIZATION المجلس البلدي لمدينة سبها"), names.toString());
    assertTrue(names.contains("ORGANIZATION المجلس البلدي والعسكري في مدينة الزاوية"),
        names.toString());
  }

  @Test
  void anAirForceIsNamedByItsCountry() {
    assertTrue(names("وأغار سلاح الجو الليبي على مواقع المسلحين.")
        .contains("ORGANIZATION سلاح الجو الليبي"));
  }

  @Test
  void anOutletNamedInQuotesIsAnOrganization() {
    List<String> names = names("وبثت قناة \"الأحرار\" الليبية صورا من المدينة.");
    assertTrue(names.contains("ORGANIZATION قناة \"الأحرار\" الليبية"), names.toString());
  }

  @Test
  void aHeadNounWithoutANameIsNoName() {
    assertEquals(List.of(), names("وقصفت الطائرات المطار والمعسكر والجسر."));
  }

  @Test
  void aVillageMarketOrHospitalIsNamedByAWordTheKnowledgeBaseDoesNotKnow() {
    List<String> names = names("وقصفت الطائرات بلدة عيترون وسوق صابرين ومستشفى النو.");
    assertTrue(names.contains("LOCATION بلدة عيترون"), names.toString());
    assertTrue(names.contains("FACILITY سوق صابرين"), names.toString());
    assertTrue(names.contains("FACILITY مستشفى النو"), names.toString());
  }

  @Test
  void anAdjectiveACommonWordOrAVerbAfterTheHeadIsNoName() {
    assertEquals(List.of(), names("وأقامت القوات قاعدة عسكرية في حي سكني قرب مستشفى ميداني."));
    assertEquals(List.of(), names("وبنت الشركة قاعدة عريضة في سوق العمل ومستشفى يتبع للكنيسة."));
    assertEquals(List.of(), names("وأغلقت السلطات معسكر اعتقال وقاعدة لشن الهجمات."));
  }

  @Test
  void aBattalionByItsTownATribeAndTheRedCrescentAreOrganizations() {
    List<String> names = names("وأعلنت كتيبة طولكرم أن مقاتليها اشتبكوا مع القوات، فيما نقلت "
        + "جمعية الهلال الأحمر الجرحى وانتشل الدفاع المدني جثث أبناء قبيلة العكيدات.");
    assertTrue(names.contains("ORGANIZATION كتيبة طولكرم"), names.toString());
    assertTrue(names.contains("ORGANIZATION جمعية الهلال الأحمر"), names.toString());
    assertTrue(names.contains("ORGANIZATION الدفاع المدني"), names.toString());
    assertTrue(names.contains("ORGANIZATION قبيلة العكيدات"), names.toString());
  }

  @Test
  void aMinistryNamedByItsPortfolioAloneIsAnOrganization() {
    List<String> names = names("ونفت وزارة المالية الاتحادية ذلك، فيما قالت وزارة الصحة إن"
        + " الحصيلة ارتفعت.");
    assertTrue(names.contains("ORGANIZATION وزارة المالية"), names.toString());
    assertTrue(names.contains("ORGANIZATION وزارة الصحة"), names.toString());
  }

  @Test
  void aUnionOrLeagueIsNamedByTheDefiniteWordsAfterIt() {
    List<String> names = names("وأدانت نقابة الصحفيين الفلسطينيين اعتقال الصحفيين، فيما أعلنت"
        + " رابطة صناعة النفط وقف الإنتاج.");
    assertTrue(names.contains("ORGANIZATION نقابة الصحفيين الفلسطينيين"), names.toString());
    assertTrue(names.contains("ORGANIZATION رابطة صناعة النفط"), names.toString());
    List<String> verb = names("وطالبت نقابة تمثل العمال بزيادة الأجور.");
    assertTrue(verb.stream().noneMatch(n -> n.contains("نقابة")), verb.toString());
  }

  @Test
  void anInstitutionIsNamedByTheDefiniteWordsAfterItsHead() {
    List<String> names = names("وأعلن جهاز الأمن الداخلي توقيف المتهمين، فيما نقلت هيئة البث"
        + " الإسرائيلية عن مسؤول قوله إن شبكة أطباء السودان وثقت الانتهاكات.");
    assertTrue(names.contains("ORGANIZATION جهاز الأمن الداخلي"), names.toString());
    assertTrue(names.contains("ORGANIZATION هيئة البث الإسرائيلية"), names.toString());
    // a place inside is the institution's own
    assertTrue(names.contains("ORGANIZATION شبكة أطباء السودان"), names.toString());
  }

  @Test
  void anInstitutionHoldingAKnownBodyLeavesTheBodyNamed() {
    List<String> names = names("وأعلن مكتب الأمم المتحدة في طرابلس أن المساعدات وصلت.");
    assertTrue(names.contains("ORGANIZATION الأمم المتحدة"), names.toString());
    assertTrue(names.stream().noneMatch(n -> n.contains("مكتب")), names.toString());
  }

  @Test
  void anInstitutionOrAllianceMayEndInAPlaceAfterItsConstructNouns() {
    List<String> names = names("وأعلنت مديرية أمن طرابلس توقيف مطلوبين، فيما حمّل حلف قبائل حضرموت"
        + " المجلس المسؤولية، ودانت حكومة ولاية نهر النيل الهجوم.");
    assertTrue(names.contains("ORGANIZATION مديرية أمن طرابلس"), names.toString());
    assertTrue(names.contains("ORGANIZATION حلف قبائل حضرموت"), names.toString());
    assertTrue(names.contains("ORGANIZATION حكومة ولاية نهر النيل"), names.toString());
  }

  @Test
  void aStatesAuthoritiesAreNamedByItsAdjective() {
    List<String> names = names("ودعت الأمم المتحدة السلطات المالية إلى الإفراج عن المعتقلين.");
    assertTrue(names.contains("ORGANIZATION السلطات المالية"), names.toString());
  }

  @Test
  void aBodysNameInQuotesIsAnOrganizationButQuotedWordsAreNot() {
    List<String> names = names("وقالت «حكومة السلام والوحدة» إن العقوبات انتقائية، فيما نظم"
        + " \"الحراك الوطني لإنقاذ طرابلس\" مظاهرة حاشدة.");
    assertTrue(names.contains("ORGANIZATION حكومة السلام والوحدة"), names.toString());
    assertTrue(names.contains("ORGANIZATION الحراك الوطني لإنقاذ طرابلس"), names.toString());
    List<String> words = names("وقال المتحدث إن \"الحكومة على أهبة الاستعداد\" للرد.");
    assertTrue(words.stream().noneMatch(n -> n.contains("أهبة")), words.toString());
  }

  @Test
  void aBodyNamedByADefiniteHeadItsAdjectivesAndWhatItIsForIsAnOrganization() {
    assertTrue(names("وأعلنت المفوضية العليا المستقلة للانتخابات النتائج الأولية.")
        .contains("ORGANIZATION المفوضية العليا المستقلة للانتخابات"));
    assertTrue(names("وطالبت الرابطة التونسية لحقوق الإنسان بفتح تحقيق.")
        .contains("ORGANIZATION الرابطة التونسية لحقوق الإنسان"));
    assertTrue(names("وقال المكتب الإعلامي الحكومي إن المعبر مغلق.")
        .contains("ORGANIZATION المكتب الإعلامي الحكومي"));
    assertTrue(names("وأصدر المركز الدولي لتسوية منازعات الاستثمار أمرا مؤقتا.")
        .contains("ORGANIZATION المركز الدولي لتسوية منازعات الاستثمار"));
  }

  @Test
  void aDefiniteHeadWithOneAdjectiveAloneOrATimeWordNamesNoBody() {
    assertEquals(List.of(), names("وقالت اللجنة الأمنية إن الوضع هادئ."));
    assertEquals(List.of(), names("وقال المجلس العسكري الماضي إن الوضع هادئ."));
    List<String> names = names("وقالت اللجنة الوطنية العليا للمرة الأولى إن الوضع هادئ.");
    assertEquals(List.of("ORGANIZATION اللجنة الوطنية العليا"), names);
  }

  @Test
  void aKnownPartyAfterLamIsTheBodysOwnerNotPartOfANewName() {
    List<String> names = names("وقال المكتب السياسي لحركة حماس إن الوفد غادر القاهرة.");
    assertTrue(names.stream().noneMatch(n -> n.contains("المكتب")), names.toString());
  }

  @Test
  void whatPeopleGatherForIsNoPartOfAUnionsName() {
    List<String> names = names("وتظاهر أعضاء نقابة الصحفيين العراقيين للمطالبة بالإفراج عن"
        + " زملائهم.");
    assertTrue(names.contains("ORGANIZATION نقابة الصحفيين العراقيين"), names.toString());
  }

  @Test
  void aCompoundPlaceNameKeepsItsFirstWordAndItsAdjective() {
    List<String> names = names("وقصفت الطائرات مطار أم جرس وبلدة عبسان الكبيرة، فيما تجمع"
        + " المحتجون عند دوار بني سهيلا.");
    assertTrue(names.contains("FACILITY مطار أم جرس"), names.toString());
    assertTrue(names.contains("LOCATION عبسان الكبيرة"), names.toString());
    assertTrue(names.contains("LOCATION بني سهيلا"), names.toString());
  }

  @Test
  void aMinistryOfAnyPortfolioIsNamedByItsWords() {
    assertTrue(names("وقررت وزارة الري السودانية رفع حالة التأهب في السدود.")
        .contains("ORGANIZATION وزارة الري السودانية"));
  }

  @Test
  void aTatweelStandingAloneAfterABodysAdjectiveEndsItsName() {
    // ـ alone has no letters once normalized
    List<String> names = names("وأدانتها بعثة الاتحاد الأوروبي ـ واصطدمت قوات الأمن"
        + " بالمتظاهرين، وقالت الجمعية الوطنية ـ إن الحصيلة ارتفعت.");
    assertTrue(names.contains("ORGANIZATION بعثة الاتحاد الأوروبي"), names.toString());
  }

  @Test
  void aPalaceAUnitByItsNumberAndAPartyByItsAdjectivesAreNamed() {
    List<String> names = names("واستقبل الرئيس في قصر بعبدا قائد الفرقة الثالثة مشاة وقائد"
        + " اللواء 17 مشاة، فيما انتقد الحزب الوطني التقدمي المنطقة العسكرية الثانية.");
    assertTrue(names.contains("FACILITY قصر بعبدا"), names.toString());
    assertTrue(names.contains("ORGANIZATION الفرقة الثالثة مشاة"), names.toString());
    assertTrue(names.contains("ORGANIZATION اللواء 17 مشاة"), names.toString());
    assertTrue(names.contains("ORGANIZATION الحزب الوطني التقدمي"), names.toString());
    assertTrue(names.contains("ORGANIZATION المنطقة العسكرية الثانية"), names.toString());
  }

  @Test
  void aCommandAgencyOrCommitteeIsNamedByTheWordsAfterItsHead() {
    assertEquals(List.of("ORGANIZATION قيادة عمليات بغداد", "LOCATION بغداد"),
        names("وأعلنت قيادة عمليات بغداد اعتقال ثلاثة مطلوبين."));
    assertEquals(List.of("ORGANIZATION قيادة العمليات المشتركة"),
        names("وأعلنت قيادة العمليات المشتركة رفع حظر التجوال."));
    assertTrue(names("وأكدت قيادة الشرطة في المدينة أن الوضع هادئ.").stream()
        .noneMatch(n -> n.contains("قيادة")));
    assertEquals(List.of("ORGANIZATION وكالة الاستخبارات والأمن الداخلي"),
        names("وقالت وكالة الاستخبارات والأمن الداخلي إنها أحبطت هجوما."));
    assertEquals(List.of("ORGANIZATION لجنة الأركان العملياتية المشتركة"),
        names("وأعلنت لجنة الأركان العملياتية المشتركة تعليق عملها."));
  }

  @Test
  void anAuthorityIsNamedByItsFieldButAnInterestIsNoName() {
    assertEquals(List.of("ORGANIZATION مصلحة الطيران المدني"),
        names("وعلقت مصلحة الطيران المدني الرحلات."));
    assertEquals(List.of(), names("وأكدت الحكومة أن القرار يصب في مصلحة المواطنين."));
  }

  @Test
  void anIslandTownOrOasisIsNamedByTheWordAfterIt() {
    List<String> names = names("وشن العدو الأمريكي ثلاث غارات على جزيرة كمران.");
    assertTrue(names.contains("LOCATION جزيرة كمران"), names.toString());
  }
}
