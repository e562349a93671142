package org.marsad.event;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Document;
import org.marsad.model.EventMode;
import org.marsad.model.EventType;

/**
 * Reads a trigger's actor, recipient and place from its sentence's {@link Overlay}. Arabic orders
 * a clause verb-subject-object or subject-verb-object; a verbal noun takes its subject or object
 * as a genitive (استيلاء حكومة الوفاق على القاعدة، دعم حفتر) and its agent after من / من قبل /
 * على يد (بدعم من فرنسا). Coordinated mentions (مصر والإمارات) form one group. Everything is read
 * within the trigger's {@link Clause}.
 */
final class ArgumentReader {
  /** Verbs of seeing and recording: their subject witnessed the act named after it. */
  private static final Set<String> RECEIVING = Words.of("receive-verb");
  private static final Set<String> WITNESS_VERBS = Words.of("witness-verb");
  private static final Set<String> OCCASIONS = Words.of("occasion-preposition");
  /** Acts whose recipient may be named by their purpose (أرسلت مقاتلين لدعم حكومة الوفاق). */
  private static final Set<EventType> PURPOSED =
      Set.of(EventType.AID, EventType.MOBILIZE, EventType.ASSAULT);
  private static final Set<EventType> SENDING = Set.of(EventType.AID, EventType.MOBILIZE);
  /** Acts whose object may be another act, whose doer is then the party acted on. */
  private static final Set<EventType> CONDEMNING = Set.of(EventType.ACCUSE, EventType.REJECT);
  /** Nouns of agreements and meetings that the city they were made in names (اتفاق موسكو). */
  private static final Set<String> NAMED_BY_PLACE = Words.of("place-named-act");

  private final Overlay o;
  private final List<Token> toks;
  private final List<TriggerLexicon.Hit> hits;
  private final Subjects subjects;
  private final Antecedents antecedents;
  private final Places places;
  private final Pairs pairs;
  private final Recipients recipients;
  private final Controllers controllers;
  private final Shapes shapes;
  private final VerbDoers verbs;
  private final AgentPhrases agents;

  private final EarlierActs earlier;

  /**
   * A reader of {@code o}, whose generic actors may have been left out, for a sentence whose
   * {@code full} overlay has them: an unnamed party as a verb's subject still keeps a name after
   * it from being read as the subject. {@code earlier} gives the doers of the acts told before.
   */
  ArgumentReader(Overlay o, List<TriggerLexicon.Hit> hits, Document doc, KnowledgeBase kb,
      Overlay full, EarlierActs earlier) {
    this.o = o;
    this.earlier = earlier;
    this.toks = o.tokens();
    this.hits = hits;
    this.subjects = new Subjects(o, hits);
    this.antecedents = new Antecedents(o, subjects);
    this.places = new Places(o);
    this.pairs = new Pairs(o, places, doc, kb);
    this.recipients = new Recipients(o, subjects);
    this.controllers = new Controllers(o, subjects, antecedents, hits);
    this.shapes = new Shapes(o, hits);
    this.verbs = new VerbDoers(o, hits, subjects, new PostverbalSubjects(o, hits, full),
        antecedents, shapes);
    this.agents = new AgentPhrases(o, subjects, antecedents, shapes);
  }

  private String n(int i) {
    return o.n(i);
  }

