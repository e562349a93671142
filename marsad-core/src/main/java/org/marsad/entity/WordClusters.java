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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Word classes learned from unlabelled text ({@link ClusterTrainer}, {@code marsad
 * train-clusters}): for each piece of the vocabulary (stems and clitics, {@link ClusterCorpus}),
 * its class at each granularity, coarsest first. Words used alike (names of persons, of towns, of
 * months) share classes, so a name never seen in labelled data still has the class of names seen
 * there. Immutable and thread-safe.
 *
 * <p>The file: UTF-8 text, gzip when its name ends in .gz; {@code #} lines are the header, the
 * first {@code # classes N1 N2 ...} naming the granularities; then one line a word: the word and
 * its class per granularity, tab-separated, the most frequent word first.
 */
public final class WordClusters {
  static final String RESOURCE = "word-clusters.txt.gz";
  private static final String CLASSES = "# classes";

  /** No clusters: every word is unknown. */
  static final WordClusters NONE = new WordClusters(List.of(), List.of(), new int[0][]);

  private final List<Integer> granularities;
  private final List<String> words;
  private final Map<String, int[]> classes;
  private final List<String> header;

  /** {@code classes[g][i]}: the class of {@code words[i]} at granularity {@code g}. */
  WordClusters(List<String> words, List<Integer> granularities, int[][] classes) {
    this(words, granularities, classes, List.of());
  }

  private WordClusters(List<String> words, List<Integer> granularities, int[][] classes,
      List<String> header) {
    this.granularities = List.copyOf(granularities);
    this.words = List.copyOf(words);
    this.header = List.copyOf(header);
    this.classes = new HashMap<>(words.size() * 2);
    for (int i = 0; i < words.size(); i++) {
      int[] c = new int[granularities.size()];
      for (int g = 0; g < c.length; g++) {
        c[g] = classes[g][i];
      }
      this.classes.put(words.get(i), c);
    }
  }

  /** The shipped clusters ({@value #RESOURCE}, beside this class). */
  public static WordClusters standard() {
    try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/marsad/entity/" + RESOURCE);
      }
      return read(new GZIPInputStream(in, 1 << 16), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a cluster file (gzip when the name ends in .gz). */
  public static WordClusters read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16)
            : raw) {
      return read(in, file.toString());
    }
  }

  static WordClusters read(InputStream in, String name) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<Integer> granularities = null;
    List<String> header = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<int[]> rows = new ArrayList<>();
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.startsWith("#")) {
        header.add(line);
        if (line.startsWith(CLASSES + " ")) {
          granularities = new ArrayList<>();
          for (String g : line.substring(CLASSES.length()).strip().split(" ")) {
            granularities.add(number(g, name, lineNo));
          }
        }
        continue;
      }
      if (granularities == null) {
        throw new IOException(name + ":" + lineNo + ": not a word-cluster file: expected a '"
            + CLASSES + " N...' header line first");
      }
      String[] f = line.split("\t");
      if (f.length != granularities.size() + 1) {
        throw new IOException(name + ":" + lineNo + ": expected a word and "
            + granularities.size() + " classes, tab-separated: " + line);
      }
      int[] c = new int[granularities.size()];
      for (int g = 0; g < c.length; g++) {
        c[g] = number(f[g + 1], name, lineNo);
      }
      words.add(f[0]);
      rows.add(c);
    }
    if (granularities == null) {
      throw new IOException(name + ": not a word-cluster file: no '" + CLASSES + "' line");
    }
    int[][] classes = new int[granularities.size()][words.size()];
    for (int i = 0; i < words.size(); i++) {
      for (int g = 0; g < classes.length; g++) {
        classes[g][i] = rows.get(i)[g];
      }
    }
    return new WordClusters(words, granularities, classes, header);
  }

  private static int number(String s, String name, int lineNo) throws IOException {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new IOException(name + ":" + lineNo + ": not a number: '" + s + "'");
    }
  }

  /** Writes the file: {@code header} lines (each starting with #), the classes line, the words. */
  void write(Writer out, List<String> header) throws IOException {
    for (String h : header) {
      out.write("# " + h + "\n");
    }
    out.write(CLASSES);
    for (int g : granularities) {
      out.write(" " + g);
    }
    out.write("\n");
    for (String w : words) {
      out.write(w);
      for (int c : classes.get(w)) {
        out.write("\t" + c);
      }
      out.write("\n");
    }
  }

  /** The classes of a word, coarsest first, or null when it is not in the vocabulary. */
  int[] of(String word) {
    return classes.get(word);
  }

  public List<Integer> granularities() {
    return granularities;
  }

  /**
   * The classes of a token's stem (its shortest reading once clitics are stripped), coarsest
   * first, or null when the clusters do not have it.
   */
  public int[] ofToken(String norm) {
    return classes.get(NerFeatures.stem(norm));
  }

  /** The header lines of a file read ({@code #} included). */
  List<String> header() {
    return header;
  }

  public int size() {
    return classes.size();
  }

  /** Written inside a model, which must be read with the clusters it was trained with. */
  void writeTo(DataOutputStream d) throws IOException {
    d.writeInt(granularities.size());
    for (int g : granularities) {
      d.writeInt(g);
    }
    d.writeInt(words.size());
    for (String w : words) {
      d.writeUTF(w);
      for (int c : classes.get(w)) {
        d.writeShort(c);
      }
    }
  }

  static WordClusters readFrom(DataInputStream d) throws IOException {
    List<Integer> granularities = new ArrayList<>();
    for (int g = d.readInt(); g > 0; g--) {
      granularities.add(d.readInt());
    }
    int n = d.readInt();
    List<String> words = new ArrayList<>(n);
    int[][] classes = new int[granularities.size()][n];
    for (int i = 0; i < n; i++) {
      words.add(d.readUTF());
      for (int g = 0; g < classes.length; g++) {
        classes[g][i] = d.readUnsignedShort();
      }
    }
    return new WordClusters(words, granularities, classes);
  }
}
