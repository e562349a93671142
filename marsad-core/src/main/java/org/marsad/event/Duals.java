package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * The two parties a definite dual stands for (واتفق الوزيران، وبحث الجانبان، وأكد الطرفان): those
 * of the last meeting or call coded before it in the article; and the two sides a call is made
 * on (داعيا الطرفين إلى): those of the last act between two parties. Stateless and thread-safe.
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
    if (hit.trigger().type() == EventType.REQUEST && r.recipients().isEmpty()
        && !r.actors().isEmpty() && dualAsked(o, hit)) {
      return asked(events, r); // دعا غوتيريش الطرفين إلى: the two sides named before
    }
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

  /** How far after a verb of asking its dual object may stand, past the asker's name. */
  private static final int ASKED_REACH = 8;

  /**
   * True when a definite dual in the accusative (الطرفين، الجانبين) follows the verb of asking at
   * {@code hit} in its clause, past the asker's title and name (داعيا الطرفين، دعا الأمين العام
   * أنطونيو غوتيريش الطرفين).
   */
  private static boolean dualAsked(Overlay o, TriggerLexicon.Hit hit) {
    for (int k = hit.to(); k < o.tokens().size() && k < hit.to() + ASKED_REACH; k++) {
      if (o.endsClause(k) || o.n(k).equals("الي")) {
        return false;
      }
      if (DUALS.contains(o.n(k)) && o.n(k).endsWith("ين")) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code r} asking the two parties of the last act between two parties among {@code events}
   * (a clash, a meeting, an agreement), neither of them the asker; else {@code r}.
   */
  private static Reading asked(List<Event> events, Reading r) {
    for (int i = events.size() - 1; i >= Math.max(0, events.size() - REACH); i--) {
      Event e = events.get(i);
      if (e.actor() != null && e.recipient() != null && !r.actors().contains(e.actor())
          && !r.actors().contains(e.recipient())) {
        return new Reading(r.actors(), r.explicitActor(), r.clausal(),
            List.of(e.actor(), e.recipient()), r.location(), r.left(), r.right());
      }
    }
    return r;
  }
}
