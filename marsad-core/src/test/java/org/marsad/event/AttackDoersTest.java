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
import org.marsad.model.Source;

/**
 * The doer of an attack named around it rather than as its clause's subject ({@link Agents}), and
 * attacks named as the news's background ({@link Background}), on sentences written for these
 * tests: "TYPE actor -> recipient" with each entity's first mention.
 */
class AttackDoersTest {
  private static List<String> events(String text) {
    Document doc = Document.of("t", new Source(null, null, null), "ar", null,
        DateValue.day(LocalDate.of(2008, 6, 1)), text, List.of());
    Document d = EventStage.standard().process(
        ClaimStage.standard().process(EntityStage.standard().process(doc)));
    return d.events().stream().map(e -> EventReadingsTest.describe(d, e)).toList();
  }

  private static List<String> attacks(String text) {
    return events(text).stream().filter(e -> e.startsWith("ASSAULT")).toList();
  }

  /** Some attack of {@code text} is done by the entity first mentioned as {@code doer}. */
  private static void assertAttackBy(String doer, String text) {
    List<String> found = attacks(text);
    assertTrue(found.stream().anyMatch(e -> e.startsWith("ASSAULT " + doer + " ->")),
        found.toString());
  }

  @Test
  void aPartyNamedInQuotesCarriesOutTheAttackAfterIt() {
    assertAttackBy("حزب الله", "ونفذ \"حزب الله\" هجوما على موقع إسرائيلي قرب الحدود.");
    assertAttackBy("قسد", "ونفذت \"قسد\" هجوما على مواقع للجيش التركي.");
  }

  @Test
  void anAirForceNamedByItsStatesAdjectiveIsThatStatesForces() {
    assertAttackBy("سلاح الجو الإسرائيلي", "وشن سلاح الجو الإسرائيلي غارة جوية على موقع قرب دمشق.");
    assertAttackBy("سلاح الجو التركي",
        "وقصف سلاح الجو التركي مواقع لحزب العمال الكردستاني شمال العراق.");
  }

  @Test
  void aMilitiaNamedByItsMovementIsTheMovement() {
    // ميليشيا الحوثي: the movement's name as its adversaries' outlets write it
    assertAttackBy("ميليشيا الحوثي",
        "وكثفت ميليشيا الحوثي هجماتها على السفن التجارية في البحر الأحمر.");
  }

  @Test
  void theFireAnAttackIsDoneWithNamesItsDoerAndThePassiveSubjectIsHit() {
    assertEquals(List.of("ASSAULT مسلحين مجهولين -> رجال الشرطة"),
        attacks("قتل أحد رجال الشرطة بنيران مسلحين مجهولين في الموصل أمس."));
  }

  @Test
  void aVerbOfCarryingOutWithTheAttacksPronounNamesItsDoer() {
    assertAttackBy("حركة طالبان", "وقع هجوم بسيارة مفخخة نفذته حركة طالبان في كابل أمس.");
  }

  @Test
  void aVerbOfReceivingTheAttackNamesItsDoerAfterMin() {
    assertAttackBy("قوات حفتر",
        "وانسحبت قوات الوفاق من المدينة بعد الضربات القوية التي تلقتها من قوات حفتر.");
    assertAttackBy("المسلحين",
        "وتحدث الجيش التركي عن الهجمات التي تلقاها من المسلحين الأكراد قرب الحدود.");
  }

  @Test
  void aClaimOfTheAttackAfterItNamesItsDoer() {
    assertAttackBy("حركة طالبان", "استهدف هجوم انتحاري قافلة عسكرية قرب قندهار وتبنته حركة"
        + " طالبان.");
  }