  Reading read(TriggerLexicon.Hit hit) {
    int left = Clause.left(o, hit.from(), hits);
    int right = Clause.right(o, hit, hits);
    TriggerLexicon.Trigger t = hit.trigger();
    if (t.verb() && shapes.hisCountry(hit)) {
      // أكد أن بلاده تدعم سوريا: "his country" is the subject, the name after the verb its
      // object; the stage reads the act as the person's (spokenBy)
      return Reading.none(left, right);
    }
    Arg city = o.argAt(hit.from() + 1);
    if (city != null && city.from() == hit.from() + 1 && city.place() && !city.party()
        && o.lastOfGroup(city) == city && NAMED_BY_PLACE.contains(n(hit.from()))) {
      return Reading.none(left, right); // اتفاق موسكو، مؤتمر برلين: the city names the act
    }
    Doer doer = agents.of(hit, right);
    // a word right after a relative pronoun is a verb (الذي استضافته القاهرة), whatever its form
    boolean verb = t.verb() || Subjects.RELATIVES.contains(n(hit.from() - 1));
    if (doer == null && verb && !verbs.verbalNounAfterSubject(hit) && !shapes.afterPreposition(hit)) {
      doer = verbs.subject(hit, left, right, verb);
    } else if (doer == null) {
      Reading special = t.preps().contains("مع") || t.type() == EventType.ASSAULT
          ? pairs.between(hit, left, right) : null; // اشتباكات، معارك ضارية بين X وY
      if (special == null) {
        special = pairs.nisba(hit, left, right);
      }
      if (special != null) {
        return special;
      }
      doer = nounSubject(hit, left, right);
    }
    if (doer == null || doer.actor() == null) {
      return Reading.none(left, right);
    }
    Arg actorHead = o.groupHead(doer.actor());
    Arg recipient = doer.recipient();
    String location = null;
    boolean alone = doer.antecedentRecipient();
    Arg struck = null;
    if (recipient == null) {
      Recipients.Found found = recipients.read(hit, actorHead, doer.objectsFrom(), right);
      recipient = found.recipient();
      String pronounPrep = antecedents.pronounPrepAfter(hit.to());
      if (recipient != null && !pronounPrep.isEmpty() && recipient.chain().equals(pronounPrep)) {
        recipient = null; // بحث معه العلاقات مع تركيا: the pronoun is the one met
      }
      location = found.location();
      alone |= found.alone();
      struck = found.struck();
      if (recipient == null && hit.trigger().verb() && doer.objectsFrom() == right) {
        recipient = shapes.objectAfterComma(right); // واتهم السراج، حفتر بتدبير انقلاب
      }
    }
    if (recipient != null && SENDING.contains(t.type()) && recipient.place()
        && recipient.chain().equals("الي")) {
      // أرسلت روسيا طائرات إلى ليبيا لدعم قوات حفتر: the country is where, the aim whom
      Arg aim = shapes.purpose(hit, actorHead);
      if (aim != null && aim.group() != recipient.group()) {
        location = recipient.entity().id();
        recipient = aim;
      }
    }
    boolean pronounObject = (hit.to() - hit.from() > 1
        && Subjects.PRONOUN_PREPS.contains(n(hit.to() - 1)))
        || (hit.pronoun() && t.verb() && !hit.trigger().pronoun() // غنمتها القوات
            && hit.to() - hit.from() == 1); // كثفت ضرباتها: the strikes are the subject's
    if (recipient == null && (antecedents.pronounAfter(hit.to()) || pronounObject)) {
      recipient = antecedents.antecedent(hit.from(), actorHead);
    }
    if (recipient == null && PURPOSED.contains(t.type())) {
      // أرسلت مقاتلين لدعم حكومة الوفاق، الهجوم ... بهدف السيطرة على طرابلس
      recipient = shapes.purpose(hit, actorHead);
    }
    if (recipient == null) {
      recipient = struck; // غارات على مدينة خان يونس: no party named, the town is hit
    }
    if (location == null) {
      location = places.place(left, right, actorHead, recipient);
    }
    List<String> to = recipients.ids(recipient, alone);
    if (to.isEmpty() && CONDEMNING.contains(t.type())) {
      // أدانت بغداد الضربات الأمريكية: the doer of the act condemned
      String condemned = pairs.condemnedDoer(hits, hit, doer.objectsFrom());
      if (condemned == null) {
        // أدانت الحكومة العراقية الضربات: the strikes told before, by their doer
        EventType back = pairs.referredBack(hits, hit, doer.objectsFrom());
        condemned = back == null ? null : earlier.doerOf(back);
      }
      to = condemned == null || o.group(actorHead).contains(condemned) ? to : List.of(condemned);
    }
    if (to.isEmpty() && actorHead != null) {
      // بقصف نقاط عسكرية باكستانية، اتصالا هاتفيا بنظيره الباكستاني: the state of the adjective
      String state = pairs.adjectiveParty(doer.objectsFrom(), right,
          Recipients.HARMING.contains(t.type()));
      to = state == null || o.group(actorHead).contains(state) ? to : List.of(state);
    }
    Reading r = new Reading(o.group(actorHead), doer.explicit(), doer.clausal(), to, location,
        left, right); // تلقى السيسي اتصالا من أردوغان: who receives it is acted on
    return t.verb() && RECEIVING.contains(n(hit.from())) && to.size() == 1 ? r.reversed() : r;
  }

