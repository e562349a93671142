package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Token;
import org.marsad.model.EventType;

/**
 * The doer of an attack named by the words around it rather than as its clause's subject, read
 * before the clause readings and preferred to them (the subject of a passive verb is the party
 * hit, not the doer: قتل شرطي بنيران مسلحين):
 *
 * <ul>
 *   <li>a verb of carrying out, claiming or ascribing with the attack's pronoun after it (هجوم
 *       نفذته حركة طالبان، الهجوم الأكثر دموية الذي شنته الجماعة، وتبنته الحركة، نسب إلى
 *       مسلحين): the party right after the verb;
 *   <li>a verb of receiving it (الضربات التي تلقاها من وحدات الجيش): the party after من;
 *   <li>the fire, shot, strike or shell the act was done with, after it (بنيران مسلحين، برصاص
 *       الشرطة، جراء ضربة جوية أميركية): the party that names or owns it;
 *   <li>a verb of causing before it (ضربة جوية أميركية أدت إلى مقتل، أسفر القصف الإسرائيلي عن
 *       مقتل): the verb's subject, the party named before it;
 *   <li>a party right after the attack's noun with ل (في هجوم لحزب العمال الكردستاني): the
 *       party whose attack it is;
 *   <li>a claim of responsibility for it (أعلن تنظيم الدولة مسؤوليته عن الهجوم): the party named
 *       before the noun of responsibility;
 *   <li>a strike or missile of a country's forces that is itself the trigger (غارة جوية
 *       أميركية): the forces.
 * </ul>
 *
 * Only attacks are read this way ({@code ASSAULT}). Stateless.
 */
final class Agents {
  private Agents() {}

  private static final Set<String> CARRY = Words.of("carry-verb");
  private static final Set<String> RECEIVE = Words.of("receive-verb");
  private static final Set<String> MEANS = Words.of("means-noun");
  private static final Set<String> RESULT = Words.of("result-verb");
  private static final Set<String> ATTACK_OF_LAM = Words.of("attack-of-lam");
  private static final Set<String> RESPONSIBILITY = Words.of("responsibility-noun");
  private static final Set<String> LOYAL = Words.of("loyal-to");
  private static final Set<String> OWN_MEMBERS = Words.of("own-member");
  private static final Set<String> QUANTITY = Words.of("quantity");
  private static final Set<String> NUMBER_WORDS = Words.of("number-word");
  private static final Set<String> HIT_IN = Words.of("hit-in");
  private static final Set<String> SUFFER = Words.of("suffer-verb");
  private static final Set<String> HIT_UNITS = Words.of("hit-unit");
  private static final Set<String> MEMBERS = Words.of("member-noun");
  private static final Set<String> CASUALTY = Words.of("casualty-word");
  /** How far a coordinated clause of more casualties may run. */
  private static final int CASUALTY_REACH = 7;
  private static final Set<String> COMMAS = Set.of("،", ",");
  /** How far after the attack a verb of carrying out may stand, and a noun of means. */
  private static final int REACH = 16;
  private static final int MEANS_REACH = 8;

  /** The doer of the attack at {@code hit} named around it, or null. */
  static Arg of(Overlay o, TriggerLexicon.Hit hit) {
    if (hit.trigger().type() != EventType.ASSAULT) {
      return null;
    }
    if (heads(o, hit)) {
      return o.groupHead(o.argAt(hit.from())); // غارة جوية أميركية: the strike names its forces
    }
    Arg by = hit.trigger().verb() ? null : lamDoer(o, hit.to() - 1);
    if (by != null) {
      return o.groupHead(by); // في هجوم لحزب العمال الكردستاني، غارة للتحالف: the noun's doer
    }
    int size = o.tokens().size();
    for (int j = hit.to(); j < Math.min(size, hit.to() + REACH); j++) {
      if (o.at(j) != null && o.at(j).from() < j) {
        continue;
      }
      if (o.boundary(j) && !COMMAS.contains(o.tokens().get(j).text())) {
        break; // the next clause: a full stop or a complementizer
      }
      String w = o.n(j);
      if (CARRY.contains(w)) {
        int k = o.n(j + 1).equals("الي") ? j + 2 : j + 1; // نسب إلى مسلحين
        Arg a = o.argAt(k);
        if (a != null && a.party()) {
          return o.groupHead(a);
        }
      }
      if (RECEIVE.contains(w)) {
        Arg a = from(o, j + 1);
        if (a != null) {
          return o.groupHead(a); // الضربات التي تلقاها من وحدات الجيش
        }
      }
      Arg attacker = j < hit.to() + MEANS_REACH ? lamDoer(o, j) : null;
      if (attacker != null) {
        return o.groupHead(attacker); // قتل ثلاثة جنود في هجوم لحركة حماس: the attack's doer
      }
      if (j < hit.to() + MEANS_REACH && MEANS.contains(base(w))) {
        Arg named = o.at(j) != null ? o.at(j) : o.argAt(j + 1);
        if (named != null && named.party()) {
          return o.groupHead(named); // بنيران مسلحين، جراء ضربة جوية أميركية
        }
      }
    }
    Arg claimed = claimed(o, hit);
    return claimed != null ? claimed : caused(o, hit);
  }

