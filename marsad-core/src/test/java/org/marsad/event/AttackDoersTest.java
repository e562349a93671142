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

  @Test
  void theFireAnAttackIsDoneWithNamesItsDoerAndThePassiveSubjectIsHit() {
    assertEquals(List.of("ASSAULT مسلحين مجهولين -> رجال الشرطة"),
        attacks("قتل أحد رجال الشرطة بنيران مسلحين مجهولين في الموصل أمس."));
  }

  @Test
  void aVerbOfCarryingOutWithTheAttacksPronounNamesItsDoer() {
    assertTrue(attacks("وقع هجوم بسيارة مفخخة نفذته حركة طالبان في كابل أمس.").stream()
        .anyMatch(e -> e.startsWith("ASSAULT حركة طالبان")), events("نفذته").toString());
  }

  @Test
  void aClaimOfTheAttackAfterItNamesItsDoer() {
    List<String> found = attacks("استهدف هجوم انتحاري قافلة عسكرية قرب قندهار وتبنته حركة"
        + " طالبان.");
    assertTrue(found.stream().anyMatch(e -> e.startsWith("ASSAULT حركة طالبان")),
        found.toString());
  }

  @Test
  void theSubjectOfAVerbOfCausingIsTheDoer() {
    List<String> found = attacks("وقال مسؤولون إن غارة جوية إسرائيلية أدت إلى مقتل ثلاثة"
        + " أشخاص في رفح.");
    assertTrue(found.stream().anyMatch(e -> e.startsWith("ASSAULT غارة جوية إسرائيلية")),
        found.toString());
  }

  @Test
  void aUnitOfACountrysForcesIsItsForces() {
    List<String> found = attacks("اغتالت وحدة إسرائيلية خاصة ناشطا فلسطينيا في نابلس.");
    assertTrue(found.stream().anyMatch(e -> e.startsWith("ASSAULT وحدة إسرائيلية")),
        found.toString());
  }

  @Test
  void aGenericDoerWhoIsOneOfANamedPartyIsThatParty() {
    List<String> found = attacks("قالت الشرطة إن مهاجما انتحاريا من تنظيم القاعدة فجر"
        + " سيارة مفخخة قرب مركز للشرطة في بعقوبة.");
    assertTrue(found.stream().anyMatch(e -> e.startsWith("ASSAULT تنظيم القاعدة")),
        found.toString());
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
}
