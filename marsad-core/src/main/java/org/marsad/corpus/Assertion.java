package org.marsad.corpus;

import java.util.Objects;
import java.util.Optional;
import org.marsad.model.Event;

/**
 * One event of one document, read for comparison across documents: the actors as cross-document
 * {@link Actor}s (null where the event has none), when it holds (the event's own date, else the
 * publication date, else unknown) and who says so.
 */
public record Assertion(
    int doc, Event event, Actor actor, Actor recipient, Actor place, Optional<TimeSpan> time,
    Voice voice) {
  public Assertion {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(voice, "voice");
  }

  /** True when the article reports the event as having happened (not denied, not hypothetical). */
  public boolean affirmed() {
    return !event.negated() && !event.hypothetical();
  }
}
