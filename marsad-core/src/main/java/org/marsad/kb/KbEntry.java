package org.marsad.kb;

import java.util.List;
import java.util.Objects;

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
    String type,
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

  /** A dated role, as ICEWS actor dictionaries date them: {@code to} null while ongoing. */
  public record Role(String title, String organization, String from, String to) {}

  public KbEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    forms = List.copyOf(forms);
    roles = List.copyOf(roles);
    domains = List.copyOf(domains);
  }
}
