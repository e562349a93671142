package org.marsad.store;

import java.util.regex.Pattern;
import org.marsad.model.Code;
import org.marsad.model.EventType;

/**
 * Filters shared by listings and search; null fields do not filter. {@code entity} is an entity
 * key ({@link Store#entityKey}); {@code outlet} matches every outlet whose name contains it
 * ({@code الجزيرة} matches الجزيرة نت); {@code from} and {@code to} are ISO dates ({@code 2020},
 * {@code 2020-05} or {@code 2020-05-18}), both inclusive, compared by prefix, so {@code to=2020-05}
 * includes the whole of May.
 */
public record Filter(String entity, EventType eventType, String outlet, String from, String to) {
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  public static final Filter NONE = new Filter(null, null, null, null, null);

  public Filter {
    entity = blankToNull(entity);
    outlet = blankToNull(outlet);
    from = blankToNull(from);
    to = blankToNull(to);
    for (String d : new String[] {from, to}) {
      if (d != null && !DATE.matcher(d).matches()) {
        throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + d);
      }
    }
  }

  /**
   * The filter with the event type given by its name ({@code ASSAULT}); a blank name does not
   * filter, an unknown one is an error naming it.
   */
  public static Filter of(String entity, String eventType, String outlet, String from,
      String to) {
    String type = blankToNull(eventType);
    return new Filter(entity, type == null ? null : Code.of(EventType.class, type), outlet, from,
        to);
  }

  /** The event type's name, for a query; null when the type does not filter. */
  String eventTypeName() {
    return eventType == null ? null : eventType.name();
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
