package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.model.EntityType;
import org.marsad.model.EventMode;
import org.marsad.model.EventType;

/**
 * The party an act is done to, read after the actor: after one of the trigger's prepositions, as
 * a direct object, as the owner of the object (تدمير أنظمة التي تستخدمها قوات حفتر), or as the
 * antecedent of a pronoun attached to the trigger (التخلي عنه); and the act's place on the way.
 */
final class Recipients {
  /** Acts that harm or take: attacks and coercion. */
  static final Set<EventType> HARMING = Set.of(EventType.ASSAULT, EventType.COERCE);
  private static final Set<EventType> SENDING = Set.of(EventType.AID, EventType.MOBILIZE);
  /** Acts whose direct object may be where they go or are done, not a party dealt with. */
  private static final Set<EventType> PLACED =
      Set.of(EventType.MOBILIZE, EventType.RETREAT, EventType.CONSULT, EventType.PROTEST);
  /** Acts on an object whose owner is acted on (تدمير أنظمة تستخدمها قوات حفتر). */
  private static final Set<EventType> OWNED_OBJECT =
      Set.of(EventType.ASSAULT, EventType.COERCE, EventType.SANCTION);
  /** Acts done with a partner named after مع. */
  private static final Set<EventType> PARTNERED =
      Set.of(EventType.AGREE, EventType.CONSULT, EventType.COOPERATE, EventType.SUPPORT);
  private static final Set<String> DELEGATES = Set.of("وفد", "وفدا", "مسوول", "مسوولا",
      "مسوولين", "ممثلين", "ممثلي", "مبعوث", "مبعوثا");
  private static final Set<EventType> OWNED =
      Set.of(EventType.ASSAULT, EventType.COERCE, EventType.SUPPORT, EventType.ACCUSE);
  private static final Set<String> MEMBERS = Words.of("member-noun");
  private static final Set<String> TIME = Words.of("time-word");
  /** Prepositions of where or when (في، قرب، خلال). */
  private static final Set<String> WHERE = Words.of("where-preposition");
  /** Prepositions before what an attack is aimed at (على، ضد، نحو). */
  static final Set<String> AIM = Words.of("aim-preposition");
  private final Overlay o;
  private final Subjects subjects;
  private final Asides asides;

  Recipients(Overlay o, Subjects subjects) {
    this.o = o;
    this.subjects = subjects;
    this.asides = new Asides(o, j -> skippedFrom(j, o.tokens().size()));
  }

  /**
   * The recipient (or null; {@code alone}: not with its coordination), the place (or null) and
   * the town or site an attack is aimed at (or null; the one struck when no party is) found from
   * token {@code objectsFrom} on;
   * {@code actorHead} (null when the actor is not in the sentence) is never its own recipient.
   */
  record Found(Arg recipient, String location, boolean alone, Arg struck) {}

  static boolean agentPrep(String prep) {
    return prep.equals("من قبل") || prep.equals("علي يد");
  }

