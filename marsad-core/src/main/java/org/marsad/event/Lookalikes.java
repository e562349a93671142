package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Token;
import org.marsad.model.EventType;

/**
 * Words that look like an act but do none where they stand: a verb that carries a statement named
 * before it (في بيان نقلته وكالة الأنباء), a verb of moving that reports (نقلت الوكالة عن), a noun
 * written with آ that normalization makes a verb (آمر الجهاز), an accusation that a denial denies
 * (نافيا اتهامات الحكومة). Stateless and thread-safe.
 */
final class Lookalikes {
  private static final Set<String> STATEMENTS = Words.of("statement-noun");
  private static final Set<String> REPORTING = Words.of("report-verb");
  private static final Set<String> MADDA_NOUNS = Words.of("madda-noun");
  private static final Set<String> DENYING = Words.of("deny-word");
  /** How many words a denial's subject may have before the accusation it denies. */
  private static final int DENIER_WORDS = 10;
  /** How many words after a verb of moving عن may come to make it a report. */
  private static final int REPORT_WINDOW = 7;

  private Lookalikes() {}

  /** True when hit {@code h} does no act where it stands. */
  static boolean noAct(Overlay o, TriggerLexicon.Hit h) {
    List<Token> toks = o.tokens();
    return carriesStatement(o, h) || reportsFrom(toks, h) || maddaNoun(toks, h)
        || deniedCharge(toks, h);
  }

  /**
   * True when a noun of accusation is what a denial before it in the clause denies (نافيا
   * اتهامات الحكومة، نفى المتحدث باسم الحركة اتهامات الجيش): others accuse, not the one denying.
   */
  private static boolean deniedCharge(List<Token> toks, TriggerLexicon.Hit h) {
    if (h.trigger().verb() || h.trigger().type() != EventType.ACCUSE) {
      return false;
    }
    for (int j = h.from() - 1; j >= 0 && j >= h.from() - DENIER_WORDS; j--) {
      if (toks.get(j).kind() == Token.Kind.PUNCT) {
        return false;
      }
      if (DENYING.contains(Words.bare(toks.get(j)))) {
        return true;
      }
    }
    return false;
  }

  /** True when a one-word verb is written with آ where it is a noun (آمر الجهاز: commander). */
  private static boolean maddaNoun(List<Token> toks, TriggerLexicon.Hit h) {
    Token t = toks.get(h.from());
    String text = t.text();
    int at = text.indexOf('آ');
    return h.to() - h.from() == 1 && h.trigger().verb() && at >= 0 && at <= 1
        && text.substring(0, at).chars().allMatch(c -> c == 'و' || c == 'ف')
        && MADDA_NOUNS.contains(Words.bare(t));
  }

  /**
   * True when a verb of moving ({@code report-verb}) is followed by عن before any إلى or the
   * clause's end (نقلت وكالة الأنباء الصحراوية عن زعيم الجبهة): it reports, it moves nothing.
   */
  private static boolean reportsFrom(List<Token> toks, TriggerLexicon.Hit h) {
    if (h.to() - h.from() != 1 || !REPORTING.contains(Words.bare(toks.get(h.from())))) {
      return false;
    }
    for (int j = h.to(); j < Math.min(toks.size(), h.to() + REPORT_WINDOW); j++) {
      String w = toks.get(j).norm();
      if (w.equals("عن")) {
        return true;
      }
      if (w.equals("الي") || toks.get(j).kind() == Token.Kind.PUNCT) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when a verb with an object pronoun describes a statement named right before it (في بيان
   * نقلته وكالة الأنباء، في تصريحات نقلتها قناة): it carries the statement, it does no act.
   */
  private static boolean carriesStatement(Overlay o, TriggerLexicon.Hit h) {
    return h.trigger().verb() && h.from() > 0 && h.to() - h.from() == 1
        && (h.pronoun() || h.trigger().pronoun())
        && STATEMENTS.contains(Words.withoutArticle(o.n(h.from() - 1), 3));
  }
}
