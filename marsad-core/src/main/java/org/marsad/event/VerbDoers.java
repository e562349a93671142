package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.model.EntityType;
import org.marsad.model.EventType;

/**
 * The doer of a verb trigger, read on one sentence's {@link Overlay}: the party a
 * complementizer's pronoun stands for, a relative pronoun's antecedent, the subject after the verb
 * or before it, the topic of its proposition, the forces named with a pronoun, or the sentence's
 * subject carried on to a verb that names none.
 */
final class VerbDoers {
  private static final Set<String> CHARGE = Words.of("charge-verb");
  /** Prepositions of a phrase that opens a sentence with the act its subject did (وفي اتصال). */
  private static final Set<String> FRONTING = Set.of("في", "خلال");
  /** How many words such a phrase may have after its act noun. */
  private static final int FRONTED_WORDS = 8;
  private final Overlay o;
  private final List<Token> toks;
  private final List<TriggerLexicon.Hit> hits;
  private final Subjects subjects;
  private final PostverbalSubjects postverbal;
  private final Antecedents antecedents;
  private final Shapes shapes;

  VerbDoers(Overlay o, List<TriggerLexicon.Hit> hits, Subjects subjects,
      PostverbalSubjects postverbal, Antecedents antecedents, Shapes shapes) {
    this.o = o;
    this.toks = o.tokens();
    this.hits = hits;
    this.subjects = subjects;
    this.postverbal = postverbal;
    this.antecedents = antecedents;
    this.shapes = shapes;
  }

  private String n(int i) {
    return o.n(i);
  }

  /**
   * The subject of the verb whose clause a participle in the accusative at token {@code from},
   * after a comma, continues (انتقد السيسي تركيا، مطالبا): the explicit subject of the nearest
   * verb trigger before the comma, or null.
   */
  Arg mainSubject(int from) {
    int at = from - 1;
    if (at < 1 || !(n(at).equals("،") || n(at).equals(","))) {
      return null;
    }
    return explicitSubject(verbBefore(at));
  }

  /**
   * The explicit subject of the nearest verb trigger before token {@code from} in its sentence,
   * with no complementizer between (the verb joined by و at {@code from} goes on with it), or null;
   * none for a verb of harm, which news often writes passive (قتلوا ... وأصيب).
   */
  private Arg joinedSubject(int from) {
    TriggerLexicon.Hit verb = verbBefore(from);
    for (int k = verb == null ? from : verb.to(); k < from; k++) {
      if (Subjects.COMPLEMENTIZERS.contains(n(k)) || o.boundary(k)) {
        return null; // قال إن ... ودعا: the reported clause's verb is not the one joined
      }
    }
    return verb == null || verb.trigger().type() == EventType.ASSAULT ? null
        : explicitSubject(verb);
  }

  /**
   * The subject of the clause after a phrase that opens the sentence with an act noun after في or
   * خلال (وفي اتصال هاتفي مع كالاس، شدد الوزير فيصل بن فرحان على): the one named right after the
   * verb that follows the phrase's comma, who did the act; else null.
   */
  Arg frontedSubject(TriggerLexicon.Hit hit) {
    if (hit.from() != 1
        || !FRONTING.contains(Clitics.withoutConjunction(toks.get(0).norm(), 2))) {
      return null;
    }
    for (int j = hit.to(); j + 2 < toks.size() && j < hit.to() + FRONTED_WORDS; j++) {
      if (toks.get(j).kind() == Token.Kind.PUNCT) {
        return Clause.comma(toks.get(j).text()) ? postverbal.after(j + 2, toks.size()) : null;
      }
    }
    return null;
  }

  /**
   * The nearest verb trigger ending at or before token {@code at}, not a verbal noun written as
   * the verb is (بـ"دعم الانفصاليين"، مهددا), or null.
   */
  private TriggerLexicon.Hit verbBefore(int at) {
    TriggerLexicon.Hit verb = null;
    for (TriggerLexicon.Hit h : hits) {
      if (h.trigger().verb() && h.to() <= at && !shapes.afterPreposition(h) && !quoted(h, at)) {
        verb = h;
      }
    }
    return verb;
  }

  /** Whether {@code h} stands in a quotation closed before token {@code at} (إن «...»، داعية). */
  private boolean quoted(TriggerLexicon.Hit h, int at) {
    int marks = 0;
    for (int j = h.to(); j < at; j++) {
      marks += Overlay.isQuote(toks.get(j)) ? 1 : 0;
    }
    return marks % 2 == 1;
  }

  /** The subject {@code verb} names itself (not one taken from the context), or null. */
  private Arg explicitSubject(TriggerLexicon.Hit verb) {
    Doer d = verb == null ? null
        : subject(verb, Clause.left(o, verb.from(), hits), Clause.right(o, verb, hits), true);
    return d != null && d.explicit() && d.actor() != null ? d.actor() : null;
  }

