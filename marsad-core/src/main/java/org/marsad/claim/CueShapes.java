package org.marsad.claim;

import static org.marsad.claim.ClaimStage.COMPLEMENTIZERS;
import static org.marsad.claim.WordShapes.isComma;

import java.util.List;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;

/**
 * How a cue sits in one sentence: its proposition marker, whether it is a circumstance or a
 * possessive, whether it carries a conjunction, whether it opens a clause.
 */
final class CueShapes {
  /** The preposition إلى, normalized; إلى أن follows أشار، لفت، نوه. */
  private static final String ILA = "الي";

  private final SpeakerWords words;
  private final List<Token> toks;

  CueShapes(SpeakerWords words, List<Token> toks) {
    this.words = words;
    this.toks = toks;
  }

  /** Index of the proposition marker in {@code [from, to)} within {@code reach}, or -1. */
  int marker(int from, int to, int reach) {
    for (int i = from; i < to && i < toks.size() && i < from + reach; i++) {
      Token t = toks.get(i);
      String n = t.norm();
      if (COMPLEMENTIZERS.contains(n)) {
        if (i > 0 && words.is("temporal", Clitics.withoutConjunction(toks.get(i - 1).norm(), 3))) {
          continue;
        }
        return i;
      }
      if (n.equals(ILA) && i + 1 < to && COMPLEMENTIZERS.contains(toks.get(i + 1).norm())) {
        return i + 1;
      }
      if (t.kind() == Token.Kind.PUNCT && n.equals(":")) {
        return i;
      }
      if (t.kind() == Token.Kind.PUNCT && (n.equals(".") || n.equals("؟") || n.equals("!"))) {
        return -1;
      }
    }
    return -1;
  }

  /** A noun cue of circumstance: في بيان، في مقابلة مع، خلال مؤتمر صحفي. */
  boolean isCircumstance(CueLexicon.Hit hit) {
    if (!hit.cue().pos().equals("noun") || hit.cue().participle()) {
      return false;
    }
    if (hit.cue().form().startsWith("في ") || hit.cue().form().startsWith("خلال ")) {
      return true;
    }
    if (hit.from() == 0) {
      return false;
    }
    String before = Clitics.withoutConjunction(toks.get(hit.from() - 1).norm(), 2);
    return before.equals("في") || before.equals("خلال") || before.equals("عبر");
  }

  /** A possessive verbal noun (قوله، تصريحاته): part of the construction before it. */
  boolean isPossessive(CueLexicon.Hit hit) {
    CueLexicon.Cue c = hit.cue();
    return c.pos().equals("noun") && !c.participle() && c.position().equals("before");
  }

  boolean hasConjunction(CueLexicon.Hit hit) {
    String first = hit.cue().form().split(" ")[0];
    return !toks.get(hit.from()).norm().equals(first);
  }

  boolean atClauseStart(int i) {
    int k = i - 1;
    while (k >= 0 && isComma(toks.get(k))) {
      k--;
    }
    return k < 0 || toks.get(k).kind() == Token.Kind.PUNCT
        || words.is("linker", toks.get(k).norm());
  }
}