  /**
   * The party after the attack noun at token {@code noun} with ل (في هجوم لحزب العمال
   * الكردستاني، غارة للتحالف): the attack's doer, or null.
   */
  private static Arg lamDoer(Overlay o, int noun) {
    Arg by = o.argAt(noun + 1);
    return by != null && by.party() && by.prep().equals("ل")
        && o.tokens().get(by.from()).norm().startsWith("ل")
        && ATTACK_OF_LAM.contains(Words.withoutArticle(base(o.n(noun)), 2)) ? by : null;
  }

  /**
   * أعلن تنظيم الدولة مسؤوليته عن الهجوم، تبنت الجماعة المسؤولية عن التفجير: the party that
   * claims the attack, named before the noun of responsibility, past the verb.
   */
  private static Arg claimed(Overlay o, TriggerLexicon.Hit hit) {
    int noun = hit.from() - 2;
    if (noun < 0 || !o.n(hit.from() - 1).equals("عن") || !RESPONSIBILITY.contains(o.n(noun))) {
      return null;
    }
    return subjectBefore(o, noun);
  }

  /**
   * The party after من within a few words of token {@code j}, past the receiver named there
   * (تلقتها القوات من المسلحين) and one word before the party (من وحدات الجيش، من قبل
   * المسلحين), or null.
   */
  private static Arg from(Overlay o, int j) {
    int size = o.tokens().size();
    for (int k = j; k < Math.min(size - 1, j + 5); k++) {
      if (o.boundary(k)) {
        return null;
      }
      if (o.n(k).equals("من")) {
        Arg a = o.argAt(k + 1) != null || k + 2 >= size ? o.argAt(k + 1) : o.argAt(k + 2);
        return a != null && a.party() ? a : null;
      }
    }
    return null;
  }

  /** True when the attack at {@code hit} opens a generic actor's mention (غارة جوية أميركية). */
  static boolean heads(Overlay o, TriggerLexicon.Hit hit) {
    Arg itself = o.argAt(hit.from());
    return hit.trigger().type() == EventType.ASSAULT && itself != null
        && itself.entity().generic() && itself.party();
  }

