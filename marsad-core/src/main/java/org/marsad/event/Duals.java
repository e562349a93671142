package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * The two parties a definite dual stands for (واتفق الوزيران، وبحث الجانبان، وأكد الطرفان): those
 * of the last meeting or call coded before it in the article. Stateless and thread-safe.
 */
final class Duals {
  private static final Set<String> DUALS = Words.of("dual-party");
  /** How many events back the meeting may lie. */
  private static final int REACH = 6;

  private Duals() {}

  /**
   * The reading of a verb whose subject is a definite dual, right after it where no other doer
   * is read, or right before it (أن الرئيسين اتفقا): both parties of the last meeting among
   * {@code events} as its doers, each other's partners; else {@code r}.
   */
  static Reading read(Overlay o, TriggerLexicon.Hit hit, List<Event> events, Reading r) {
    boolean after = r.actors().isEmpty() && hit.to() < o.tokens().size()
        && DUALS.contains(o.n(hit.to()));
    boolean before = hit.from() > 0 && DUALS.contains(o.n(hit.from() - 1));
    if (!hit.trigger().verb() || !(after || before)) {
      return r;
    }
    for (int i = events.size() - 1; i >= Math.max(0, events.size() - REACH); i--) {
      Event e = events.get(i);
      if (e.type() == EventType.CONSULT && e.actor() != null && e.recipient() != null) {
        return new Reading(List.of(e.actor(), e.recipient()), true, true, List.of(),
            r.location(), r.left(), r.right());
      }
    }
    return r;
  }
}
