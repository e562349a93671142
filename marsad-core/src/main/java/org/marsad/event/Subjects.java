package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.model.EntityType;

/**
 * Where a clause's doer stands relative to its predicate, read on one sentence's {@link
 * Overlay}: before it (subject-first), after the complementizer that opens its proposition (أن
 * تركيا أرسلت), inside a relative clause, as a verbal noun's genitive or after على يد / من قبل.
 * The subject after a verb is {@link PostverbalSubjects}'s reading, and whom a pronoun stands
 * for {@link Antecedents}'.
 */
final class Subjects {
  static final Set<String> PREPS = Words.of("preposition");
  static final Set<String> COMPLEMENTIZERS = Words.of("complementizer");
  private static final Set<String> COPULAS = Words.of("copula");
  private static final Set<String> PAST_COPULAS = Words.of("past-copula");
  static final Set<String> RELATIVES = Words.of("relative");
  static final Set<String> PRONOUN_PREPS = Words.of("pronoun-preposition");
  private static final Set<String> FORCES = Words.of("force-noun");
  private static final Set<String> FORCES_OF = Words.of("forces-of");
  private static final Set<String> TIME = Words.of("time-word");
  private static final Set<String> COUNTERPART = Words.of("counterpart");
  /** Nouns of a role, normalized as text is (رئيس is read رييس). */
  static final Set<String> ROLES = Words.of("role-noun");
  private static final Set<String> PART_NOUNS = Words.of("part-noun");
  private static final Set<String> ANNOUNCE = Words.of("announce-verb");
  /** How far into its sentence a verb of announcing may open it (وفي سياق متصل، أعلنت). */
  private static final int OPENING = 6;
  private static final Set<String> AUXILIARIES = Set.of("كان", "كانت", "يكون", "تكون", "يكونوا",
      "كانوا", "ظل", "ظلت", "بات", "باتت", "اصبح", "اصبحت");

  private final Overlay o;
  private final List<Token> toks;
  private final List<Arg> args;
  private final List<TriggerLexicon.Hit> hits;

  Subjects(Overlay o, List<TriggerLexicon.Hit> hits) {
    this.o = o;
    this.toks = o.tokens();
    this.args = o.args();
    this.hits = hits;
  }