  /**
   * {@code r} with {@code agent}, the doer named around the attack ({@link #of}) or null, as its
   * actor, the party read as the doer before becoming the party acted on (قتل أحد عناصر الشرطة
   * بنيران مسلحين: the police are hit); without an agent, the sentence's {@code hitParties}
   * ({@link #hitParties}) read as doers are the parties hit instead; and a generic doer that is
   * one of a named party (مهاجم انتحاري من حركة طالبان) read as that party.
   */
  static Reading reread(Overlay o, TriggerLexicon.Hit hit, Arg agent, List<String> hitParties,
      Reading r) {
    List<String> hitOnes = agent == null ? hitParties : List.of();
    if (r.actors().stream().anyMatch(hitOnes::contains)) {
      // قتل جندي أمريكي في انفجار عبوة ناسفة: the soldier was hit, by no one named
      List<String> hitToo = new ArrayList<>(r.recipients());
      hitOnes.stream().filter(a -> r.actors().contains(a) && !hitToo.contains(a))
          .forEach(hitToo::add);
      List<String> others = r.actors().stream().filter(a -> !hitOnes.contains(a)).toList();
      return new Reading(others, !others.isEmpty() && r.explicitActor(), r.clausal(), hitToo,
          r.location(), r.left(), r.right());
    }
    boolean own = ownMembersAfter(o, hit.to());
    if (agent == null && own) {
      return r.withActors(List.of()); // أعلن الجيش مقتل ثلاثة من جنوده: his men were hit
    }
    List<String> doers = agent == null ? r.actors() : o.group(agent);
    List<String> recipients = r.recipients();
    if (agent != null && !heads(o, hit) && (hit.trigger().verb() || own)
        && (recipients.isEmpty() || doers.containsAll(recipients))) {
      // the subject of a passive verb: the party hit (قتل ثلاثة جنود في هجوم لحركة حماس: not
      // the soldiers attacking Hamas)
      recipients = r.actors();
    }
    if (recipients.isEmpty()) {
      recipients = hitParties; // استشهد خمسة فلسطينيين في قصف إسرائيلي
    }
    recipients = recipients.stream().filter(a -> !doers.contains(a)).toList();
    List<String> named = new ArrayList<>();
    for (String a : doers) {
      String party = memberOf(o, a);
      if (!named.contains(party)) {
        named.add(party);
      }
    }
    if (agent == null && named.equals(r.actors())) {
      return r;
    }
    return new Reading(named, true, true, recipients, r.location(), r.left(), r.right());
  }

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
    int j = verbEnd;
    while (j < size && j < verbEnd + 2 && o.argAt(j) == null
        && (o.tokens().get(j).kind() == Token.Kind.NUMBER || NUMBER_WORDS.contains(o.n(j)))) {
      j++;
    }
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
    Arg subject = o.argAt(j);
    if (subject == null && suffered && HIT_UNITS.contains(Words.withoutArticle(o.n(j), 3))) {
      // تعرضت دورية للقوات الفرنسية لهجوم: the patrol of the party is hit
      Arg owner = o.argAt(j + 1);
      return owner != null && owner.from() == j + 1 && owner.prep().equals("ل") && owner.party()
          ? o.groupHead(owner) : null;
    }
    if (subject == null || !subject.party()
        || !(subject.prep().isEmpty() || (partitive && subject.prep().equals("من")))) {
      return null;
    }
    if (suffered) {
      return o.groupHead(subject);
    }
    int after = casualtiesEnd(o, o.lastOfGroup(subject).to());
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
    for (Arg a : o.args()) {
      if (a.from() >= in.to() && a.party() && a.prep().isEmpty()) {
        return null; // the verb's object
      }
    }
    return o.groupHead(subject);
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

  /**
   * The parties an attack of a sentence hits: {@code subjects}, the first subject of a passive
   * verb ({@link #passiveSubject}), of a verb of violence whose subject is unnamed civilians
   * (واختطف 9 عراقيين) or of a verb of suffering (أصيب خمسة شرطيين وجندي في مواجهات، استشهد خمسة
   * فلسطينيين) with those coordinated with it; {@code all}, those and then the unnamed civilians,
   * journalists, students and workers named, who suffer attacks and never do them.
   */
  record HitParties(List<String> subjects, List<String> all) {}

  /** The parties an attack of the sentence of {@code o} hits. */
  static HitParties hitParties(Overlay o, List<TriggerLexicon.Hit> hits) {
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
        Arg announcer = subjectBefore(o, h.from()); // أعلن الجيش مقتل ثلاثة من جنوده
        if (announcer != null) {
          return o.group(announcer);
        }
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
   * The named party that generic actor {@code id} is one of or serves (X من حركة طالبان، مسلحون
   * تابعون لتنظيم داعش), else {@code id}.
   */
  static String memberOf(Overlay o, String id) {
    for (Arg a : o.args()) {
      boolean of = o.n(a.to()).equals("من") || LOYAL.contains(o.n(a.to()));
      if (a.entity().id().equals(id) && a.entity().generic() && of) {
        Arg party = o.argAt(a.to() + 1);
        if (party != null && party.party() && !party.entity().generic()) {
          return party.entity().id();
        }
      }
    }
    return id;
  }

  /** أدت إلى مقتل، أسفر عن مقتل: the subject of the verb of causing, named before it. */
  private static Arg caused(Overlay o, TriggerLexicon.Hit hit) {
    int verb = hit.from() - 2;
    String prep = o.n(hit.from() - 1);
    if (verb < 0 || !RESULT.contains(o.n(verb))
        || !(prep.equals("الي") || prep.equals("عن") || prep.equals("في"))) {
      return null;
    }
    return subjectBefore(o, verb);
  }

  /** The last party named before token {@code at} with no preposition on it, or null. */
  private static Arg subjectBefore(Overlay o, int at) {
    Arg subject = null;
    for (Arg a : o.args()) {
      if (a.to() > at) {
        break;
      }
      if (a.party() && a.prep().isEmpty()) {
        subject = a;
      }
    }
    return subject == null ? null : o.groupHead(subject);
  }

  /** A word without a preposition ب or ل and the article: بنيران، بالرصاص، الضربات. */
  private static String base(String w) {
    String s = w.length() > 3 && (w.startsWith("ب") || w.startsWith("ل")) ? w.substring(1) : w;
    return Words.withoutArticle(s, 2);
  }
}
