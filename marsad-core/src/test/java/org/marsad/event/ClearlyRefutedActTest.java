package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.claim.ClaimStage;
import org.marsad.entity.EntityStage;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.EventType;
import org.marsad.model.Source;

/**
 * The detector overrules the rules' event of a known doer only where it finds the sentence
 * clearly not to report the act ({@link Verdicts#REFUTED}); in run-on text longer than the
 * sentences it was trained on ({@link EventStage#TRAINED_LENGTH}), only where no party acted on
 * and no place is read. An unnamed doer (مسلحون، دبابة إسرائيلية) is kept where the detector is
 * unsure only as the named subject of a past verb of the act in its own clause. Models with a
 * fixed score stand for the trained one.
 */
class ClearlyRefutedActTest {
  private static final String STRIKE = "وقصفت القوات الإسرائيلية مواقع عديدة أمس.";
  private static final String STRIKE_AT = "وقصفت القوات الإسرائيلية مواقع في غزة أمس.";
  private static final String STRIKE_ON = "وقصفت القوات الإسرائيلية مواقع لحركة حماس في غزة أمس.";
  /** Text without stops after the act, longer than the sentences the detector was trained on. */
  private static final String RUN_ON = " وقال سكان إن الوضع في المدينة بقي هادئا بعد ذلك".repeat(16);

  /** The ASSAULT events coded in {@code text}, the detector {@code margin} from its threshold. */
  private static long assaults(String text, double margin) {
    Document doc = Document.of("t", new Source(null, null, null), "ar", null,
        DateValue.day(LocalDate.of(2008, 6, 1)), text, List.of());
    Document analysed = ClaimStage.standard().process(EntityStage.standard().process(doc));
    EventDetector detector = EventDetector.of(
        Map.of(EventType.ASSAULT, new EventDetector.Model(Map.of(), margin, 0)));
    return EventStage.with(detector).process(analysed).events().stream()
        .filter(e -> e.type() == EventType.ASSAULT).count();
  }

  @Test
  void aKnownDoersActIsKeptWhereTheDetectorIsUnsure() {
    assertEquals(1, assaults(STRIKE, -1));
    assertEquals(1, assaults(STRIKE, Verdicts.REFUTED + 0.5));
  }

  @Test
  void aKnownDoersActIsDroppedWhereTheDetectorClearlyRefutesIt() {
    assertEquals(0, assaults(STRIKE, Verdicts.REFUTED - 0.5));
  }

  @Test
  void aKnownDoersActOnANamedPartyOrAtANamedPlaceIsDroppedWhereTheDetectorRefutesIt() {
    assertEquals(0, assaults(STRIKE_ON, Verdicts.REFUTED - 0.5));
    assertEquals(0, assaults(STRIKE_AT, Verdicts.REFUTED - 0.5));
  }

  @Test
  void inRunOnTextAKnownDoersActOnANamedPartyOrPlaceIsKeptEvenWhereTheDetectorRefutesIt() {
    assertEquals(1, assaults(STRIKE_ON.replace(".", RUN_ON + "."), Verdicts.REFUTED - 0.5));
    assertEquals(1, assaults(STRIKE_AT.replace(".", RUN_ON + "."), Verdicts.REFUTED - 0.5));
    assertEquals(0, assaults(STRIKE.replace(".", RUN_ON + "."), Verdicts.REFUTED - 0.5));
  }

  @Test
  void anUnnamedDoerNamedAsTheSubjectOfAPastVerbOfAttackIsKeptWhereTheDetectorIsUnsure() {
    assertEquals(1, assaults("وأطلقت دبابة إسرائيلية قذيفة على تجمع للمواطنين.", -1));
    assertEquals(1, assaults("وقال مسؤولون إن مسلحين خطفوا أربعة سائقين.", -1));
    assertEquals(0, assaults("وأطلقت دبابة إسرائيلية قذيفة على تجمع للمواطنين.",
        Verdicts.REFUTED - 0.5));
  }

  @Test
  void anUnnamedDoerOfAVerbOfManySensesIsKeptWhereItNamesThePartyHit() {
    assertEquals(1, assaults("وقال مسؤولون إن جنودا متمردين أطلقوا النار على الرئيس أحمد علي.",
        -1));
    assertEquals(0, assaults("وقال مسؤولون إن جنودا متمردين أطلقوا النار في الهواء.", -1));
  }

  @Test
  void anUnnamedDoerOfABackgroundOrPresentOrConjecturedActIsLeftToTheDetector() {
    assertEquals(0, assaults("وأفرج عن السفينة التي خطفها قراصنة صوماليون.", -1));
    assertEquals(0, assaults("وقال إن المسلحين يخطفون السكان.", -1));
    assertEquals(0, assaults("وقال إن مسلحين ربما خطفوا السائقين.", -1));
  }
}