  /** True when token {@code i} is a word of a trigger. */
  boolean inTrigger(int i) {
    for (TriggerLexicon.Hit h : hits) {
      if (h.from() <= i && i < h.to()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the counterpart word with its pronoun (نظيره، نظيرته) before a name at token {@code
   * nameFrom} stands, past at most two definite adjectives (نظيره الروسي فلاديمير بوتين), or -1.
   */
  static int counterpartBefore(Overlay o, int nameFrom) {
    for (int j = nameFrom - 1; j >= 0 && nameFrom - j <= 3; j--) {
      if (COUNTERPART.contains(o.n(j))) {
        return j;
      }
      if (!Words.definiteAdjective(o.n(j))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * True when mention {@code a} is named with no preposition, on it or on the counterpart phrase
   * it ends (not في اتصال مع نظيره الروسي فلاديمير بوتين: the party met): it may be a subject.
   */
  static boolean unprepositioned(Overlay o, Arg a) {
    int counterpart = counterpartBefore(o, a.from());
    // مع عناصر حركة الشباب، على منصة تلغرام: the genitive of a part after a preposition
    int noun = a.from() - 1;
    boolean genitive = noun >= 1 && PART_NOUNS.contains(o.n(noun))
        && PREPS.contains(o.n(noun - 1));
    return a.prep().isEmpty() && !genitive
        && !(counterpart >= 1 && PREPS.contains(o.n(counterpart - 1)));
  }

  /** True when token {@code i} is a noun of a role, as written first (وزير, not و+زير). */
  static boolean role(Overlay o, int i) {
    return ROLES.contains(o.tokens().get(i).norm()) || ROLES.contains(o.n(i));
  }

  private String n(int i) {
    return o.n(i);
  }

  /**
   * The subject of a proposition "أن + noun + verb": the actor right after the complementizer,
   * when no other verb stands between it and {@code from}.
   */
  Arg strongTopic(int from) {
    if (from >= 1 && toks.get(from - 1).kind() == Token.Kind.PUNCT && n(from - 1).equals("،")
        && Words.withWaw(toks.get(from))) {
      return null; // إن البرلمان صوت ...، ورحبت الوزارة: a coordinated clause has its own subject
    }
    for (int j = from - 1; j >= 0 && j >= from - 20; j--) {
      if (toks.get(j).kind() == Token.Kind.PUNCT && (n(j).equals(".") || n(j).equals(":"))) {
        return null;
      }
      String w = n(j);
      if (w.equals("ان") || w.equals("بان")) {
        // أن تكون قوات حفتر قد قصفت: past an auxiliary كان
        Arg a = o.argAt(j + 1) == null && AUXILIARIES.contains(n(j + 1)) ? o.argAt(j + 2)
            : o.argAt(j + 1);
        if (a == null) {
          a = titled(j + 1, from); // أن ولي العهد الأمير محمد بن سلمان استقبل
        }
        if (a == null || !a.actor() || a.to() > from) {
          return null;
        }
        for (TriggerLexicon.Hit h : hits) {
          if (h.trigger().verb() && h.from() > a.from() && h.from() < from) {
            return null;
          }
        }
        return o.groupHead(a);
      }
    }
    return null;
  }

  /**
   * True when the verb at {@code from} follows "أن + a definite noun" that names no party (إن
   * الوفد التقى، أن الجيش استهدف): its subject is that noun, and a name after the verb its object.
   */
  boolean unnamedTopic(int from) {
    int j = from - 1;
    return j >= 1 && o.at(j) == null && n(j).startsWith("ال") && n(j).length() > 3
        && !RELATIVES.contains(n(j)) && toks.get(j).kind() == Token.Kind.ARABIC
        && (n(j - 1).equals("ان") || n(j - 1).equals("بان"));
  }

  /** The first person named before {@code before} whose title starts at {@code start}, or null. */
  private Arg titled(int start, int before) {
    for (Arg a : args) {
      if (a.from() > start && a.from() < before) {
        return Titles.start(o, a, start) == start ? a : null;
      }
    }
    return null;
  }

  /**
   * True when the word before token {@code at} is a complementizer with an attached singular or
   * plural pronoun (إنه، أنها، بأنهم; not the dual أنهما, which stands for two parties): the
   * pronoun is the subject of the verb at {@code at}.
   */
  boolean pronounSubject(int at) {
    while (at > 1 && Overlay.isQuote(o.tokens().get(at - 1))) {
      at--; // أنها "لن تتهاون مع
    }
    if (at < 1) {
      return false;
    }
    String w = n(at - 1);
    return COMPLEMENTIZERS.contains(w) && w.length() > 2 && !w.endsWith("هما")
        && (w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم"));
  }

  /**
   * The complementizer before the verb at {@code at} when a copula stands between them with no
   * subject of its own (نفت الحركة أن تكون قد استهدفت المدنيين، نفى أن يكون قصف): the copula's
   * hidden subject is the party before the complementizer. Returns the complementizer's token, or
   * -1.
   */
  int copulaComplementizer(int at) {
    int j = at - 1;
    if (j >= 0 && n(j).equals("قد")) {
      j--;
    }
    if (j < 1 || !COPULAS.contains(n(j))) {
      return -1;
    }
    String c = n(j - 1);
    return c.equals("ان") || c.equals("بان") ? j - 1 : -1;
  }

  /**
   * The subject of a pluperfect (وكان حفتر قد هاجم طرابلس، وكانت وزارة الخارجية قد استدعت): the
   * party between a past form of كان and the قد before the verb at {@code at}, or null.
   */
  Arg pluperfect(int at) {
    Arg end = at >= 2 && n(at - 1).equals("قد") ? o.argEndingAt(at - 1) : null;
    if (end == null || !end.actor()) {
      return null;
    }
    Arg head = o.groupHead(end);
    int unit = Units.start(o, head); // وكانت فرقة مظلية من قوات مكافحة الإرهاب قد قتلت
    if (!head.prep().isEmpty() && unit < 0) {
      return null;
    }
    int before = (unit >= 0 ? unit : Titles.start(o, head, 0)) - 1;
    return before >= 0 && PAST_COPULAS.contains(Clitics.withoutConjunction(n(before), 3))
        ? head : null;
  }

  /** The first actor after the complementizer that opens the trigger's proposition. */
  Arg topic(int from) {
    int c = -1;
    for (int j = from - 1; j >= 0 && j >= from - 30; j--) {
      String w = n(j);
      if (w.equals("ان") || w.equals("بان") || w.equals("انه") || w.equals("انها")) {
        c = j;
        break;
      }
      if (toks.get(j).kind() == Token.Kind.PUNCT && (w.equals(".") || w.equals(":"))) {
        break;
      }
    }
    if (c < 0) {
      return null;
    }
    for (Arg a : args) {
      if (a.from() > c && a.to() <= from) {
        return a.actor() && a.prep().isEmpty() && a.group() == args.indexOf(a) ? a : null;
      }
    }
    return null;
  }

  /**
   * Whether {@code a} is the genitive of a verbal noun of another act right before it: the doer
   * of that act, inside the noun phrase it heads, not the subject of a verb after the phrase
   * (إرسال روسيا للأسلحة خرق لقرارات المؤتمر: what breaches is the sending, not Russia).
   */
  boolean genitiveOfAnAct(Arg a) {
    for (TriggerLexicon.Hit h : hits) {
      if (!h.trigger().verb() && h.to() == a.from()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A subject before the trigger within its clause, at most {@code minGap}..3 words before it (a
   * verbal noun needs a governing word between: مصر ستواصل دعم).
   */
  Arg before(int at, int left, int minGap) {
    int open = at > 0 ? Clause.asideStart(o, at - 1, hits) : -1;
    int from = open > left ? open : at; // حكومة الوفاق، وعلى لسان وزير داخليتها، اتهمت
    if (from > left + 1 && Overlay.isQuote(toks.get(from - 1))) {
      from--; // بعض قيادات "الجيش الليبي" انسحبوا
    }
    for (int gap = minGap; gap <= 3; gap++) {
      int end = from - gap;
      if (end <= left) {
        return null;
      }
      for (int j = from - 1; j >= end; j--) {
        if (PREPS.contains(n(j)) || toks.get(j).kind() == Token.Kind.PUNCT) {
          return null;
        }
      }
      Arg a = o.argEndingAt(end);
      if (a != null) {
        Arg head = o.groupHead(a);
        int start = unprepositioned(o, head) ? head.from() : Units.start(o, head);
        return a.actor() && start >= 0 && start >= left && !genitiveOfAnAct(head) ? head : null;
      }
    }
    return null;
  }

  /** The genitive of a verbal noun: the mention right after it. */
  Arg genitive(int from, int right) {
    Arg a = from < right ? o.argAt(from) : null;
    return a != null && a.party() && a.prep().isEmpty() ? a : null;
  }

  /** The party after على يد or من قبل within the next few tokens from {@code from}, or null. */
  Arg agentAfter(int from, int right) {
    for (Arg a : args) {
      if (a.from() >= from && a.from() < right && a.from() <= from + 4 && a.party()
          && Recipients.agentPrep(a.prep())) {
        return o.groupHead(a);
      }
    }
    return null;
  }

  /** The subject inside a relative clause: past its verb and an attached-pronoun preposition. */
  Arg inRelative(int from, int right) {
    for (int j = from; j < right && j < from + 4; j++) {
      Arg a = o.argAt(j);
      if (a != null) {
        return a.prep().isEmpty() && a.actor() ? a : null;
      }
      if (toks.get(j).kind() == Token.Kind.PUNCT || PREPS.contains(n(j))) {
        return null;
      }
    }
    return null;
  }

  /** The first subject-like actor of the sentence, before {@code from}. */
  Arg first(int from) {
    for (Arg a : args) {
      if (a.to() > from) {
        return null;
      }
      if (a.party() && a.prep().isEmpty() && a.group() == args.indexOf(a)) {
        return a;
      }
    }
    return null;
  }

  Arg firstPartyBetween(int from, int to) {
    for (Arg a : args) {
      if (a.from() >= from && a.to() <= to && a.party()) {
        return o.groupHead(a);
      }
    }
    return null;
  }

  /**
   * True when a definite noun that names no entity follows the verb as its subject (سيطرت القوات
   * الموالية للحكومة، تقدمت الوحدات): the doer is said, but not named.
   */
  boolean unnamedSubjectAfter(int from, int right) {
    int j = from;
    while (j < right && TIME.contains(n(j))) {
      j++;
    }
    if (j >= right || o.at(j) != null || toks.get(j).kind() != Token.Kind.ARABIC) {
      return false;
    }
    String w = n(j);
    // as written: آليات is not definite, though it reads اليات
    boolean definite = Clitics.withoutConjunction(toks.get(j).text(), 3).startsWith("ال");
    return (definite && !RELATIVES.contains(w)) || FORCES.contains(w) || FORCES_OF.contains(w);
  }

  /**
   * True when the clause starting at token {@code left} is a proposition opened by a bare أن /
   * إن / بأن; one written with a pronoun (إنها، أنه) has that pronoun for subject.
   */
  boolean reported(int left) {
    String w = n(left - 1);
    return left > 0 && (w.equals("ان") || w.equals("بان"));
  }

  /** True when token {@code i} can be a verb governing a following verbal noun. */
  boolean governing(int i) {
    Token t = toks.get(i);
    String w = n(i);
    return t.kind() == Token.Kind.ARABIC && !w.startsWith("ال") && !PREPS.contains(w)
        && !COMPLEMENTIZERS.contains(w) && !RELATIVES.contains(w) && o.argEndingAt(i + 1) == null
        && !w.startsWith("بال") && !w.startsWith("لل");
  }

  /**
   * An indefinite active participle (منتزعة، مستهدفا; of a bare verb in the accusative, داعيا،
   * رافضا): it describes the clause's subject.
   */
  boolean participle(int i) {
    String w = n(i);
    return !w.startsWith("ال") && ((w.startsWith("م") && w.length() >= 5)
        || (w.length() == 5 && w.charAt(1) == '\u0627' && w.endsWith("\u0627")));
  }

  /**
   * The party named right after a verb of announcing that opens the sentence (أعلنت اليونيفيل أن
   * دورية تعرضت لإطلاق نار، ودعت الجيش الإسرائيلي إلى), for a verb joined by و after a comma at
   * {@code at}: the one who announced goes on; else null.
   */
  Arg announcer(int at) {
    if (at < 2 || !Clause.comma(o, at - 1)) {
      return null;
    }
    for (int v = 0; v < Math.min(at - 1, OPENING); v++) {
      if (!ANNOUNCE.contains(Words.bare(toks.get(v)))) {
        continue;
      }
      Arg a = o.argAt(v + 1);
      return a != null && a.from() == v + 1 && a.party() && a.prep().isEmpty()
          && o.lastOfGroup(a).to() < at - 1 ? o.groupHead(a) : null;
    }
    return null;
  }
}
