package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Token;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * The parties an attack of a sentence hits: {@code subjects}, the first subject of a passive
 * verb ({@link #passiveSubject}), of a verb of violence whose subject is unnamed civilians
 * (واختطف 9 عراقيين) or of a verb of suffering (أصيب خمسة شرطيين وجندي في مواجهات، استشهد خمسة
 * فلسطينيين) with those coordinated with it; {@code all}, those and then the unnamed civilians,
 * journalists, students and workers named, who suffer attacks and never do them.
 */
record HitParties(List<String> subjects, List<String> all) {
  private static final Set<String> OWN_MEMBERS = Words.of("own-member");
  private static final Set<String> QUANTITY = Words.of("quantity");
  private static final Set<String> NUMBER_WORDS = Words.of("number-word");
  private static final Set<String> HIT_IN = Words.of("hit-in");
  private static final Set<String> SUFFER = Words.of("suffer-verb");
  /** Nouns of an act whose genitive is the party it befell (مقتل، إصابة; closed class). */
  static final Set<String> SUFFERED = Words.of("suffered-noun");
  private static final Set<String> HIT_UNITS = Words.of("hit-unit");
  private static final Set<String> MEMBERS = Words.of("member-noun");
  private static final Set<String> CASUALTY = Words.of("casualty-word");
  /** How far a coordinated clause of more casualties may run. */
  private static final int CASUALTY_REACH = 7;

  /**
   * The subject of the verb at {@code hit} read as passive, or null: a party right after the
   * verb, numbers aside, followed right away by the attack it was hit in (قتل جندي أمريكي في
   * انفجار عبوة ناسفة، أصيب ثلاثة شرطيين جراء القصف، بانفجار), with no object of the verb after
   * that attack in the sentence (قتلت القوات في غارة جوية 11 مسلحا is active).
   */
  private static Arg passiveSubject(Overlay o, TriggerLexicon.Hit hit, List<TriggerLexicon.Hit> hits) {
    if (!hit.trigger().verb() || hit.trigger().type() != EventType.ASSAULT) {
      return null;
    }
    return hitAfter(o, hit.to(), hits, false);
  }

  /**
   * The party hit named after a verb ending at token {@code verbEnd}: right after it, numbers
   * aside; past a verb of suffering whatever follows ({@code suffered}: أصيب، استشهد), else only
   * when the attack it was hit in follows it with no object after that.
   */
  private static Arg hitAfter(Overlay o, int verbEnd, List<TriggerLexicon.Hit> hits,
      boolean suffered) {
    int size = o.tokens().size();
    int j = pastNumbers(o, verbEnd);
    int counted = j;
    if (j > verbEnd && j + 1 < size && o.argAt(j) == null && MEMBERS.contains(o.n(j))
        && o.n(j + 1).equals("من")) {
      j += 2; // قتل ثلاثة عناصر من الشرطة
    } else if (j > verbEnd && j + 1 < size && o.n(j).equals("من")) {
      j++; // قتل ثلاثة من عناصر الشرطة
    }
    // a number of a party's men: the party, after من
    boolean partitive = j > counted;
    if (partitive && j + 1 < size && o.argAt(j) == null && MEMBERS.contains(o.n(j))
        && o.argAt(j + 1) != null && o.argAt(j + 1).from() == j + 1) {
      j++; // أصيب خمسة من عناصر الجيش السوري
    }
    Arg member = memberOf(o, j);
    Arg subject = member != null ? member : o.argAt(j);
    if (subject == null && suffered && HIT_UNITS.contains(Words.withoutArticle(o.n(j), 3))) {
      // تعرضت دورية للقوات الفرنسية لهجوم: the patrol of the party is hit
      Arg owner = o.argAt(j + 1);
      return owner != null && owner.from() == j + 1 && owner.prep().equals("ل") && owner.party()
          ? o.groupHead(owner) : null;
    }
    if (member == null && (subject == null || !subject.party()
        || !(subject.prep().isEmpty() || (partitive && subject.prep().equals("من"))))) {
      return null;
    }
    Arg whose = partitive && subject.entity().generic() ? o.argAt(subject.to()) : null;
    if (whose != null && whose.from() == subject.to() && whose.party()
        && !whose.entity().generic() && whose.prep().isEmpty()) {
      subject = whose; // قتل ثلاثة من جنود الجيش العراقي: the army's men
    }
    if (suffered) {
      return o.groupHead(subject);
    }
    int after = casualtiesEnd(o, o.lastOfGroup(subject).to());
    int close = after < size ? Clause.asideEnd(o, after, hits) : -1;
    after = close > 0 ? close + 1 : after; // قتل خمسة جنود، مساء أمس، في هجوم
    int attack = after < size && HIT_IN.contains(o.n(after)) ? after + 1 : after;
    TriggerLexicon.Hit in = null;
    for (TriggerLexicon.Hit h : hits) {
      // after في or جراء any word of an attack is its noun (جراء قصف); بانفجار is written on
      if (h.from() == attack && h.trigger().type() == EventType.ASSAULT
          && (attack > after || (!h.trigger().verb() && o.n(attack).startsWith("ب")))) {
        in = h;
      }
    }
    if (in == null) {
      return null;
    }
    int clauseEnd = size; // not past the attack's own verb (في هجوم شنه مسلحون)
    for (TriggerLexicon.Hit h : hits) {
      clauseEnd = h.from() >= in.to() ? Math.min(clauseEnd, h.from()) : clauseEnd;
    }
    for (Arg a : o.args()) {
      if (a.from() >= in.to() && a.from() < clauseEnd && a.party() && a.prep().isEmpty()) {
        return null; // the verb's object
      }
    }
    return o.groupHead(subject);
  }

  /**
   * The party whose men are counted right after the noun of an attack ending at token {@code at}
   * (مقتل جنود من قوات حفتر، إصابة ثلاثة من عناصر الشرطة), or null.
   */
  private static Arg countedAfterNoun(Overlay o, int at) {
    int size = o.tokens().size();
    int j = pastNumbers(o, at);
    if (j < size && unnamedMembers(o, j)) {
      j++;
    } else if (j == at) {
      return null;
    }
    if (j + 1 >= size || !o.n(j).equals("من")) {
      return null;
    }
    int k = j + 2 < size && unnamedMembers(o, j + 1) ? j + 2 : j + 1;
    Arg party = o.argAt(k);
    return party != null && party.from() == k && party.party() ? o.groupHead(party) : null;
  }

  /** Whether token {@code j} is a noun of members, named by no one or a generic actor (جنود). */
  private static boolean unnamedMembers(Overlay o, int j) {
    return (o.argAt(j) == null || unnamedMen(o, j)) && MEMBERS.contains(o.n(j));
  }

  /** The token past at most two numbers, in figures or words, from token {@code at}. */
  private static int pastNumbers(Overlay o, int at) {
    int size = o.tokens().size();
    int j = at;
    while (j < size && j < at + 2 && o.argAt(j) == null
        && (o.tokens().get(j).kind() == Token.Kind.NUMBER || NUMBER_WORDS.contains(o.n(j)))) {
      j++;
    }
    return j;
  }

  /**
   * A member of a party named at token {@code j} with the party after في or من (القيادي في حركة
   * حماس صالح العاروري، عضو في الحزب): the person named right after the party, else the party;
   * or null.
   */
  private static Arg memberOf(Overlay o, int j) {
    int size = o.tokens().size();
    if (j + 2 >= size || (o.argAt(j) != null && !unnamedMen(o, j))
        || !MEMBERS.contains(Words.withoutArticle(o.n(j), 3))
        || !(o.n(j + 1).equals("في") || o.n(j + 1).equals("من"))) {
      return null;
    }
    Arg party = o.argAt(j + 2);
    if (party == null || party.from() != j + 2 || !party.party()) {
      return null;
    }
    Arg person = o.argAt(o.lastOfGroup(party).to());
    return person != null && person.entity().type() == EntityType.PERSON
        && person.prep().isEmpty() ? person : o.groupHead(party);
  }

  /**
   * The token after a clause of more casualties coordinated at token {@code at} (قتل جنديان
   * واصيب تسعة عراقيين بجروح في هجوم: past واصيب تسعة عراقيين بجروح), or {@code at} where none
   * stands there: a verb of suffering with و, then numbers, parties and words of casualties.
   */
  private static int casualtiesEnd(Overlay o, int at) {
    int size = o.tokens().size();
    if (at >= size || !o.tokens().get(at).norm().startsWith("و") || !SUFFER.contains(o.n(at))) {
      return at;
    }
    int j = at + 1;
    while (j < size && j < at + CASUALTY_REACH) {
      Arg a = o.argAt(j);
      if (a != null) {
        j = o.lastOfGroup(a).to();
      } else if (o.tokens().get(j).kind() == Token.Kind.NUMBER || NUMBER_WORDS.contains(o.n(j))
          || QUANTITY.contains(o.n(j)) || CASUALTY.contains(o.n(j))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /** The parties an attack of the sentence of {@code o} hits. */
  static HitParties of(Overlay o, List<TriggerLexicon.Hit> hits) {
    List<String> subjects = subjectsHit(o, hits);
    List<String> all = new ArrayList<>(subjects);
    for (Arg a : o.args()) {
      if (GenericParties.notDoing(EventType.ASSAULT, a.entity())
          && !all.contains(a.entity().id())) {
        all.add(a.entity().id());
      }
    }
    return new HitParties(subjects, all);
  }

  private static List<String> subjectsHit(Overlay o, List<TriggerLexicon.Hit> hits) {
    for (TriggerLexicon.Hit h : hits) {
      Arg hit = passiveSubject(o, h, hits);
      if (hit == null && h.trigger().verb() && h.trigger().type() == EventType.ASSAULT) {
        Arg subject = hitAfter(o, h.to(), hits, true);
        hit = subject != null && GenericParties.notDoing(EventType.ASSAULT, subject.entity())
            ? subject : null;
      }
      if (hit != null) {
        return o.group(hit);
      }
    }
    for (TriggerLexicon.Hit h : hits) {
      if (!h.trigger().verb() && h.trigger().type() == EventType.ASSAULT
          && ownMembersAfter(o, h.to())) {
        Arg announcer = Agents.subjectBefore(o, h.from()); // أعلن الجيش مقتل ثلاثة من جنوده
        if (announcer != null) {
          return o.group(announcer);
        }
      }
    }
    for (TriggerLexicon.Hit h : hits) {
      Arg counted = !h.trigger().verb() && h.trigger().type() == EventType.ASSAULT
          ? countedAfterNoun(o, h.to()) : null;
      if (counted != null) {
        return o.group(counted); // مقتل جنود من قوات حفتر: Haftar's forces are hit
      }
    }
    for (TriggerLexicon.Hit h : hits) {
      Arg befallen = !h.trigger().verb() && h.trigger().type() == EventType.ASSAULT
          && SUFFERED.contains(o.n(h.to() - 1)) ? hitAfter(o, h.to(), hits, true) : null;
      if (befallen != null) {
        return o.group(befallen); // أسفر الهجوم عن مقتل جنديين: the soldiers are hit
      }
    }
    for (int i = 0; i < o.tokens().size(); i++) {
      if (SUFFER.contains(o.n(i))) {
        Arg hit = hitAfter(o, i + 1, hits, true);
        if (hit != null) {
          return o.group(hit);
        }
      }
    }
    return List.of();
  }

  /**
   * True when a party's own men, with its pronoun, follow token {@code at} past a number, a word
   * of quantity or an unnamed party's one word, and من (مقتل ثلاثة من جنوده، إصابة عدد من
   * عناصرها، مقتل جنديين من عناصره): the party read as the act's
   * doer, the one who announces it, is the one hit.
   */
  static boolean ownMembersAfter(Overlay o, int at) {
    int size = o.tokens().size();
    int j = at;
    while (j < size && j < at + 2 && (o.tokens().get(j).kind() == Token.Kind.NUMBER
        || QUANTITY.contains(o.n(j)) || NUMBER_WORDS.contains(o.n(j))
        || unnamedMen(o, j))) {
      j++;
    }
    return j + 1 < size && o.n(j).equals("من") && OWN_MEMBERS.contains(o.n(j + 1));
  }

  /** True when token {@code j} is a one-word unnamed party (جنديين من عناصره). */
  private static boolean unnamedMen(Overlay o, int j) {
    Arg a = o.argAt(j);
    return a != null && a.entity().generic() && a.from() == j && a.to() == j + 1;
  }

  /**
   * True when the attack at {@code hit}, read with {@code doers}, is one already coded in the
   * sentence's {@code events}: its casualties (قصفت ... ما أسفر عن إصابة امرأة) are that attack;
   * or one that a doer coded condemning it before is said to carry out (أدانت الإمارات بشدة
   * الهجوم: the attack condemned is not the condemner's).
   */
  static boolean toldBefore(Overlay o, TriggerLexicon.Hit hit, TriggerLexicon.Trigger t,
      List<Event> events, List<String> doers) {
    if (SUFFERED.contains(o.n(hit.from())) && events.stream().anyMatch(e -> e.type() == t.type()
        && (doers.contains(e.actor()) || Agents.ofWhatCameBefore(o, hit)))) {
      return true;
    }
    return !t.verb() && doers.stream().anyMatch(d -> condemner(events, d));
  }

  /** True when {@code id} is the doer of an accusation among {@code events} (أدان، ندد). */
  static boolean condemner(List<Event> events, String id) {
    return events.stream().anyMatch(e -> e.type() == EventType.ACCUSE && id.equals(e.actor()));
  }
}
