package org.marsad.event;

import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Token;
import org.marsad.model.EntityType;

/**
 * What stands between a verb's subject and its object set off by commas: the subject's title, a
 * phrase of where or when, a phrase of where the party spoke (اتهم باشينيان، في خطاب متلفز مساء
 * اليوم، أذربيجان), a phrase of who backs the act (هاجم مستوطنون، تحت حماية الجيش، قرية).
 */
final class Asides {
  private static final Set<String> TIME = Words.of("time-word");
  /** Words that join a man's name to his father's or family's (بن، آل). */
  private static final Set<String> NAME_LINKS = Words.of("name-link");
  /** Prepositions of where or when (في، قرب، خلال). */
  private static final Set<String> WHERE = Words.of("where-preposition");
  /** First words of a phrase of who backs or shields the act (تحت حماية، بدعم من). */
  private static final Set<String> SUPPORT = Words.of("support-phrase");
  /** His counterpart (نظيره): a person named after it is met, not the doer. */
  private static final Set<String> COUNTERPARTS = Words.of("counterpart");
  /** A relative clause on the subject between commas (اتهمت الجبهة، التي تنشط في المنطقة، الجيش). */
  private static final Set<String> RELATIVE = Words.of("relative");
  private static final Set<String> LED_BY = Words.of("led-by");
  /** Nouns of the tongue a party speaks through after على (على لسان المتحدث باسمها). */
  private static final Set<String> VOICES = Words.of("voice-noun");
  private final Overlay o;
  /** Past words of time and places that part nothing (Recipients' skipping). */
  private final IntUnaryOperator skip;

  Asides(Overlay o, IntUnaryOperator skip) {
    this.o = o;
    this.skip = skip;
  }

  /**
   * Past a title set off by a comma after a person who acts, and an aside of where or when between
   * commas (استقبل الأمير فيصل بن فرحان وزير الخارجية، في مقر الوزارة بالرياض يوم الأحد، وزير
   * خارجية إيران), to a person or a party named bare, or a capital where the act is {@code said}
   * (اتهمت الوزارة، في بيان، أنقرة): where the object begins; else {@code j}.
   */
  int past(int j, Arg actorHead, boolean said) {
    if (actorHead == null) {
      return j;
    }
    int k = j;
    while (k + 1 < o.tokens().size() && NAME_LINKS.contains(o.n(k)) && o.argAt(k + 1) == null) {
      k += o.n(k + 1).equals("عبد") ? 3 : 2; // the rest of his name: بن عبدالله، بن عبد العزيز
    }
    boolean moved = false;
    boolean backed = false;
    for (int step = 0; step < 4 && k < o.tokens().size(); step++) {
      while (k + 1 < o.tokens().size() && Overlay.isQuote(o.tokens().get(k))) {
        k++; // اتهمت "جبهة تحرير أزواد"، التي
      }
      String w = o.n(k);
      backed |= moved && SUPPORT.contains(w);
      int end = Clause.comma(o, k) ? k : Subjects.role(o, k) ? commaWithin(k, 8, false)
          : moved && Statements.opens(o, k) ? statementEnd(k)
          : moved && voice(k) ? commaWithin(k, 12, true)
          : moved && (WHERE.contains(w) || TIME.contains(w) || Places.PLACE_PREPS.contains(w))
              ? commaWithin(k, 10, false)
          : moved && (SUPPORT.contains(w) || RELATIVE.contains(w)) ? commaWithin(k, 10, true)
          : !moved && Places.PLACE_PREPS.contains(w) // في السراي الحكومي قائد: no commas
              ? Titles.afterPlainWords(o, k + 1, 4) - 1 : -1;
      if (end < 0) {
        break;
      }
      k = end + 1;
      moved = true;
    }
    k = skip.applyAsInt(k);
    if (backed) {
      return k; // هاجم مستوطنون، تحت حماية الجيش، قرية المغير: the party backing is not hit
    }
    Arg bare = moved ? o.argAt(k) : null;
    if (bare != null && bare.from() == k && bare.prep().isEmpty()
        && (((bare.party() || (said && bare.capital()))
            && bare.entity().type() != EntityType.PERSON)
            || (said && bare.entity().type() == EntityType.PERSON && charged(bare)))) {
      return k; // اتهم باشينيان، في خطاب متلفز مساء اليوم، أذربيجان: the object after the aside
    }
    // else only where a person named with a title follows: the guest (الرئيس الأوكراني فولوديمير
    // زيلينسكي، وزير خارجية جمهورية مصر العربية سامح شكري), not a role left unnamed
    if (actorHead.entity().type() != EntityType.PERSON || !moved || k >= o.tokens().size()
        || !(Subjects.role(o, k) || Titles.honorific(o, k) || o.argAt(k) != null
            || COUNTERPARTS.contains(o.n(k)))) {
      return j;
    }
    for (int m = k; m < Math.min(o.tokens().size(), k + 10); m++) {
      Arg a = o.argAt(m);
      if (a != null && a.entity().type() == EntityType.PERSON) {
        return k;
      }
      if (o.endsClause(m)) {
        return j;
      }
    }
    return j;
  }