  Found read(TriggerLexicon.Hit hit, Arg actorHead, int objectsFrom, int right) {
    TriggerLexicon.Trigger t = hit.trigger();
    // اتهمت الخارجية الإيرانية في بيان الولايات المتحدة: the object follows where it was said
    objectsFrom = actorHead != null && t.verb() ? Statements.past(o, objectsFrom) : objectsFrom;
    String location = null;
    Arg recipient = null;
    Arg struck = null;
    // the object may come after words of time and a place (استقبل السيسي في القاهرة اليوم ...)
    int start = skippedFrom(objectsFrom, right);
    Arg again = actorHead == null ? null : namedAgain(actorHead, start);
    if (again != null) {
      start = skippedFrom(again.to(), right); // ولي العهد السعودي الأمير محمد بن سلمان في جدة
    }
    int past = asides.past(start, actorHead, EventStage.SPEECH_ACTS.contains(t.type()));
    int asideEnd = objectsFrom; // what an aside between commas names is no object
    if (past > start) {
      asideEnd = Clause.comma(o, start) ? past : objectsFrom;
      start = past;
      right = Math.max(right, clauseEnd(past));
    }
    for (Arg a : o.args()) {
      if (a.from() < asideEnd || a.from() >= right
          || (actorHead != null && (a.group() == actorHead.group()
              || a.entity().id().equals(actorHead.entity().id()))) // ولي العهد الأمير محمد
          || agentPrep(a.prep()) || Asides.backing(o, a) || Asides.ledBy(o, a)
          || (Owners.describes(o, a) && !(OWNED.contains(t.type())
              && a.prep().equals("ل") && o.argEndingAt(a.from() - 1) == null))) {
        continue;
      }
      if (t.type() == EventType.REQUEST && actBefore(objectsFrom, a.from())) {
        break; // مطالبا الأوروبيين بوقف دعم حفتر: a party of the act asked for is not asked
      }
      String via = a.chain();
      // the preposition before a title is the name's (من وزير الخارجية الإيراني عباس عراقجي)
      int titled = Titles.start(o, a, start);
      via = via.isEmpty() && titled > start && titled < a.from()
          && Subjects.PREPS.contains(o.n(titled - 1)) ? o.n(titled - 1) : via;
      via = via.isEmpty() && titled >= start && titled < a.from()
          ? Titles.prepOn(o, titled) : via; // اتصالا برئيس الوزراء X
      int distance = a.from() - objectsFrom;
      // the rest of a split trigger (جددت الولايات المتحدة دعمها) and a definite adjective
      // (دعمها العسكري) stand between the subject and an object after ل without parting them;
      // the ل may be written on a title or noun before the name (دعمها للمشير خليفة حفتر،
      // دعمها لقوات حفتر): the phrase then starts one token earlier
      int noun = a.from() - 1; // past quotation marks: مواقع لتنظيم «داعش»
      while (noun > objectsFrom && Overlay.isQuote(o.tokens().get(noun))) {
        noun--;
      }
      int lamAt = a.prep().equals("ل") && a.from() > objectsFrom
          && !o.n(a.from()).startsWith("ل") && o.n(noun).startsWith("ل") ? noun : a.from();
      boolean nextLam = a.prep().equals("ل")
          && lamAt - objectsFrom == Pairs.triggerRest(o, objectsFrom, lamAt, t);
      // withdrawing "from" a place names where, not whom
      boolean fromPlace = t.type() == EventType.RETREAT && via.equals("من");
      boolean prepOk = !via.isEmpty() && (!fromPlace || (NotDone.body(a) && a.prep().equals("من"))) && (via.equals("ضد")
          || fromPlace // انسحاب بلاده من لجنة الأركان: the body left
          || t.preps().contains(a.prep())
          || ((via.equals("من") || AIM.contains(via)) // باتجاه إسرائيل، نحو مواقع الجيش
              && HARMING.contains(t.type()))
          || t.preps().contains(via)
          || nextLam
          || (via.equals("الي") && (SENDING.contains(t.type()) || t.mode() == EventMode.VISIT))
          // وجه دعوة رسمية إلى المملكة: the one invited, right after إلى (not دعا إلى وقف)
          || (via.equals("الي") && t.type() == EventType.REQUEST && o.n(a.from() - 1).equals("الي"))
          || (via.equals("مع") && PARTNERED.contains(t.type()))); // وقعت حكومة الوفاق مع أنقرة
      int words = words(start, titled);
      boolean object = a.prep().isEmpty() && (words <= 1 || (t.preps().isEmpty()
          && words <= 3) || counterpart(start, a.from()));
      // the owner of what is hit, taken, praised or blamed: دمرت آليات لقوات حفتر، نحيي مواقف
      // الرئيس السيسي، على ثلاثة مواقع تابعة لكتائب حزب الله
      boolean owner = a.prep().equals("ل") && distance >= 1 && OWNED.contains(t.type())
          && Owners.near(o, objectsFrom, lamAt);
      // a town right after the verbal noun of an attack or a taking is its target (هجوم سبها،
      // اقتحام طرابلس، تبنى داعش هجوم سبها); right after a verb (قصفت المطار) a place is
      // where the act was
      boolean target = a.entity().type() == EntityType.LOCATION && a.prep().isEmpty()
          && distance <= 1 && HARMING.contains(t.type()) && (!t.verb()
              || (distance == 1 && Pairs.triggerRest(o, objectsFrom, a.from(), t) == 1));
      // a capital is a party met or dealt with (وقعت حكومة السراج مع أنقرة), and the one attacked
      // or taken (هجوم على طرابلس، هاجمت القوات كييف; في جنوب طرابلس is where)
      // and the host of a visit (زار أردوغان طهران، زيارته إلى القاهرة)
      boolean party = a.party() || (a.capital() && (HARMING.contains(t.type())
          ? via.equals("علي") || via.equals("ضد") || (via.isEmpty() && object)
          : (!via.isEmpty() && (!Places.PLACE_PREPS.contains(via) // ضغطت واشنطن على كييف
              || t.preps().contains(via)))
              || (via.isEmpty() && object && !PLACED.contains(t.type())) // اتهمت دمشق أنقرة
              || (t.mode() == EventMode.VISIT && ((via.isEmpty() && object)
                  || via.equals("الي")))));
      // a delegation of a party (استقبلت موسكو وفدا من حكومة الوفاق)
      boolean delegation = via.equals("من") && a.from() >= 2 && o.n(a.from() - 1).equals("من")
          && (DELEGATES.contains(o.n(a.from() - 2))
              || DELEGATES.contains(o.tokens().get(a.from() - 2).norm())); // وفدا: root و
      if ((party && (prepOk || object || owner || delegation || members(t, a, objectsFrom)))
          || target) {
        recipient = holder(o.groupHead(a), right);
        break;
      }
      // a town or site an attack is aimed at (غارات على مدينة خان يونس، قصفت مدينتي سديروت
      // وعسقلان) is the one struck when no party is named; so is a place withdrawn from
      if (struck == null && a.place() && (fromPlace || (!a.actor() && HARMING.contains(t.type())
          && (AIM.contains(via) || (via.isEmpty() && object))))) {
        struck = a;
      }
      if (a.place() && !a.actor() && location == null && Places.PLACE_PREPS.contains(a.chain())) {
        location = a.entity().id();
      }
    }
    if (location == null && recipient == null && struck == null
        && HARMING.contains(t.type())) {
      location = placeBeyond(right); // غارات على تجمعات لتلك القوات ... وفي بلدة مليط شمالها
    }
    if (recipient == null && t.preps().isEmpty()
        && OWNED_OBJECT.contains(t.type())) {
      recipient = Owners.ofObject(o, subjects, actorHead, objectsFrom, right);
    }
    if (recipient == null && actorHead != null && PARTNERED.contains(t.type())) {
      Arg other = otherParty(actorHead, objectsFrom, right);
      if (other != null) {
        return new Found(other, location, true, null); // one of the pair, not the pair
      }
    }
    return new Found(recipient, location, false,
        struck == null ? null : holder(o.groupHead(struck), right));
  }

