package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.claim.ClaimStage;
import org.marsad.entity.EntityStage;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Source;

/**
 * How the event detector is trained ({@link DetectorTraining}) and which general features it
 * reads ({@link EventDetector#features}), on examples and sentences written for these tests.
 */
class DetectorTrainingTest {
  /** {@code yes} positives with {@code cue}, a few with {@code rare} too, and plain negatives. */
  private static List<DetectorTraining.Example> data(int yes, int rare, int no) {
    List<DetectorTraining.Example> out = new ArrayList<>();
    for (int k = 0; k < yes; k++) {
      out.add(new DetectorTraining.Example(k < rare ? Set.of("cue", "rare", "w:" + k)
          : Set.of("cue", "w:" + k), true));
    }
    for (int k = 0; k < no; k++) {
      out.add(new DetectorTraining.Example(Set.of("other", "w:" + (k % 7)), false));
    }
    return out;
  }

  @Test
  void aFeatureOfFewerThanTenSentencesGetsNoWeight() {
    EventDetector.Model m = DetectorTraining.fit(data(30, 9, 90));
    assertFalse(m.weights().containsKey("rare"), m.weights().toString());
    assertTrue(m.weights().get("cue") > 0, m.weights().toString());
  }

  @Test
  void aClearCueIsLearnedAndCrossValidatedFiguresSayIt() {
    List<DetectorTraining.Example> d = data(30, 0, 90);
    EventDetector.Model m = DetectorTraining.train(d, 5, 1);
    assertEquals(1.0, DetectorTraining.score(m, d).f1(), 1e-9);
    assertEquals(1.0, DetectorTraining.crossValidate(d, 5, 1).f1(), 1e-9);
  }

  @Test
  void scoresCountTheSentencesFoundAndTheRightOnes() {
    EventDetector.Model saysCue = new EventDetector.Model(java.util.Map.of("cue", 2.0), -1, 0);
    List<DetectorTraining.Example> d = List.of(
        new DetectorTraining.Example(Set.of("cue"), true),
        new DetectorTraining.Example(Set.of("cue"), false),
        new DetectorTraining.Example(Set.of(), true));
    DetectorTraining.Scores s = DetectorTraining.score(saysCue, d);
    assertEquals(List.of(2, 2, 1), List.of(s.yes(), s.found(), s.right()));
  }

  private static Set<String> features(String text) {
    Document doc = Document.of("t", new Source(null, null, null), "ar", null,
        DateValue.day(LocalDate.of(2008, 6, 1)), text, List.of());
    return DetectorTraining.features(
        ClaimStage.standard().process(EntityStage.standard().process(doc)));
  }

  /** The detector's features of {@code text} include {@code in} and not {@code out}. */
  private static void assertFeatures(String text, List<String> in, List<String> out) {
    Set<String> f = features(text);
    assertTrue(f.containsAll(in), f.toString());
    assertTrue(out.stream().noneMatch(f::contains), f.toString());
  }

  @Test
  void aDroneIsNoMarchToTheDetector() {
    // مسيرة after an aircraft's noun is a drone: not the word nor the stem of a march
    assertFeatures("وأسقط الجيش طائرة مسيرة فوق المدينة.", List.of("drone"),
        List.of("w:مسيره", "p:مسير"));
    assertFeatures("ونظم الطلاب مسيرة في المدينة.", List.of("w:مسيره"), List.of("drone"));
  }

  @Test
  void aPlannedAttackGivesItsWordClassAndIsHypothetical() {
    assertFeatures("وقال مسؤول إن المسلحين يعتزمون شن هجوم على المدينة.",
        List.of("c:intention", "hyp:ASSAULT"), List.of());
  }

  @Test
  void anAttackWithItsDoerNamedSaysSoAndGivesItsMode() {
    assertFeatures("وفجر انتحاري سيارة مفخخة قرب حاجز للشرطة في الموصل.",
        List.of("doer:ASSAULT", "m:ASSAULT:explosives"), List.of("hyp:ASSAULT", "neg:ASSAULT"));
  }

  @Test
  void aNegatedAttackSaysSo() {
    assertFeatures("ولم يهاجم المسلحون القافلة أمس.", List.of("neg:ASSAULT"), List.of());
  }

  @Test
  void wordsUsedAlikeInUnlabelledTextShareAClassFeature() {
    // قتل and خطف share a class of the word clusters; a sentence of neither lacks it
    Set<String> killed = classes(features("وقتل مسلحون شرطيا في بغداد."));
    Set<String> kidnapped = classes(features("وخطف مسلحون شرطيا في بغداد."));
    Set<String> other = classes(features("وزار الوزير بغداد."));
    assertEquals(killed, kidnapped);
    assertFalse(killed.isEmpty());
    assertFalse(other.containsAll(killed), other + " " + killed);
  }

  private static Set<String> classes(Set<String> features) {
    Set<String> out = new java.util.TreeSet<>();
    features.stream().filter(f -> f.startsWith("k:")).forEach(out::add);
    return out;
  }
}
