package org.marsad.entity;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Clitics;

/**
 * A list of names for the name tagger's features (person-name tokens, city names), each
 * normalized and with how often its source lists it. A word is looked up with and without its
 * proclitics, and a listed name with and without the article, so والأسد matches الأسد and أسد;
 * the words of longer names (ولاية قندهار) are kept as words of a name. Immutable and
 * thread-safe.
 *
 * <p>Files (UTF-8, gzip when the name ends in .gz), by their name: {@code .tsv} with a header
 * whose second column is the Arabic name and third, optional, a count (the Wikidata name tokens);
 * {@code .csv} with a {@code CityNameAr} column (the world cities); otherwise the compact form
 * {@link #write} gives: {@code #} header lines, then a name and its count a line, tab-separated.
 * Names without an Arabic letter are left out.
 */
public final class NameList {
  static final String PERSONS = "person-name-tokens.txt.gz";
  static final String CITIES = "city-names.txt.gz";
  /** An empty list. */
  static final NameList NONE = new NameList(Map.of());

  private final Map<String, Integer> counts;
  /** One-word names, also without the article. */
  private final Map<String, Integer> oneWord;
  private final Set<String> tokens;
  private static final String ARTICLE = "ال";

  NameList(Map<String, Integer> counts) {
    this.counts = Map.copyOf(counts);
    Map<String, Integer> one = new HashMap<>();
    Set<String> t = new HashSet<>();
    for (var e : counts.entrySet()) {
      String name = e.getKey();
      if (name.indexOf(' ') < 0) {
        one.merge(name, e.getValue(), Integer::sum);
        if (name.startsWith(ARTICLE) && name.length() > ARTICLE.length() + 2) {
          one.merge(name.substring(ARTICLE.length()), e.getValue(), Integer::sum);
        }
      } else {
        t.addAll(List.of(name.split(" ")));
      }
    }
    this.oneWord = Map.copyOf(one);
    this.tokens = Set.copyOf(t);
  }

  /** A shipped list ({@link #PERSONS}, {@link #CITIES}). */
  static NameList standard(String resource) {
    try (InputStream in = NameList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/marsad/entity/" + resource);
      }
      return read(new GZIPInputStream(in), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shipped person-name tokens. */
  public static NameList persons() {
    return standard(PERSONS);
  }

  /** The shipped city names. */
  public static NameList cities() {
    return standard(CITIES);
  }

  /** Reads a list in any of the forms above. */
  public static NameList read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return read(in, file.toString());
    }
  }

  static NameList read(InputStream in, String name) throws IOException {
    String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, Integer> counts = new HashMap<>();
    int column = plain.endsWith(".tsv") ? 1 : 0;
    int countColumn = plain.endsWith(".tsv") ? 2 : 1;
    String sep = plain.endsWith(".csv") ? "," : "\t";
    boolean headerRow = plain.endsWith(".tsv") || plain.endsWith(".csv");
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      line = line.replace("\uFEFF", "");
      if (line.isBlank() || (!headerRow && line.startsWith("#"))) {
        continue;
      }
      String[] f = line.split(sep, -1);
      if (headerRow) {
        headerRow = false;
        if (plain.endsWith(".csv")) {
          column = List.of(f).stream().map(NameList::unquote).toList().indexOf("CityNameAr");
          countColumn = -1;
          if (column < 0) {
            throw new IOException(name + ":1: no CityNameAr column in the header: " + line);
          }
        }
        continue;
      }
      if (f.length <= column) {
        throw new IOException(name + ":" + lineNo + ": expected at least " + (column + 1)
            + " columns: " + line);
      }
      String n = ArabicNormalizer.normalize(unquote(f[column])).strip().replaceAll("\\s+", " ");
      if (n.chars().noneMatch(ch -> Character.UnicodeBlock.of(ch)
          == Character.UnicodeBlock.ARABIC)) {
        continue; // a name left in Latin letters: Arabic text never writes it so
      }
      int c = 1;
      if (countColumn >= 0 && f.length > countColumn && !f[countColumn].isBlank()) {
        try {
          c = Integer.parseInt(f[countColumn].strip());
        } catch (NumberFormatException e) {
          throw new IOException(name + ":" + lineNo + ": not a count: '" + f[countColumn] + "'");
        }
      }
      counts.merge(n, c, Integer::sum);
    }
    return new NameList(counts);
  }

  private static String unquote(String s) {
    String t = s.strip();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
        ? t.substring(1, t.length() - 1).replace("\"\"", "\"") : t;
  }

  /** True when the sources list the normalized word itself, as written, as a one-word name. */
  boolean listsAsWritten(String norm) {
    return oneWord.containsKey(norm);
  }

  /**
   * How often the sources list the normalized word as a one-word name, read with or without its
   * proclitics ({@link Clitics#withoutProclitics}: وبطرابلس is طرابلس), or 0.
   */
  int count(String norm) {
    for (String r : Clitics.withoutProclitics(norm)) {
      Integer c = oneWord.get(r);
      if (c != null) {
        return c;
      }
    }
    return 0;
  }

  /**
   * Whether the normalized word, read with or without its proclitics, is a word of a longer name.
   */
  boolean inLongerName(String norm) {
    for (String r : Clitics.withoutProclitics(norm)) {
      if (tokens.contains(r)) {
        return true;
      }
    }
    return false;
  }

  public int size() {
    return counts.size();
  }

  /** The names listed at least {@code min} times. */
  public NameList atLeast(int min) {
    Map<String, Integer> kept = new HashMap<>();
    counts.forEach((n, c) -> {
      if (c >= min) {
        kept.put(n, c);
      }
    });
    return new NameList(kept);
  }

  /** The names of this list and {@code other}, counts added. */
  public NameList plus(NameList other) {
    Map<String, Integer> all = new HashMap<>(counts);
    other.counts.forEach((n, c) -> all.merge(n, c, Integer::sum));
    return new NameList(all);
  }

  /** Writes the compact form: the {@code header} lines, then the names sorted. */
  public void write(Writer out, List<String> header) throws IOException {
    for (String h : header) {
      out.write("# " + h + "\n");
    }
    for (var e : new TreeMap<>(counts).entrySet()) {
      out.write(e.getKey() + "\t" + e.getValue() + "\n");
    }
  }

  void writeTo(DataOutputStream d) throws IOException {
    d.writeInt(counts.size());
    for (var e : new TreeMap<>(counts).entrySet()) {
      d.writeUTF(e.getKey());
      d.writeInt(e.getValue());
    }
  }

  static NameList readFrom(DataInputStream d) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    for (int n = d.readInt(); n > 0; n--) {
      String name = d.readUTF();
      counts.put(name, d.readInt());
    }
    return new NameList(counts);
  }
}
