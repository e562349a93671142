package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.event.EventReadingsTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attacks told with their parties around them: the doer in a relative clause on the attack, the
 * party whose men were killed before it, the town it hit in apposition, the holder of a role held
 * in a place, the side that stops an attack or a protest, a unit named by its party, and a body
 * named back by its noun; on sentences written for these tests.
 */
class AttacksToldAroundTheirPartiesTest {
  @Test
  void condemningAnAttackAccusesTheDoerNamedInItsRelativeClause() {
    List<String> read = events("وأدان المبعوث الخاص أحمد عبد الله الهجوم الذي شنته حركة الشباب.");
    assertTrue(read.contains("ACCUSE أحمد عبد الله -> حركة الشباب"), read.toString());
  }

  @Test
  void theRelativesPronounOnTheVerbIsTheAttackNotTheCondemner() {
    List<String> read = events("وأدان المبعوث الخاص أحمد عبد الله الهجوم الذي شنته حركة الشباب.");
    assertTrue(read.stream().noneMatch(e -> e.startsWith("ASSAULT") && e.endsWith("أحمد عبد الله")),
        read.toString());
  }

  @Test
  void theHolderOfARoleHeldInAPlaceIsTheSubject() {
    assertEquals(List.of("ACCUSE ريتشارد نورلاند -> حفتر"),
        events("وانتقد سفير الولايات المتحدة في ليبيا ريتشارد نورلاند حفتر."));
    assertEquals(List.of("ACCUSE ريتشارد نورلاند -> حفتر"),
        events("وانتقد السفير الأمريكي في ليبيا ريتشارد نورلاند حفتر."));
  }

  @Test
  void thePartyWhoseMenWereKilledBeforeTheAttackIsTheOneHit() {
    assertEquals(List.of("ASSAULT تنظيم الدولة -> الجيش السوري"),
        events("قتل أربعة جنود من الجيش السوري في هجوم شنه مسلحون من تنظيم الدولة على حاجز."));
    assertEquals(List.of("ASSAULT تنظيم القاعدة -> قوات الحزام الأمني"),
        events("قتل ثلاثة جنود من قوات الحزام الأمني وأصيب اثنان آخرون، مساء الأحد، في هجوم شنه "
            + "مسلحون من تنظيم القاعدة على نقطة عسكرية."));
  }

  @Test
  void aCapitalInAppositionAfterInIsTheTownHit() {
    assertEquals(List.of("ASSAULT حركة الشباب -> مقديشو"),
        events("وقتل عشرة أشخاص في هجوم شنته حركة الشباب على فندق في العاصمة الصومالية مقديشو."));
  }

  @Test
  void aPartyAfterTheSitesAVerbOfAttackEndsInOwnsThemAndIsNoDoer() {
    // استهدفت مواقع حركة الشباب: the strike targets the Shabaab's sites
    assertEquals(List.of("ASSAULT القوات الأمريكية -> حركة الشباب"),
        events("ونفذت القوات الأمريكية غارة جوية استهدفت مواقع حركة الشباب."));
  }

  @Test
  void aStateAfterSitesWithBIsThePlaceHit() {
    assertEquals(List.of("ASSAULT الجيش الأمريكي -> اليمن"),
        events("وشن الجيش الأمريكي ضربات استهدفت مواقع باليمن."));
  }

  @Test
  void foilingAnAttackIsFightingTheAttacker() {
    assertEquals(List.of("ASSAULT الجيش الصومالي -> حركة الشباب"),
        events("وأحبط الجيش الصومالي، فجر الاثنين، هجوما لحركة الشباب على قاعدة عسكرية."));
  }

  @Test
  void dispersingAProtestIsCoercionNotAProtestOfTheDispersers() {
    List<String> read = events("وفرقت ميليشيات المحاكم الإسلامية بالقوة مظاهرة في مقديشو.");
    assertTrue(read.contains("COERCE المحاكم الإسلامية -> مقديشو")
        || read.contains("COERCE المحاكم الإسلامية -> -"), read.toString());
    assertTrue(read.stream().noneMatch(e -> e.startsWith("PROTEST المحاكم")), read.toString());
  }

