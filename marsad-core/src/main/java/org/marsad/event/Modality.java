package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Words;
import org.marsad.arabic.Token;
import org.marsad.model.Claim;
import org.marsad.model.ClaimModality;
import org.marsad.model.EventType;

/**
 * Whether an act is said not to have happened (لم، لن، عدم، ما + past) or to be possible,
 * conditional or expected (قد + present, إذا، لو, a threat of it), read from the words before
 * its trigger in its clause.
 */
final class Modality {
  private Modality() {}

  static final Set<String> NEGATORS = Words.of("negator");

  private static final Set<String> CONDITIONALS = Words.of("conditional");

  private static final Set<String> FAILING = Words.of("fail-verb");

  static boolean negated(List<Token> toks, TriggerLexicon.Hit hit, int left) {
    for (int i = hit.from() - 1; i >= 0 && i >= hit.from() - 6; i--) {
      if (FAILING.contains(Words.bare(toks.get(i))) || FAILING.contains(toks.get(i).norm())) {
        return true; // فشلت قوات حفتر في السيطرة على المعسكر
      }
    }
    if (hit.from() > 0 && Words.bare(toks.get(hit.from() - 1)).equals("ما")
        && hit.trigger().verb() && !Senses.describedAct(toks, hit.from() - 1)) {
      return true; // وما أفرجت (but ما وصفه بـ: what he described as)
    }
    for (int i = hit.from() - 1; i >= Math.max(left, hit.from() - 5); i--) {
      if (NEGATORS.contains(Words.bare(toks.get(i)))
          && !NEGATED_NOUNS.contains(Words.bare(toks.get(i + 1)))
          && !STILL.contains(toks.get(i + 1).norm())) {
        return true; // not طائرة بدون طيار: a noun of its own; not لا تزال: still
      }
    }
    return false;
  }

  /** Verbs that a negator before them turns into "still" (لا تزال تحت سيطرة). */
  private static final Set<String> STILL = Words.of("still-verb");

  /** Nouns that a negator before them makes a compound with (طائرة بدون طيار: a drone). */
  private static final Set<String> NEGATED_NOUNS = Words.of("negated-noun");

  /** As {@link #negated(List, TriggerLexicon.Hit, int)}, or told in {@code claim}, a denial. */
  static boolean negated(List<Token> toks, TriggerLexicon.Hit hit, int left, Claim claim) {
    return negated(toks, hit, left)
        || (claim != null && claim.modality() == ClaimModality.DENIED);
  }

  /**
   * As {@link #hypothetical(List, TriggerLexicon.Hit, List, int)}, or told in {@code claim}, a
   * prediction or a warning.
   */
  static boolean hypothetical(List<Token> toks, TriggerLexicon.Hit hit,
      List<TriggerLexicon.Hit> hits, int left, Claim claim) {
    // a threat told in a warning is made (حذر من أن «قسد» تحتفظ بحق الرد)
    return hypothetical(toks, hit, hits, left) || (claim != null
        && (claim.modality() == ClaimModality.PREDICTED
        || (claim.modality() == ClaimModality.WARNED
        && hit.trigger().type() != EventType.THREATEN)));
  }

  private static final Set<String> INTENTIONS = Words.of("intention");

  /**
   * An act after a word of intention, plan, suspicion or charge (يعتزم الجيش شن هجوم، بتهمة
   * اغتيال الوزير) within five words and no punctuation: intended or charged, not reported done.
   */
  static boolean intended(List<Token> toks, TriggerLexicon.Hit hit) {
    for (int i = hit.from() - 1; i >= Math.max(0, hit.from() - 5); i--) {
      Token t = toks.get(i);
      if (t.kind() == Token.Kind.PUNCT) {
        return false;
      }
      if (INTENTIONS.contains(Words.bare(t)) || INTENTIONS.contains(t.norm())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> EXPECTED = Words.of("expected-adjective");
  private static final Set<String> PREPOSITIONS = Words.of("preposition");

  /**
   * An act named by a noun and described as possible, expected or imminent by an adjective among
   * its own (ضربة جوية أميركية أو إسرائيلية محتملة، الهجوم المرتقب، غزو وشيك): not reported done.
   * The adjective is read up to five words on, before punctuation or a preposition.
   */
  static boolean expected(List<Token> toks, TriggerLexicon.Hit hit) {
    if (hit.trigger().verb()) {
      return false;
    }
    for (int i = hit.to(); i < Math.min(toks.size(), hit.to() + 5); i++) {
      Token t = toks.get(i);
      String w = Words.bare(t);
      if (t.kind() == Token.Kind.PUNCT || PREPOSITIONS.contains(w)) {
        return false;
      }
      if (EXPECTED.contains(w)) {
        return true;
      }
    }
    return false;
  }

  static boolean hypothetical(List<Token> toks, TriggerLexicon.Hit hit,
      List<TriggerLexicon.Hit> hits, int left) {
    if (expected(toks, hit)) {
      return true;
    }
    for (int i = hit.from() - 1; i >= Math.max(left, hit.from() - 4); i--) {
      String n = Words.bare(toks.get(i));
      if (n.equals("قد")) {
        // قد + past is "has (done)"; قد + present is "may" (توغلت, تبادلوا: a past that opens
        // with ت)
        String verb = Words.bare(toks.get(hit.from()));
        boolean present = hit.trigger().imperfect() || (hit.trigger().verb()
            && !verb.isEmpty() && "يتن".indexOf(verb.charAt(0)) >= 0
            && !verb.endsWith("ت") && !verb.endsWith("وا"));
        if (present || i < hit.from() - 1) {
          return true;
        }
      } else if (CONDITIONALS.contains(n)) {
        return true;
      }
    }
    if (intended(toks, hit)) {
      return true;
    }
    // a threat of the act: هدد بقصف
    for (TriggerLexicon.Hit h : hits) {
      if (h != hit && h.trigger().type() == EventType.THREATEN && h.to() <= hit.from()
          && hit.from() - h.to() <= 2) {
        return true;
      }
    }
    return false;
  }
}
