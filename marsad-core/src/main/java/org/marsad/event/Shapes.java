package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.ArabicLetters;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.model.EventMode;
import org.marsad.model.EventType;

/**
 * Shapes of words around a trigger that decide how it is read: a verb written with a plural
 * subject, a trigger after a preposition (a verbal noun) or written with ل of purpose, "his
 * country" as subject, an object after the comma that closes the subject, a trigger that a
 * condemning or asking verb is about, the purpose that names whom a sending or an attack is
 * for, and the partner after مع of a meeting or call.
 */
final class Shapes {
  private static final Set<String> PURPOSE_NOUNS = Words.of("purpose-noun");
  /** Words of readiness: an act held ready after one is no mere aim (مستعدة لتقديم الدعم). */
  private static final Set<String> READY = Words.of("ready-word");
  private static final Set<String> COUNTER_VERBS = Words.of("counter-verb");
  private static final Set<String> FOILING = Words.of("foiling-verb");
  /** How far past a countered attack's verb its noun may stand (the subject between). */
  private static final int ATTACKER_REACH = 10;
  private static final Set<String> PERCEIVING = Words.of("perceive-verb");
  private static final Set<String> GATHERED = Words.of("gathering-verb");
  private static final Set<String> UNDERGO = Words.of("undergo-verb");
  /** How far before a noun after ل a verb of undergoing may stand. */
  private static final int UNDERGO_REACH = 12;
  private static final Set<EventType> TAKING = Set.of(EventType.COERCE);
  private static final Set<EventType> SUPPORTING = Set.of(EventType.AID, EventType.SUPPORT);
  /** Acts whose object is what they are about: condemning, refusing, asking, threatening. */
  private static final Set<EventType> ABOUT =
      Set.of(EventType.ACCUSE, EventType.REJECT, EventType.REQUEST, EventType.THREATEN);
  /** Prepositions after which a verb form is its verbal noun (في دعم، من قصف). */
  private static final Set<String> NOUN_PREPS = Set.of("في", "علي", "الي", "من", "عن", "ل", "ب");
  private final Overlay o;
  private final List<Token> toks;
  private final List<TriggerLexicon.Hit> hits;

  Shapes(Overlay o, List<TriggerLexicon.Hit> hits) {
    this.o = o;
    this.toks = o.tokens();
    this.hits = hits;
  }

  private String n(int i) {
    return o.n(i);
  }

  /**
   * The party supported by a sending or a deployment, named in the purpose that follows it
   * (أرسلت مقاتلين لدعم حكومة الوفاق، إرسال المرتزقة دعما لحكومة السراج): the party right after a
   * verbal noun of support, or after ل there; null when none follows within ten tokens.
   */
  Arg purpose(TriggerLexicon.Hit hit, Arg actorHead) {
    boolean taking = hit.trigger().type() == EventType.ASSAULT;
    Set<EventType> aims = taking ? TAKING : SUPPORTING;
    for (TriggerLexicon.Hit h : hits) {
      if (h.from() < hit.to() || h.from() > hit.to() + 10
          || !aims.contains(h.trigger().type())) {
        continue;
      }
      for (int j = h.to(); j <= h.to() + 1 && j < toks.size(); j++) {
        Arg a = o.argAt(j);
        boolean marked = taking ? a != null && a.prep().equals("علي")
            : a != null && (a.prep().isEmpty() || a.prep().equals("ل"));
        if (a != null && a.actor() && a.group() != actorHead.group() && marked) {
          return o.groupHead(a);
        }
      }
      return null;
    }
    return null;
  }

  /** True when the trigger is a verb written with a plural subject (وصفوا، يطالبون، تتهمان). */
  boolean pluralVerb(TriggerLexicon.Hit hit) {
    String w = toks.get(hit.from()).norm();
    if (hit.pronoun()) {
      return false;
    }
    boolean present = w.startsWith("ي") || w.startsWith("ت") || w.startsWith("وي")
        || w.startsWith("وت") || w.startsWith("سي");
    return w.length() > 4 && (w.endsWith("وا") || (present && (w.endsWith("ون")
        || w.endsWith("ان"))));
  }