  @Test
  void thePartyClaimingResponsibilityBeforeTheAttackIsItsDoer() {
    assertEquals(List.of("ASSAULT تنظيم الدولة الإسلامية -> -"),
        attacks("وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم على الكنيسة."));
    assertEquals(List.of("ASSAULT حركة الشباب -> -"),
        attacks("وتبنت حركة الشباب المسؤولية عن التفجير."));
    assertEquals(List.of("ASSAULT حركة حماس -> - negated"),
        attacks("ونفت حركة حماس مسؤوليتها عن الهجوم."));
  }

  @Test
  void aPartyAfterTheAttacksNounWithLamIsItsDoerButNotAfterABlow() {
    assertAttackBy("حزب العمال الكردستاني",
        "وأصيب خمسة جنود أتراك في هجوم لحزب العمال الكردستاني.");
    assertEquals(List.of(), attacks("واعتبرت العملية أكبر ضربة لطالبان."));
  }

  @Test
  void aPartyAnnouncingItsOwnMenKilledIsTheOneHit() {
    // an attack may be coded with its doer unknown, never with the army as the doer
    List<String> own = attacks("وأعلن الجيش الإسرائيلي مقتل ثلاثة من جنوده في قطاع غزة.");
    assertTrue(own.stream().noneMatch(e -> e.startsWith("ASSAULT الجيش")), own.toString());
    assertEquals(List.of("ASSAULT غارة إسرائيلية -> حركة حماس"),
        attacks("وأعلنت حركة حماس مقتل أربعة من عناصرها في غارة إسرائيلية."));
    // others' men killed: the announcer did it
    assertAttackBy("قوات حكومة الوفاق",
        "وأعلنت قوات حكومة الوفاق مقتل عشرة من مرتزقة فاغنر في محور صلاح الدين.");
  }

  @Test
  void thoseKilledInAPartysAttackAreTheAttacked() {
    assertEquals(List.of("ASSAULT حركة حماس -> جنود إسرائيليين"),
        attacks("قتل ثلاثة جنود إسرائيليين في هجوم لحركة حماس قرب خان يونس."));
    // who reports the killing is not the party hit
    assertEquals(List.of("ASSAULT تنظيم الدولة -> -"), attacks("وأفاد المرصد السوري لحقوق الإنسان"
        + " بمقتل عشرة عناصر من قوات النظام في هجوم لتنظيم الدولة في البادية."));
  }

  @Test
  void theForcesOfTheOccupationWithTheirCountryAreThatCountrysArmy() {
    assertAttackBy("قوات الاحتلال الإسرائيلي",
        "وقتل ثلاثة فلسطينيين برصاص قوات الاحتلال الإسرائيلي في نابلس.");
  }

  @Test
  void armedMenServingANamedPartyActForIt() {
    assertEquals(List.of("ASSAULT تنظيم داعش -> المدنيين"),
        attacks("واختطف مسلحون تابعون لتنظيم داعش عشرات المدنيين في دير الزور."));
    assertAttackBy("قوات الدعم السريع",
        "استهدفت طائرة مسيرة تابعة لقوات الدعم السريع مطار بورتسودان يوم الأحد.");
  }

  @Test
  void aCeasefireWithItsAdjectivesIsNoAttack() {
    assertEquals(List.of(), attacks("وطالبت قطر بوقف شامل ودائم لإطلاق النار في غزة."));
    assertEquals(List.of(), attacks("ودعت مصر إلى وقف فوري لإطلاق النار."));
  }

  @Test
  void theSubjectOfAVerbOfCausingIsTheDoer() {
    assertAttackBy("غارة جوية إسرائيلية",
        "وقال مسؤولون إن غارة جوية إسرائيلية أدت إلى مقتل ثلاثة"
        + " أشخاص في رفح.");
  }

  @Test
  void aUnitOfACountrysForcesIsItsForces() {
    assertAttackBy("وحدة إسرائيلية خاصة", "اغتالت وحدة إسرائيلية خاصة ناشطا فلسطينيا في نابلس.");
  }