  /**
   * The main clause's subject, whom a participle at token {@code from} describes: one in the
   * accusative (مطالبا); or, after a comma ({@code circumstantial}), a feminine one (، مطالبة
   * حكومة مالي) that agrees with a body, not a person (else it is the verbal noun of a demand).
   */
  Arg participleSubject(int from, boolean circumstantial) {
    boolean accusative = n(from).endsWith("\u0627") || n(from).endsWith("ين"); // مطالبين
    Arg main = accusative || circumstantial ? mainSubject(from) : null;
    return main == null || accusative || main.entity().type() != EntityType.PERSON ? main : null;
  }

  /** The subject of a verb trigger: after it, before it, or the topic of its proposition. */
  Doer subject(TriggerLexicon.Hit hit, int left, int right, boolean verb) {
    Doer where = afterWhere(hit, right);
    if (where != null) {
      return where;
    }
    if (subjects.pronounSubject(hit.from())) {
      // a complementizer that carries the verb's subject (قالت الجماعة إنها استهدفت سفينة، أعلن
      // الجيش أنه قصف مواقع): the name after the verb is its object, and the doer is whom the
      // pronoun stands for, the subject before the complementizer
      Arg said = antecedents.pronounAntecedent(hit.from() - 1);
      return said == null ? null : new Doer(said, true, null, false, hit.to());
    }
    int complementizer = subjects.copulaComplementizer(hit.from());
    if (complementizer >= 0) {
      // نفت الحركة أن تكون قد استهدفت المدنيين: the copula's hidden subject is the denier, and
      // the name after the verb its object
      Arg said = antecedents.pronounAntecedent(complementizer);
      return said == null ? null : new Doer(said, true, null, false, hit.to());
    }
    Arg pluperfect = subjects.pluperfect(hit.from());
    if (pluperfect != null) {
      return new Doer(pluperfect, true, null, false, hit.to()); // وكان السراج قد زار أنقرة
    }
    boolean relative = Subjects.RELATIVES.contains(n(hit.from() - 1))
        || (hit.from() >= 2 && Subjects.RELATIVES.contains(n(hit.from() - 2)));
    Arg antecedent = relative ? antecedents.antecedentOfRelative(hit.from()) : null;
    String w = n(hit.from());
    // a verb with an object pronoun after a relative (الذي استضافته القاهرة) has its own subject
    boolean verbPronoun = verb && (hit.pronoun() || (relative && objectPronoun(w)));
    Arg apart = Topics.setApart(o, hit.from());
    if (apart != null) {
      return new Doer(apart, true, null, false, hit.to()); // أما غروندبرغ، فدعا الأطراف
    }
    Arg topic = subjects.strongTopic(hit.from());
    Arg svo = subjects.before(hit.from(), left, 0);
    if (topic == null && svo != null
        && (svo.from() == left || Units.start(o, svo) == left)) {
      topic = svo; // الإمارات ومصر تدعمان قوات حفتر: a clause that opens with its subject
    }
    // a verb that agrees with a plural subject (ووصفوا، يطالبون) has it already: the name after
    // it is its object, and the subject is the party named before
    boolean plural = shapes.pluralVerb(hit);
    Arg after = plural ? null : postverbal.after(hit.to(), right);
    if (after != null && (chargedObject(hit, after) || askedObject(hit, after)
        || subjects.unnamedTopic(hit.from()) || (afterIndefiniteAct(hit) && !hit.pronoun())
        || shapes.ownedObject(hit, after) || PostverbalSubjects.disagrees(o, hit, after)
        || Shapes.splitByObject(o, hit, after))) {
      after = null; // واتهمت دمشق بمحاولة، وحمّل حكومة الاحتلال المسؤولية: the object
    }
    if (plural && topic == null) {
      Arg first = subjects.before(hit.from(), left, 0); // بعض قيادات الجيش انسحبوا
      if (first == null) {
        first = subjects.first(hit.from()); // قفز مرتزقة الفاغنر ... وانسحبوا
      }
      return first == null ? null : new Doer(first, true, null, false, hit.to());
    }
    if (relative && antecedent != null && after != null && verbPronoun) {
      // حفتر، الذي قابله السيسي
      return new Doer(after, true, antecedent, true, o.lastOfGroup(after).to());
    }
    // الميليشيات التي تعهد حفتر بتفكيكها: a verb that does not agree with التي has a subject of
    // its own, the name right after it or one left unsaid
    boolean disagrees = relative && antecedent != null && masculineAfterFeminine(hit);
    if (disagrees && after != null && after.from() == hit.to()) {
      return new Doer(after, true, null, false, objectsAfter(after));
    }
    if (relative && antecedent != null && !disagrees) {
      return new Doer(antecedent, true, null, false, hit.to()); // الولايات المتحدة التي أكدت
    }
    if (relative && (!verbPronoun || after == null)) {
      return null; // التحالف الذي دعم حفتر، الدول التي تدعمه: the doer is the unnamed antecedent
    }
    if (topic != null) {
      return new Doer(topic, true, null, false, hit.to()); // أن تركيا أرسلت
    }
    Arg forces = after != null ? antecedents.possessor(hit.from()) : null;
    if (forces != null) {
      // إن قواته أسقطت طائرة تركية: his forces are the subject, the name after the verb its
      // object
      return new Doer(forces, true, null, false, hit.to());
    }
    if (after != null) {
      return new Doer(after, true, null, false, objectsAfter(after));
    }
    Arg actor = subjects.before(hit.from(), left, 0);
    if (actor == null) {
      actor = antecedents.possessor(hit.from());
    }
    boolean explicit = true;
    boolean waw = n(hit.from()).length() < toks.get(hit.from()).norm().length();
    if (actor == null && waw && verb) {
      // أعرب باتيلي عن قلقه، ودعا الأطراف; هنأت البعثة الشعب بنجاح الانتخابات ودعت: a verb joined
      // to a verb whose subject is named goes on with that subject
      Arg main = mainSubject(hit.from());
      main = main != null || hit.trigger().type() == EventType.ASSAULT ? main
          : joinedSubject(hit.from()); // a verb of harm joined is often passive (وأصيب اثنان)
      main = main != null || hit.trigger().type() == EventType.ASSAULT ? main
          : subjects.announcer(hit.from()); // أعلنت اليونيفيل أن ...، ودعت
      if (main != null) {
        return new Doer(main, true, null, false, hit.to());
      }
    }
    if (actor == null && verb && Antecedents.DURING.contains(n(hit.to()))) {
      actor = mainSubject(hit.from()); // أجرى X اتصالا بـY، أشاد خلاله: X, who made the call
    }
    if (actor == null) {
      actor = subjects.topic(hit.from());
      explicit = false;
    }
    if (actor == null && waw) {
      actor = subjects.first(hit.from()); // قفز المرتزقة ... وانسحبوا
      explicit = false;
    }
    if (actor == null && !subjects.unnamedSubjectAfter(hit.to(), right)
        && !subjects.reported(left) && !afterIndefiniteAct(hit)) {
      // a verb whose subject is left unsaid continues the sentence's subject: يحاول أردوغان فتح
      // جبهات ... حيث أرسل أعدادا (not across أن: the reported act has a subject of its own)
      actor = antecedents.nearestSubjectBefore(hit.from());
      explicit = actor != null && actor.entity().type() == EntityType.PERSON;
    }
    return new Doer(actor, explicit, null, false, hit.to());
  }

