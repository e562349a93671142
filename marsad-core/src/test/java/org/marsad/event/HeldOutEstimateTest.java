package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * How the end-to-end figures of the event stage on labelled sentences are counted ({@link
 * HeldOutEstimate}), on sentences written for these tests.
 */
class HeldOutEstimateTest {
  private static final String BOMBING = "وفجر انتحاري سيارة مفخخة قرب حاجز للشرطة في الموصل.";
  private static final String NO_ATTACK = "وقال مسؤول إن الحكومة ستناقش الميزانية غدا.";

  private static HeldOutEstimate.Sentence sentence(String text, boolean yes, String doer) {
    Document doc = Document.of("t", new Source(null, null, null), "ar", null,
        DateValue.day(LocalDate.of(2008, 6, 1)), text, List.of());
    Document analysed = ClaimStage.standard().process(EntityStage.standard().process(doc));
    return new HeldOutEstimate.Sentence(analysed,
        new DetectorTraining.Example(DetectorTraining.features(analysed), yes), doer);
  }

  private static HeldOutEstimate.Figures rulesAlone(HeldOutEstimate.Sentence... s) {
    return HeldOutEstimate.endToEnd(EventType.ASSAULT, List.of(s), Map.of());
  }

  @Test
  void aDetectedSentenceHasItsActorRightWhenAMentionHoldsTheGoldDoer() {
    HeldOutEstimate.Figures f = rulesAlone(sentence(BOMBING, true, "انتحاري"));
    assertEquals(List.of(1, 1, 1, 1, 1), List.of(f.detection().yes(), f.detection().found(),
        f.detection().right(), f.withDoer(), f.doerRight()));
  }

  @Test
  void anotherPartyAsTheGoldDoerIsCountedWrong() {
    HeldOutEstimate.Figures f = rulesAlone(sentence(BOMBING, true, "الجيش"));
    assertEquals(List.of(1, 0), List.of(f.withDoer(), f.doerRight()));
  }

  @Test
  void aFalseAlarmCountsAsFoundAndNotRight() {
    HeldOutEstimate.Figures f = rulesAlone(sentence(BOMBING, false, ""),
        sentence(NO_ATTACK, false, ""));
    assertEquals(List.of(0, 1, 0, 0), List.of(f.detection().yes(), f.detection().found(),
        f.detection().right(), f.withDoer()));
  }

  @Test
  void heldOutFiguresCountEachSentenceInOneFoldOnly() {
    List<HeldOutEstimate.Sentence> data = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      data.add(sentence(BOMBING, true, ""));
      data.add(sentence(NO_ATTACK, false, ""));
    }
    HeldOutEstimate.Figures f =
        HeldOutEstimate.heldOut(Map.of(EventType.ASSAULT, data), 3, 1).get(EventType.ASSAULT);
    assertEquals(6, f.detection().yes());
    assertEquals(0, f.detection().found() - f.detection().right(), f.toString());
  }

  @Test
  void doerWordsAreComparedAsTheScorerNormalizesThem() {
    assertEquals("الشرطه العراقيه مسلحو", HeldOutEstimate.norm(" الشُّرطة  العراقيّة مسلّحو "));
    assertEquals("الي امن", HeldOutEstimate.norm("إلى آمن"));
  }
}