  /**
   * Past token {@code j} when it is a word of time, "during it", a number, or a place after its
   * preposition (في القاهرة، بالعاصمة طرابلس): the token after them; else {@code j}. These stand
   * between a verb's subject and its object without parting them.
   */
  private int skipped(int j) {
    if (TIME.contains(o.n(j)) || Antecedents.DURING.contains(o.n(j))
        || (!o.n(j).isEmpty() && Character.isDigit(o.n(j).charAt(0)))) {
      return j + 1;
    }
    for (int k = j + 1; k <= j + 2 && WHERE.contains(o.n(j)); k++) {
      if (TIME.contains(o.n(k))) {
        return k + 1; // في ذلك اليوم، خلال الأسبوع
      }
    }
    Arg place = o.argAt(j);
    if (place == null && Places.PLACE_PREPS.contains(o.n(j))) {
      place = o.argAt(j + 1);
      place = place != null && place.from() == j + 1 && place.prep().equals(o.n(j)) ? place
          : null;
    } else if (place != null && (place.from() != j || !Places.PLACE_PREPS.contains(place.prep()))) {
      place = null;
    }
    return place != null && place.entity().type() == EntityType.LOCATION
        ? o.lastOfGroup(place).to() : j;
  }

  /** The first token from {@code j} on that ends a clause, or the sentence's end. */
  /** How many words past a clause's reach a place it names may stand. */
  private static final int PLACE_REACH = 8;

  /**
   * A place after its preposition within a few words past {@code right}, in the same clause (an
   * attack's clause read to its reach names no place: غارات مكثفة على تجمعات لتلك القوات في محيط
   * المدينة وفي بلدة مليط), or null.
   */
  private String placeBeyond(int right) {
    int end = Math.min(clauseEnd(right), right + PLACE_REACH);
    for (Arg a : o.args()) {
      if (a.from() >= right && a.from() < end && a.place() && !a.actor()
          && Places.PLACE_PREPS.contains(a.chain())) {
        return a.entity().id();
      }
    }
    return null;
  }

  private int clauseEnd(int j) {
    for (int m = j; m < o.tokens().size(); m++) {
      if (o.endsClause(m)) {
        return m;
      }
    }
    return o.tokens().size();
  }

  /** The first token from {@code j} on that is not {@link #skipped}, before {@code right}. */
  private int skippedFrom(int j, int right) {
    for (int next; j < right && (next = skipped(j)) > j; ) {
      j = next;
    }
    return j;
  }

