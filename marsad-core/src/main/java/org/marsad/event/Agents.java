package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
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

  /** The prepositions, normalized, before what an attack strikes (على سوق صابرين). */
  static final Set<String> TARGET_PREPS = Set.of("علي", "ضد");
  private static final Set<String> CARRY = Words.of("carry-verb");
  private static final Set<String> RECEIVE = Words.of("receive-verb");
  private static final Set<String> MEANS = Words.of("means-noun");
  private static final Set<String> HIT_IN = Words.of("hit-in");
  private static final Set<String> RESULT = Words.of("result-verb");
  private static final Set<String> ATTACK_OF_LAM = Words.of("attack-of-lam");
  private static final Set<String> RESPONSIBILITY = Words.of("responsibility-noun");
  private static final Set<String> LOYAL = Words.of("loyal-to");
  private static final Set<String> COMMAS = Set.of("،", ",");
  /** How far after the attack a verb of carrying out may stand, and a noun of means. */
  private static final int REACH = 16;
  private static final int MEANS_REACH = 8;

  /** The doer of the attack at {@code hit} named around it, or null. */
  static Arg of(Overlay o, TriggerLexicon.Hit hit) {
    if (hit.trigger().type() != EventType.ASSAULT || Shapes.counteredAttack(o, hit)) {
      return null; // أحبط الجيش هجوما لحركة الشباب: the one who foils it fights the attacker
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
        while (k + 1 < size && Overlay.isQuote(o.tokens().get(k))) {
          k++; // شنته "جماعة نصرة الإسلام والمسلمين": the name in quotes
        }
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
      // the means after ب or a word of being hit in (بنيران، جراء ضربة), not the verb's object
      // (أسقطت الدفاعات الجوية صواريخ إسرائيلية: the missiles are shot down)
      boolean instrument = w.startsWith("ب") || HIT_IN.contains(o.n(j - 1));
      if (j < hit.to() + MEANS_REACH && instrument && MEANS.contains(base(w))) {
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
   * ({@link HitParties#of}) read as doers are the parties hit instead; and a generic doer that is
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
    boolean own = HitParties.ownMembersAfter(o, hit.to());
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
    int after = agent == null ? -1 : o.lastOfGroup(agent).to();
    Arg target = after < 0 || after >= o.tokens().size() ? null
        : o.argAt(TARGET_PREPS.contains(o.n(after)) ? after + 1 : after);
    // ... but a named party the sentence says was hurt stays the one hit (قتل قيادي في حزب الله
    // في غارة إسرائيلية على جنوب لبنان)
    boolean namedHurt = o.args().stream().anyMatch(
        a -> hitParties.contains(a.entity().id()) && !a.entity().generic());
    if (recipients.isEmpty() && target != null && target.from() <= after + 1
        && TARGET_PREPS.contains(target.prep()) && (target.party() || !namedHurt)) {
      recipients = o.group(target).isEmpty() ? List.of(target.entity().id()) : o.group(target);
      // قصف نفذته قوات الدعم السريع على سوق صابرين: what the agent struck, named after it
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
    String place = r.location();
    if (place == null) { // أعلن الحوثيون مسؤوليتهم عن الهجوم على منشأة في جدة: read apart
      List<String> parties = new ArrayList<>(named);
      parties.addAll(recipients);
      place = new Places(o).place(r.left(), r.right(), parties);
    }
    return new Reading(named, true, true, recipients, place, r.left(), r.right());
  }

  /**
   * The named party that generic actor {@code id} is one of or serves (X من حركة طالبان، مسلحون
   * تابعون لتنظيم داعش، مسلحين ينتمون إلى كتائب حزب الله), else {@code id}.
   */
  static String memberOf(Overlay o, String id) {
    for (Arg a : o.args()) {
      boolean of = o.n(a.to()).equals("من") || LOYAL.contains(o.n(a.to()));
      if (a.entity().id().equals(id) && a.entity().generic() && of) {
        // مسلحين ينتمون إلى كتائب حزب الله
        int at = LOYAL.contains(o.n(a.to())) && o.n(a.to() + 1).equals("الي") ? a.to() + 2
            : a.to() + 1;
        Arg party = o.argAt(at);
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

  /**
   * True when the act at {@code hit} is caused by what the clause before told (ما أدى إلى إصابة،
   * ما أسفر عن مقتل): the casualties of an act already read, whoever is read doing them.
   */
  static boolean ofWhatCameBefore(Overlay o, TriggerLexicon.Hit hit) {
    int verb = hit.from() - 2;
    if (verb < 1 || !RESULT.contains(o.n(verb)) || !o.n(verb - 1).equals("ما")) {
      return false;
    }
    String prep = o.n(hit.from() - 1);
    return prep.equals("الي") || prep.equals("عن");
  }

  /** The last party named before token {@code at} with no preposition on it, or null. */
  static Arg subjectBefore(Overlay o, int at) {
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