  /**
   * True when {@code a}, right after a verb of charging (اتهم، وصف) with no object pronoun, is
   * followed by the charge after ب (واتهمت دمشق بمحاولة، ووصف حفتر بأنه): the verb takes an
   * object, so its one party is that object, and the subject is the one named before.
   */
  private boolean chargedObject(TriggerLexicon.Hit hit, Arg a) {
    int close = hit.to() < toks.size() ? Clause.asideEnd(o, hit.to(), hits) : -1;
    int object = close > 0 ? close + 1 : hit.to(); // اتهمت، في بيان تلاه الوزير، الجزائر بـ
    if (hit.pronoun() || a.from() != object || !a.prep().isEmpty()
        || !CHARGE.contains(n(hit.from()))) {
      return false;
    }
    int end = o.lastOfGroup(a).to();
    return end < toks.size() && Words.charge(n(end)) && o.argAt(end) == null;
  }

  /**
   * True when {@code a}, right after a verb of asking or accusing joined after a comma to a
   * verb whose subject is named, is followed by what it is asked or accused of after ب، على or
   * إلى (أدانت الخارجية الاعتداءات، وطالبت أنقرة بسحب قواتها، ويحث إسرائيل وإيران على): the
   * verb goes on with that subject, and the parties are its object.
   */
  private boolean askedObject(TriggerLexicon.Hit hit, Arg a) {
    EventType type = hit.trigger().type();
    if ((type != EventType.REQUEST && type != EventType.ACCUSE) || hit.pronoun()
        || a.from() != hit.to() || !a.prep().isEmpty()
        || n(hit.from()).length() == toks.get(hit.from()).norm().length()) {
      return false; // no conjunction: a verb of its own clause
    }
    int end = o.lastOfGroup(a).to();
    if (end >= toks.size() || o.argAt(end) != null) {
      return false;
    }
    int close = Clause.asideEnd(o, end, hits); // ودعا واشنطن وباريس، بصفتهما ...، إلى
    String next = n(close > end ? close + 1 : end);
    boolean complement = next.equals("علي") || next.equals("الي") || Words.charge(next);
    return complement && mainSubject(hit.from()) != null;
  }

