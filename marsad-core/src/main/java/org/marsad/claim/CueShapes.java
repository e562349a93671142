package org.marsad.claim;

import static org.marsad.claim.ClaimStage.COMPLEMENTIZERS;
import static org.marsad.claim.WordShapes.isComma;
import static org.marsad.claim.WordShapes.isQuote;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Words;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;

/**
 * How a cue sits in one sentence: its proposition marker, whether it is a circumstance or a
 * possessive, whether it carries a conjunction, whether it opens a clause.
 */
final class CueShapes {
  /** The preposition إلى, normalized; إلى أن follows أشار، لفت، نوه. */
  private static final String ILA = "الي";

  private static final Set<String> TIME = Words.of("time-word");
  private static final Set<String> HEDGES = Words.of("hedge");
  private static final Set<String> CHARGE_VERBS = Words.of("charge-verb");
  /** Nouns of acts that a report names after ب (أفادت مصادر بمقتل، أفاد شهود بسقوط قذائف). */
  private static final Set<String> REPORTED = Words.of("reported-act-noun");
  /** قد: a hedge before a present-tense verb (قد تنسحب), "already" before a past one. */
  private static final String QAD = "قد";
  private static final Set<String> PAST_COPULAS = Words.of("past-copula");
  /** How many words the subject between a copula and قد may have. */
  private static final int PLUPERFECT_REACH = 8;
  /** The preposition ب of a charge or a description (اتهمه بـ، وصفه بـ). */
  private static final String BI = "ب";
  /** How far a complement preposition or a charge is looked for, in tokens. */
  private static final int COMPLEMENT_REACH = 14;
  private static final int CHARGE_REACH = 6;
  /** How many words of a proposition a hedge is looked for in. */
  private static final int HEDGE_REACH = 4;
  /** How many words may follow an attribution that closes a sentence. */
  private static final int TAIL = 3;

  /** ما, "what": بحسب ما ذكرت. */
  private static final String WHAT = "ما";
  /** A preposition with the pronoun of what is told, after a verb of telling (أفاد به). */
  private static final Set<String> RESUMPTIVE = Set.of("به", "بها", "عنه", "عنها");

  private final CueLexicon cues;
  private final SpeakerWords words;
  private final List<Token> toks;