  /** True when the phrase at {@code k} names who spoke for the subject (على لسان المتحدث باسمها). */
  private boolean voice(int k) {
    return k + 1 < o.tokens().size() && o.n(k).equals("علي") && VOICES.contains(o.n(k + 1));
  }

  /**
   * The comma that closes a phrase of where a party spoke opening at {@code from}, whose outlet or
   * platform may be named (في تصريحات لوكالة الأنباء الصومالية (صونا)، في بيان نشرته على قناتها في
   * تطبيق تلغرام،), or -1.
   */
  private int statementEnd(int from) {
    for (int m = from; m < Math.min(o.tokens().size(), from + 14); m++) {
      if (Clause.comma(o, m)) {
        return m;
      }
      if (o.endsClause(m)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * True when a trigger's form is a phrase of cover (تحت حماية، تحت غطاء): the party right after it
   * shields the act.
   */
  static boolean cover(TriggerLexicon.Trigger t) {
    return t.form().startsWith("تحت ");
  }

  /**
   * True when party {@code a} is named in a phrase of who backs or shields an act (تحت حماية جيش
   * الاحتلال، بدعم من الجيش، بحماية الشرطة): it is neither the act's doer nor the one it hits.
   */
  static boolean backing(Overlay o, Arg a) {
    int j = a.from();
    return (j >= 1 && SUPPORT.contains(o.n(j - 1)))
        || (j >= 2 && SUPPORT.contains(o.n(j - 2)) && (o.n(j - 1).equals("من")
            || o.n(j - 2).equals("تحت")));
  }

  /** How many words a leader's title and name may have after a word of leading. */
  private static final int LEADER_WORDS = 6;

  /**
   * True when party {@code a} is named after a word of leading (وفد من حركة حماس برئاسة رئيس
   * الحركة في غزة خليل الحية): it leads the party before it, it is not acted on.
   */
  static boolean ledBy(Overlay o, Arg a) {
    for (int j = a.from() - 1; j >= 0 && j >= a.from() - LEADER_WORDS; j--) {
      if (o.tokens().get(j).kind() == Token.Kind.PUNCT) {
        return false;
      }
      if (LED_BY.contains(o.n(j))) {
        return o.at(j) == null; // التحالف بقيادة السعودية غارات على صنعاء: part of a name
      }
    }
    return false;
  }

  /** True when what a person is charged with or asked for follows his name (نتنياهو بـ). */
  private boolean charged(Arg person) {
    return Words.charge(o.n(o.lastOfGroup(person).to()));
  }

  /**
   * The first comma in {@code [from, from + reach)}, with no party before it unless
   * {@code parties}, or -1.
   */
  private int commaWithin(int from, int reach, boolean parties) {
    for (int m = from; m < Math.min(o.tokens().size(), from + reach); m++) {
      if (Clause.comma(o, m)) {
        return m;
      }
      Arg a = o.argAt(m);
      if ((a != null && a.party() && !parties) || o.endsClause(m)) {
        return -1;
      }
    }
    return -1;
  }
}
