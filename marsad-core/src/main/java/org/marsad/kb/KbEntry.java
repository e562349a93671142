package org.marsad.kb;

import java.util.List;
import java.util.Objects;
import org.marsad.model.EntityType;

/**
 * One knowledge-base entry, whatever file it comes from: an actor, a place or an outlet.
 *
 * @param kind ACTOR, PLACE or OUTLET
 * @param type the record format's entity type (PERSON, ORGANIZATION, LOCATION, FACILITY,
 *     EQUIPMENT)
 * @param forms the Arabic names it may be written as: the canonical name first, then variants
 * @param placeKind for places: country, capital, city, town, village, region, district, facility,
 *     water, mountain; otherwise null
 * @param lat latitude for places, NaN otherwise
 */
public record KbEntry(
    String id,
    Kind kind,
    EntityType type,
    String nameEn,
    String nameAr,
    List<String> forms,
    String country,
    String sector,
    List<Role> roles,
    String placeKind,
    String admin1,
    double lat,
    double lon,
    String alignment,
    List<String> domains) {
  /** Which file an entry comes from. */
  public enum Kind {
    ACTOR,
    PLACE,
    OUTLET
  }

  /** Whether this entry is a state (place kind {@code country}). */
  public boolean isCountry() {
    return "country".equals(placeKind);
  }

  /** A dated role, as ICEWS actor dictionaries date them: {@code to} null while ongoing. */
  public record Role(String title, String organization, String from, String to) {
    /**
     * Whether {@code date} falls within this role's period ({@code from} and {@code to} may be
     * null or empty, and of any precision); an unknown date falls within every role. Dates compare
     * as text on their common precision: 2016 is within 2014-08.., 2020-05-19 within ..2021-03.
     */
    public boolean heldOn(String date) {
      if (date == null) {
        return true;
      }
      boolean afterStart = from == null || from.isEmpty() || compare(date, from) >= 0;
      boolean beforeEnd = to == null || to.isEmpty() || compare(date, to) <= 0;
      return afterStart && beforeEnd;
    }

    private static int compare(String a, String b) {
      int n = Math.min(a.length(), b.length());
      return a.substring(0, n).compareTo(b.substring(0, n));
    }
  }

  public KbEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    forms = List.copyOf(forms);
    roles = List.copyOf(roles);
    domains = List.copyOf(domains);
  }
}
