package org.marsad.kb;

import java.util.HashMap;
import java.util.Map;
import org.marsad.data.TsvRows;

/**
 * Bounding boxes of countries ({@code country-bounds.tsv}: ISO alpha-3, south, west, north, east
 * in degrees), to check that a place's coordinates lie in its country, with a margin of half a
 * degree. A country without a box passes; a test checks that every country used has one.
 */
final class CountryBounds {
  private CountryBounds() {}

  private static final Map<String, double[]> BOXES = load();

  static boolean contains(String iso3, double lat, double lon) {
    double[] b = BOXES.get(iso3);
    if (b == null) {
      return true;
    }
    boolean inLat = lat >= b[0] - 0.5 && lat <= b[2] + 0.5;
    boolean inLon = b[1] <= b[3]
        ? lon >= b[1] - 0.5 && lon <= b[3] + 0.5
        : lon >= b[1] - 0.5 || lon <= b[3] + 0.5; // a box across the antimeridian
    return inLat && inLon;
  }

  static boolean has(String iso3) {
    return BOXES.containsKey(iso3);
  }

  private static Map<String, double[]> load() {
    Map<String, double[]> out = new HashMap<>();
    for (TsvRows.Row row : TsvRows.resource(CountryBounds.class, "country-bounds.tsv")) {
      String[] f = row.fields();
      out.put(f[0].strip(), new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]),
          Double.parseDouble(f[3]), Double.parseDouble(f[4])});
    }
    return out;
  }
}