  /**
   * True when the trigger is a noun written with a possessive pronoun (لقائه، استقباله، زيارتها):
   * the pronoun is its genitive, so a name right after it is its object (خلال لقائه الرئيس
   * الروسي: the one met), not the doer.
   */
  boolean possessed(TriggerLexicon.Hit hit) {
    if (!hit.trigger().pos().equals("noun")) {
      // لقاء جمعه بعبدي: a meeting that brought him together, its pronoun the one who met
      return hit.to() - hit.from() > 1 && GATHERED.contains(toks.get(hit.to() - 1).norm());
    }
    if (hit.pronoun()) {
      return true;
    }
    // the normalized word (no marks: a tanwin is no letter), but a ة as written is no pronoun
    Token last = toks.get(hit.to() - 1);
    String w = last.norm();
    return w.length() > 4 && last.text().indexOf(ArabicLetters.TEH_MARBUTA) < 0
        && (w.endsWith("\u0647") || w.endsWith("\u0647\u0627") || w.endsWith("\u0647\u0645")
            || w.endsWith("\u0647\u0645\u0627"));
  }

  /**
   * True when the trigger is a verbal noun of purpose written with ل (لمنع، لدعمه، للسيطرة،
   * للتوصل إلى اتفاق): it names what the clause aims at, not an act that was done.
   */
  boolean purposeNoun(TriggerLexicon.Hit hit) {
    String w = n(hit.from());
    // a phrase's first word with ل and the article is a noun too (للتوصل إلى اتفاق)
    if (!hit.trigger().pos().equals("noun") && !(hit.trigger().pos().equals("multi")
        && w.startsWith("لل"))) {
      return false;
    }
    int before = hit.from() - 1;
    while (before > 0 && Overlay.isQuote(toks.get(before))) {
      before--;
    }
    if (before >= 0 && READY.contains(n(before))) {
      return false; // على أهبة الاستعداد للرد على أي خرق: an act held ready is a threat made
    }
    if (w.startsWith("ل") && !w.startsWith("ال") && !hit.trigger().form().startsWith("ل")) {
      // لدعم حفتر، للاحتجاج على; not what a verb of undergoing takes, past its subject and
      // asides (تعرضت المنطقة لهجوم، تعرض قيادي في الحركة الثلاثاء، للخطف)
      for (int j = hit.from() - 1; j >= 0 && j >= hit.from() - UNDERGO_REACH; j--) {
        if (UNDERGO.contains(Clitics.withoutConjunction(n(j), 3))) {
          return false;
        }
      }
      return true;
    }
    // governed by a noun of purpose: لتمكين سيطرته، لضمان انسحاب المرتزقة
    return hit.from() > 0 && PURPOSE_NOUNS.contains(n(hit.from() - 1));
  }

  /**
   * The party named right after a comma that closes the subject (واتهم السراج، حفتر بتدبير
   * انقلاب): the verb's object, written apart; null when none is.
   */
  Arg objectAfterComma(int comma) {
    if (comma + 1 >= toks.size() || !toks.get(comma).text().equals("،")) {
      return null;
    }
    Arg a = o.argAt(comma + 1);
    return a != null && a.party() && a.prep().isEmpty() ? a : null;
  }

  /**
   * True when the trigger's subject is "his country" (إن بلاده ستتصدى، أن بلاده لن تقف): the
   * country of the person the sentence speaks of.
   */
  boolean hisCountry(TriggerLexicon.Hit hit) {
    for (int j = hit.from() - 1; j >= 0 && j >= hit.from() - 2; j--) {
      String w = n(j);
      if (w.equals("بلاده") || w.equals("بلادها")) {
        return true;
      }
    }
    return false;
  }

  /** True when the trigger's subject is "his forces" (أن طائراته الحربية أغارت). */
  boolean hisForces(TriggerLexicon.Hit hit) {
    return (hit.from() >= 1 && hisForces(n(hit.from() - 1)))
        || (hit.from() >= 2 && hisForces(n(hit.from() - 2)));
  }

  /** True when {@code w} is a noun of forces with a pronoun of his or hers (قواته، مقاتليها). */
  private static boolean hisForces(String w) {
    String p = Antecedents.forcesPronoun(w);
    return "ه".equals(p) || "ها".equals(p);
  }

