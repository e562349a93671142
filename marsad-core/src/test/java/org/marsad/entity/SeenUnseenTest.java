package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scores of names seen and unseen in training, apart. */
class SeenUnseenTest {
  private static Conll.Sentence sentence(String tokens, String tags) {
    return new Conll.Sentence(List.of(tokens.split(" ")), List.of(tags.split(" ")));
  }

  private static final List<Conll.Sentence> TRAIN = List.of(
      sentence("قال خليفة حفتر إن", "O B-PERSON I-PERSON O"),
      sentence("في طرابلس", "O B-LOCATION"));
  private static final List<Conll.Sentence> TEST = List.of(
      sentence("قال خليفه حفتر و فايز السراج في طرابلس", "O B-PERSON I-PERSON O B-PERSON"
          + " I-PERSON O B-LOCATION"),
      sentence("في حفتر و سبها", "O B-LOCATION O B-LOCATION"));

  @Test
  void aNameIsSeenWhenItsNormalizedWordsWereANameOfTheSameType() {
    SeenUnseen split = new SeenUnseen(TRAIN);
    // خليفه حفتر is خليفة حفتر normalized; حفتر alone as a place was never seen
    assertEquals(1, split.score(TEST, List.of(TEST.get(0).tags().toArray(new String[0]),
        TEST.get(1).tags().toArray(new String[0])), "PERSON", true).gold());
    assertEquals(1, split.score(TEST, tags("O O O O O O O O", "O O O O"), "PERSON", false)
        .gold());
    assertEquals(2, split.score(TEST, tags("O O O O O O O O", "O O O O"), "LOCATION", false)
        .gold());
  }

  @Test
  void recallAndPrecisionAreCountedWithinEachPart() {
    SeenUnseen split = new SeenUnseen(TRAIN);
    // found: the seen person, a wrong unseen person (حفتر و), the unseen place سبها
    List<String[]> found = tags("O B-PERSON I-PERSON O O O O O", "O B-PERSON O B-LOCATION");
    NerTraining.Scores seen = split.score(TEST, found, "PERSON", true);
    assertEquals(1.0, seen.recall());
    assertEquals(1.0, seen.precision());
    NerTraining.Scores unseen = split.score(TEST, found, "PERSON", false);
    assertEquals(0.0, unseen.recall());
    assertEquals(1, unseen.found());
    NerTraining.Scores places = split.score(TEST, found, "LOCATION", false);
    assertEquals(0.5, places.recall());
    assertEquals(1.0, places.precision());
    assertEquals(0.0, split.score(TEST, found, "LOCATION", true).recall());
  }

  private static List<String[]> tags(String... sentences) {
    return List.of(sentences).stream().map(t -> t.split(" ")).toList();
  }
}