  @Test
  void aUnitOfAPartyClashesWithMenBelongingToAnother() {
    assertEquals(List.of("ASSAULT الجيش العراقي -> كتائب حزب الله"),
        events("واندلعت اشتباكات بين قوة من الجيش العراقي ومسلحين ينتمون إلى كتائب حزب الله."));
  }

  @Test
  void theZionistEntityIsIsraelAndABurkinabeArmyIsBurkinaFasos() {
    assertEquals(List.of("THREATEN الحرس الثوري الإيراني -> الكيان الصهيوني"),
        events("وهدد الحرس الثوري الإيراني الكيان الصهيوني برد قاس."));
    List<String> read =
        events("وشنت جماعة نصرة الإسلام والمسلمين هجوما على مواقع للجيش البوركينابي.");
    assertEquals(1, read.size(), read.toString());
    assertTrue(read.get(0).startsWith("ASSAULT جماعة نصرة الإسلام والمسلمين -> ")
        && read.get(0).endsWith("جيش البوركينابي"), read.toString());
  }

  @Test
  void aDefiniteUnitOfAPartyAfterLamStandsForTheParty() {
    assertEquals(List.of("COERCE للحرس الثوري الإيراني -> مضيق هرمز"),
        events("واحتجزت القوة البحرية للحرس الثوري الإيراني ناقلة نفط في مضيق هرمز."));
  }

  @Test
  void aBodyNamedBackByItsNounBeforeANamedObjectActs() {
    List<String> read = events("وأدانت وزارة الخارجية السورية الهجوم. كما طالبت الوزارة "
        + "مجلس الأمن الدولي بالتحرك.");
    assertTrue(read.contains("REQUEST وزارة الخارجية السورية -> مجلس الأمن الدولي"),
        read.toString());
  }

  @Test
  void repellingAnAttackNamedInItsRelativeClauseIsFightingOnBothSides() {
    List<String> read = events("وأعلنت الفرقة السادسة التابعة للجيش السوداني أنها صدت هجوما شنته "
        + "قوات الدعم السريع.");
    assertTrue(read.contains("ASSAULT قوات الدعم السريع -> الفرقة السادسة"), read.toString());
    assertTrue(read.contains("ASSAULT الفرقة السادسة -> قوات الدعم السريع"), read.toString());
  }

  @Test
  void condemningCrimesAccusesTheDoerNamedInTheirRelativeClause() {
    List<String> read = events("ودان مجلس السيادة الانتقالي الجرائم المتواصلة التي ترتكبها قوات "
        + "الدعم السريع في الفاشر.");
    assertEquals(List.of("ACCUSE مجلس السيادة الانتقالي -> قوات الدعم السريع"), read);
  }

  @Test
  void aCallOpeningTheSentenceIsMadeByTheSubjectAfterItsComma() {
    List<String> read = events("وفي اتصال هاتفي مع كايا كالاس، شدد وزير الخارجية السعودي الأمير "
        + "فيصل بن فرحان على أهمية التعاون.");
    assertTrue(read.contains("CONSULT فيصل بن فرحان -> كايا كالاس"), read.toString());
  }

  @Test
  void theZionistEnemyIsIsrael() {
    assertEquals(List.of("ASSAULT العدو الصهيوني -> ميناء الحديدة"),
        events("وشن العدو الصهيوني، فجر اليوم، سلسلة غارات على ميناء الحديدة."));
  }

  @Test
  void aDualPronounOnTheVerbIsNotTheSpeakerNamedAlone() {
    List<String> read = events("وقال المتحدث العسكري باسم الحوثيين يحيى سريع إن قواته استهدفتهما.");
    assertTrue(read.stream().noneMatch(e -> e.endsWith("-> يحيى سريع")), read.toString());
  }

  @Test
  void aParticipleAfterAQuotationIsTheActOfTheSpeakerNotOfTheQuotedVerbsSubject() {
    List<String> read = events("ودانت السفارة الأمريكية في بغداد الهجوم، وقالت إن «الميليشيات "
        + "تواصل تهديد استقرار العراق»، داعية بغداد إلى اتخاذ خطوات حاسمة.");
    assertTrue(read.contains("REQUEST السفارة الأمريكية -> بغداد"), read.toString());
  }
}
