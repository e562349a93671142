package org.marsad.arabic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Phrases found in tokenized text, each with a value: a phrase is indexed as its sequence of
 * normalized tokens; in the text its first token may carry proclitics (و، ف، ب، ل، ك, and ال
 * where the phrase has none: {@link Clitics#withoutProclitics}), every other token must match
 * exactly. The first value put for a phrase stays. Immutable and thread-safe once built.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseIndex<V> {
  private final Map<String, V> phrases;
  private final int maxTokens;

  /** A phrase at tokens [from, to) whose first token has {@code clitics} letters before it. */
  public record Hit<V>(int from, int to, int clitics, V value) {}

  /** The index of {@code phrases} (phrase as written, value); blank phrases are ignored. */
  public PhraseIndex(Map<String, V> phrases) {
    Map<String, V> out = new HashMap<>();
    int max = 1;
    for (var e : phrases.entrySet()) {
      List<String> norms = Tokenizer.tokenize(e.getKey()).stream().map(Token::norm).toList();
      if (!norms.isEmpty()) {
        out.putIfAbsent(String.join(" ", norms), e.getValue());
        max = Math.max(max, norms.size());
      }
    }
    this.phrases = out;
    this.maxTokens = max;
  }

  /** The longest phrase starting at token {@code i} under any clitic reading, or null. */
  public Hit<V> at(List<String> norms, int i) {
    Hit<V> best = null;
    for (String reading : Clitics.withoutProclitics(norms.get(i))) {
      StringBuilder key = new StringBuilder(reading);
      int longest = best == null ? 0 : best.to() - best.from();
      for (int to = i + 1; to <= Math.min(norms.size(), i + maxTokens); to++) {
        if (to > i + 1) {
          key.append(' ').append(norms.get(to - 1));
        }
        V v = phrases.get(key.toString());
        if (v != null && to - i > longest) {
          best = new Hit<>(i, to, norms.get(i).length() - reading.length(), v);
          longest = to - i;
        }
      }
    }
    return best;
  }

  /** Phrases left to right, longest first, not overlapping, starting where {@code start} holds. */
  public List<Hit<V>> find(List<String> norms, IntPredicate start) {
    return LongestMatch.scan(norms.size(), i -> start.test(i) ? at(norms, i) : null, Hit::to);
  }
}