  /**
   * True when a trigger of condemning, refusing, asking or threatening ends right before token
   * {@code subject}: what follows its subject is what it is about.
   */
  boolean saidAbout(int subject) {
    for (TriggerLexicon.Hit h : hits) {
      if (h.to() == subject && h.trigger().verb()
          && ABOUT.contains(h.trigger().type())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code a} stands right after a verb's form that ends in its object noun, indefinite
   * and in construct (استهدفت مواقع حركة الشباب): {@code a} owns the object, it is not the subject.
   */
  boolean ownedObject(TriggerLexicon.Hit hit, Arg a) {
    String last = toks.get(hit.to() - 1).norm();
    return a.from() == hit.to() && hit.to() - hit.from() > 1 && a.prep().isEmpty()
        && !last.startsWith("ال") && !last.endsWith("ا") && !last.endsWith("ه");
  }

  /**
   * True when a preposition stands right before the trigger, or before the quotes that open it:
   * it is a verbal noun (في دعم، بـ"دعم).
   */
  boolean afterPreposition(TriggerLexicon.Hit hit) {
    int j = hit.from() - 1;
    while (j > 0 && Overlay.isQuote(toks.get(j))) {
      j--;
    }
    return j >= 0 && NOUN_PREPS.contains(n(j));
  }

  /**
   * The party after مع within a few words of the noun at {@code hit} (اتصال هاتفي مع نظيره،
   * مؤتمر صحفي مشترك مع), or null.
   */
  Arg partner(TriggerLexicon.Hit hit, int right) {
    Arg a = o.args().stream().filter(x -> x.from() >= hit.to() && x.from() < right && x.actor())
        .findFirst().orElse(null); // the first party after the noun
    if (a == null) {
      return null;
    }
    // مع نظيره التركي هاكان فيدان: مع a few words after the noun, and no comma before the name
    for (int k = hit.to(); k < a.from() && k <= hit.to() + 3; k++) {
      if (n(k).equals("مع") && a.from() - k <= 4 && !o.boundary(k)) {
        for (int j = k + 1; j < a.from(); j++) {
          if (toks.get(j).kind() != Token.Kind.ARABIC) {
            return null;
          }
        }
        return o.groupHead(a);
      }
    }
    return null;
  }

  /** True when the party after من is followed by إلى: the start of a route (من سوريا إلى ليبيا). */
  boolean routeFrom(Arg a) {
    int next = o.lastOfGroup(a).to();
    return next < toks.size() && n(next).equals("الي");
  }

  /**
   * Whether the subject {@code a} follows a verb of acting against an act, a noun of forces
   * between (فرقت الشرطة، فرقت ميليشيات المحاكم): it stopped the act and did not do it.
   */
  static boolean countered(Overlay o, Arg a) {
    return a != null && a.from() > 0 && (counterVerb(o, a.from() - 1)
        || (a.from() > 1 && o.argAt(a.from() - 1) == null && counterVerb(o, a.from() - 2)));
  }

  /**
   * Whether {@code hit} is an attack foiled or repelled, told by a form of a verb of acting against
   * it and the attack (أحبطت القوات هجوما، صد الجيش الهجوم): the verb's subject fights the
   * attacker, who is not its doer.
   */
  static boolean counteredAttack(Overlay o, TriggerLexicon.Hit hit) {
    return hit.trigger().type() == EventType.ASSAULT && hit.trigger().form().contains(" ")
        && counterVerb(o, hit.from());
  }

  /**
   * The party, with those joined to it, that made the attack a countered {@code hit} names (صد
   * الجيش هجوما شنته قوات الدعم السريع، الهجوم الذي شنته): the one named right after the verb
   * that carries the attack's pronoun, right after the attack or its relative pronoun; else none.
   */
  static List<String> attackers(Overlay o, TriggerLexicon.Hit hit) {
    Arg a = counteredAttack(o, hit) ? attacker(o, hit) : null;
    return a == null ? List.of() : o.group(o.groupHead(a));
  }

  private static Arg attacker(Overlay o, TriggerLexicon.Hit hit) {
    String[] form = hit.trigger().form().split(" ");
    for (int k = hit.from() + 1; k + 2 < o.tokens().size() && k < hit.to() + ATTACKER_REACH; k++) {
      if (o.n(k).equals(form[form.length - 1])) {
        // past an adjective or two of the attack (تصدت لهجوم واسع شنته مليشيا الدعم السريع)
        for (int j = k + 1; j < Math.min(o.tokens().size(), k + 4) && o.at(j) == null; j++) {
          Arg a = partyAfterPronounVerb(o, Subjects.RELATIVES.contains(o.n(j)) ? j + 1 : j);
          if (a != null) {
            return a;
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * Whether {@code hit} is an attack foiled before it was made (أحبطت القوات هجوما انتحاريا):
   * there was fighting only where the attacker is named.
   */
  static boolean foiled(Overlay o, TriggerLexicon.Hit hit) {
    return counteredAttack(o, hit)
        && FOILING.contains(Clitics.withoutConjunction(o.tokens().get(hit.from()).norm(), 3));
  }

  /**
   * The party named right after the verb at token {@code verb} when the verb carries an object
   * pronoun (شنته حركة الشباب، ترتكبها الميليشيا): the subject of a relative clause on an act, its
   * doer; else null.
   */
  static Arg partyAfterPronounVerb(Overlay o, int verb) {
    String w = verb < o.tokens().size() ? o.n(verb) : "";
    Arg a = w.length() > 3 && (w.endsWith("ه") || w.endsWith("ها")) ? o.argAt(verb + 1) : null;
    return a != null && a.from() == verb + 1 && a.prep().isEmpty() && a.party() ? a : null;
  }

  /**
   * True when token {@code i} of {@code o} is a verb of acting against an act (فرقت الشرطة
   * مظاهرة) or of perceiving one (رصد الجيش إطلاق صواريخ، وثقت المنظمة اعتقال): its subject is
   * not the act's doer. Tried as written first (فرقت, not ف+رقت).
   */
  static boolean counterVerb(Overlay o, int i) {
    String w = o.tokens().get(i).norm();
    String bare = Clitics.withoutConjunction(w, 3);
    return COUNTER_VERBS.contains(w) || COUNTER_VERBS.contains(bare)
        || PERCEIVING.contains(w) || PERCEIVING.contains(bare);
  }

  /**
   * True when the hit is the first word of a form whose object stands between its words and the
   * form goes on right after party {@code after} (حمّل حكومة الاحتلال المسؤولية): the party is
   * that object, not the subject (حمّل رئيس الحلف عمرو بن حبريش المجلس المسؤولية).
   */
  static boolean splitByObject(Overlay o, TriggerLexicon.Hit hit, Arg after) {
    String[] form = hit.trigger().form().split(" ");
    if (!hit.trigger().intervening() || hit.to() - hit.from() != 1 || form.length < 2) {
      return false;
    }
    int j = o.lastOfGroup(after).to();
    while (j < o.tokens().size() - 1 && Overlay.isQuote(o.tokens().get(j))) {
      j++;
    }
    Arg place = o.argAt(j + 1); // سلمتا وفدي حماس وإسرائيل في الدوحة مسودة: where, between
    if (place != null && place.from() == j + 1 && place.place()
        && Places.PLACE_PREPS.contains(o.n(j))) {
      j = place.to();
    }
    return j < o.tokens().size() && o.tokens().get(j).norm().equals(form[1]);
  }

  /**
   * The genitive of a noun of a delegation or visit ({@code genitive}), or where there is none the
   * party it comes from after من (وفد من حركة حماس): its sender, the doer.
   */
  static Arg sender(Overlay o, TriggerLexicon.Hit hit, Arg genitive) {
    int j = hit.to();
    if (genitive != null || hit.trigger().mode() != EventMode.VISIT || hit.trigger().verb()
        || j + 1 >= o.tokens().size() || !o.n(j).equals("من")) {
      return genitive;
    }
    Arg from = o.argAt(j + 1);
    return from != null && from.from() == j + 1 && from.party() ? o.groupHead(from) : null;
  }
}
