package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Token;

/**
 * The clause a trigger sits in, as token bounds: from the punctuation or complementizer before
 * it to the next one, or to the next verb trigger that does not follow a mention (a verbal noun
 * after its subject: طلب حفتر دعم مصر), at most 16 words on. An aside between commas or brackets
 * (قصفت، صباح اليوم، قوات حفتر ...؛ حكومة الوفاق، وعلى لسان وزير داخليتها، اتهمت) does not end
 * the clause.
 */
final class Clause {
  /** Prepositions that carry a clause on past a comma ("..., من قبضة عناصر حفتر"). */
  private static final Set<String> CONTINUING = Set.of("من", "علي", "الي", "ضد");
  private static final int ASIDE = 10;
  /** How long an aside may be when it opens with في or خلال (، خلال لقائه في بورتسودان المبعوث ...،). */
  private static final int DURING_ASIDE = 16;
  private static final Set<String> DURING = Words.of("where-preposition");

  private Clause() {}

  static int left(Overlay o, int from, List<TriggerLexicon.Hit> hits) {
    for (int j = from - 1; j >= 0; j--) {
      if (o.boundary(j)) {
        // an aside right before the trigger parts it from its subject, not from its clause
        int open = j == from - 1 ? asideStart(o, j, hits) : -1;
        if (open > 0) {
          j = open;
          continue;
        }
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
        int close = asideEnd(o, j, hits);
        if (close > 0) {
          limit = Math.min(toks.size(), limit + (close - j + 1));
          j = close;
          continue;
        }
        return j;
      }
      for (TriggerLexicon.Hit h : hits) {
        // a verb after a name may belong to it, but not one joined by و: قبلت بها حكومة
        // الوفاق ورفضها حفتر is two clauses
        if (h != hit && h.from() == j && h.trigger().verb()
            && (o.argEndingAt(j) == null || joined(o, j, h))
            && !(j > 0 && Senses.describedAct(toks, j - 1))) {
          return j; // but ضربات على ما وصفتها بمخابئ: what the doer calls its object goes on
        }
      }
    }
    return limit;
  }

  /** True when the token carries a conjunction (و، ف) before the trigger's own form. */
  private static boolean joined(Overlay o, int j, TriggerLexicon.Hit h) {
    return !o.tokens().get(j).norm().equals(o.n(j)) && !h.trigger().form().startsWith("و");
  }


  /**
   * The comma or bracket closing an aside opened at token {@code open} (a comma or an opening
   * bracket), or -1: the aside is at most ten tokens, holds no verb trigger, no complementizer
   * and no sentence end, and is followed by more of the clause.
   */
  static int asideEnd(Overlay o, int open, List<TriggerLexicon.Hit> hits) {
    return aside(o, open, 1, hits);
  }

  /** The token opening an aside closed at token {@code close}, or -1 (see {@link #asideEnd}). */
  static int asideStart(Overlay o, int close, List<TriggerLexicon.Hit> hits) {
    return aside(o, close, -1, hits);
  }

  /** The other end of an aside that token {@code at} opens ({@code step} 1) or closes (-1). */
  private static int aside(Overlay o, int at, int step, List<TriggerLexicon.Hit> hits) {
    List<Token> toks = o.tokens();
    String p = toks.get(at).text();
    boolean bracket = p.equals(step > 0 ? "(" : ")");
    if (!bracket && !comma(p)) {
      return -1;
    }
    String other = step > 0 ? ")" : "(";
    for (int k = at + step; k >= 0 && k < toks.size() && Math.abs(k - at) <= DURING_ASIDE;
        k += step) {
      Token t = toks.get(k);
      if (t.kind() != Token.Kind.PUNCT) {
        continue;
      }
      if (bracket ? t.text().equals(other) : comma(t.text())) {
        int from = Math.min(at, k) + 1;
        int to = Math.max(at, k);
        if (to - from >= ASIDE && !DURING.contains(o.n(from))) {
          return -1;
        }
        // something of the clause lies on both sides of the aside
        boolean within = step > 0 ? k + 1 < toks.size() : k > 0;
        return to > from && within && plain(o, from, to, hits) ? k : -1;
      }
      if (!Overlay.isQuote(t) && !t.text().equals("/") && !t.text().equals("-")) {
        return -1;
      }
    }
    return -1;
  }

  /** True when {@code p} is a comma, Arabic or Latin. */
  static boolean comma(String p) {
    return p.equals("،") || p.equals(",");
  }

  /** True when token {@code i} is a comma. */
  static boolean comma(Overlay o, int i) {
    return comma(o.n(i));
  }

  /** True when tokens {@code [from, to)} hold no verb trigger and no complementizer. */
  private static boolean plain(Overlay o, int from, int to, List<TriggerLexicon.Hit> hits) {
    for (TriggerLexicon.Hit h : hits) {
      if (h.from() >= from && h.from() < to && h.trigger().verb()) {
        return false;
      }
    }
    for (int k = from; k < to; k++) {
      if (o.tokens().get(k).kind() != Token.Kind.PUNCT && o.boundary(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The closing comma of an aside of at most three words that opens with the comma at {@code
   * open} (، الخميس،), or -1.
   */
  static int shortAsideEnd(List<Token> toks, int open) {
    if (!comma(toks.get(open).text())) {
      return -1;
    }
    for (int j = open + 1; j < Math.min(toks.size(), open + 5); j++) {
      Token t = toks.get(j);
      if (t.kind() == Token.Kind.PUNCT) {
        return comma(t.text()) && j > open + 1 ? j : -1;
      }
    }
    return -1;
  }
}
