package org.marsad.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Document;

/**
 * On the five seed articles: one source says Egypt and the UAE abandon Haftar, another that Egypt
 * will keep supporting him.
 */
class SeedsContradictEachOtherTest {
  private static final Path SEEDS =
      Path.of(System.getProperty("marsad.root", "..")).resolve("../shared/corpus/seeds").normalize();

  @Test
  void egyptAbandonsHaftarVersusEgyptKeepsSupportingHim() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "no seeds at " + SEEDS);
    List<Document> docs = CorpusFixtures.extract(List.of(SEEDS));
    List<Contradiction> found = Contradictions.find(Corpus.of(docs));
    Contradiction c = found.stream()
        .filter(x -> x.kind().equals("opposite") && "egy".equals(x.subject().kb())
            && "haftar".equals(x.object().kb()))
        .findFirst().orElseThrow(() -> new AssertionError("not found in " + found));
    // the parties' Arabic names, which the Arabic page shows
    assertEquals("مصر", c.subject().name_ar());
    assertEquals("خليفة حفتر", c.object().name_ar());
    Contradiction.Side abandon = c.a().type().equals("SANCTION") ? c.a() : c.b();
    Contradiction.Side support = abandon == c.a() ? c.b() : c.a();
    assertTrue(abandon.evidence().text().contains("التخلي"), abandon.toString());
    assertTrue(abandon.evidence().text().contains("الإمارات"), abandon.toString());
    assertTrue(support.type().equals("AID") || support.type().equals("SUPPORT"), support.toString());
    assertTrue(support.evidence().text().contains("مصر"), support.toString());
    assertTrue(!abandon.doc().equals(support.doc()));
    assertTrue("مدى مصر".equals(abandon.outlet()), abandon.toString());
    assertTrue(support.outlet() != null, "the other outlet is named too: " + support);
    assertTrue(abandon.speaker() != null && support.speaker() != null, c.toString());
  }
}
