package org.marsad.event;

import java.util.Set;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;

/**
 * A sentence that opens with a conjunction and a verb of speech whose subject is left unsaid
 * (ودعا جميع الأطراف إلى وقف إطلاق النار، وتوعدت بمواصلة العمليات): it goes on with the doer of
 * the sentence before.
 */
final class Continuations {
  private static final Set<String> ALL = Words.of("all-word");

  private Continuations() {}

  /**
   * Whether {@code hit} is such a verb: first in its sentence, written with و or ف, a speech act,
   * and followed by what it asks or says, not by a subject (a preposition, ب or ل written on a
   * noun, a word of all: جميع).
   */
  static boolean opens(Overlay o, TriggerLexicon.Hit hit) {
    TriggerLexicon.Trigger t = hit.trigger();
    String first = o.tokens().get(0).norm();
    if (hit.from() != 0 || !t.verb() || !EventStage.SPEECH_ACTS.contains(t.type())
        || hit.pronoun() || !(first.startsWith("و") || first.startsWith("ف"))
        || hit.to() >= o.tokens().size()) {
      return false;
    }
    String next = o.n(hit.to());
    return hit.to() - hit.from() > 1 || Subjects.PREPS.contains(next) || ALL.contains(next)
        || (next.length() > 3 && !next.startsWith("ال") && o.at(hit.to()) == null
            && (next.startsWith("ب") || next.startsWith("ل")));
  }
}
