package org.marsad.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.marsad.arabic.Token;
import org.marsad.arabic.Tokenizer;

/**
 * Unlabelled text as the word clusterer reads it ({@link ClusterTrainer}): the project's tokens,
 * normalized, each Arabic word split into its clitics and its stem ({@link #pieces}); any other
 * token ends a run of words, as does the end of a line. The pieces are kept as ids in reading
 * order, {@link #BREAK} between runs.
 */
final class ClusterCorpus {
  /** The id that separates runs of words. */
  static final int BREAK = -1;
  private static final long REPORT_EVERY = 1_000_000;

  /** Distinct pieces, in order of first appearance. */
  final List<String> pieces = new ArrayList<>();
  /** How often each piece occurs. */
  int[] counts = new int[1 << 16];
  /** The text as piece ids and breaks. */
  int[] ids = new int[1 << 20];
  int length;
  long words;
  /** Per input file, its name and SHA-256. */
  final List<String> inputs = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();

  /**
   * The pieces of one normalized word: the clitics before its stem ({@link NerFeatures#stem}),
   * marked by a trailing {@code +}, the stem, and the clitics after it, marked by a leading
   * {@code +}: وبالمدينة gives وبال+ and مدينه.
   */
  static List<String> pieces(String norm) {
    String stem = NerFeatures.stem(norm);
    int at = norm.indexOf(stem);
    if (at < 0) {
      return List.of(stem); // a teh marbuta restored before a pronoun
    }
    List<String> out = new ArrayList<>(3);
    if (at > 0) {
      out.add(norm.substring(0, at) + "+");
    }
    out.add(stem);
    if (at + stem.length() < norm.length()) {
      out.add("+" + norm.substring(at + stem.length()));
    }
    return out;
  }

  /** Reads UTF-8 text files (gzip when the name ends in .gz). */
  static ClusterCorpus read(List<Path> files, Consumer<String> progress) throws IOException {
    ClusterCorpus c = new ClusterCorpus();
    long report = REPORT_EVERY;
    for (Path file : files) {
      MessageDigest sha = sha256();
      try (InputStream raw = new DigestInputStream(Files.newInputStream(file), sha);
          InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16)
              : raw;
          BufferedReader r = new BufferedReader(new InputStreamReader(in,
              StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          c.line(line);
          if (c.words >= report) {
            progress.accept(String.format("%,d words read", c.words));
            report += REPORT_EVERY;
          }
        }
        // the rest of the file, so that the hash covers all its bytes
        raw.transferTo(java.io.OutputStream.nullOutputStream());
      }
      c.inputs.add(file.getFileName() + " sha256 " + HexFormat.of().formatHex(sha.digest()));
    }
    return c;
  }

  private void line(String line) {
    for (Token t : Tokenizer.tokenize(line)) {
      if (t.kind() != Token.Kind.ARABIC) {
        add(BREAK);
        continue;
      }
      words++;
      for (String p : pieces(t.norm())) {
        Integer id = index.get(p);
        if (id == null) {
          id = pieces.size();
          index.put(p, id);
          pieces.add(p);
          if (id == counts.length) {
            counts = Arrays.copyOf(counts, counts.length * 2);
          }
        }
        counts[id]++;
        add(id);
      }
    }
    add(BREAK);
  }

  private void add(int id) {
    if (id == BREAK && (length == 0 || ids[length - 1] == BREAK)) {
      return;
    }
    if (length == ids.length) {
      ids = Arrays.copyOf(ids, ids.length * 2);
    }
    ids[length++] = id;
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
