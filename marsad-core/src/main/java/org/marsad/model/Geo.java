package org.marsad.model;

/**
 * Where an event happened, from the knowledge base entry of its location: coordinates and an
 * ACLED-like geo-precision (1: the place itself, a town or a facility; 2: a district or region,
 * or near a place; 3: only the country or a larger area is known).
 */
public record Geo(double lat, double lon, int precision) {
  public Geo {
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("bad coordinates " + lat + ", " + lon);
    }
    if (precision < 1 || precision > 3) {
      throw new IllegalArgumentException("geo precision must be 1, 2 or 3: " + precision);
    }
  }
}
