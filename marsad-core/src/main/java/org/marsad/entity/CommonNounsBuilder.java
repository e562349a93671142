package org.marsad.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.arabic.Tokenizer;

/**
 * Builds the list of {@link CommonNouns} from unlabelled text: a word is a common noun when the
 * text writes it with the article at least one time in {@link #RATIO} and often enough to tell,
 * unless it is a name token of persons (a list given by a file whose second column is the Arabic
 * token). Deterministic: the same inputs give the same file, whose header records their SHA-256.
 */
public final class CommonNounsBuilder {
  /** At least one use with the article per this many without. */
  static final int RATIO = 4;
  /** The fewest uses with the article. */
  static final int MIN_WITH_ARTICLE = 5;
  /** The shortest word, without the article. */
  static final int MIN_LENGTH = 3;
  private static final String ARTICLE = "ال";
  private static final long REPORT_EVERY = 1_000_000;

  private CommonNounsBuilder() {}

  /** What a build read and wrote. */
  public record Stats(long words, int distinct, int nouns, String corpusSha256) {}

  /**
   * Counts the words of {@code corpus} (UTF-8 text, gzip when the name ends in .gz), leaves out
   * the name tokens of {@code names}, and writes the common nouns to {@code out}, sorted.
   */
  public static Stats build(Path corpus, Path names, Writer out, Consumer<String> progress)
      throws IOException {
    Map<String, int[]> counts = new HashMap<>();
    MessageDigest sha = sha256();
    long words = 0;
    long report = REPORT_EVERY;
    try (InputStream raw = new DigestInputStream(Files.newInputStream(corpus), sha);
        InputStream in = corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16)
            : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in,
            StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        for (Token t : Tokenizer.tokenize(line)) {
          if (t.kind() != Token.Kind.ARABIC) {
            continue;
          }
          words++;
          String w = Clitics.withoutConjunction(t.norm(), MIN_LENGTH + 1);
          boolean definite = w.startsWith(ARTICLE) && w.length() > ARTICLE.length() + MIN_LENGTH;
          String stem = definite ? w.substring(ARTICLE.length()) : w;
          counts.computeIfAbsent(stem, k -> new int[2])[definite ? 1 : 0]++;
        }
        if (words >= report) {
          progress.accept(String.format("%,d words read", words));
          report += REPORT_EVERY;
        }
      }
    }
    Set<String> nameTokens = nameTokens(names);
    TreeSet<String> nouns = new TreeSet<>();
    for (var e : counts.entrySet()) {
      int bare = e.getValue()[0];
      int withArticle = e.getValue()[1];
      String w = e.getKey();
      if (w.length() >= MIN_LENGTH && withArticle >= MIN_WITH_ARTICLE
          && withArticle * RATIO >= bare && !nameTokens.contains(w)) {
        nouns.add(w);
      }
    }
    String hex = HexFormat.of().formatHex(sha.digest());
    out.write("# Common nouns of Arabic running text, one normalized word a line, without the"
        + " article.\n");
    out.write("# Built by `marsad build-common-nouns`: words written with the article at least "
        + MIN_WITH_ARTICLE + " times and one time in " + RATIO + ", less the name tokens of"
        + " persons.\n");
    out.write("# corpus: " + corpus.getFileName() + " sha256 " + hex + "\n");
    out.write("# names: " + names.getFileName() + "\n");
    for (String w : nouns) {
      out.write(w);
      out.write('\n');
    }
    return new Stats(words, counts.size(), nouns.size(), hex);
  }

  /** The normalized Arabic name tokens of a TSV whose second column is the Arabic token. */
  static Set<String> nameTokens(Path names) throws IOException {
    Set<String> out = new HashSet<>();
    List<String> lines = Files.readAllLines(names, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t");
      if (f.length >= 2) {
        String n = ArabicNormalizer.normalize(f[1].strip());
        out.add(n.startsWith(ARTICLE) && n.length() > ARTICLE.length() + MIN_LENGTH
            ? n.substring(ARTICLE.length()) : n);
      }
    }
    return out;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
