package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Token;
import org.marsad.model.EntityType;

/**
 * The subject after a verb (verb-subject-object), read on one sentence's {@link Overlay}: past
 * words of time, an aside between commas, a role and its organization or holder, a number of a
 * party's men; none where the verb's object or an unnamed subject stands first.
 */
final class PostverbalSubjects {
  private static final Set<String> TIME = Words.of("time-word");
  private static final Set<String> TARGETS = Words.of("target-noun");
  private static final Set<String> QUANTITIES = Words.of("quantity");
  private static final Set<String> LOYAL = Words.of("loyal-to");
  private static final Set<String> ENVOYS = Words.of("envoy-noun");
  private static final Set<String> ON_BEHALF = Words.of("on-behalf");
  /** Prepositions that name where a role is held (المبعوث الأممي إلى ليبيا، السفير لدى مصر). */
  private static final Set<String> ROLE_PREPS = Words.of("role-preposition");
  private static final Set<String> MASCULINE = Words.of("masculine-head");

  private final Overlay o;
  private final List<Token> toks;
  private final List<TriggerLexicon.Hit> hits;
  /** The sentence's overlay with its generic actors ({@code o} itself when it has them). */
  private final Overlay full;

  PostverbalSubjects(Overlay o, List<TriggerLexicon.Hit> hits, Overlay full) {
    this.o = o;
    this.toks = o.tokens();
    this.hits = hits;
    this.full = full;
  }

  private String n(int i) {
    return o.n(i);
  }