  CueShapes(CueLexicon cues, SpeakerWords words, List<Token> toks) {
    this.cues = cues;
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
      if (isOpeningQuote(t) && (i == from || isComma(toks.get(i - 1)))) {
        return i; // وتابع، «لن نغير موقفنا»
      }
      if (t.kind() == Token.Kind.PUNCT && (n.equals(".") || n.equals("؟") || n.equals("!"))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A preposition cue followed by "what" and a reporting verb (بحسب ما نقلته وكالة، وفق ما أورد
   * موقع، حسبما ذكرت صحيفة): one cue up to the verb, whose subject is the speaker.
   */
  CueLexicon.Hit reportedBy(CueLexicon.Hit hit) {
    if (!hit.cue().pos().equals("prep") || hit.prefixed()) {
      return hit;
    }
    int verb = hit.to();
    if (!hit.cue().form().endsWith(WHAT) && verb < toks.size()
        && toks.get(verb).norm().equals(WHAT)) {
      verb++;
    }
    int end = hit.to(); // حسب ما أفاد: a cue written with its verb
    if (verb > hit.to() || hit.cue().form().endsWith(WHAT)) {
      if (verb >= toks.size() || !cues.isVerb(toks.get(verb).norm())) {
        return hit;
      }
      end = verb + 1;
    }
    if (end < toks.size() && RESUMPTIVE.contains(toks.get(end).norm())) {
      end++; // وفق ما أفادت به مصادر أمنية: the verb's pronoun of what is told
    }
    return end == hit.to() ? hit : new CueLexicon.Hit(hit.from(), end, hit.cue(), false);
  }

  private static boolean isOpeningQuote(Token t) {
    String n = t.text();
    return t.kind() == Token.Kind.PUNCT
        && (n.equals("\u201C") || n.equals("\"") || n.equals("\u00AB"));
  }

  /**
   * The first token from {@code i} that is not a word of time, a number or a comma (أعلن اليوم
   * الخميس الرئيس التركي), when a word follows them before {@code limit}; else {@code i}.
   */
  int afterTime(int i, int limit) {
    int j = i;
    while (j < limit && j < toks.size() && (isComma(toks.get(j))
        || toks.get(j).kind() == Token.Kind.NUMBER || TIME.contains(toks.get(j).norm()))) {
      j++;
    }
    return j < limit && j < toks.size() && toks.get(j).isWord()
        && !COMPLEMENTIZERS.contains(toks.get(j).norm()) ? j : i;
  }

  /**
   * The proposition marker of a cue whose proposition may be a noun after its complement
   * preposition (شدد على ضرورة، كشف عن أسماء): the preposition, when it comes before
   * {@code marker} (or there is none) and is followed by a noun; else {@code marker}.
   */
  int complement(CueLexicon.Cue cue, int from, int to, int marker) {
    String prep = cue.complement();
    if (prep == null || prep.equals(BI)) {
      return marker;
    }
    int end = Math.min(Math.min(to, toks.size() - 1), from + COMPLEMENT_REACH);
    for (int i = from; i < end && (marker < 0 || i < marker); i++) {
      Token t = toks.get(i);
      if (t.kind() == Token.Kind.PUNCT && !isComma(t) && !isQuote(t)) {
        return marker;
      }
      if (t.norm().equals(prep)) {
        int k = i + 1;
        while (k < toks.size() - 1 && isQuote(toks.get(k))) {
          k++; // أعربت عن "قلقها": the noun in quotes
        }
        Token next = toks.get(k);
        boolean clause = COMPLEMENTIZERS.contains(next.norm());
        return clause || !next.isWord() ? marker : i;
      }
    }
    return marker;
  }

  /**
   * Whether the object at {@code from} is charged with or called something (اتهم السراج حفتر
   * بتدبير انقلاب، وصفوا حفتر بالمجرم): a word with ب after it, before {@code to}.
   */
  boolean chargedWith(CueLexicon.Cue cue, int from, int to) {
    if (!BI.equals(cue.complement())) {
      return false;
    }
    int end = Math.min(Math.min(to, toks.size()), from + CHARGE_REACH);
    for (int i = from + 1; i < end; i++) {
      Token t = toks.get(i);
      if (t.kind() == Token.Kind.PUNCT && !isQuote(t)) {
        return false;
      }
      if (Words.charge(t.norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the name ending at token {@code end}, the first after a verb of charging with no
   * object pronoun (اتهم، وصف), is followed by the charge after ب (ووصف حفتر بأنه): the name is
   * the verb's object, and its subject the one named before.
   */
  boolean chargedObject(CueLexicon.Hit hit, int from, int end) {
    if (from != hit.to() || end <= from || end >= toks.size()
        || !CHARGE_VERBS.contains(Clitics.withoutConjunction(toks.get(hit.from()).norm(), 3))) {
      return false;
    }
    return Words.charge(toks.get(end).norm());
  }

  /** Whether the proposition from token {@code from} opens with a hedge (قد لا تكون، ربما). */
  boolean hedged(int from, int to) {
    for (int i = from; i < Math.min(to, from + HEDGE_REACH) && i < toks.size(); i++) {
      String n = Clitics.withoutConjunction(toks.get(i).norm(), 3);
      if (!HEDGES.contains(n)) {
        continue;
      }
      if (!n.equals(QAD)) {
        return true;
      }
      String v = i + 1 < toks.size() ? toks.get(i + 1).norm() : "";
      return v.equals("لا") || (v.length() > 2 && "يتنا".indexOf(v.charAt(0)) >= 0);
    }
    return false;
  }

  /**
   * Whether a cue set off by a comma ends its sentence within a few words of its speaker phrase
   * ending at {@code spTo} (...، بحسب ما نقلته وكالة رويترز للأنباء.).
   */
  boolean closesSentence(CueLexicon.Hit hit, int spTo) {
    if (hit.from() == 0 || !isComma(toks.get(hit.from() - 1))) {
      return false;
    }
    for (int i = spTo; i < toks.size() && i < spTo + TAIL; i++) {
      Token t = toks.get(i);
      if (t.kind() == Token.Kind.PUNCT && !isQuote(t)) {
        return !isComma(t);
      }
    }
    return spTo >= toks.size() || spTo + TAIL > toks.size();
  }

  /** A noun cue right after a preposition cue is its speaker (بحسب التقارير، وفقا للبيان). */
  boolean headsSpeakerOf(CueLexicon.Hit hit, List<CueLexicon.Hit> before) {
    if (!hit.cue().pos().equals("noun") || before.isEmpty()) {
      return false;
    }
    CueLexicon.Hit last = before.get(before.size() - 1);
    return last.cue().pos().equals("prep") && last.to() == hit.from();
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

  /**
   * Whether the cue is a past verb after قد with a copula and its subject before them (وكانت
   * منظمة العفو الدولية قد اتهمت الجيش): the name after the verb is its object.
   */
  boolean pluperfect(CueLexicon.Hit hit) {
    int qad = hit.from() - 1;
    if (qad < 2 || !toks.get(qad).norm().equals(QAD)) {
      return false;
    }
    for (int j = qad - 2; j >= 0 && j >= qad - PLUPERFECT_REACH; j--) {
      if (toks.get(j).kind() == Token.Kind.PUNCT) {
        return false;
      }
      if (PAST_COPULAS.contains(Clitics.withoutConjunction(toks.get(j).norm(), 3))) {
        return true;
      }
    }
    return false;
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

  /**
   * How many tokens an aside opened in {@code [from, to)} holds, its marks included: in brackets
   * (وكالة السودان للأنباء (سونا)) or between commas (إذاعة فرنسا الدولية، المعلق بثها في البلاد،
   * عن مصادر), or 0.
   */
  int bracketed(int from, int to) {
    for (int i = Math.max(0, from); i < to && i < toks.size(); i++) {
      boolean comma = isComma(toks.get(i));
      if (toks.get(i).text().equals("(") || comma) {
        for (int j = i + 1; j < Math.min(toks.size(), i + 8); j++) {
          if (comma ? isComma(toks.get(j)) : toks.get(j).text().equals(")")) {
            return j - i + 1;
          }
        }
        return 0;
      }
    }
    return 0;
  }

  /** The first token in {@code [from, to)} whose normalized form is {@code norm}, or -1. */
  int indexOf(String norm, int from, int to) {
    for (int i = Math.max(0, from); i < to && i < toks.size(); i++) {
      if (toks.get(i).norm().equals(norm)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where the noun of an act that a reporting cue names after ب stands, past the speaker's first
   * word and before {@code to} (أفادت مصادر طبية بمقتل 23 مدنيا: بمقتل), or -1.
   */
  int reportedAct(CueLexicon.Cue cue, int spFrom, int to) {
    if (!cue.reports()) {
      return -1;
    }
    for (int i = spFrom + 1; i < to && i < toks.size(); i++) {
      Token t = toks.get(i);
      if (t.kind() == Token.Kind.PUNCT && !isQuote(t)) {
        return -1;
      }
      String n = t.norm();
      if (n.length() > 3 && n.startsWith("ب") && REPORTED.contains(n.substring(1))) {
        return i;
      }
    }
    return -1;
  }
}
