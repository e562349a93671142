package org.marsad.export;

import java.util.function.Predicate;
import org.marsad.model.Event;

/**
 * Which events an export writes. By default only what the text says happened: negated events
 * ("did not attack") and hypothetical ones ("threatened to attack if ...") are left out, since
 * analysts count events, and either kind can be let in.
 */
public record EventSelection(boolean negated, boolean hypothetical) implements Predicate<Event> {
  /** Events that are neither negated nor hypothetical. */
  public static final EventSelection FACTUAL = new EventSelection(false, false);

  /** Every event. */
  public static final EventSelection ALL = new EventSelection(true, true);

  @Override
  public boolean test(Event e) {
    return (negated || !e.negated()) && (hypothetical || !e.hypothetical());
  }
}
