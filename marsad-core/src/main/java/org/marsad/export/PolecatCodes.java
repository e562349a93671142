package org.marsad.export;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.marsad.data.TsvRows;
import org.marsad.model.Code;
import org.marsad.model.EventType;

/**
 * The quad category of each PLOVER type and the Correlates of War number of each country, from
 * the reviewed table {@code polecat-codes.tsv}. Immutable once loaded.
 */
final class PolecatCodes {
  private static final PolecatCodes STANDARD = load();

  private final Map<EventType, String> quads;
  private final Map<String, String> cow;

  private PolecatCodes(Map<EventType, String> quads, Map<String, String> cow) {
    this.quads = Map.copyOf(quads);
    this.cow = Map.copyOf(cow);
  }

  static PolecatCodes standard() {
    return STANDARD;
  }

  /** The quad code (1 to 4) of a PLOVER type. */
  String quad(EventType type) {
    String q = quads.get(type);
    if (q == null) {
      throw new IllegalStateException("polecat-codes.tsv has no quad for " + type);
    }
    return q;
  }

  /** The Correlates of War number of a country (ISO alpha-3); null when not listed. */
  String cow(String iso3) {
    return iso3 == null ? null : cow.get(iso3);
  }

  private static PolecatCodes load() {
    Map<EventType, String> quads = new EnumMap<>(EventType.class);
    Map<String, String> cow = new HashMap<>();
    for (TsvRows.Row row : TsvRows.resource(PolecatCodes.class, "polecat-codes.tsv")) {
      String[] f = row.fields();
      if (f.length != 3 || !f[2].matches("[0-9]+")) {
        throw new IllegalStateException("polecat-codes.tsv line " + row.line()
            + ": expected KIND, KEY and a number");
      }
      switch (f[0]) {
        case "quad" -> {
          EventType type = Code.of(EventType.class, f[1], "polecat-codes.tsv line " + row.line());
          if (!f[2].matches("[1-4]")) {
            throw new IllegalStateException("polecat-codes.tsv line " + row.line()
                + ": a quad code is 1 to 4: " + f[2]);
          }
          quads.put(type, f[2]);
        }
        case "cow" -> cow.put(f[1], f[2]);
        default -> throw new IllegalStateException(
            "polecat-codes.tsv line " + row.line() + ": unknown kind " + f[0]);
      }
    }
    if (quads.size() != EventType.values().length) {
      throw new IllegalStateException("polecat-codes.tsv must give a quad for every PLOVER type");
    }
    return new PolecatCodes(quads, cow);
  }
}