  @Test
  void aGenericDoerWhoIsOneOfANamedPartyIsThatParty() {
    assertAttackBy("تنظيم القاعدة", "قالت الشرطة إن مهاجما انتحاريا من تنظيم القاعدة فجر"
        + " سيارة مفخخة قرب مركز للشرطة في بعقوبة.");
  }

  @Test
  void anAttackSinceWhichSomethingHappenedIsNoNewAttack() {
    assertEquals(List.of(),
        attacks("وتشدد الشرطة إجراءاتها حول السفارات منذ تفجير السفارة الأمريكية."));
  }

  @Test
  void anAttackAsTheBackdropOfAnArrestIsNoNewAttack() {
    assertEquals(List.of(),
        attacks("واعتقلت الشرطة العراقية ثلاثة رجال على خلفية اغتيال قاض في البصرة."));
  }

  @Test
  void anAttackThatHappenedLastMonthIsNoNewAttack() {
    assertEquals(List.of(), attacks("وقال المتحدث إن التحقيق في الهجوم الذي وقع الشهر"
        + " الماضي على مقر الشرطة لم ينته بعد."));
  }

  @Test
  void aSpeakerBeforeATimePrepositionDoesNotDoTheAttackAfterIt() {
    List<String> found = attacks("وجاء حديث الرئيس سلفا كير غداة هجوم شنه مسلحون على قرية"
        + " قرب جوبا.");
    assertTrue(found.stream().noneMatch(e -> e.startsWith("ASSAULT سلفا كير")), found.toString());
  }

  @Test
  void aVerbDescribingAnIndefiniteAttackBeforeItHasThatAttackAsItsSubject() {
    List<String> found = attacks("وكان الرئيس حامد كرزاي في زيارة لباريس عندما وقع انفجار"
        + " استهدف مركزا للشرطة.");
    assertTrue(found.stream().noneMatch(e -> e.startsWith("ASSAULT حامد كرزاي")),
        found.toString());
    assertAttackBy("طائرات مسيرة", "وقال شهود إن طائرات مسيرة استهدفت مستودعات وقود في"
        + " الخرطوم.");
  }

  @Test
  void aTwoLetterVerbOfLaunchingIsReadAfterItsConjunction() {
    assertAttackBy("الجيش الإسرائيلي", "وشن الجيش الإسرائيلي سلسلة من الهجمات على بلدات في جنوب"
        + " لبنان.");
  }

  @Test
  void anAttackNounAfterAWordOfQuantityIsWhatTheVerbLaunches() {
    assertEquals(List.of("ASSAULT الولايات المتحدة -> -", "ASSAULT بريطانيا -> -"),
        attacks("شنت الولايات المتحدة وبريطانيا موجة من الغارات على مواقع عسكرية."));
  }

  @Test
  void whatTheDoerNamedAfterTheAttackStruckIsTheOneHit() {
    assertEquals(List.of("ASSAULT قوات الدعم السريع -> سوق صابرين"),
        attacks("أفادت مصادر طبية بمقتل 56 شخصا في قصف نفذته قوات الدعم السريع على سوق صابرين "
            + "واصفة الهجوم بأنه مجزرة بحق المدنيين."));
  }

  @Test
  void thePartyFiredTowardsIsTheOneAttacked() {
    assertEquals(List.of("ASSAULT حركة حماس -> إسرائيل"),
        attacks("أطلقت حركة حماس صواريخ باتجاه إسرائيل."));
    assertEquals(List.of("ASSAULT جماعة الحوثي -> السعودية"),
        attacks("وأطلقت جماعة الحوثي صواريخ نحو السعودية."));
  }

  @Test
  void theDoerOfAnAttackNamedInQuotesAfterCarryingItOutIsItsDoer() {
    assertTrue(attacks("قتل عشرات الجنود في هجوم شنته \"جماعة نصرة الإسلام والمسلمين\" على موقع"
        + " للجيش.").contains("ASSAULT جماعة نصرة الإسلام والمسلمين -> الجنود"));
  }
}