  /**
   * The place of an act the detector found, whose doer and party hit (either may be null) were
   * read apart from its clause: the first place in the clause that is neither.
   */
  String place(TriggerLexicon.Hit hit, String actor, String recipient) {
    return places.place(Clause.left(o, hit.from(), hits), Clause.right(o, hit, hits),
        Arrays.asList(actor, recipient));
  }

  /**
   * The reading of a speech act (a threat, a call, an accusation) whose doer is not in its clause
   * but is the speaker of the words it is said in (قال السيسي إن سرت خط أحمر): {@code speaker}
   * acts, and the recipient is read after the trigger.
   */
  Reading spokenBy(TriggerLexicon.Hit hit, String speaker) {
    int left = Clause.left(o, hit.from(), hits);
    int right = Clause.right(o, hit, hits);
    Recipients.Found found = recipients.read(hit, null, hit.to(), right);
    List<String> to = recipients.ids(found.recipient() != null ? found.recipient() : found.struck(),
        false);
    return new Reading(List.of(speaker), true, true, to.contains(speaker) ? List.of() : to,
        found.location(), left, right);
  }

  /**
   * Whom the trigger's subject "his country" stands for (إن بلاده ستتصدى): {@code person}, the
   * person named last as a subject; or "his forces" where the sentence names no party before them
   * (وأضاف أن طائراته أغارت): {@code body}, the body the sentence before's speaker is or speaks
   * for; else null.
   */
  String his(TriggerLexicon.Hit hit, String person, String body) {
    if (shapes.hisCountry(hit)) {
      return person;
    }
    boolean named = o.args().stream().anyMatch(a -> a.to() <= hit.from() && a.party());
    return shapes.hisForces(hit) && !named ? body : null;
  }

  /** True when a preposition of the occasion stands right before the noun (خلال لقائه، في زيارة). */
  private boolean afterOccasion(TriggerLexicon.Hit hit) {
    return hit.from() > 0 && OCCASIONS.contains(n(hit.from() - 1));
  }

  /** True when the noun at {@code hit} names an aim, not an act done (لدعم حفتر، للاحتجاج على). */
  boolean purpose(TriggerLexicon.Hit hit) {
    return shapes.purposeNoun(hit);
  }

