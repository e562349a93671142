package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;

/**
 * A unit or body of men named by the party it is drawn from (فرقة مظلية من قوات مكافحة الإرهاب،
 * وفد من حركة حماس، العشرات من قوات حفتر) or, defined, by its owner after ل (القوة البحرية لحرس
 * الثورة): as a subject, before or after the verb, the phrase stands for the party.
 */
final class Units {
  private static final Set<String> UNITS = Words.of("unit-noun");
  private static final Set<String> QUANTITIES = Words.of("quantity");

  private Units() {}

  /**
   * The party that a unit or body of men at token {@code j} is drawn from: a noun of the closed
   * classes "unit-noun" or "quantity", at most two words of its own, then من and the party
   * (فرقة مظلية من قوات مكافحة الإرهاب، عناصر من حركة حماس، العشرات من قوات حفتر), or null. As a
   * subject, the phrase stands for the party.
   */
  static Arg party(Overlay o, int j) {
    List<Token> toks = o.tokens();
    if (j < 0 || j >= toks.size() || o.argAt(j) != null) {
      return null;
    }
    String norm = toks.get(j).norm(); // as written (فرقة, not ف+رقة) or without its و
    String bare = Clitics.withoutConjunction(norm, 3);
    boolean definite = bare.startsWith("ال");
    if (!unit(norm) && !unit(bare) && !(definite && unit(bare.substring(2)))) {
      return null;
    }
    for (int k = j + 1; k <= j + 3 && k + 1 < toks.size(); k++) {
      if (o.n(k).equals("من")) {
        Arg a = o.argAt(k + 1);
        return a != null && a.from() == k + 1 && a.party() ? a : null;
      }
      Arg owner = definite ? o.argAt(k) : null;
      if (owner != null && owner.from() == k && owner.prep().equals("ل") && owner.party()) {
        return owner; // القوة البحرية لحرس الثورة: a definite unit and its owner after ل
      }
      if (toks.get(k).kind() != Token.Kind.ARABIC || o.argAt(k) != null
          || Subjects.PREPS.contains(o.n(k))) {
        return null;
      }
    }
    return null;
  }

  private static boolean unit(String w) {
    return UNITS.contains(w) || QUANTITIES.contains(w);
  }

  /** The token of the unit or body of men {@code a} is named after ({@link #party}), or -1. */
  static int start(Overlay o, Arg a) {
    if (!a.prep().equals("من") && !a.prep().equals("ل")) {
      return -1;
    }
    for (int j = a.from() - 1; j >= 0 && j >= a.from() - 4; j--) {
      Arg p = party(o, j);
      if (p != null && p.from() == a.from()) {
        return j;
      }
    }
    return -1;
  }
}
