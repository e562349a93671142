package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Source;

/**
 * Forces named through their leader are the party the leader commands or heads on the article's
 * date, and the leader is named in them too; on sentences written for these tests.
 */
class LeadersForcesTest {
  private static List<Entity> entities(String text, LocalDate published) {
    Document d = Document.of("t", new Source("t", null, null), "ar", null,
        published == null ? DateValue.UNKNOWN : DateValue.day(published), text, List.of());
    return EntityStage.standard().process(d).entities();
  }

  /** The knowledge-base key of the entity with a mention written {@code text}, or "none". */
  private static String keyOf(List<Entity> es, String text) {
    return es.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(text)))
        .map(e -> String.valueOf(e.kb())).findFirst().orElse("none");
  }

  @Test
  void theForcesOfACommanderAreHisArmedGroup() {
    List<Entity> es = entities("وقصفت قوات حميدتي أحياء في الفاشر أمس.", LocalDate.of(2024, 5, 1));
    assertEquals("rsf", keyOf(es, "قوات حميدتي"), es.toString());
    assertEquals("hemedti", keyOf(es, "حميدتي"), es.toString());
  }

  @Test
  void titlesAndTheirAdjectivesMayStandBetweenTheForcesAndTheName() {
    List<Entity> es = entities("وتقدمت مليشيات اللواء الليبي المتقاعد خليفة حفتر نحو المدينة.",
        LocalDate.of(2019, 5, 1));
    assertEquals("lna", keyOf(es, "مليشيات اللواء الليبي المتقاعد خليفة حفتر"), es.toString());
    assertEquals("haftar", keyOf(es, "خليفة حفتر"), es.toString());
  }

  @Test
  void theForcesOfAHeadOfStateAreHisGovernment() {
    List<Entity> es = entities("وقالت المعارضة إن قوات بشار الأسد قصفت ريف حلب.",
        LocalDate.of(2016, 3, 1));
    assertEquals("syr-gov", keyOf(es, "قوات بشار الأسد"), es.toString());
  }

  @Test
  void aLeaderWithoutARoleOnTheArticlesDateStaysAPerson() {
    List<Entity> es = entities("وقصفت قوات حميدتي أحياء في الفاشر أمس.", LocalDate.of(2005, 5, 1));
    assertEquals("none", keyOf(es, "قوات حميدتي"), es.toString());
    assertEquals("hemedti", keyOf(es, "حميدتي"), es.toString());
  }

  @Test
  void aLeaderNamedWithoutForcesStaysAPerson() {
    List<Entity> es = entities("والتقى حميدتي السفير الأمريكي في الخرطوم.", LocalDate.of(2024, 5, 1));
    assertEquals("hemedti", keyOf(es, "حميدتي"), es.toString());
    assertTrue(es.stream().noneMatch(e -> "rsf".equals(e.kb())), es.toString());
  }
}