  /** True when token {@code i} is a noun of a role, as written first (وزير, not و+زير). */
  private boolean role(int i) {
    return Subjects.role(o, i);
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

  /**
   * A subject after a verb: an actor with no preposition, past at most a few plain words; a role
   * and its holder (الناطق باسم قوات حفتر أحمد المسماري) give the holder.
   */
  Arg after(int from, int right) {
    int words = 0;
    int role = -1;
    boolean roleAside = false;
    // a role's words may run long (نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي)
    for (int j = from; j < right && words < (role >= 0 ? ROLE_WORDS : SUBJECT_WORDS); j++) {
      if (Overlay.isQuote(toks.get(j)) || (role >= 0 && writtenApart(j))) {
        continue; // ودعت «حماس»، القائد العام لـ«قسد» مظلوم عبدي: quotes, a body's preposition
      }
      if (j == from && Subjects.PRONOUN_PREPS.contains(n(j)) && o.argAt(j + 1) != null) {
        continue; // خطوة رحبت بها بعثة الاتحاد الأوروبي: the pronoun's phrase, then the subject
      }
      if (words == 0 && role < 0 && Words.eachOf(toks, j)) {
        j++; // وأدانت كل من السعودية وقطر: "each of" before the subjects
        continue;
      }
      if (role < 0 && unnamedSubjectAt(j)) {
        return null; // but a role's genitive names his body (زعيم الجماعة عبد الملك الحوثي)
      }
      Arg a = o.argAt(j);
      if (a != null && j == from && j > 0 && ENVOYS.contains(Words.bare(toks.get(j - 1)))) {
        return null; // طردت الجزائر السفير المغربي: the envoy's state is the object's, no subject
      }
      if (a != null && role >= 0 && j == role + 1 && a.place() && !a.party()
          && a.prep().isEmpty() && holderNamedAfter(o.lastOfGroup(a).to())) {
        j = o.lastOfGroup(a).to() - 1; // حاكم إقليم دارفور، مني أركو مناوي: the role's place
        continue;
      }
      if (a != null) {
        // the holder of a role named with its organization (الناطق باسم قوات حفتر أحمد
        // المسماري); a name after a party named bare is its object's (انتقدت تركيا تصريحات ماكرون)
        Arg holder = role >= 0 || !a.prep().isEmpty() ? holderAfter(a, right) : null;
        if (holder != null) {
          return holder;
        }
        // a role and its organization stand for the organization (اتهم المتحدث باسم الجيش);
        // a number of a party's men for the party (سلم العشرات من قوات حفتر أنفسهم)
        boolean roleOf = role >= 0 && (a.prep().equals("ل") || a.prep().equals("ب"));
        boolean partOf = role >= 0 && a.prep().equals("من") && QUANTITIES.contains(n(role));
        if (role >= 0 && role(role)
            && (n(role).startsWith("ال") || j > role + 1)
            && a.prep().isEmpty() && a.entity().type() != EntityType.PERSON
            && adjectivesOnly(role, j)) {
          // زار الوزير القاهرة، زار وزير الخارجية القطري أنقرة: a definite role, or one whose
          // definite genitive closes it, takes no further genitive (وزير خارجية تركيا does), so
          // the name after it is the object of its unnamed holder
          return null;
        }
        if (role >= 0 && role(role) && n(role).startsWith("ال") && j > role + 1
            && !n(j - 1).startsWith("ال") && toks.get(j - 1).kind() == Token.Kind.ARABIC
            && !role(j - 1) && !ON_BEHALF.contains(n(j - 1)) && a.prep().isEmpty()
            && a.entity().type() != EntityType.PERSON
            && adjectivesOnly(role, j - 1)) {
          return null; // رفض الرئيس السوداني قرار مجلس الأمن: the name owns the object
        }
        if (roleAside && a.entity().type() != EntityType.PERSON) {
          // اتهم وزير الخارجية الأردني، في تصريح، إسرائيل: past a role and an aside, a name
          // that is no person is the object of the role's unnamed holder (not a holder in
          // apposition: قال وزير الخارجية، سامح شكري)
          return null;
        }
        if (role >= 0 && a.entity().type() == EntityType.PERSON && secondRole(role, a.from())) {
          return null; // استقبل ولي العهد السعودي الرئيس الفلسطيني محمود عباس: Abbas is received
        }
        return (a.prep().isEmpty() || roleOf || partOf) && a.actor() ? a : null;
      }
      if (TARGETS.contains(Words.withoutArticle(n(j), 3))) {
        return null; // قصف الطيران مواقع تنظيم الدولة: past the object, its owner is hit
      }
      if (role < 0 && !Titles.prepOn(o, j).isEmpty()) {
        return null; // وأجرى اتصالا بوزير الدفاع ميشال منسى: the holder is after ب, no subject
      }
      Arg unit = role < 0 && words == 0 ? Units.party(o, j) : null;
      if (unit != null) {
        return unit; // اختطف عناصر من حركة حماس جنديين
      }
      if (role < 0 && words == 0 && (role(j) || QUANTITIES.contains(n(j)))) {
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
        Arg named = role >= 0 ? o.argAt(j + 1) : null;
        if (named != null && named.entity().type() == EntityType.PERSON && named.prep().isEmpty()
            && o.lastOfGroup(named).to() == close) {
          return named; // اتهم وزير الخارجية، سامح شكري، إثيوبيا: the role's holder
        }
        j = close; // قصفت، صباح اليوم، قوات حفتر
        roleAside |= role >= 0;
        continue;
      }
      // (قتل القيادي في حركة حماس صالح العاروري: the one killed as often as the killer)
      if (role >= 0 && ROLE_PREPS.contains(n(j)) && !harmingVerbAt(from)) {
        Arg where = o.argAt(j + 1);
        int after = where == null ? -1 : o.lastOfGroup(where).to();
        Arg holder = where == null || where.from() != j + 1 ? null
            : after < toks.size() && Clause.comma(o, after) && holderNamedAfter(after)
                ? o.argAt(after + 1) // المبعوث الأميركي الخاص إلى السودان، توم بيرييلو،
            : o.argAt(after);
        if (holder != null && (holder.from() == after || holder.from() == after + 1)
            && holder.entity().type() == EntityType.PERSON && holder.prep().isEmpty()) {
          return holder; // أعرب المبعوث الأممي إلى ليبيا عبدالله باتيلي: the envoy named after
        }
        if (where != null && where.from() == j + 1 && where.actor()
            && where.entity().type() == EntityType.ORGANIZATION && n(j).equals("في")) {
          return where; // اتهم قيادي في حركة حماس إسرائيل: a member stands for his body
        }
        Arg named = where == null ? holderPastBody(j + 1, right) : null;
        if (named != null) {
          return named; // حمل وزير الإعلام في الحكومة الشرعية معمر الإرياني: a body unnamed
        }
      }
      if (Subjects.PREPS.contains(n(j)) || Subjects.PRONOUN_PREPS.contains(n(j))) {
        return null;
      }
      if (j == from && unnamedDefinite(j)) {
        return null; // اقتحمت القوات طرابلس، زار الوزير القاهرة: the city is the object
      }
      words++;
    }
    return null;
  }

  /** True when token {@code i} is a preposition ل or ب written apart (لـ«قسد») before a name. */
  private boolean writtenApart(int i) {
    if (!n(i).equals("ل") && !n(i).equals("ب")) {
      return false;
    }
    int j = i + 1;
    while (j < toks.size() && Overlay.isQuote(toks.get(j))) {
      j++;
    }
    return o.argAt(j) != null;
  }

  /** True when a person is named at token {@code i}, or right after a comma there. */
  private boolean holderNamedAfter(int i) {
    Arg p = o.argAt(i < toks.size() && Clause.comma(o, i) ? i + 1 : i);
    return p != null && p.entity().type() == EntityType.PERSON && p.prep().isEmpty();
  }

  /** True when a verb of attacking or coercing ends at token {@code from}. */
  private boolean harmingVerbAt(int from) {
    return hits.stream()
        .anyMatch(h -> h.to() == from && Recipients.HARMING.contains(h.trigger().type()));
  }

  /**
   * True when a role of its own stands between the role at {@code role} and its definite words,
   * and the person at {@code person}: the person holds that one, not the first.
   */
  private boolean secondRole(int role, int person) {
    for (int k = role + 2; k < person; k++) {
      if (role(k) && n(k).startsWith("ال") && adjectivesOnly(role, k)) {
        return true;
      }
    }
    return false;
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
        || role(j) || QUANTITIES.contains(n(j)) || o.argAt(j) != null) {
      return false;
    }
    for (int k = j + 1; k < Math.min(toks.size(), j + 4); k++) {
      Arg next = o.argAt(k);
      if (next != null && LOYAL.contains(Words.bare(toks.get(k - 1)))) {
        return false; // سيطرت القوات الموالية للحكومة: the forces named through their patron
      }
      if (next != null) {
        // الرئيس المصري عبد الفتاح السيسي: a title, its adjectives, the name
        return next.entity().type() != EntityType.PERSON || !adjectivesOnly(j, k);
      }
    }
    return true;
  }

