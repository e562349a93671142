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
 * Overlay}: after a verb (verb-subject-object), before it (subject-first), after the
 * complementizer that opens its proposition (أن تركيا أرسلت), as the antecedent of a relative
 * pronoun, as a verbal noun's genitive, or as the owner of an attached pronoun (قواته).
 */
final class Subjects {
  static final Set<String> PREPS = Words.of("preposition");
  static final Set<String> COMPLEMENTIZERS = Words.of("complementizer");
  private static final Set<String> COPULAS = Words.of("copula");
  static final Set<String> RELATIVES = Words.of("relative");
  static final Set<String> PRONOUN_PREPS = Words.of("pronoun-preposition");
  private static final Set<String> FORCES = Words.of("force-noun");
  private static final Set<String> FORCES_OF = Words.of("forces-of");
  private static final Set<String> TIME = Words.of("time-word");
  private static final Set<String> TARGETS = Words.of("target-noun");
  private static final Set<String> ROLES = Words.of("role-noun");
  private static final Set<String> QUANTITIES = Words.of("quantity");
  private static final Set<String> MASCULINE_RELATIVES = Set.of("الذي", "الذين", "اللذين",
      "اللذان");
  private static final Set<String> AUXILIARIES = Set.of("كان", "كانت", "يكون", "تكون", "يكونوا",
      "كانوا", "ظل", "ظلت", "بات", "باتت", "اصبح", "اصبحت");


  private final Overlay o;
  private final List<Token> toks;
  private final List<Arg> args;
  private final List<TriggerLexicon.Hit> hits;
  /** The sentence's overlay with its generic actors ({@code o} itself when it has them). */
  private final Overlay full;

  Subjects(Overlay o, List<TriggerLexicon.Hit> hits) {
    this(o, hits, o);
  }

  Subjects(Overlay o, List<TriggerLexicon.Hit> hits, Overlay full) {
    this.o = o;
    this.toks = o.tokens();
    this.args = o.args();
    this.hits = hits;
    this.full = full;
  }

  /**
   * True when a generic actor left out of {@code o} starts at token {@code j} and a word that is
   * no name stands after it (واعتقلت الشرطة التونسية المعارض راشد الغنوشي): the unnamed party is
   * the subject there, and the name after it the object. Not when a name follows a bare noun
   * at once (طائرات حفتر: the named party's own), as it may not after a definite noun or a
   * country adjective (واعتقلت الشرطة التونسية راشد الغنوشي).
   */
  private boolean unnamedSubjectAt(int j) {
    if (full == o || o.argAt(j) != null) {
      return false;
    }
    Arg g = full.argAt(j);
    if (g == null || g.from() != j || !g.entity().generic() || !g.prep().isEmpty()) {
      return false;
    }
    boolean construct = g.entity().country() == null && !n(g.to() - 1).startsWith("ال");
    return !construct || g.to() >= toks.size() || o.argAt(g.to()) == null;
  }

  private String n(int i) {
    return o.n(i);
  }

