package org.marsad.event;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * The doers of the acts a document has told in its last sentences, by type: an act referred back
 * to by its noun alone (أدانت الحكومة العراقية الضربات، رفضت الخارجية هذه الاتهامات) is the one
 * told last. One per document, read sentence by sentence; not thread-safe.
 */
final class EarlierActs {
  /** How many sentences back an act is still the one its noun refers to. */
  private static final int REACH = 10;

  private final Map<EventType, String> doers = new EnumMap<>(EventType.class);
  private final Map<EventType, Integer> told = new EnumMap<>(EventType.class);
  private int sentence;

  /** Takes the acts one sentence told, reported as done (not denied or supposed). */
  void next(List<Event> events) {
    sentence++;
    for (int k = events.size() - 1; k >= 0; k--) {
      Event e = events.get(k);
      if (e.actor() != null && !e.negated() && !e.hypothetical()) {
        doers.put(e.type(), e.actor()); // the sentence's first doer of the type stays
        told.put(e.type(), sentence);
      }
    }
  }

  /** The doer of the act of this type told last, within reach, or null. */
  String doerOf(EventType type) {
    Integer at = told.get(type);
    return at != null && sentence - at < REACH ? doers.get(type) : null;
  }
}
