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
    int noun = i - 1;
    String between = toks.get(noun).norm();
    boolean definite = between.startsWith("ال");
    String core = definite ? between.substring(2) : between;
    if (noun >= 1 && definite == toks.get(i).norm().startsWith("ال") && core.length() > 3
        && (core.endsWith("ي") || core.endsWith("يه")) && Demonyms.country(between).isEmpty()) {
      noun--; // التدخل العسكري التركي
    }
    String w = Words.withoutArticle(Words.bare(toks.get(noun)), 3);
    boolean preposition = w.length() > 3 && (w.startsWith("ل") || w.startsWith("ب"));
    return NOUNS.contains(w) || (preposition && NOUNS.contains(w.substring(1))); // للإجراءات
  }
}
