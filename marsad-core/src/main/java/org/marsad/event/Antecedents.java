package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Token;
import org.marsad.model.EntityType;

/**
 * Whom a pronoun or a relative pronoun stands for, read on one sentence's {@link Overlay}: the
 * party a complementizer's pronoun stands for (قالت الجماعة إنها), a relative pronoun's
 * antecedent, the owner of forces named with a pronoun (قواته), the nearest earlier party.
 */
final class Antecedents {
  private static final Set<String> FORCES = Words.of("force-noun");
  private static final Set<String> COMPLEMENTIZERS = Words.of("complementizer");
  private static final Set<String> PREPOSITIONS = Words.of("preposition");
  /** "During it" (خلاله، خلالها): a pronoun of an act, not of a party. */
  static final Set<String> DURING = Words.of("during-pronoun");
  /** How far before a verb "its forces" may stand, past a place (وحداتها في ريف درعا). */
  private static final int POSSESSOR_REACH = 5;
  private static final Set<String> MASCULINE_RELATIVES = Set.of("الذي", "الذين", "اللذين",
      "اللذان");

  private final Overlay o;
  private final List<Token> toks;
  private final List<Arg> args;
  private final Subjects subjects;

  Antecedents(Overlay o, Subjects subjects) {
    this.o = o;
    this.toks = o.tokens();
    this.args = o.args();
    this.subjects = subjects;
  }

  private String n(int i) {
    return o.n(i);
  }

  /**
   * Whom the pronoun of a complementizer at {@code at} stands for (قالت الجماعة إنها، أعلن
   * الجيش أنه): the nearest party before it read as a subject, not one after a preposition and
   * not the genitive of an act (طلب دعم مصر), or null.
   */
  Arg pronounAntecedent(int at) {
    Arg parallel = parallelSubject(at);
    if (parallel != null) {
      return parallel;
    }
    for (int i = args.size() - 1; i >= 0; i--) {
      Arg a = args.get(i);
      Arg head = o.groupHead(a);
      if (a.to() <= at && a.party() && head.prep().isEmpty()
          && !subjects.genitiveOfAnAct(head)) {
        return head;
      }
    }
    return null;
  }

  /**
   * The party named right after an earlier أن when the complementizer at or before {@code at}
   * (past quotes) is joined to it by و (أن الجزائر "تأسف ..."، وأنها "ترفض"): the pronoun stands
   * for that party; else null.
   */
  private Arg parallelSubject(int at) {
    while (at > 0 && Overlay.isQuote(o.tokens().get(at))) {
      at--;
    }
    if (at < 1 || !Words.withWaw(o.tokens().get(at))) {
      return null;
    }
    for (int j = at - 1; j >= 0; j--) {
      String w = o.n(j);
      if (w.equals("ان") || w.equals("بان")) {
        Arg a = o.argAt(j + 1);
        return a != null && a.from() == j + 1 && a.party() ? o.groupHead(a) : null;
      }
    }
    return null;
  }

  /** The mention right before a relative pronoun at {@code from - 1} or {@code from - 2}. */
  Arg antecedentOfRelative(int from) {
    int rel = Subjects.RELATIVES.contains(n(from - 1)) ? from - 1 : from - 2;
    boolean masculine = MASCULINE_RELATIVES.contains(n(rel));
    for (int end = rel; end >= rel - 1 && end > 0; end--) {
      if (end < rel && toks.get(end).kind() != Token.Kind.PUNCT
          && (!n(end).startsWith("ال") || subjects.inTrigger(end))) {
        // past a comma or an adjective (حركة العدل والمساواة المسلحة التي); not past a noun
        // of an act (بالهجوم الذي استهدف): that noun is the antecedent
        break;
      }
      Arg a = o.argEndingAt(end);
      if (a != null && a.actor()) {
        // الذي does not agree with a country or city (مؤتمر أعيان ليبيا، الذي استضافته)
        return masculine && a.entity().type() == EntityType.LOCATION ? null : o.groupHead(a);
      }
    }
    return null;
  }

  /**
   * "قواته سيطرت": the forces of the nearest actor before; "قواتنا" in the words of a speaker
   * named before, the speaker's.
   */
  Arg possessor(int from) {
    int words = 0; // how many words, quotes not counted, from j to the verb
    for (int j = from - 1; j >= Math.max(0, from - POSSESSOR_REACH); j--) {
      Arg between = o.argAt(j);
      Token t = o.tokens().get(j);
      words += Overlay.isQuote(t) ? 0 : 1;
      if ((t.kind() == Token.Kind.PUNCT && !Overlay.isQuote(t))
          || (between != null && !between.place())
          || (j < from - 2 && COMPLEMENTIZERS.contains(n(j)))) {
        return null; // past a place only (أن وحداتها في ريف درعا أوقفت)
      }
      // قواته، قواتنا: the speaker's (وحداته as written: its و is of the root); not after a
      // preposition, where they are acted on (أسر 17 من عناصرها)
      if ((forcesPronoun(n(j)) != null || forcesPronoun(t.norm()) != null)
          && (words <= 2 || !PREPOSITIONS.contains(n(j - 1)))) {
        Arg subject = nearestSubjectBefore(j);
        Arg organization = subject == null ? null : organizationOf(subject);
        return organization != null ? organization
            : subject != null ? subject : nearestBefore(j, null);
      }
    }
    return null;
  }

