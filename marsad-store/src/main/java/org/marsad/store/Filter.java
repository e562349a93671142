package org.marsad.store;

import java.util.regex.Pattern;
import org.marsad.model.Event;

/**
 * Filters shared by listings and search; null fields do not filter. {@code entity} is an entity
 * key ({@link Store#entityKey}); {@code outlet} matches every outlet whose name contains it
 * ({@code الجزيرة} matches الجزيرة نت); {@code from} and {@code to} are ISO dates ({@code 2020},
 * {@code 2020-05} or {@code 2020-05-18}), both inclusive, compared by prefix, so {@code to=2020-05}
 * includes the whole of May.
 */
public record Filter(String entity, String eventType, String outlet, String from, String to) {
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  public static final Filter NONE = new Filter(null, null, null, null, null);

  public Filter {
    entity = blankToNull(entity);
    eventType = blankToNull(eventType);
    outlet = blankToNull(outlet);
    from = blankToNull(from);
    to = blankToNull(to);
    if (eventType != null && !Event.TYPES.contains(eventType)) {
      throw new IllegalArgumentException("unknown event type: " + eventType);
    }
    for (String d : new String[] {from, to}) {
      if (d != null && !DATE.matcher(d).matches()) {
        throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + d);
      }
    }
  }

  /** The outlet filter as a LIKE pattern: outlets whose name contains it; null for none. */
  String outletLike() {
    return outlet == null ? null : "%" + Sql.escapeLike(outlet) + "%";
  }

  /** The smallest string after every date that starts with {@code to}. */
  String toExclusive() {
    return to == null ? null : to + "\uffff";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