  /**
   * The subject of a proposition "أن + noun + verb": the actor right after the complementizer,
   * when no other verb stands between it and {@code from}.
   */
  Arg strongTopic(int from) {
    for (int j = from - 1; j >= 0 && j >= from - 20; j--) {
      if (toks.get(j).kind() == Token.Kind.PUNCT && (n(j).equals(".") || n(j).equals(":"))) {
        return null;
      }
      String w = n(j);
      if (w.equals("ان") || w.equals("بان")) {
        // أن تكون قوات حفتر قد قصفت: past an auxiliary كان
        Arg a = o.argAt(j + 1) == null && AUXILIARIES.contains(n(j + 1)) ? o.argAt(j + 2)
            : o.argAt(j + 1);
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
   * True when the word before token {@code at} is a complementizer with an attached singular or
   * plural pronoun (إنه، أنها، بأنهم; not the dual أنهما, which stands for two parties): the
   * pronoun is the subject of the verb at {@code at}.
   */
  boolean pronounSubject(int at) {
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
   * Whom the pronoun of a complementizer at {@code at} stands for (قالت الجماعة إنها، أعلن
   * الجيش أنه): the nearest party before it read as a subject, not one after a preposition and
   * not the genitive of an act (طلب دعم مصر), or null.
   */
  Arg pronounAntecedent(int at) {
    for (int i = args.size() - 1; i >= 0; i--) {
      Arg a = args.get(i);
      Arg head = o.groupHead(a);
      if (a.to() <= at && a.party() && head.prep().isEmpty() && !genitiveOfAnAct(head)) {
        return head;
      }
    }
    return null;
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
  private boolean genitiveOfAnAct(Arg a) {
    for (TriggerLexicon.Hit h : hits) {
      if (!h.trigger().verb() && h.to() == a.from()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A subject after a verb: an actor with no preposition, past at most a few plain words; a role
   * and its holder (الناطق باسم قوات حفتر أحمد المسماري) give the holder.
   */
  Arg after(int from, int right) {
    int words = 0;
    int role = -1;
    for (int j = from; j < right && words < 6; j++) {
      if (unnamedSubjectAt(j)) {
        return null;
      }
      Arg a = o.argAt(j);
      if (a != null) {
        Arg holder = holderAfter(a, right);
        if (holder != null) {
          return holder;
        }
        // a role and its organization stand for the organization (اتهم المتحدث باسم الجيش);
        // a number of a party's men for the party (سلم العشرات من قوات حفتر أنفسهم)
        boolean roleOf = role >= 0 && (a.prep().equals("ل") || a.prep().equals("ب"));
        boolean partOf = role >= 0 && a.prep().equals("من") && QUANTITIES.contains(n(role));
        if (role >= 0 && ROLES.contains(n(role)) && n(role).startsWith("ال")
            && a.prep().isEmpty() && a.entity().type() != EntityType.PERSON
            && adjectivesOnly(role, j)) {
          // زار الوزير القاهرة: a definite role has no genitive (وزير خارجية تركيا has), so the
          // name after it is the object of its unnamed holder
          return null;
        }
        return (a.prep().isEmpty() || roleOf || partOf) && a.actor() ? a : null;
      }
      if (TARGETS.contains(Words.withoutArticle(n(j), 3))) {
        return null; // قصف الطيران مواقع تنظيم الدولة: past the object, its owner is hit
      }
      if (role < 0 && words == 0 && (ROLES.contains(n(j)) || QUANTITIES.contains(n(j)))) {
        role = j;
        if (QUANTITIES.contains(n(j)) && n(j + 1).equals("من")) {
          j++; // عدد من
          continue;
        }
      }
      Token t = toks.get(j);
      if (t.kind() == Token.Kind.PUNCT && o.boundary(j)) {
        int close = Clause.asideEnd(o, j, hits);
        if (close < 0) {
          return null;
        }
        j = close; // قصفت، صباح اليوم، قوات حفتر
        continue;
      }
      if (PREPS.contains(n(j)) || PRONOUN_PREPS.contains(n(j))) {
        return null;
      }
      if (j == from && unnamedDefinite(j)) {
        return null; // اقتحمت القوات طرابلس، زار الوزير القاهرة: the city is the object
      }
      words++;
    }
    return null;
  }

  /** True when the tokens strictly between {@code from} and {@code to} are definite words. */
  private boolean adjectivesOnly(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (!n(k).startsWith("ال")) {
        return false; // المتحدث باسم الجيش: the organization the role speaks for
      }
    }
    return true;
  }

  /**
   * True when token {@code j} is a definite noun naming no one, not a word of time (الجمعة،
   * اليوم) nor a title before a person's name (الرئيس السيسي): right after a verb, its subject,
   * and a name after it (a definite noun takes no genitive) its object.
   */
  private boolean unnamedDefinite(int j) {
    if (toks.get(j).kind() != Token.Kind.ARABIC || !n(j).startsWith("ال") || TIME.contains(n(j))
        || ROLES.contains(n(j)) || QUANTITIES.contains(n(j)) || o.argAt(j) != null) {
      return false;
    }
    for (int k = j + 1; k < Math.min(toks.size(), j + 4); k++) {
      Arg next = o.argAt(k);
      if (next != null) {
        // الرئيس المصري عبد الفتاح السيسي: a title, its adjectives, the name
        return next.entity().type() != EntityType.PERSON || !adjectivesOnly(j, k);
      }
    }
    return true;
  }

  /** The person named right after a role's organization (وزير الداخلية بحكومة الوفاق فتحي باشاغا). */
  private Arg holderAfter(Arg org, int right) {
    if (org.entity().type() == EntityType.PERSON || org.entity().generic()) {
      return null;
    }
    for (int j = o.lastOfGroup(org).to(); j < right && j < org.to() + 3; j++) {
      Arg b = o.argAt(j);
      if (b != null) {
        return b.entity().type() == EntityType.PERSON && b.prep().isEmpty() ? b : null;
      }
      if (toks.get(j).kind() == Token.Kind.PUNCT || PREPS.contains(n(j))) {
        return null;
      }
    }
    return null;
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
        return a.actor() && head.prep().isEmpty() && head.from() >= left
            && !genitiveOfAnAct(head) ? head : null;
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

  /** The mention right before a relative pronoun at {@code from - 1} or {@code from - 2}. */
  Arg antecedentOfRelative(int from) {
    int rel = RELATIVES.contains(n(from - 1)) ? from - 1 : from - 2;
    boolean masculine = MASCULINE_RELATIVES.contains(n(rel));
    for (int end = rel; end >= rel - 1 && end > 0; end--) {
      Arg a = o.argEndingAt(end);
      if (a != null && a.actor()) {
        // الذي does not agree with a country or city (مؤتمر أعيان ليبيا، الذي استضافته)
        return masculine && a.entity().type() == EntityType.LOCATION ? null : o.groupHead(a);
      }
      if (end < rel && toks.get(end).kind() != Token.Kind.PUNCT) {
        break;
      }
    }
    return null;
  }

  /** "قواته سيطرت": the forces of the nearest actor before. */
  Arg possessor(int from) {
    for (int j = from - 1; j >= Math.max(0, from - 2); j--) {
      String w = n(j);
      for (String p : new String[] {"هم", "ها", "ه"}) {
        if (w.endsWith(p) && FORCES.contains(restoreTaMarbuta(w.substring(0, w.length()
            - p.length())))) {
          Arg subject = nearestSubjectBefore(j);
          return subject != null ? subject : nearestBefore(j, null);
        }
      }
    }
    return null;
  }

  private static String restoreTaMarbuta(String stem) {
    return stem.endsWith("ت") && !stem.endsWith("ات") ? stem.substring(0, stem.length() - 1) + "ه"
        : stem;
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

  /** The nearest party before {@code from} with no preposition before it (a subject), or null. */
  Arg nearestSubjectBefore(int from) {
    for (int i = args.size() - 1; i >= 0; i--) {
      Arg a = args.get(i);
      if (a.to() <= from && a.party() && o.groupHead(a).prep().isEmpty()) {
        return o.groupHead(a);
      }
    }
    return null;
  }

  /** The nearest actor before {@code from} that is not in {@code except}'s group. */
  Arg nearestBefore(int from, Arg except) {
    for (int i = args.size() - 1; i >= 0; i--) {
      Arg a = args.get(i);
      if (a.to() <= from && a.party() && (except == null || a.group() != except.group())) {
        return o.groupHead(a);
      }
    }
    return null;
  }

  /**
   * The antecedent of a pronoun attached to the trigger or its preposition (التخلي عنه، رفضها):
   * the nearest earlier actor, not one in a locative phrase (في ليبيا) and not one standing right
   * before the trigger (that one is its subject: حفتر رفضها).
   */
  Arg antecedent(int from, Arg except) {
    for (int i = args.size() - 1; i >= 0; i--) {
      Arg a = args.get(i);
      if (a.to() > from || a.to() == from || !a.party() || a.prep().equals("في")
          || (except != null && a.group() == except.group())) {
        continue;
      }
      return o.groupHead(a);
    }
    return null;
  }

  boolean pronounAfter(int from) {
    return from < toks.size() && PRONOUN_PREPS.contains(n(from));
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
}
