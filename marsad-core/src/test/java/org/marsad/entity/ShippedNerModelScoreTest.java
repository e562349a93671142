package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.kb.KnowledgeBase;

/**
 * The shipped recognizer's exact-span scores on the ANERcorp test split (CAMeL recipe),
 * when {@code ../shared/data} is beside the repository, as {@code marsad eval-ner} reports them.
 */
class ShippedNerModelScoreTest {
  private static final Path ROOT = Path.of(System.getProperty("marsad.root", ".."));
  private static final Path TEST = ROOT.resolve("../shared/data/anercorp/test.txt").normalize();

  @Test
  void theShippedModelKeepsItsF1OnTheAnercorpTestSplit() throws IOException {
    assumeTrue(Files.isRegularFile(TEST), "no ANERcorp test split at " + TEST);
    List<Conll.Sentence> test = Conll.read(TEST);
    NameRecognizer r = EntityStage.loadRecognizer(new NameIndex(KnowledgeBase.standard()));
    List<String[]> tags = NerTraining.predict(r, test);
    NerTraining.Scores s = NerTraining.score(test, tags,
        Set.of("PERSON", "LOCATION", "ORGANIZATION"));
    // measured: P 0.810 R 0.710 F1 0.757 (0.726 without word clusters and name lists); the
    // goal, F1 0.80, is not reached yet
    assertTrue(s.f1() >= 0.75, "PERS/LOC/ORG " + s);
  }
}
