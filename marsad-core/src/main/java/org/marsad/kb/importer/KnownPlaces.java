package org.marsad.kb.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.kb.KbEntry;

/**
 * Places already in a knowledge base, found again by name: an imported place is the same place
 * as a known one when one of its Arabic names (normalized) is one of the known place's, both are
 * in the same country, and they lie close: any distance for countries, 100 km for regions,
 * districts, waters and mountains, 25 km for cities, towns, villages and facilities. Not
 * thread-safe: {@link #add} as places are accepted.
 */
final class KnownPlaces {
  private final Map<String, List<KbEntry>> byName = new HashMap<>();

  KnownPlaces(Iterable<KbEntry> entries) {
    for (KbEntry e : entries) {
      add(e);
    }
  }

  void add(KbEntry e) {
    if (e.kind() != KbEntry.Kind.PLACE) {
      return;
    }
    for (String form : e.forms()) {
      byName.computeIfAbsent(key(form, e.country()), k -> new ArrayList<>()).add(e);
    }
  }

  /** The known place {@code e} duplicates, if any. */
  Optional<KbEntry> sameAs(KbEntry e) {
    for (String form : e.forms()) {
      for (KbEntry k : byName.getOrDefault(key(form, e.country()), List.of())) {
        if (!k.id().equals(e.id()) && close(e, k)) {
          return Optional.of(k);
        }
      }
    }
    return Optional.empty();
  }

  private static String key(String form, String country) {
    return (country == null ? "" : country) + ":" + ArabicNormalizer.normalize(form);
  }

  private static boolean close(KbEntry a, KbEntry b) {
    if (a.isCountry() && b.isCountry()) {
      return true;
    }
    boolean wide = switch (a.placeKind() == null ? "" : a.placeKind()) {
      case "country", "region", "district", "water", "mountain" -> true;
      default -> false;
    };
    return km(a.lat(), a.lon(), b.lat(), b.lon()) <= (wide ? 100 : 25);
  }

  /** Distance on the sphere (haversine), in kilometres. */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2)
        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
