package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.kb.importer.KbImport;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Source;

/** Entities linked to a user knowledge base imported from the kb import fixtures. */
class UserKbLinkingTest {
  @TempDir static Path tmp;
  static EntityStage stage;

  @BeforeAll
  static void importFixtures() throws IOException {
    Path kb = tmp.resolve("kb");
    for (String name : List.of("geonames-sample.txt", "places-and-actors.csv")) {
      try (InputStream in = KbImport.class.getResourceAsStream("import/" + name)) {
        Files.copy(in, tmp.resolve(name));
      }
    }
    KbImport.run(kb, List.of(tmp.resolve("geonames-sample.txt"),
        tmp.resolve("places-and-actors.csv")), null, 0, false);
    stage = EntityStage.using(KnowledgeBase.withUserDir(kb));
  }

  private static List<Entity> entities(String text) {
    Document d = Document.of("t", new Source("t", null, null), "ar", null, DateValue.UNKNOWN,
        text, List.of());
    return stage.process(d).entities();
  }

  private static List<String> linked(List<Entity> es) {
    return es.stream().filter(e -> e.kb() != null).map(Entity::kb).toList();
  }

  @Test
  void userEntriesAreLinkedBesideShippedOnes() {
    List<Entity> es = entities("وصلت قوات تابعة لحكومة الوفاق إلى بلدة العربان جنوب غرب طرابلس"
        + " بعد اشتباكات قرب مطار تمسان. وقال سالم التمساني إن المجلس البلدي تمسان يتابع الوضع.");
    assertEquals(List.of("gna", "gn-9100001", "tripoli", "gn-9100003", "salem-tamsani",
        "tamsan-council"), linked(es));
    Entity mayor = es.get(4);
    assertEquals("PERSON", mayor.type());
    assertEquals("LBY", mayor.country());
    assertEquals("GOV", mayor.sector());
  }

  @Test
  void aUserEntrysOneWordNameNeedsTheRecognizersAgreement() {
    // عربان is also a plain noun (Arabs, Bedouin): the recognizer does not see a place here
    List<Entity> es = entities("قال شيوخ من عربان المنطقة إن الوضع هادئ.");
    assertTrue(!linked(es).contains("gn-9100001"), es.toString());
  }
}