  /**
   * The organization a person is named as speaking for or serving, right before the person's
   * title (المتحدث باسم الجيش السوداني العميد نبيل عبد الله): whose forces "his forces" are;
   * null for a person named otherwise.
   */
  private Arg organizationOf(Arg person) {
    if (person.entity().type() != EntityType.PERSON) {
      return null;
    }
    int k = person.from();
    while (k > 0 && person.from() - k < 3 && o.argEndingAt(k) == null
        && o.argAt(k - 1) == null && n(k - 1).startsWith("ال")) {
      k--;
    }
    Arg org = o.argEndingAt(k);
    return org != null && org.party() && org.entity().type() == EntityType.ORGANIZATION
        ? o.groupHead(org) : null;
  }

  /**
   * The pronoun (هم، ها، ه، نا) attached to a noun of forces or state ({@code force-noun}: قواته،
   * حكومتها، قواتنا), or null when {@code w} is none.
   */
  static String forcesPronoun(String w) {
    for (String p : new String[] {"هم", "ها", "ه", "نا"}) {
      if (w.endsWith(p) && FORCES.contains(restoreTaMarbuta(w.substring(0, w.length()
          - p.length())))) {
        return p;
      }
    }
    return null;
  }

  private static String restoreTaMarbuta(String stem) {
    return stem.endsWith("ت") && !stem.endsWith("ات") ? stem.substring(0, stem.length() - 1) + "ه"
        : stem;
  }

  /** The nearest party before {@code from} with no preposition before it (a subject), or null. */
  Arg nearestSubjectBefore(int from) {
    for (int i = args.size() - 1; i >= 0; i--) {
      Arg a = args.get(i);
      if (a.to() <= from && a.party() && Subjects.unprepositioned(o, o.groupHead(a))) {
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
   * before the trigger (that one is its subject: حفتر رفضها). Right after a relative pronoun the
   * pronoun is the relative's: its antecedent, or none where that is no party (الهجوم الذي
   * شنته الحركة).
   */
  Arg antecedent(int from, Arg except) {
    if (from >= 1 && Subjects.RELATIVES.contains(n(from - 1))) {
      Arg a = antecedentOfRelative(from);
      return a == null || (except != null && a.group() == except.group()) ? null : a;
    }
    if (from + 1 < toks.size() && n(from + 1).startsWith("ايا")) {
      // اتهمت الخارجية الحكومة الكينية بانتهاك سيادة السودان، مطالبة إياها: the object named
      // first after the doer, not a genitive named last
      for (Arg a : args) {
        if (a.to() <= from && a.party() && a.prep().isEmpty()
            && (except == null || (a.group() != except.group() && a.from() > except.from()))) {
          return o.groupHead(a);
        }
      }
    }
    // استهدفتهما، قصفهم: a dual or plural pronoun stands for no one person named alone
    boolean many = n(from).endsWith("هما") || n(from).endsWith("هم");
    for (int i = args.size() - 1; i >= 0; i--) {
      Arg a = args.get(i);
      if (a.to() > from || a.to() == from || !a.party() || a.prep().equals("في")
          || (except != null && a.group() == except.group())
          || (many && a.entity().type() == EntityType.PERSON && o.group(a).size() < 2)) {
        continue;
      }
      return o.groupHead(a);
    }
    return null;
  }

  /**
   * True when a preposition with a pronoun of a party follows at {@code from} (عنه، معها); not
   * "during it" after a verb of one doer (أشاد خلاله), whose pronoun stands for an act, but after
   * a dual verb, whose two doers are the act's parties (أجرى اتصالا بالرئيس، بحثا خلاله).
   */
  boolean pronounAfter(int from) {
    return from < toks.size() && Subjects.PRONOUN_PREPS.contains(n(from))
        && (!DURING.contains(n(from)) || n(from - 1).endsWith("ا"));
  }

  /** The preposition of a pronoun preposition at token {@code from} (معه: مع), or "". */
  String pronounPrepAfter(int from) {
    if (!pronounAfter(from)) {
      return "";
    }
    String w = n(from);
    return w.endsWith("هم") || w.endsWith("ها") ? w.substring(0, w.length() - 2)
        : w.substring(0, w.length() - 1);
  }
}
