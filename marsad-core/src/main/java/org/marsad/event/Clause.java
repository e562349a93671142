package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Overlay;
import org.marsad.arabic.Token;

/**
 * The clause a trigger sits in, as token bounds: from the punctuation or complementizer before
 * it to the next one, or to the next verb trigger that does not follow a mention (a verbal noun
 * after its subject: طلب حفتر دعم مصر), at most 16 tokens on.
 */
final class Clause {
  /** Prepositions that carry a clause on past a comma ("..., من قبضة عناصر حفتر"). */
  private static final Set<String> CONTINUING = Set.of("من", "علي", "الي", "ضد");

  private Clause() {}

  static int left(Overlay o, int from) {
    for (int j = from - 1; j >= 0; j--) {
      if (o.boundary(j)) {
        return j + 1;
      }
    }
    return 0;
  }

  static int right(Overlay o, TriggerLexicon.Hit hit, List<TriggerLexicon.Hit> hits) {
    List<Token> toks = o.tokens();
    int limit = Math.min(toks.size(), hit.to() + 16);
    for (int j = hit.to(); j < limit; j++) {
      if (o.boundary(j)) {
        boolean comma = toks.get(j).kind() == Token.Kind.PUNCT;
        if (comma && j + 1 < toks.size() && CONTINUING.contains(o.n(j + 1))) {
          continue;
        }
        return j;
      }
      for (TriggerLexicon.Hit h : hits) {
        if (h != hit && h.from() == j && h.trigger().verb() && o.argEndingAt(j) == null) {
          return j;
        }
      }
    }
    return limit;
  }
}
