package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Entity;

/**
 * The region's office holders in the knowledge base: a minister or head of government named by
 * office and country in a dated article is the one who held the office on that date, and every
 * role names an organization the knowledge base has.
 */
class RegionalOfficeHoldersTest {
  private static List<Entity> entities(String text, String published) {
    return OfficeHolderCoreferenceTest.entities(text, published);
  }

  private static List<String> mentions(List<Entity> es, String kb) {
    return OfficeHolderCoreferenceTest.mentions(es, kb);
  }

  @Test
  void aPrimeMinisterByTitleIsTheHolderOnTheArticlesDate() {
    String text = "التقى إيهود أولمرت وشمعون بيريز في القدس. وقال رئيس الوزراء الإسرائيلي إن"
        + " المحادثات مثمرة.";
    assertEquals(List.of("إيهود أولمرت", "رئيس الوزراء الإسرائيلي"),
        mentions(entities(text, "2006-05-10"), "olmert"));
    // in 2014 neither held the office (Peres was president): the phrase joins no one
    List<Entity> later = entities(text, "2014-05-10");
    assertEquals(List.of("إيهود أولمرت"), mentions(later, "olmert"));
    assertEquals(List.of("شمعون بيريز"), mentions(later, "peres"));
  }

  @Test
  void aPresidentByTitleIsOnlyTheOneWhoHeldThatOffice() {
    List<Entity> es = entities("زار أرييل شارون المستشفى. وقال الرئيس الإسرائيلي إن الوضع"
        + " مستقر.", "2006-01-10");
    assertEquals(List.of("أرييل شارون"), mentions(es, "sharon"));
  }

  @Test
  void aHeadOfGovernmentOfTheRegionByTitleIsFound() {
    String text = "استقبل نجيب ميقاتي السفير الفرنسي في بيروت. وقال رئيس الوزراء اللبناني إن"
        + " الحكومة تدعم الجيش.";
    assertEquals(List.of("نجيب ميقاتي", "رئيس الوزراء اللبناني"),
        mentions(entities(text, "2022-03-01"), "mikati"));
    assertEquals(List.of("نجيب ميقاتي"), mentions(entities(text, "2018-03-01"), "mikati"));
  }

  @Test
  void aForeignMinistersDatedRoleDecidesTheOffice() {
    KbEntry zebari = KnowledgeBase.standard().get("zebari").orElseThrow();
    assertTrue(zebari.roles().stream().anyMatch(r -> r.title().equals("foreign minister")
        && r.organization().equals("irq-gov") && RoleHolders.during("2008-05-01", r.from(),
            r.to())));
    assertTrue(zebari.roles().stream().noneMatch(r -> RoleHolders.during("2016-05-01",
        r.from(), r.to())));
  }

  @Test
  void everyRoleNamesAnOrganizationOfTheKnowledgeBase() {
    KnowledgeBase kb = KnowledgeBase.standard();
    List<String> unknown = new ArrayList<>();
    for (KbEntry e : kb.entries()) {
      for (KbEntry.Role r : e.roles() == null ? List.<KbEntry.Role>of() : e.roles()) {
        if (kb.get(r.organization()).isEmpty()) {
          unknown.add(e.id() + ": " + r.organization());
        }
      }
    }
    assertTrue(unknown.isEmpty(), unknown.toString());
  }

  @Test
  void eachStateOfTheRegionHasItsGovernmentAndArmedForces() {
    List<String> missing = new ArrayList<>();
    for (String iso : List.of("dza", "bhr", "com", "dji", "egy", "irq", "jor", "kwt", "lbn",
        "mrt", "mar", "omn", "pse", "qat", "sau", "som", "sdn", "syr", "tun", "are", "yem",
        "tur", "irn", "isr", "usa", "gbr", "fra", "rus", "chn")) {
      for (String org : List.of(iso + "-gov", iso + "-mil")) {
        if (KnowledgeBase.standard().get(org).isEmpty()) {
          missing.add(org);
        }
      }
    }
    assertTrue(missing.isEmpty(), missing.toString());
  }
}
