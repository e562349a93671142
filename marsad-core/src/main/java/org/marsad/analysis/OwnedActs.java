package org.marsad.analysis;

import java.util.List;
import java.util.Set;
import org.marsad.arabic.Token;
import org.marsad.kb.Demonyms;

/**
 * Nouns of a decision, measure or stance whose country adjective names the state that took it
 * ({@code owned-act}: القرار الإيراني، التصرفات الإثيوبية، التدخل العسكري التركي): the adjective
 * stands for that state as a party, as an envoy's does. Stateless.
 */
public final class OwnedActs {
  private static final Set<String> NOUNS = Words.of("owned-act");

  private OwnedActs() {}

  /**
   * True when a noun of a decision, measure or stance stands right before token {@code i}, or
   * before one adjective of kind that agrees with token {@code i} in the article (التدخل العسكري),
   * with ل or ب on it or not (للإجراءات).
   */
  public static boolean before(List<Token> toks, int i) {
    if (i < 1) {
      return false;
    }
    if (noun(toks.get(i - 1))) {
      return true;
    }
    if (i < 2) {
      return false;
    }
    String between = toks.get(i - 1).norm();
    boolean definite = between.startsWith("ال");
    String core = definite ? between.substring(2) : between;
    // التدخل العسكري التركي: one adjective of kind between, not a country's
    return definite == toks.get(i).norm().startsWith("ال") && core.length() > 3
        && (core.endsWith("ي") || core.endsWith("يه")) && noun(toks.get(i - 2))
        && Demonyms.country(between).isEmpty();
  }

  /** True when a token is a noun of the class, with ل or ب on it or not (للإجراءات). */
  private static boolean noun(Token t) {
    String w = Words.withoutArticle(Words.bare(t), 3);
    boolean preposition = w.length() > 3 && (w.startsWith("ل") || w.startsWith("ب"));
    return NOUNS.contains(w) || (preposition && NOUNS.contains(w.substring(1)));
  }
}