  /**
   * True when the words from {@code from} to {@code to} are a title of their own: a role noun
   * first, then plain words (القائد العام للجيش الفريق أول).
   */
  private boolean secondTitle(int from, int to) {
    if (!role(from)) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      if (toks.get(k).kind() != Token.Kind.ARABIC || Subjects.PREPS.contains(n(k))) {
        return false;
      }
    }
    return true;
  }

  /** How far after a role's organization its holder may be named, past a second title. */
  private static final int TITLED_REACH = 8;
  /** How many words may stand before a subject after its verb. */
  private static final int SUBJECT_WORDS = 6;
  /** How many words a subject's role and its genitives may have before the holder's name. */
  private static final int ROLE_WORDS = 10;

  /**
   * The person named right after a body no name gives, of one to three definite words from token
   * {@code from} (وزير الإعلام في الحكومة الشرعية معمر الإرياني): the role's holder; or null.
   */
  private Arg holderPastBody(int from, int right) {
    int k = from;
    while (k < right && k < from + 3 && o.at(k) == null && n(k).startsWith("ال")) {
      k++;
    }
    Arg named = k > from ? o.argAt(k) : null;
    return named != null && named.from() == k && named.prep().isEmpty()
        && named.entity().type() == EntityType.PERSON ? named : null;
  }

  /**
   * The person named right after a role's organization (وزير الداخلية بحكومة الوفاق فتحي
   * باشاغا).
   */
  private Arg holderAfter(Arg org, int right) {
    if (org.entity().type() == EntityType.PERSON || org.entity().generic()) {
      return null;
    }
    int end = o.lastOfGroup(org).to();
    for (int j = end; j < right && j < org.to() + TITLED_REACH; j++) {
      Arg b = o.argAt(j);
      if (b != null) {
        // a second title may stand between (رئيس مجلس السيادة القائد العام للجيش الفريق أول
        // عبد الفتاح البرهان)
        return b.entity().type() == EntityType.PERSON && b.prep().isEmpty()
            && (j < org.to() + 3 || secondTitle(end, j)) ? b : null;
      }
      if (Overlay.isQuote(toks.get(j))) {
        continue; // المتحدث باسم «قسد» فرهاد شامي
      }
      Arg where = ROLE_PREPS.contains(n(j)) ? o.argAt(j + 1) : null;
      if (where != null && where.from() == j + 1 && where.place()) {
        j = o.lastOfGroup(where).to() - 1; // سفير الولايات المتحدة في ليبيا ريتشارد نورلاند
        continue;
      }
      if (toks.get(j).kind() == Token.Kind.PUNCT || Subjects.PREPS.contains(n(j))) {
        return null;
      }
    }
    return null;
  }

  /**
   * True when the verb at {@code hit} is a feminine singular form and {@code after}, the party
   * right after it, a body named by a masculine singular head noun (ودعت الجيش الإسرائيلي إلى):
   * the two do not agree, so the body is the object and the subject is named before.
   */
  static boolean disagrees(Overlay o, TriggerLexicon.Hit hit, Arg after) {
    if (!hit.trigger().feminine() || after.from() != hit.to()
        || after.entity().type() != EntityType.ORGANIZATION) {
      return false;
    }
    String head = Words.bare(o.tokens().get(after.from()));
    return MASCULINE.contains(head) || MASCULINE.contains(Words.withoutArticle(head, 3));
  }
}
