package org.marsad.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marsad.data.CsvRecords;
import org.marsad.data.TsvRows;
import org.marsad.meta.StatedDates;

/**
 * The metadata of a folder of scraped files: a TSV or CSV file (UTF-8, a header line first) with
 * the columns {@code file}, {@code url}, {@code outlet} and {@code date}, in any order, and any
 * others, which are ignored. {@code file} names one input file of text or HTML by its name or by
 * the end of its path ({@code news/001.txt}); the other values may be empty. {@code date} is
 * ISO-8601 of any precision ({@code 2020-05-18}, {@code 2020-05}, {@code 2020}), optionally
 * followed by a note in brackets ({@code 2019-04 (approx.)}). The manifest's values win over what
 * the page or the text says. TSV is read when the name ends in {@code .tsv} or the header has a
 * tab, CSV (RFC 4180) otherwise. Every problem names the manifest and the line. Immutable.
 */
public final class Manifest {
  /** The columns a manifest must have. */
  static final List<String> COLUMNS = List.of("file", "url", "outlet", "date");

  /** One row: the file it names and its metadata (null where empty). */
  public record Entry(int line, String file, String url, String outlet, String date) {}

  private final String name;
  private final List<Entry> entries;

  private Manifest(String name, List<Entry> entries) {
    this.name = name;
    this.entries = List.copyOf(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** Reads and checks a manifest; a bad one is refused with every problem it has. */
  public static Manifest read(Path file) throws ManifestException {
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ManifestException(List.of(file + ": cannot read: " + e.getMessage()));
    }
    return parse(file.toString(), content);
  }

  static Manifest parse(String name, String content) throws ManifestException {
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    List<Row> rows = rows(name, content);
    if (rows.isEmpty()) {
      throw new ManifestException(List.of(name + ": empty: expected a header line with the"
          + " columns " + String.join(", ", COLUMNS)));
    }
    Row header = rows.get(0);
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      column.putIfAbsent(header.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    List<String> problems = new ArrayList<>();
    for (String c : COLUMNS) {
      if (!column.containsKey(c)) {
        problems.add(name + ":" + header.line() + ": missing column '" + c + "' (the header has: "
            + String.join(", ", header.fields()) + ")");
      }
    }
    if (!problems.isEmpty()) {
      throw new ManifestException(problems);
    }
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Row r : rows.subList(1, rows.size())) {
      String where = name + ":" + r.line() + ": ";
      if (r.fields().size() != header.fields().size()) {
        problems.add(where + "expected " + header.fields().size() + " fields as in the header,"
            + " found " + r.fields().size());
        continue;
      }
      Entry e = new Entry(r.line(), value(r, column, "file"), value(r, column, "url"),
          value(r, column, "outlet"), value(r, column, "date"));
      if (e.file() == null) {
        problems.add(where + "no file named");
        continue;
      }
      Integer first = seen.putIfAbsent(Path.of(e.file()).normalize().toString(), r.line());
      if (first != null) {
        problems.add(where + "'" + e.file() + "' is listed twice (first on line " + first + ")");
      }
      if (e.date() != null && StatedDates.strict(e.date()).isEmpty()) {
        problems.add(where + "bad date '" + e.date() + "': expected YYYY-MM-DD, YYYY-MM or YYYY,"
            + " optionally followed by a note in brackets");
      }
      if (e.url() != null && !isUrl(e.url())) {
        problems.add(where + "bad url '" + e.url() + "': expected an absolute http(s) URL");
      }
      entries.add(e);
    }
    if (!problems.isEmpty()) {
      throw new ManifestException(problems);
    }
    return new Manifest(name, entries);
  }

  /**
   * The manifest applied to the input files: each row must name exactly one of them, a file of
   * text or HTML (a JSON Lines or WARC file holds many articles, each with its own fields).
   */
  public Binding bind(List<Path> inputs) throws ManifestException {
    List<String> problems = new ArrayList<>();
    Map<Path, Entry> byFile = new LinkedHashMap<>();
    for (Entry e : entries) {
      String where = name + ":" + e.line() + ": ";
      Path named = Path.of(e.file()).normalize();
      List<Path> matches = new ArrayList<>();
      for (Path in : inputs) {
        if (in.normalize().endsWith(named)) {
          matches.add(in);
        }
      }
      if (matches.isEmpty()) {
        problems.add(where + "unknown file '" + e.file() + "': no input file has that name");
      } else if (matches.size() > 1) {
        problems.add(where + "'" + e.file() + "' names " + matches.size() + " input files ("
            + matches.get(0) + ", " + matches.get(1) + "); give more of its path");
      } else if (holdsManyArticles(matches.get(0))) {
        problems.add(where + "'" + e.file() + "' holds many articles, each with its own fields;"
            + " a manifest row gives one article's metadata");
      } else {
        byFile.put(key(matches.get(0)), e);
      }
    }
    if (!problems.isEmpty()) {
      throw new ManifestException(problems);
    }
    return new Binding(byFile);
  }

  /** The rows of a manifest matched to input files. Immutable and thread-safe. */
  public static final class Binding {
    private final Map<Path, Entry> byFile;

    Binding(Map<Path, Entry> byFile) {
      this.byFile = Map.copyOf(byFile);
    }

    /** The row for an input file, if the manifest names it. */
    public Optional<Entry> entry(Path file) {
      return Optional.ofNullable(byFile.get(key(file)));
    }

    /** The article read from {@code file} with the manifest's metadata, when it has a row. */
    public RawArticle apply(Path file, RawArticle article) {
      return entry(file).map(e -> article.withManifest(e.url(), e.outlet(), e.date()))
          .orElse(article);
    }
  }

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }

  private static boolean holdsManyArticles(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".warc")
        || n.endsWith(".gz");
  }

  private static boolean isUrl(String s) {
    try {
      URI u = URI.create(s.strip());
      return u.getScheme() != null && u.getScheme().toLowerCase(Locale.ROOT).startsWith("http")
          && u.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String value(Row r, Map<String, Integer> column, String c) {
    String v = r.fields().get(column.get(c)).strip();
    return v.isEmpty() ? null : v;
  }

  private record Row(int line, List<String> fields) {}

  private static List<Row> rows(String name, String content) throws ManifestException {
    String firstLine = content.lines().findFirst().orElse("");
    boolean tsv = name.toLowerCase(Locale.ROOT).endsWith(".tsv") || firstLine.indexOf('\t') >= 0;
    List<Row> out = new ArrayList<>();
    try {
      if (tsv) {
        for (TsvRows.Row r : TsvRows.read(new StringReader(content))) {
          out.add(new Row(r.line(), List.of(r.fields())));
        }
      } else {
        for (CsvRecords.Record r : CsvRecords.read(new StringReader(content))) {
          out.add(new Row(r.line(), r.fields()));
        }
      }
    } catch (IOException e) {
      throw new ManifestException(List.of(name + ": " + e.getMessage()));
    }
    return out;
  }
}