  /**
   * True when the verb follows an indefinite noun of an act right before it (غداة هجوم انتحاري
   * استهدف مركزا للشرطة) and agreeing with it: the verb describes that act, which is its subject,
   * so the sentence's subject before is not its doer.
   */
  private boolean afterIndefiniteAct(TriggerLexicon.Hit hit) {
    if (o.argEndingAt(hit.from()) != null) {
      return false; // طائرات مسيرة استهدفت: the drones are a doer, not an act
    }
    for (TriggerLexicon.Hit h : hits) {
      if (h.to() == hit.from() && !h.trigger().verb() && !n(h.from()).startsWith("ال")) {
        // the verb agrees with the noun (غارة استهدفت، انفجار استهدف; not زيارة يلتقي خلالها)
        String noun = n(h.from());
        boolean feminineNoun = noun.endsWith("ه") || noun.endsWith("ات");
        String w = toks.get(hit.from()).norm();
        boolean feminineVerb = hit.trigger().imperfect() ? w.startsWith("ت") : w.endsWith("ت");
        return feminineNoun == feminineVerb;
      }
    }
    return false;
  }

  /**
   * True when the verb at {@code hit} is a masculine singular form (تعهد، يقود; not تعهدت،
   * تقود، تعهدوا) right after the feminine relative التي: it does not agree with the relative's
   * antecedent.
   */
  private boolean masculineAfterFeminine(TriggerLexicon.Hit hit) {
    if (!n(hit.from() - 1).equals("التي")) {
      return false;
    }
    String w = toks.get(hit.from()).norm();
    return hit.trigger().imperfect() ? w.startsWith("ي") && !w.endsWith("ون")
        : !(w.endsWith("ت") || w.endsWith("ا"));
  }

  /** True when a verb of more than three letters ends in an object pronoun (استضافته). */
  private static boolean objectPronoun(String w) {
    return w.length() > 3 && (w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم"));
  }

  /**
   * A meeting told after حيث with one party after it (وصل لودريان إلى بيروت، حيث التقى رئيس
   * الحكومة نجيب ميقاتي): the subject of the clause before meets that party; else null.
   */
  private Doer afterWhere(TriggerLexicon.Hit hit, int right) {
    if (hit.trigger().type() != EventType.CONSULT || hit.from() < 1 || hit.pronoun()
        || objectPronoun(n(hit.from())) || !n(hit.from() - 1).equals("حيث")) {
      return null; // حيث استقبله الرئيس: the one named after receives
    }
    Arg met = postverbal.after(hit.to(), right);
    Arg before = antecedents.nearestSubjectBefore(hit.from() - 1);
    if (met == null || before == null || before.place()
        || o.group(before).contains(met.entity().id())) {
      return null; // زار الجزائر، حيث: a place visited is no subject
    }
    for (Arg a : o.args()) {
      if (a.from() >= o.lastOfGroup(met).to() && a.from() < right && a.party()
          && a.prep().isEmpty()) {
        return null; // حيث التقى الوزيران الرئيس: a subject and an object of its own
      }
    }
    return new Doer(before, true, met, false, o.lastOfGroup(met).to());
  }

  /**
   * True when a trigger read as a verb is its own verbal noun after a verb and its subject (V S
   * N): the trigger is one bare word, spelled as the trigger form, right after an actor whose
   * phrase follows a word that can govern a verbal noun (واصلت تركيا قصف مواقع، نفت تركيا قصف).
   */
  boolean verbalNounAfterSubject(TriggerLexicon.Hit hit) {
    if (hit.to() - hit.from() != 1 || !n(hit.from()).equals(hit.trigger().form())
        || hit.trigger().form().contains(" ")) {
      return false;
    }
    Arg subject = o.argEndingAt(hit.from());
    if (subject == null || !subject.actor() || !subject.prep().isEmpty()) {
      return false;
    }
    int before = o.groupHead(subject).from() - 1;
    return before >= 0 && toks.get(before).kind() == Token.Kind.ARABIC
        && subjects.governing(before) && o.argEndingAt(before + 1) == null;
  }

  /**
   * Where the objects of a verb begin after its subject {@code subject}: past the subject's group,
   * and past the same party named again between commas (اتهم رئيس الوزراء العراقي، محمد شياع
   * السوداني، الولايات المتحدة: the name is the title's holder, not the one accused).
   */
  private int objectsAfter(Arg subject) {
    int end = o.lastOfGroup(subject).to();
    Arg again = o.argAt(end + 1);
    if (Clause.comma(o, end) && again != null
        && again.entity().id().equals(subject.entity().id())) {
      int close = o.lastOfGroup(again).to();
      if (close < o.tokens().size() && Clause.comma(o, close)) {
        return close + 1;
      }
    }
    return end;
  }
}
