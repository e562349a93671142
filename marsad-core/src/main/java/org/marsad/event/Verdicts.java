package org.marsad.event;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.analysis.Overlay;
import org.marsad.model.EventType;

/**
 * What the event detector says of one sentence, per type it decides that has a trigger there:
 * {@code detected} maps the type to its first trigger where the act is found reported, or to null
 * where it is not; {@code alone} holds the types found with a margin of {@link #ALONE} or more,
 * enough to code the act where the clause readings find no party to it, and {@code refuted} those
 * found below {@link #REFUTED}.
 */
record Verdicts(Map<EventType, TriggerLexicon.Hit> detected, Set<EventType> alone,
    Set<EventType> refuted) {
  /**
   * The detector's margin above its threshold for coding an act that no clause reading gives a
   * party: the detector's word alone must be clearer than where the rules back it.
   */
  static final double ALONE = 0.25;
  /**
   * The detector's margin under which it overrules a known doer read by the rules (a verdict, a
   * plan, a charge, a memory: الحكم على صدام بالإعدام، الرنتيسي الذي اغتالته إسرائيل عام 2004)
   * in a sentence of the length it was trained on ({@link EventStage#TRAINED_LENGTH}). Acts of
   * known doers in news of another war and decade than the detector's training sentences gather
   * about -2 to -2.5 (ملاحقة قوات حفتر، تدمير أنظمة الدفاع الجوي، اقتحمت ميليشيا الحوثي مجمعا
   * تابعا للأمم المتحدة، إن قواتها أسقطت طائرة مسيرة), where a retraining moves them by a tenth
   * or so: the margin lies below them. At -2.2 the seeds' events were 0.814 and the event gold
   * standard's ASSAULT 0.651; at -2.6, 0.838 and 0.631 (at -3.0, 0.838 and 0.606).
   */
  static final double REFUTED = -2.6;

  /**
   * The verdicts of {@code detector} on the sentence of {@code o} for each type it decides that
   * has a trigger there (one set of features, made where a type needs them).
   */
  static Verdicts of(EventDetector detector, Overlay o, List<TriggerLexicon.Hit> hits) {
    Map<EventType, TriggerLexicon.Hit> out = new LinkedHashMap<>();
    Set<EventType> alone = new HashSet<>(detector.types());
    Set<EventType> refuted = new HashSet<>();
    Set<String> features = null; // the same for every type: made once, where a type needs them
    int key = 0;
    for (TriggerLexicon.Hit h : hits) {
      EventType type = h.trigger().type();
      if (detector.types().contains(type) && !out.containsKey(type)
          && !NotDone.stoppedAt(o.tokens(), h)) {
        if (features == null) {
          features = EventDetector.features(o, hits);
          key = EventDetector.key(o.tokens());
        }
        double margin = detector.margin(type, features, key);
        out.put(type, margin >= 0 ? h : null);
        if (margin >= 0 && margin < ALONE) {
          alone.remove(type);
        }
        if (margin < REFUTED) {
          refuted.add(type);
        }
      }
    }
    return new Verdicts(out, alone, refuted);
  }
}
