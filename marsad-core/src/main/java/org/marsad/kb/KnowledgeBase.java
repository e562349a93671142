package org.marsad.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.data.TsvRows;
import org.marsad.kb.KbEntry.Kind;
import org.marsad.model.EntityType;

/**
 * The knowledge base: {@code actors.tsv}, {@code places.tsv} and {@code outlets.tsv} (column
 * lists in each file's header). Loaded once and immutable; thread-safe. {@link #validate} lists
 * every problem of the files (duplicate ids, unknown types or sectors, undated roles, bad
 * coordinates) for the {@code kb validate} command and the tests.
 */
public final class KnowledgeBase {
  public static final Set<EntityType> ACTOR_TYPES =
      Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.EQUIPMENT);
  static final Set<String> SECTORS = Set.of("GOV", "MIL", "REB", "PTY", "LEG", "JUD", "COP", "SPY",
      "IGO", "MED", "CVL", "BUS", "REL", "NGO", "UAF", "EDU", "LAB", "AGR", "CRM", "ELI", "");
  public static final Set<String> PLACE_KINDS = Set.of("country", "capital", "city", "town",
      "village", "region", "district", "facility", "water", "mountain");
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}|");
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private final Map<String, KbEntry> byId;
  private final List<String> problems;

  private KnowledgeBase(Map<String, KbEntry> byId, List<String> problems) {
    this.byId = byId;
    this.problems = List.copyOf(problems);
  }

  private static final class Holder {
    static final KnowledgeBase STANDARD = loadResources();
  }

  /** The knowledge base shipped with Marsad. */
  public static KnowledgeBase standard() {
    return Holder.STANDARD;
  }

  private static KnowledgeBase loadResources() {
    try (Reader a = resource("actors.tsv");
        Reader p = resource("places.tsv");
        Reader o = resource("outlets.tsv")) {
      return load(a, p, o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Reader resource(String name) {
    InputStream in = KnowledgeBase.class.getResourceAsStream("/org/marsad/kb/" + name);
    if (in == null) {
      return Reader.nullReader();
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** Loads the three files; problems are collected, not thrown (see {@link #validate}). */
  public static KnowledgeBase load(Reader actors, Reader places, Reader outlets) throws IOException {
    Map<String, KbEntry> byId = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Kind file : Kind.values()) {
      Reader r = switch (file) {
        case ACTOR -> actors;
        case PLACE -> places;
        case OUTLET -> outlets;
      };
      read(fileName(file), r, file, problems, byId, Set.of());
    }
    return new KnowledgeBase(byId, problems);
  }

  /**
   * The shipped knowledge base merged with a user's: {@code dir} may hold {@code actors.tsv},
   * {@code places.tsv} and {@code outlets.tsv} in the shipped files' formats (a missing file is
   * empty). A user entry whose id is a shipped entry's is reported and left out: the shipped
   * entry wins. Problems name the user file by its path.
   *
   * @throws IOException when {@code dir} is not a readable folder
   */
  public static KnowledgeBase withUserDir(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "no such knowledge-base folder");
    }
    Map<Kind, UserFile> files = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      Path p = dir.resolve(fileName(kind));
      if (Files.isRegularFile(p)) {
        files.put(kind, new UserFile(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    return withUserFiles(files);
  }

  /** A user file's name for messages and its content. */
  public record UserFile(String name, String content) {}

  /** The shipped knowledge base merged with user files given as text (see withUserDir). */
  public static KnowledgeBase withUserFiles(Map<Kind, UserFile> files) throws IOException {
    KnowledgeBase shipped = standard();
    Map<String, KbEntry> byId = new LinkedHashMap<>(shipped.byId);
    List<String> problems = new ArrayList<>(shipped.problems);
    for (Kind kind : Kind.values()) {
      UserFile f = files.get(kind);
      if (f != null) {
        read(f.name(), new StringReader(f.content()), kind, problems, byId, shipped.byId.keySet());
      }
    }
    return new KnowledgeBase(byId, problems);
  }

  /** Whether {@code id} is an entry of the shipped knowledge base. */
  public static boolean isShipped(String id) {
    return standard().byId.containsKey(id);
  }

  /** The file name entries of {@code kind} are kept in: actors.tsv, places.tsv, outlets.tsv. */
  public static String fileName(Kind kind) {
    return switch (kind) {
      case ACTOR -> "actors.tsv";
      case PLACE -> "places.tsv";
      case OUTLET -> "outlets.tsv";
    };
  }

  /** The columns of {@code kind}'s file, in order. */
  public static List<String> header(Kind kind) {
    return switch (kind) {
      case ACTOR -> List.of("id", "type", "name_en", "name_ar", "variants_ar", "country", "sector",
          "roles");
      case PLACE -> List.of("id", "kind", "name_en", "name_ar", "variants_ar", "country", "admin1",
          "lat", "lon");
      case OUTLET -> List.of("id", "name_en", "name_ar", "variants_ar", "country", "alignment",
          "domains");
    };
  }

  /** The number of tab-separated fields of a row of {@code kind}'s file. */
  public static int columns(Kind kind) {
    return header(kind).size();
  }

  private static void read(String name, Reader reader, Kind kind, List<String> problems,
      Map<String, KbEntry> byId, Set<String> shipped) throws IOException {
    for (TsvRows.Row row : TsvRows.read(reader)) {
      String where = name + ":" + row.line();
      KbEntry e = parse(kind, where, row.fields(), problems);
      if (e == null) {
        continue;
      }
      if (shipped.contains(e.id())) {
        problems.add(where + ": id '" + e.id() + "' is a shipped entry's; the shipped entry is kept");
      } else if (byId.putIfAbsent(e.id(), e) != null) {
        problems.add(where + ": duplicate id '" + e.id() + "'");
      }
    }
  }

  /**
   * One row of {@code kind}'s file (fields are stripped in place), checked with the rules of
   * {@link #validate}: each problem is added to {@code problems} prefixed with {@code where}.
   * Null when the row does not have the file's number of fields.
   */
  public static KbEntry parse(Kind kind, String where, String[] f, List<String> problems) {
    int columns = columns(kind);
    if (f.length != columns) {
      problems.add(where + ": expected " + columns + " tab-separated fields, found " + f.length);
      return null;
    }
    for (int i = 0; i < f.length; i++) {
      f[i] = f[i].strip();
    }
    KbEntry e = switch (kind) {
      case ACTOR -> actor(where, f, problems);
      case PLACE -> place(where, f, problems);
      case OUTLET -> outlet(where, f, problems);
    };
    if (e.id().isEmpty() || !ID.matcher(e.id()).matches()) {
      problems.add(where + ": bad id '" + e.id() + "'");
    }
    if (e.nameAr() == null || e.nameAr().isEmpty()) {
      problems.add(where + ": " + e.id() + " has no Arabic name");
    }
    return e;
  }

  private static List<String> forms(String canonical, String variants) {
    Set<String> out = new LinkedHashSet<>();
    if (!canonical.isEmpty()) {
      out.add(canonical);
    }
    for (String v : variants.split("\\|")) {
      if (!v.isBlank()) {
        out.add(v.strip());
      }
    }
    return new ArrayList<>(out);
  }

  private static KbEntry actor(String where, String[] f, List<String> problems) {
    EntityType type = ACTOR_TYPES.stream().filter(t -> t.name().equals(f[1])).findFirst()
        .orElse(null);
    if (type == null) {
      problems.add(where + ": unknown actor type '" + f[1] + "'");
    }
    checkCountry(where, f[5], problems, true);
    if (!SECTORS.contains(f[6])) {
      problems.add(where + ": unknown sector '" + f[6] + "'");
    }
    List<KbEntry.Role> roles = new ArrayList<>();
    if (!f[7].isEmpty()) {
      for (String r : f[7].split(";")) {
        String[] p = r.split("@", -1);
        if (p.length != 3 || !p[2].contains("..")) {
          problems.add(where + ": role '" + r + "' is not ROLE@ORG@FROM..TO");
          continue;
        }
        String from = p[2].substring(0, p[2].indexOf("..")).strip();
        String to = p[2].substring(p[2].indexOf("..") + 2).strip();
        if (!DATE.matcher(from).matches() || !(to.isEmpty() || DATE.matcher(to).matches())) {
          problems.add(where + ": role '" + r + "' is not dated (FROM..TO, years or YYYY-MM)");
        }
        roles.add(new KbEntry.Role(p[0].strip(), p[1].strip(), from, to.isEmpty() ? null : to));
      }
    }
    return new KbEntry(f[0], KbEntry.Kind.ACTOR, type != null ? type : EntityType.ORGANIZATION,
        f[2], f[3], forms(f[3], f[4]), emptyToNull(f[5]), emptyToNull(f[6]), roles, null, null,
        Double.NaN, Double.NaN, null, List.of());
  }

  private static KbEntry place(String where, String[] f, List<String> problems) {
    String kind = f[1];
    if (!PLACE_KINDS.contains(kind)) {
      problems.add(where + ": unknown place kind '" + kind + "'");
    }
    if (f[5].isEmpty() && !(kind.equals("water") || kind.equals("region"))) {
      problems.add(where + ": a " + kind + " needs a country (only shared waters and regions may"
          + " have none)");
    }
    checkCountry(where, f[5], problems, false);
    double lat = parse(f[7]);
    double lon = parse(f[8]);
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
      problems.add(where + ": bad coordinates '" + f[7] + "', '" + f[8] + "'");
    } else if (!f[5].isEmpty() && !CountryBounds.contains(f[5], lat, lon)) {
      problems.add(where + ": " + f[0] + " (" + lat + ", " + lon + ") is outside " + f[5]);
    }
    EntityType type = kind.equals("facility") ? EntityType.FACILITY : EntityType.LOCATION;
    return new KbEntry(f[0], KbEntry.Kind.PLACE, type, f[2], f[3], forms(f[3], f[4]),
        emptyToNull(f[5]), null, List.of(), kind, emptyToNull(f[6]), lat, lon, null, List.of());
  }

  private static KbEntry outlet(String where, String[] f, List<String> problems) {
    checkCountry(where, f[4], problems, true);
    List<String> domains = f[6].isEmpty() ? List.of() : Arrays.stream(f[6].split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    return new KbEntry(f[0], KbEntry.Kind.OUTLET, EntityType.ORGANIZATION, f[1], f[2],
        forms(f[2], f[3]), emptyToNull(f[4]), "MED", List.of(), null, null, Double.NaN, Double.NaN,
        emptyToNull(f[5]), domains);
  }

  private static void checkCountry(String where, String c, List<String> problems, boolean igo) {
    if (!(ISO3.matcher(c).matches() || (igo && c.equals("IGO")))) {
      problems.add(where + ": bad country code '" + c + "'");
    }
  }

  private static double parse(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  public Optional<KbEntry> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Collection<KbEntry> entries() {
    return byId.values();
  }

  public int size() {
    return byId.size();
  }

  /** Every problem found in the files; empty when they are valid. */
  public List<String> validate() {
    return problems;
  }
}
