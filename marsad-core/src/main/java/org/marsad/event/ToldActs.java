package org.marsad.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/** What one sentence's events, and a document's, keep of the acts read: no act told twice. */
final class ToldActs {
  private ToldActs() {}

  /**
   * Drops from one sentence's {@code events} an attack with no party acted on whose doer another
   * attack there hits (قتل مسلحون ثلاثة جنود ... في هجوم: the attack told by its verb and its
   * noun, the soldiers hit in both).
   */
  static void hitNotDoing(List<Event> events) {
    Set<String> hit = new HashSet<>();
    for (Event e : events) {
      if (e.type() == EventType.ASSAULT && e.recipient() != null) {
        hit.add(e.recipient());
      }
    }
    events.removeIf(e -> e.type() == EventType.ASSAULT && e.recipient() == null
        && hit.contains(e.actor()));
  }

  /**
   * {@code events} without an act coded with its actor alone where the same sentence codes the
   * same act of the same actor towards someone (إرسال المرتزقة دعما لحكومة السراج), renumbered.
   */
  static List<Event> withoutRepeats(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      boolean repeated = e.recipient() == null && events.stream().anyMatch(o -> o != e
          && o.recipient() != null && o.type().equals(e.type()) && o.actor() != null
          && o.actor().equals(e.actor())
          && o.evidence().start() == e.evidence().start());
      if (!repeated) {
        out.add(e.withId("v" + (out.size() + 1)));
      }
    }
    return out;
  }
}
