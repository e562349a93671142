package org.marsad.meta;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.data.TsvRows;

/**
 * The codes news agencies and outlets sign datelines and credits with ({@code agencies.tsv}):
 * (وال) is the Libyan News Agency, (أ ف ب) AFP, (CNN) CNN; وكالات ("agencies") names no one
 * outlet. Codes match after normalization, ignoring case, dots and the spaces between letters.
 * Immutable and thread-safe.
 */
public final class Agencies {
  private static final String FILE = "agencies.tsv";

  /** A code found: the outlet it stands for, empty for a code that names no one outlet. */
  public record Code(String written, Optional<String> outlet) {}

  private final Map<String, Optional<String>> byKey;
  private final int longestWords;

  private Agencies(Map<String, Optional<String>> byKey, int longestWords) {
    this.byKey = Map.copyOf(byKey);
    this.longestWords = longestWords;
  }

  public static Agencies standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Agencies STANDARD = load();
  }

  private static Agencies load() {
    Map<String, Optional<String>> byKey = new HashMap<>();
    int longest = 1;
    for (TsvRows.Row row : TsvRows.resource(Agencies.class, FILE)) {
      String[] f = row.fields();
      if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
        throw new IllegalStateException(FILE + ":" + row.line() + ": expected code<TAB>outlet");
      }
      String outlet = f[1].strip();
      byKey.put(key(f[0]), outlet.equals("-") ? Optional.empty() : Optional.of(outlet));
      longest = Math.max(longest, f[0].strip().split("\\s+").length);
    }
    return new Agencies(byKey, longest);
  }

  /** The outlets the codes stand for. */
  public java.util.Set<String> outlets() {
    java.util.Set<String> out = new java.util.TreeSet<>();
    byKey.values().forEach(o -> o.ifPresent(out::add));
    return out;
  }

  /** The code {@code text} is, all of it (brackets and quotes around it allowed). */
  public Optional<Code> code(String text) {
    String k = key(text);
    return byKey.containsKey(k) ? Optional.of(new Code(text.strip(), byKey.get(k)))
        : Optional.empty();
  }

  /**
   * The longest code that {@code text} opens with, as whole words (at most as many words as the
   * longest code), with the number of characters it takes.
   */
  public Optional<Prefix> prefix(String text) {
    String[] words = text.strip().split("\\s+");
    int lead = text.length() - text.stripLeading().length();
    for (int n = Math.min(longestWords, words.length); n >= 1; n--) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(i > 0 ? " " : "").append(words[i]);
      }
      String candidate = trimPunctuation(b.toString());
      if (!candidate.isEmpty() && byKey.containsKey(key(candidate))) {
        int at = text.indexOf(candidate, lead);
        return Optional.of(new Prefix(new Code(candidate, byKey.get(key(candidate))),
            at + candidate.length()));
      }
    }
    return Optional.empty();
  }

  /** A code at the start of a text and where it ends. */
  public record Prefix(Code code, int end) {}

  private static String trimPunctuation(String s) {
    int from = 0;
    int to = s.length();
    while (to > from && !Character.isLetterOrDigit(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  /** Normalized, lower-cased, letters and digits only. */
  static String key(String s) {
    String n = ArabicNormalizer.normalize(s).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      if (Character.isLetterOrDigit(n.charAt(i))) {
        b.append(n.charAt(i));
      }
    }
    return b.toString();
  }
}
