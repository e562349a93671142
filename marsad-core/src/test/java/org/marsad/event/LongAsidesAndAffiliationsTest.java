package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parties read past what stands between them and their act: the weapons and times before بين,
 * the patron a side is affiliated with, a relative clause or a long aside of an occasion after
 * the subject, a title holding its organization after ل, on sentences written for these tests.
 */
class LongAsidesAndAffiliationsTest {
  private static List<String> events(String text) {
    return EventReadingsTest.events(text);
  }

  @Test
  void aClashIsBetweenItsSidesPastItsWeaponsAndTheFirstSidesPatron() {
    assertEquals(List.of("ASSAULT الدعم السريع -> الجيش السوداني"),
        events("ودارت اشتباكات بالأسلحة الثقيلة بين قوات \"الدعم السريع\" التابعة لمحمد حمدان"
            + " دقلو وعناصر الجيش السوداني في الفاشر."));
  }

  @Test
  void aClashRenewedAtATimeIsBetweenTheSidesNamedAfterIt() {
    assertEquals(List.of("ASSAULT قوات الدعم السريع -> الجيش السوداني"),
        events("وتجددت المواجهات مساء الأحد بين قوات الدعم السريع والجيش السوداني في محيط"
            + " مدينة بابنوسة."));
  }

  @Test
  void theAccusedFollowsARelativeClauseOnTheAccuser() {
    assertEquals(List.of("ACCUSE حركة العدل والمساواة -> قوات الدعم السريع",
        "ASSAULT قوات الدعم السريع -> -"),
        events("واتهمت \"حركة العدل والمساواة\"، التي تقاتل في شمال دارفور، قوات الدعم السريع"
            + " بقصف مخيم زمزم."));
  }

  @Test
  void contactsMadePastATimeAreWithThePartyAfterWith() {
    assertEquals(List.of("CONSULT ماركو روبيو -> محمد بن عبد الرحمن آل ثاني"),
        events("وأجرى وزير الخارجية الأمريكي ماركو روبيو، يوم الأحد، اتصالات مكثفة مع رئيس"
            + " الوزراء القطري محمد بن عبد الرحمن آل ثاني."));
  }

  @Test
  void theVerbAfterAPersonsNameIsNoPartOfIt() {
    assertEquals(List.of("CONSULT ستيفن فاجن -> -"),
        events("وكان السفير الأمريكي في العراق ستيفن فاجن أجرى، الخميس، اتصالات مع قادة"
            + " الفصائل."));
  }

  @Test
  void theOneMetIsTheHolderOfATitleThatNamesAnOrganizationAfterLam() {
    assertEquals(List.of("CONSULT بدر عبد العاطي -> هانس غروندبرغ"),
        events("التقى وزير الخارجية المصري بدر عبد العاطي في القاهرة المبعوث الخاص للأمين العام"
            + " للأمم المتحدة هانس غروندبرغ."));
  }

  @Test
  void anActRenewedAfterALongAsideOfAMeetingIsTheSubjects() {
    assertEquals(List.of("CONSULT جوزاف عون -> جان أرنو", "REJECT جوزاف عون -> -"),
        events("وجدد الرئيس اللبناني جوزاف عون، خلال لقائه في قصر بعبدا المبعوث الشخصي للأمين"
            + " العام للأمم المتحدة جان أرنو، رفضه الاعتداءات الإسرائيلية."));
  }

  @Test
  void theAccusedAfterALongAsideOfAStatementIsNotTheAccuser() {
    assertEquals(List.of(),
        events("وكانت الحكومة في مالي قد اتهمت، في بيان تلاه الناطق باسمها، الجزائر بدعم"
            + " الجماعات الإرهابية."));
    assertEquals(List.of("ACCUSE الحكومة المالية -> الجزائر"),
        events("اتهمت الحكومة المالية، في بيان تلاه الناطق باسمها العقيد عبد الله مايغا على"
            + " التلفزيون الرسمي، الجزائر بدعم الجماعات الإرهابية."));
  }

  @Test
  void aVerbThatCarriesAStatementNamedBeforeItDoesNoAct() {
    assertEquals(List.of(),
        events("وقالت وزارة الدفاع في بيان نقلته وكالة الأنباء الرسمية إن الوضع هادئ."));
  }

  @Test
  void theAccusedFollowsAnAsideNamingWhoSpokeForTheAccuser() {
    assertEquals(List.of("ACCUSE حركة حماس -> إسرائيل"),
        events("واتهمت حركة حماس، على لسان المتحدث باسمها حازم قاسم، إسرائيل بالتلاعب ببنود"
            + " الاتفاق."));
  }

  @Test
  void anAttackHitsThePlaceItsClauseNamesPastItsReach() {
    assertEquals(List.of("ASSAULT للجيش السوداني -> مليط"),
        events("وشن الطيران الحربي التابع للجيش السوداني غارات مكثفة على تجمعات لتلك القوات في"
            + " محيط المدينة وفي بلدة مليط شمالها."));
  }
}
