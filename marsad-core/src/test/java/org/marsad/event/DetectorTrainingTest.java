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

  /**
   * Positives with {@code cue} and negatives with {@code other}, each keyed to part {@code k %
   * 3}, the positives of part 0 with {@code only0} too.
   */
  private static List<DetectorTraining.Example> keyed() {
    List<DetectorTraining.Example> out = new ArrayList<>();
    for (int k = 0; k < 90; k++) {
      boolean yes = k % 2 == 0;
      Set<String> f = new java.util.HashSet<>(Set.of(yes ? "cue" : "other"));
      if (yes && k % 3 == 0) {
        f.add("only0");
      }
      out.add(new DetectorTraining.Example(f, yes, Set.of(k % 3)));
    }
    return out;
  }

  @Test
  void eachPartOfACrossFittedDetectorIsTrainedWithoutTheSentencesItDecides() {
    List<EventDetector.Model> parts = DetectorTraining.crossFit(keyed(), 3, 3, 1);
    assertEquals(3, parts.size());
    assertFalse(parts.get(0).weights().containsKey("only0"), parts.get(0).weights().toString());
    assertTrue(parts.get(1).weights().get("only0") > 0, parts.get(1).weights().toString());
    assertTrue(parts.get(2).weights().get("only0") > 0, parts.get(2).weights().toString());
  }

  @Test
  void aCrossFittedDetectorDecidesEachSentenceByThePartItsKeyNames() {
    EventDetector.Model yes = new EventDetector.Model(java.util.Map.of(), 1, 0);
    EventDetector.Model no = new EventDetector.Model(java.util.Map.of(), -1, 0);
    List<DetectorTraining.Example> d = List.of(
        new DetectorTraining.Example(Set.of(), true, Set.of(0)),
        new DetectorTraining.Example(Set.of(), true, Set.of(1)),
        new DetectorTraining.Example(Set.of(), false, Set.of(4)));
    DetectorTraining.Scores s = DetectorTraining.score(List.of(yes, no, yes), d);
    assertEquals(List.of(2, 1, 1), List.of(s.yes(), s.found(), s.right()));
  }

  @Test
  void aCrossFittedDetectorIsWrittenAndReadBackPartByPart() throws java.io.IOException {
    EventDetector.Model yes = new EventDetector.Model(java.util.Map.of("cue", 0.5), 1, 0.25);
    EventDetector.Model no = new EventDetector.Model(java.util.Map.of("cue", 0.5), -1, 0.25);
    java.io.StringWriter out = new java.io.StringWriter();
    EventDetector.write(java.util.Map.of(org.marsad.model.EventType.ASSAULT,
        List.of(yes, no)), out);
    EventDetector read = EventDetector.read(org.marsad.data.TsvRows.read(
        new java.io.StringReader(out.toString())), "detector.tsv");
    var type = org.marsad.model.EventType.ASSAULT;
    assertEquals(1.25, read.margin(type, Set.of("cue"), 2), 1e-9);
    assertEquals(-0.75, read.margin(type, Set.of("cue"), 3), 1e-9);
    assertEquals(-0.75, read.margin(type, Set.of("cue"), -1), 1e-9);
  }

  @Test
  void aDetectorFileMissingAPartIsRefused() {
    String text = "ASSAULT/0\t#bias\t1\nASSAULT/0\t#threshold\t0\nASSAULT/0\tcue\t1\n"
        + "ASSAULT/2\t#bias\t1\nASSAULT/2\t#threshold\t0\nASSAULT/2\tcue\t1\n";
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class, () -> EventDetector.read(org.marsad.data.TsvRows.read(
            new java.io.StringReader(text)), "detector.tsv"));
    assertTrue(e.getMessage().contains("detector.tsv: ASSAULT needs parts 0 to 2"),
        e.getMessage());
  }

  @Test
  void theSameWordsHaveTheSameKey() {
    Set<String> a = features("وفجر انتحاري سيارة مفخخة قرب حاجز للشرطة في الموصل.");
    assertEquals(a, features("وفجر انتحاري سيارة مفخخة قرب حاجز للشرطة في الموصل."));
    assertEquals(example("وفجر انتحاري سيارة مفخخة قرب حاجز للشرطة في الموصل.").keys(),
        example("  وفجر انتحاري سيارة مفخخة قرب حاجز للشرطة في الموصل.").keys());
    assertFalse(example("وفجر انتحاري سيارة مفخخة قرب حاجز للشرطة في الموصل.").keys().equals(
        example("وفجر انتحاري سيارة مفخخة قرب حاجز للجيش في الموصل.").keys()));
  }

  private static DetectorTraining.Example example(String text) {
    Document doc = Document.of("t", new Source(null, null, null), "ar", null,
        DateValue.day(LocalDate.of(2008, 6, 1)), text, List.of());
    return DetectorTraining.example(
        ClaimStage.standard().process(EntityStage.standard().process(doc)), true);
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
