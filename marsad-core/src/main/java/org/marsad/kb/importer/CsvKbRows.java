package org.marsad.kb.importer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.data.CsvRecords;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;

/**
 * Actors and places from a user's CSV file (RFC 4180, UTF-8). The first record is the header;
 * columns are found by name, in any order:
 *
 * <pre>id,type,name_en,name_ar,variants_ar,country,lat,lon,admin1,sector,roles</pre>
 *
 * {@code id}, {@code type} and {@code name_ar} are required. {@code type} is an actor type
 * (PERSON, ORGANIZATION, EQUIPMENT) or a place kind (country, capital, city, town, village,
 * region, district, facility, water, mountain), which says whether the row is an actor or a place.
 * {@code variants_ar} separates spellings with {@code |}; {@code country} is ISO 3166 alpha-2 or
 * alpha-3; places need {@code lat} and {@code lon}; actors may have a PLOVER {@code sector} and
 * dated {@code roles} ({@code ROLE@ORG_ID@FROM..TO}, several separated by {@code ;}). Other
 * columns are ignored.
 */
final class CsvKbRows {
  private CsvKbRows() {}

  static final List<String> HEADER = List.of("id", "type", "name_en", "name_ar", "variants_ar",
      "country", "lat", "lon", "admin1", "sector", "roles");
  private static final Set<String> REQUIRED = Set.of("id", "type", "name_ar");

  static ImportRow.Read read(Path file) throws IOException {
    List<CsvRecords.Record> records;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      records = CsvRecords.read(r);
    } catch (CsvRecords.SyntaxException e) {
      return new ImportRow.Read(List.of(), List.of(file + ": " + e.getMessage()), 0);
    }
    List<ImportRow> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (records.isEmpty()) {
      problems.add(file + ": empty file; expected a header line: " + String.join(",", HEADER));
      return new ImportRow.Read(rows, problems, 0);
    }
    Map<String, Integer> col = new HashMap<>();
    List<String> header = records.get(0).fields();
    for (int i = 0; i < header.size(); i++) {
      col.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    List<String> missing = REQUIRED.stream().filter(c -> !col.containsKey(c)).sorted().toList();
    if (!missing.isEmpty()) {
      problems.add(file + ":" + records.get(0).line() + ": the header lacks "
          + String.join(", ", missing) + "; expected: " + String.join(",", HEADER));
      return new ImportRow.Read(rows, problems, 0);
    }
    for (CsvRecords.Record rec : records.subList(1, records.size())) {
      String where = file + ":" + rec.line();
      if (rec.fields().size() != header.size()) {
        problems.add(where + ": expected " + header.size() + " comma-separated fields, found "
            + rec.fields().size());
        continue;
      }
      try {
        rows.add(row(rec.fields(), col, where));
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    return new ImportRow.Read(rows, problems, 0);
  }

  private static ImportRow row(List<String> f, Map<String, Integer> col, String where) {
    String type = get(f, col, "type");
    String country = get(f, col, "country");
    if (!country.isEmpty() && !country.equalsIgnoreCase("IGO")) {
      country = Countries.alpha3(country).orElseThrow(() -> new IllegalArgumentException(where
          + ": unknown country code '" + get(f, col, "country") + "'"));
    }
    String id = get(f, col, "id");
    String nameEn = get(f, col, "name_en");
    String nameAr = get(f, col, "name_ar");
    String variants = get(f, col, "variants_ar");
    if (KnowledgeBase.ACTOR_TYPES.stream().anyMatch(t -> t.name().equalsIgnoreCase(type))) {
      return new ImportRow(KbEntry.Kind.ACTOR, List.of(id, type.toUpperCase(Locale.ROOT), nameEn,
          nameAr, variants, country.toUpperCase(Locale.ROOT),
          get(f, col, "sector").toUpperCase(Locale.ROOT), get(f, col, "roles")), where);
    }
    if (KnowledgeBase.PLACE_KINDS.contains(type.toLowerCase(Locale.ROOT))) {
      return new ImportRow(KbEntry.Kind.PLACE, List.of(id, type.toLowerCase(Locale.ROOT), nameEn,
          nameAr, variants, country.toUpperCase(Locale.ROOT), get(f, col, "admin1"),
          get(f, col, "lat"), get(f, col, "lon")), where);
    }
    throw new IllegalArgumentException(where + ": unknown type '" + type + "' (an actor type: "
        + String.join(", ", KnowledgeBase.ACTOR_TYPES.stream().map(Enum::name).sorted().toList())
        + "; or a place kind: " + String.join(", ", KnowledgeBase.PLACE_KINDS.stream().sorted()
        .toList()) + ")");
  }

  private static String get(List<String> f, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    return i == null ? "" : f.get(i).strip();
  }
}
