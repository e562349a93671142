package org.marsad.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.analysis.Words;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;

/**
 * The names in a span the recognizer tagged: a name never spans punctuation (المبعوث (غسان)
 * سلامة gives غسان and سلامة, not «غسان) سلامة») nor begins with a preposition or a word of
 * attribution (بحسب حرشاوي gives حرشاوي), but for the first name علي (Ali).
 */
final class TaggedSpans {
  private static final Set<String> OPENERS = openers();

  private TaggedSpans() {}

  private static Set<String> openers() {
    Set<String> s = new HashSet<>(Words.of("preposition"));
    s.addAll(Words.of("attribution"));
    return Set.copyOf(s);
  }

  /**
   * Whether a name would begin with a common noun of running text (الترسانة، المشهد، المرتزقة
   * السوريين): the word, without clitics and article, is in {@link CommonNouns}.
   */
  static boolean common(Token first) {
    for (String r : Clitics.withoutProclitics(first.norm())) {
      if (CommonNouns.standard().contains(r)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when token {@code s} opens a name of several words as the first name علي (Ali), written
   * with ي where the preposition is written with ى.
   */
  private static boolean named(List<Token> toks, int s, int end) {
    return s + 1 < end && toks.get(s).text().equals("علي");
  }

  /** The pieces of tokens {@code [from, to)} that may be names, as {from, to} pairs. */
  static List<int[]> pieces(List<Token> toks, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || toks.get(i).kind() == Token.Kind.PUNCT) {
        int s = start;
        while (s < i && OPENERS.contains(Words.bare(toks.get(s))) && !named(toks, s, i)) {
          s++;
        }
        if (s < i) {
          out.add(new int[] {s, i});
        }
        start = i + 1;
      }
    }
    return out;
  }
}