  /** The doer of a verbal noun: its genitive, the subject of the verb governing it, ... */
  private Doer nounSubject(TriggerLexicon.Hit hit, int left, int right) {
    TriggerLexicon.Trigger t = hit.trigger();
    boolean possessed = shapes.possessed(hit); // ، متهما فرنسا: an object, not a genitive
    Arg genitive = possessed || circumstantial(hit) ? null
        : Shapes.sender(o, hit, subjects.genitive(hit.to(), right)); // وفد من حركة حماس
    if (shapes.purposeNoun(hit)) {
      return null; // لمنع قوات حفتر، لدعمه: an aim, not an act done
    }
    if (genitive != null && HitParties.SUFFERED.contains(n(hit.to() - 1))) {
      // هزائم قوات حفتر على يد قوات الوفاق: the genitive was defeated; the doer follows على يد
      Arg doer = subjects.agentAfter(o.lastOfGroup(genitive).to(), right);
      return doer == null ? null
          : new Doer(doer, true, genitive, false, o.lastOfGroup(doer).to());
    }
    if (genitive == null && !possessed && t.mode() == EventMode.VISIT && afterOccasion(hit)) {
      // وصل عراقجي إلى بيروت في زيارة رسمية: the clause's subject visits where it went
      Arg visitor = antecedents.nearestSubjectBefore(hit.from());
      if (visitor != null) {
        return new Doer(visitor, true, null, false, o.lastOfGroup(visitor).to());
      }
    }
    Arg partner = genitive == null && !possessed && t.type() == EventType.CONSULT
        && (afterOccasion(hit) || n(hit.from() - 1).equals("في")) ? shapes.partner(hit, right)
        : null;
    Arg host = partner == null ? null : antecedents.nearestSubjectBefore(hit.from());
    if (host != null && host.group() != partner.group()) {
      // قال لافروف خلال مؤتمر صحفي مشترك مع نظيره التركي: the clause's subject meets the one
      // named after مع
      return new Doer(host, true, partner, false, o.lastOfGroup(partner).to());
    }
    // a noun governed by a verb (قررتا التخلي، ستواصل دعم) takes that verb's subject
    Arg governed = null;
    if (hit.from() > 0 && Shapes.counterVerb(o, hit.from() - 1)) {
      // منعت السلطات تظاهرة: who stopped it did not do it; its genitive may name who did
      return genitiveDoer(genitive);
    }
    if (hit.from() > 0 && subjects.governing(hit.from() - 1)) {
      governed = subjects.before(hit.from(), left, 1);
      if (governed == null) {
        governed = subjects.strongTopic(hit.from());
      }
      if (governed == null && subjects.participle(hit.from() - 1)
          && n(hit.from() - 1).endsWith("\u0627")) {
        // حذر السيسي من تجاوز الخط، متعهدا بدعم ليبيا: the main clause's subject pledges
        governed = verbs.mainSubject(hit.from() - 1);
      }
      if (Shapes.countered(o, governed)) {
        return genitiveDoer(genitive); // فرقت الميليشيات مظاهرة احتجاج
      }
    } else if (hit.from() > 0 && (o.argEndingAt(hit.from()) != null || (hit.from() > 1
        && Overlay.isQuote(o.tokens().get(hit.from() - 1)) // نفذ "حزب الله" هجوما
        && o.argEndingAt(hit.from() - 1) != null))) {
      governed = subjects.before(hit.from(), left, 0); // أعلن المتحدث X تدمير
      if (governed != null && shapes.saidAbout(governed.from())) {
        return null; // أدانت فرنسا الهجوم: the act condemned is not the condemner's
      }
      if (governed != null && governed.from() > 0 && WITNESS_VERBS.contains(
          Clitics.withoutConjunction(n(governed.from() - 1), 3))) {
        governed = null; // رصدت قوات الجيش فرار المرتزقة: who saw is not who fled
      } else if (Shapes.countered(o, governed)) {
        // فرقت الشرطة مظاهرة، أحبطت القوات هجوم المسلحين: who stopped it did not do it
        return genitiveDoer(genitive);
      }
    }
    // a verb that hands its subject on: تمكنت القوات من طرد قوات حفتر، أعلنت الجمعة سيطرتها
    Controllers.Control control = controllers.find(hit.from(), left);
    Arg controller = control == null ? null
        : control.shares() || genitive == null || t.preps().isEmpty() ? control.subject() : null;
    if (control != null && control.shares() && controller == null && genitive != null) {
      return null; // تواصل هذه القوات ملاحقة قوات حفتر: the pursued are not the pursuers
    }
    if (governed == null) {
      governed = controller;
    }
    Arg inRelative = Subjects.RELATIVES.contains(n(hit.to()))
        ? subjects.inRelative(hit.to() + 1, right) : null;
    if (inRelative != null) {
      Arg recipient = null; // الدعم الذي تقدمه لها تركيا
      for (int j = hit.to() + 1; j < inRelative.from(); j++) {
        if (Subjects.PRONOUN_PREPS.contains(n(j))) {
          recipient = antecedents.nearestBefore(hit.from(), inRelative);
        }
      }
      return new Doer(inRelative, true, recipient, false, o.lastOfGroup(inRelative).to());
    }
    if (genitive != null && governed != null && lamAfter(genitive)) {
      return genitiveDoer(genitive); // أكد السيسي دعم مصر للجيش: the genitive supports
    }
    if (genitive != null && governed != null) {
      // مصر ستواصل دعم حفتر
      return new Doer(governed, true, genitive, false, o.lastOfGroup(genitive).to(),
          governed == controller);
    }
    if (genitive != null) {
      return genitiveDoer(genitive); // استيلاء حكومة الوفاق على القاعدة
    }
    Arg forcesOf = governed == null && hit.to() < right ? antecedents.possessor(hit.to() + 1)
        : null;
    if (forcesOf != null) {
      // بعد سيطرة قواتها على قاعدة الوطية: the forces of the party named before
      return new Doer(forcesOf, true, null, false, hit.to() + 1).ofNoun();
    }
    if (governed != null) {
      // بدء الإمارات بالتخلي عن حفتر; a possessive on the noun names the party acted on, but
      // not on a plural of acts (كثفت الإمارات ضرباتها، واصلت تهديداتها): those are the doer's
      Arg owner = hit.pronoun() && t.preps().isEmpty() && !t.form().endsWith("ات")
          ? antecedents.antecedent(hit.from(), governed) : null;
      return new Doer(governed, true, owner, false, hit.to(), governed == controller);
    }
    if ((hit.pronoun() && t.pos().equals("noun"))
        || (possessed && afterOccasion(hit))) {
      // أعلنت حكومة الوفاق موافقتها; أكد السيسي خلال استقباله ميلوني
      return new Doer(antecedents.nearestBefore(hit.from(), null), true, null, false, hit.to())
          .ofNoun();
    }
    if (subjects.participle(hit.from()) && subjects.strongTopic(hit.from()) != null) {
      // أن قوات بركان الغضب واصلت ...، منتزعة
      return new Doer(subjects.strongTopic(hit.from()), true, null, false, hit.to());
    }
    Arg main = subjects.participle(hit.from()) || circumstantial(hit) // ، داعية أنقرة
        ? verbs.participleSubject(hit.from(), circumstantial(hit)) : verbs.frontedSubject(hit);
    if (main != null) {
      // انتقد السيسي تركيا، مطالبا الليبيين بالوحدة; وفي اتصال مع كالاس، شدد الوزير: his act
      return new Doer(main, true, null, false, hit.to());
    }
    if (Pairs.HOSTILE_NOUNS.contains(t.type())) {
      Arg agent = pairs.lamAgent(hit, right);
      if (agent != null) {
        // قصف مدفعي لقوات حفتر على المطار: the attack of Haftar's forces
        return new Doer(agent, true, null, false, o.lastOfGroup(agent).to()).ofNoun();
      }
    }
    return null;
  }

