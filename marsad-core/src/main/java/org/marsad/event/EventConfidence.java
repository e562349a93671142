package org.marsad.event;

import java.util.HashMap;
import java.util.Map;
import org.marsad.data.TsvRows;

/**
 * How likely an event is to be right, by what its record shows: whether a recipient is named,
 * whether it is negated or hypothetical, and whether its actor is a person. The values are the
 * shares of such events that the news gold finds right ({@code confidence.tsv}, made by {@code
 * tools/confidence_calibration.py --fit}). Immutable and thread-safe.
 */
final class EventConfidence {
  private final Map<String, Double> table = new HashMap<>();

  private EventConfidence() {}

  static EventConfidence load() {
    EventConfidence c = new EventConfidence();
    for (TsvRows.Row row : TsvRows.resource(EventConfidence.class, "confidence.tsv")) {
      String[] f = row.fields();
      if (f.length < 4) {
        throw new IllegalStateException("confidence.tsv:" + row.line()
            + ": expected recipient, negated_or_hypothetical, person, confidence");
      }
      c.table.put(f[0] + "|" + f[1] + "|" + f[2], Double.parseDouble(f[3]));
    }
    if (c.table.size() != 8) {
      throw new IllegalStateException("confidence.tsv: expected the 8 kinds of event, found "
          + c.table.size());
    }
    return c;
  }

  /** The confidence of an event of this kind. */
  double of(boolean recipient, boolean negatedOrHypothetical, boolean person) {
    return table.get(yes(recipient) + "|" + yes(negatedOrHypothetical) + "|" + yes(person));
  }

  private static String yes(boolean b) {
    return b ? "yes" : "no";
  }
}
