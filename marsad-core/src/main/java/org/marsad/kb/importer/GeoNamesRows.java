package org.marsad.kb.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.kb.KbEntry;

/**
 * Places from a GeoNames dump ({@code allCountries.txt}, {@code cities500.txt}, a country's file):
 * tab-separated, no header, 19 columns (geonameid, name, asciiname, alternatenames, latitude,
 * longitude, feature class, feature code, country code, cc2, admin1 code, admin2 code, admin3,
 * admin4, population, elevation, dem, timezone, modification date). A file whose first line is
 * a header starting with {@code geonameid} is read by column name instead ({@code name},
 * {@code alternatenames} or {@code arabic_names}, {@code lat}/{@code latitude},
 * {@code lon}/{@code longitude}, {@code feature_class}, {@code feature_code},
 * {@code country}/{@code country_code}, {@code admin1}, {@code population}).
 *
 * <p>Each place becomes a places.tsv row with id {@code gn-GEONAMEID}; its Arabic names are the
 * alternate names written in Arabic letters (names with Persian, Urdu or Kurdish letters are left
 * out), the first of the fewest words as the canonical name. Places without an Arabic name, with a
 * feature that is not imported, or populated places under the minimum population are skipped
 * (counted, not errors). Feature to kind: PCL* country; PPLC capital; other populated places
 * city (100,000 people or more), town (10,000 or more) or village, PPLX district; ADM1 region,
 * other ADM district; spots and buildings (class S: airports, bases, ports) facility; class H
 * water; mountains, hills, peaks mountain; other class T and class L region.
 */
final class GeoNamesRows {
  private GeoNamesRows() {}

  private static final String[] STANDARD = {"geonameid", "name", "asciiname", "alternatenames",
      "latitude", "longitude", "feature_class", "feature_code", "country_code", "cc2", "admin1",
      "admin2", "admin3", "admin4", "population"};
  private static final Map<String, String> ALIASES = Map.of("lat", "latitude", "lon",
      "longitude", "country", "country_code", "arabic_names", "alternatenames", "admin1_code",
      "admin1");
  private static final Set<String> MOUNTAINS = Set.of("MT", "MTS", "HLL", "HLLS", "PK", "PKS",
      "RDG", "VLC");
  /** Letters of Persian and Urdu that Arabic does not use. */
  private static final String NON_ARABIC = "پچژگکیۀٹڈڑںےھۃەۆێڵڕ";

  static ImportRow.Read read(Path file, long minPopulation) throws IOException {
    List<ImportRow> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int skipped = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Map<String, Integer> col = standardColumns();
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (n == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        String where = file + ":" + n;
        if (n == 1 && line.toLowerCase(Locale.ROOT).startsWith("geonameid\t")) {
          col = headerColumns(line);
          continue;
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < col.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1) {
          problems.add(where + ": expected GeoNames' tab-separated columns, found " + f.length
              + " field" + (f.length == 1 ? "" : "s"));
          continue;
        }
        Optional<ImportRow> row;
        try {
          row = row(f, col, where, minPopulation);
        } catch (IllegalArgumentException e) {
          problems.add(e.getMessage());
          continue;
        }
        if (row.isPresent()) {
          rows.add(row.get());
        } else {
          skipped++;
        }
      }
    }
    return new ImportRow.Read(rows, problems, skipped);
  }

  private static Map<String, Integer> standardColumns() {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < STANDARD.length; i++) {
      out.put(STANDARD[i], i);
    }
    return out;
  }

  private static Map<String, Integer> headerColumns(String header) {
    Map<String, Integer> out = new HashMap<>();
    String[] names = header.split("\t", -1);
    for (int i = 0; i < names.length; i++) {
      String name = names[i].strip().toLowerCase(Locale.ROOT);
      out.putIfAbsent(ALIASES.getOrDefault(name, name), i);
    }
    return out;
  }

  private static String get(String[] f, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    return i == null || i >= f.length ? "" : f[i].strip();
  }

  /** The row for one place; empty when it is skipped; IllegalArgumentException when bad. */
  private static Optional<ImportRow> row(String[] f, Map<String, Integer> col, String where,
      long minPopulation) {
    String geonameid = get(f, col, "geonameid");
    if (!geonameid.matches("\\d+")) {
      throw new IllegalArgumentException(where + ": bad geonameid '" + geonameid + "'");
    }
    String code = get(f, col, "feature_code").toUpperCase(Locale.ROOT);
    String fclass = get(f, col, "feature_class").toUpperCase(Locale.ROOT);
    if (fclass.isEmpty()) {
      fclass = code.startsWith("PPL") ? "P" : code.startsWith("ADM") || code.startsWith("PCL")
          ? "A" : "";
    }
    long population = population(get(f, col, "population"), where);
    String kind = kind(fclass, code, population);
    if (kind == null || (fclass.equals("P") && population < minPopulation)) {
      return Optional.empty();
    }
    List<String> arabic = arabicNames(get(f, col, "alternatenames"));
    if (arabic.isEmpty()) {
      return Optional.empty();
    }
    String cc = get(f, col, "country_code");
    String country = "";
    if (!cc.isEmpty()) {
      country = Countries.alpha3(cc).orElseThrow(() ->
          new IllegalArgumentException(where + ": unknown country code '" + cc + "'"));
    }
    String admin1 = get(f, col, "admin1");
    if (!admin1.isEmpty() && !cc.isEmpty()) {
      admin1 = cc.toUpperCase(Locale.ROOT) + "." + admin1;
    }
    String name = get(f, col, "name");
    return Optional.of(new ImportRow(KbEntry.Kind.PLACE, List.of("gn-" + geonameid, kind,
        name.isEmpty() ? get(f, col, "asciiname") : name, arabic.get(0),
        String.join("|", arabic.subList(1, arabic.size())), country, admin1,
        get(f, col, "latitude"), get(f, col, "longitude")), where));
  }

  private static long population(String s, String where) {
    if (s.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": bad population '" + s + "'", e);
    }
  }

  /** The knowledge base's place kind for a GeoNames feature, or null when not imported. */
  static String kind(String fclass, String code, long population) {
    switch (fclass) {
      case "A":
        if (code.startsWith("PCL")) {
          return "country";
        }
        return code.equals("ADM1") ? "region" : code.startsWith("ADM") ? "district" : null;
      case "P":
        if (code.equals("PPLC")) {
          return "capital";
        }
        if (code.equals("PPLX")) {
          return "district";
        }
        if (code.equals("PPLH") || code.equals("PPLQ") || code.equals("PPLW")) {
          return null; // historical, abandoned or destroyed
        }
        return population >= 100_000 ? "city" : population >= 10_000 ? "town" : "village";
      case "S":
        return "facility";
      case "H":
        return "water";
      case "T":
        return MOUNTAINS.contains(code) ? "mountain" : "region";
      case "L":
        return "region";
      default:
        return null;
    }
  }

  /** The Arabic names among alternate names (comma- or bar-separated), canonical first. */
  static List<String> arabicNames(String alternates) {
    Set<String> out = new LinkedHashSet<>();
    for (String a : alternates.split("[,|]")) {
      String s = a.replaceAll("[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]", "")
          .strip().replaceAll("\\s+", " ");
      if (isArabic(s)) {
        out.add(s);
      }
    }
    List<String> names = new ArrayList<>(out);
    names.sort(Comparator.comparingInt((String s) -> s.split(" ").length));
    return names;
  }

  private static boolean isArabic(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (NON_ARABIC.indexOf(c) >= 0 || (Character.isLetter(c) && !(c >= '\u0600' && c <= '\u06FF'))) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }
}