  /**
   * Whether the trigger is a participle in the accusative after a comma (قال لافروف ...، متهما
   * واشنطن): it continues the clause of the one who speaks.
   */
  boolean circumstantial(TriggerLexicon.Hit hit) {
    String w = n(hit.from());
    return hit.from() > 0 && Clause.comma(o, hit.from() - 1)
        && (w.endsWith("\u0627") || w.endsWith("ه") || w.endsWith("ين")) && !w.startsWith("ال")
        && (subjects.participle(hit.from()) || (w.length() == 5 && w.charAt(1) == '\u0627'));
  }

  /**
   * True when party {@code id} is named right after a verb of condemning, refusing, asking or
   * threatening (نددت السفارة الأمريكية في مقديشو بالهجوم): the act after it is what that verb is
   * about, not its own.
   */
  boolean saysAbout(String id) {
    for (Arg a : o.args()) {
      if (a.entity().id().equals(id) && shapes.saidAbout(a.from())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a party with ل follows the genitive's group (دعم مصر للجيش). */
  private boolean lamAfter(Arg genitive) {
    Arg next = o.argAt(o.lastOfGroup(genitive).to());
    return next != null && next.party() && next.prep().equals("ل");
  }

  /** The genitive of a verbal noun as its doer (استيلاء حكومة الوفاق على القاعدة), or null. */
  private Doer genitiveDoer(Arg genitive) {
    return genitive == null ? null
        : new Doer(genitive, true, null, false, o.lastOfGroup(genitive).to()).ofNoun();
  }

}