  /**
   * The actor named again right after itself, at {@code j} or past one definite word, a title
   * (ولي العهد السعودي الأمير محمد بن سلمان), or null: the object follows that name.
   */
  private Arg namedAgain(Arg actorHead, int j) {
    for (Arg a : o.args()) {
      if ((a.from() == j || (a.from() == j + 1 && o.n(j).startsWith("ال")))
          && a.prep().isEmpty() && a.entity().id().equals(actorHead.entity().id())) {
        return a;
      }
    }
    return null;
  }

  /** True when a word of another act stands in tokens {@code [from, to)}. */
  private boolean actBefore(int from, int to) {
    for (int j = from; j < to; j++) {
      if (subjects.inTrigger(j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The tokens from {@code from} to {@code to} that are not {@link #skipped}; a preposition of
   * where among them (في منطقة الهيشة) parts a name from the verb for good.
   */
  private int words(int from, int to) {
    int n = 0;
    for (int j = from; j < to; ) {
      int next = skipped(j);
      if (next == j && WHERE.contains(o.n(j))) {
        return Integer.MAX_VALUE;
      }
      n += next == j ? 1 : 0;
      j = Math.max(next, j + 1);
    }
    return n;
  }

  /**
   * True when the party is named as the one whose members are acted on, after the trigger's
   * preposition (عقوبات على قادة في قوات الدعم السريع، اعتقال عناصر من حركة حماس): members noun,
   * then في or من, then the party.
   */
  private boolean members(TriggerLexicon.Trigger t, Arg a, int objectsFrom) {
    int noun = a.from() - 2;
    if (noun > objectsFrom && o.n(noun).endsWith("\u0627") && !o.n(noun).startsWith("ال")) {
      noun--; // an adjective in the accusative after the member: قياديا بارزا في حزب الله
    }
    if (noun < objectsFrom || !(a.prep().equals("في") || a.prep().equals("من"))
        || !MEMBERS.contains(Words.withoutArticle(o.n(noun), 3))) {
      return false;
    }
    String before = noun > objectsFrom ? o.n(noun - 1) : "";
    return noun == objectsFrom || before.equals("ضد") || t.preps().contains(before)
        || (before.equals("علي") && HARMING.contains(t.type()));
  }

  /**
   * True when tokens {@code [from, to)} are a counterpart with its pronoun and the adjectives
   * after it (نظيره المصري، نظيرته الألمانية): the name at {@code to} is the one met or dealt with.
   */
  private boolean counterpart(int from, int to) {
    return Subjects.counterpartBefore(o, to) == from;
  }

  /**
   * The person named right after an organization (رئيس مجلس النواب عقيلة صالح): the holder of
   * the office, who is the party met or addressed; else {@code a}.
   */
  private Arg holder(Arg a, int right) {
    if (a.entity().type() == EntityType.PERSON || o.lastOfGroup(a) != a) {
      return a;
    }
    // قائد القيادة المركزية الأمريكية الجنرال مايكل كوريلا: past the holder's rank
    int j = Titles.pastRank(o, a.to(), right);
    Arg next = o.argAt(j);
    return next != null && next.from() == j && j < right
        && next.entity().type() == EntityType.PERSON && next.prep().isEmpty() ? next : a;
  }

  /**
   * The party of an agreement "between A and B" named after the act (صادق البرلمان التركي على
   * مذكرة تعاون بين تركيا وحكومة الوفاق) that is neither the actor nor of the actor's country.
   */
  private Arg otherParty(Arg actorHead, int objectsFrom, int right) {
    String country = actorHead.entity().country();
    for (Arg a : o.args()) {
      if (a.from() < objectsFrom || a.from() >= right + 8 || !a.party()
          || !(a.prep().equals("بين") || a.chain().equals("بين")
              || o.groupHead(a).chain().equals("بين"))) {
        continue;
      }
      for (Arg b : o.args()) {
        if (b.group() == a.group() && b.party() && b.group() != actorHead.group()
            && (country == null || !country.equals(b.entity().country()))) {
          return b;
        }
      }
      return null;
    }
    return null;
  }

  /** The recipients' ids: the antecedent alone, or the recipient's coordination. */
  List<String> ids(Arg recipient, boolean antecedentOnly) {
    return recipient == null ? List.of()
        : antecedentOnly || !recipient.actor() ? List.of(recipient.entity().id())
        : o.group(o.groupHead(recipient)); // a place attacked stands alone
  }
}
