package org.marsad.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.marsad.analysis.Analysis;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Stage;
import org.marsad.arabic.DatePhrases;
import org.marsad.arabic.Token;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Claim;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.EventMode;
import org.marsad.model.EventType;
import org.marsad.model.Geo;
import org.marsad.model.Span;

/**
 * Fills a document's events, sentence by sentence: each trigger of the lexicon ({@code
 * triggers.tsv}) whose actor can be read from the same sentence ({@link ArgumentReader}) becomes one
 * PLOVER event per actor and recipient (coordinated actors give one event each, as event coders
 * split compound actors). Dates come from the trigger's clause or sentence ({@link DatePhrases});
 * the location's coordinates and geo-precision from the knowledge base. Negation (لم، لن، عدم)
 * and hypotheticals (قد + imperfect، إذا، لو، threats) are marked, as are events reported
 * inside a claim's proposition, which point at that claim (and are negated when the claim is a
 * denial). Needs entities and claims; thread-safe.
 */
public final class EventStage implements Stage {
  private final TriggerLexicon lexicon;
  private final KnowledgeBase kb;
  private final EventDetector detector;

  EventStage(TriggerLexicon lexicon, KnowledgeBase kb, EventDetector detector) {
    this.lexicon = lexicon;
    this.kb = kb;
    this.detector = detector;
  }

  private static final class Holder {
    static final EventStage STANDARD =
        new EventStage(TriggerLexicon.load(), KnowledgeBase.standard(),
            EventDetector.standard());
  }

  public static EventStage standard() {
    return Holder.STANDARD;
  }

  /** A stage reading {@code kb}'s places for coordinates. */
  public static EventStage using(KnowledgeBase kb) {
    return new EventStage(Holder.STANDARD.lexicon, kb, Holder.STANDARD.detector);
  }

  /** The standard stage with {@code detector} in place of the shipped one. */
  static EventStage with(EventDetector detector) {
    return new EventStage(Holder.STANDARD.lexicon, Holder.STANDARD.kb, detector);
  }

  /**
   * Types that are acts towards someone: coded only with the recipient named (events are
   * between actors), except for coordinated actors acting together.
   */
  static final Set<EventType> DYADIC =
      Set.of(EventType.AGREE, EventType.CONSULT, EventType.SUPPORT, EventType.CONCEDE,
          EventType.COOPERATE, EventType.AID, EventType.REQUEST, EventType.ACCUSE, EventType.REJECT,
          EventType.THREATEN, EventType.SANCTION);
  /**
   * Modes of acts done to a person (an arrest, a kidnapping, an assassination): the person named
   * as the genitive of the act's noun, or by its pronoun, is the one it is done to.
   */
  private static final Set<EventMode> DONE_TO_PERSONS = EnumSet.of(EventMode.ARREST,
      EventMode.ABDUCT, EventMode.ASSASSINATE, EventMode.EXECUTE, EventMode.TORTURE,
      EventMode.DEPORT);
  /** Types where coordinated actors act towards each other (اتفق الدبيبة وأردوغان). */
  static final Set<EventType> MUTUAL =
      Set.of(EventType.AGREE, EventType.CONSULT, EventType.COOPERATE);
  /** Acts a body does, which its spokesman only reports. */
  private static final Set<EventType> DONE_BY_BODIES = Set.of(EventType.ASSAULT,
      EventType.COERCE, EventType.MOBILIZE, EventType.RETREAT);
  /** Acts done by saying them: said by a named speaker, the speaker does them. */
  static final Set<EventType> SPEECH_ACTS =
      Set.of(EventType.THREATEN, EventType.REQUEST, EventType.ACCUSE, EventType.REJECT,
          EventType.SUPPORT, EventType.AGREE);

  /**
   * The most tokens of a sentence of the length the detector was trained on (nearly all of the
   * event gold standard's). A longer one is run-on text without stops, many sentences in one,
   * where the detector's view of the whole says little of one clause: there it overrules a known
   * doer only where no party acted on and no place is read (هجوم واسع لقوات حفتر على طرابلس
   * stands).
   */
  static final int TRAINED_LENGTH = 120;

  private static final EventConfidence CONFIDENCE = EventConfidence.load();

  @Override
  public Layer gives() {
    return Layer.EVENTS;
  }

  @Override
  public Set<Layer> needs() {
    return Set.of(Layer.ENTITIES, Layer.CLAIMS);
  }

  @Override
  public Document process(Document doc) {
    String text = doc.text();
    Optional<LocalDate> published = TimeAndPlace.publication(doc.published());
    List<Event> events = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    Set<String> persons = new HashSet<>();
    doc.entities().stream().filter(e -> e.type() == EntityType.PERSON)
        .forEach(e -> persons.add(e.id()));
    String lastPerson = null;
    String lastBody = null; // the body the sentence before's speaker is or speaks for
    String lastDoer = null; // who speaks in or does the sentence before's first act
    EarlierActs earlier = new EarlierActs();
    Set<String> generic = GenericParties.of(doc);
    Set<String> bodies = new HashSet<>(); // named persons and organizations, who foil or attack
    doc.entities().stream().filter(e -> !e.generic() && e.type() != EntityType.LOCATION
        && e.type() != EntityType.FACILITY).forEach(e -> bodies.add(e.id()));
    Set<String> crowds = GenericParties.doing(doc, EventType.PROTEST);
    Set<String> linked = new HashSet<>();
    doc.entities().stream().filter(e -> e.kb() != null).forEach(e -> linked.add(e.id()));
    List<Overlay> overlays = Analysis.overlays(doc, kb);
    // acts other than violence and protest read their parties without the generic actors
    // (made only for a document whose sentences name one, and used only in those sentences)
    List<Overlay> withoutGeneric = null;
    for (int k = 0; k < overlays.size(); k++) {
      Overlay o = overlays.get(k);
      Overlay plain = o;
      if (o.args().stream().anyMatch(a -> a.entity().generic())) {
        if (withoutGeneric == null) {
          withoutGeneric = Analysis.overlays(GenericParties.without(doc, generic), kb);
        }
        plain = withoutGeneric.get(k);
      }
      List<Token> toks = o.tokens();
      List<TriggerLexicon.Hit> hits =
          NotDone.stopping(toks, plain.nameMask(), Senses.inTheirSense(plain,
              lexicon.find(toks, plain.nameMask())));
      ArgumentReader args = new ArgumentReader(o, hits, doc, kb, o, earlier);
      ArgumentReader namedArgs = plain == o ? args
          : new ArgumentReader(plain, hits, doc, kb, o, earlier);
      List<DatePhrases.Found> dates = DatePhrases.find(text, toks, published);
      Span evidence = Span.of(text, o.sentence().sentence().start(), o.sentence().sentence().end());
      Voices voices = new Voices(doc, evidence, toks);
      for (org.marsad.analysis.Arg a : o.args()) {
        if (a.entity().type() == EntityType.PERSON && Subjects.unprepositioned(o, a)) {
          lastPerson = a.entity().id(); // a person named as a subject, for "his country" after
        }
      }
      Verdicts verdicts = Verdicts.of(detector, o, hits);
      Set<EventType> alone = verdicts.alone();
      Set<EventType> refuted = verdicts.refuted();
      Map<EventType, TriggerLexicon.Hit> detected = verdicts.detected();
      HitParties hitParties = null; // the parties an attack of the sentence hits
      int before = events.size();
      for (TriggerLexicon.Hit listed : hits) {
        // احتج مئات المتظاهرين: a crowd objecting demonstrates
        TriggerLexicon.Hit found = GenericParties.byCrowd(o, listed,
            lexicon.crowdSense(listed.trigger()), crowds);
        TriggerLexicon.Hit hit = found;
        boolean vetoed = detected.containsKey(found.trigger().type())
            && detected.get(found.trigger().type()) == null && !Threats.future(toks, found);
        Reading named = GenericParties.UNNAMED_DOERS.contains(found.trigger().type()) && plain != o
            ? voices.read(namedArgs, found, voices.saying(found.from())) : null;
        boolean withGeneric = GenericParties.TYPES.contains(found.trigger().type())
            || (named != null && named.actors().isEmpty());
        Overlay ov = withGeneric ? o : plain;
        if ((ov.at(found.from()) != null && !Agents.heads(ov, found))
            || Senses.isTitle(toks.get(found.from()))) {
          continue; // part of a name: قوات الدعم السريع; a title: آمر المنطقة (not أمر)
        }
        hit = new TriggerLexicon.Hit(hit.from(), ov.clip(hit.from(), hit.to()), hit.trigger(),
            hit.pronoun());
        if (hit.trigger().type() == EventType.ASSAULT && NotDone.stoppedAt(toks, hit)) {
          continue; // وقف شامل لإطلاق النار: a ceasefire, no attack
        }
        if (Background.earlier(ov, hit)) {
          continue; // منذ تفجير السفارة، الهجوم الذي وقع الشهر الماضي: an earlier attack
        }
        if (NotDone.objectOfAnother(ov, hit, hits) || NotDone.governsAnother(ov, hit, hits)
            || NotDone.anyAct(ov, hit) || NotDone.warnedAgainst(ov, hit, hits)
            || NotDone.tested(ov, hit) || Threats.pledged(ov, hit, hits)) {
          continue; // رفض التدخل، طلب دعم مصر، تجربة إطلاق صاروخ: asked for, refused, tried
        }
        TriggerLexicon.Trigger t = hit.trigger();
        Claim claim = voices.saying(hit.from());
        // the reading of named doers made above is not made again
        Reading own = named != null && !withGeneric && hit.to() == found.to() ? named
            : voices.read(withGeneric ? args : namedArgs, hit, claim);
        Reading r = Duals.read(o, hit, events, t.type() != EventType.ACCUSE || plain == o ? own
            : GenericParties.accused(own, voices.read(args, hit, claim), doc)); // أدانت الغارات
        if (t.ambiguous() && voices.isCue(hit.from()) && t.type() != EventType.ACCUSE // أدان
            && (t.type() != EventType.THREATEN || r.recipients().isEmpty())) {
          continue; // نقلت القناة عن الناطق: a reporting verb in its everyday sense (محذرا
                    // واشنطن من أن: a warning to someone named is a threat)
        }
        if (r.actors().isEmpty() && lastDoer != null && Continuations.opens(o, hit)) {
          r = args.spokenBy(hit, lastDoer); // ودعا جميع الأطراف: the doer goes on
        }
        // هجوم نفذته طالبان، قتل شرطي بنيران مسلحين: a doer named so gives the word its sense
        org.marsad.analysis.Arg agent = withGeneric ? Agents.of(ov, hit) : null;
        boolean carried = agent != null;
        if (withGeneric) {
          if (hitParties == null) {
            hitParties = HitParties.of(o, hits); // once a sentence, where an attack is read
          }
          // the parties an attack hits are no protest's concern (ندد الطلاب بالقرار)
          r = Agents.reread(ov, hit, agent,
              t.type() == EventType.ASSAULT ? hitParties.all() : List.of(), r);
        }
        // التفجير الذي شهده مجلس النواب: where, not who
        r = r.withActors(r.actors().stream().filter(a -> !NotDone.venue(ov, found, a)).toList());
        if (t.crowd()) {
          List<String> kept = r.actors().stream().filter(crowds::contains).toList();
          r = r.withActors(kept.isEmpty() ? GenericParties.crowdsMembers(ov, r.actors(), crowds)
              : kept);
        }
        String his = args.his(hit, lastPerson, lastBody);
        if (r.actors().isEmpty() && his != null) {
          r = args.spokenBy(hit, his); // قال السيسي ... إن بلاده ستتصدى؛ أن طائراته أغارت
        }
        if (DONE_BY_BODIES.contains(t.type())) {
          // المتحدث باسم الجيش أفيخاي أدرعي ... أن قواته استهدفت: the army struck
          r = r.withActors(r.actors().stream().map(a -> Spokesmen.body(ov, a)).distinct().toList());
        }
        List<String> attackers = r.recipients().isEmpty() ? Shapes.attackers(ov, hit) : List.of();
        r = attackers.isEmpty() ? r : r.withRecipients(attackers); // صدت هجوما شنته قوات الدعم
        if (r.actors().isEmpty() || (Shapes.foiled(ov, hit)
            && r.recipients().stream().noneMatch(bodies::contains))) {
          continue; // أحبطت القوات هجوما انتحاريا: an attack foiled, its attacker unnamed
        }
        if (!attackers.isEmpty()) { // the attack repelled and the repelling: both sides fought
          r = r.withActors(Stream.concat(r.actors().stream(), r.recipients().stream()).toList())
              .withRecipients(List.of());
        }
        org.marsad.analysis.Arg genitive = ov.argAt(hit.to());
        // persons read as the doer outside a clause; one of them the noun's genitive
        boolean personsOfNoun = !r.clausal() && persons.containsAll(r.actors());
        boolean personGenitive = personsOfNoun && genitive != null
            && r.actors().contains(genitive.entity().id());
        if (!t.verb() && DONE_TO_PERSONS.contains(t.mode()) && r.recipients().isEmpty()
            && personsOfNoun && (hit.pronoun() || personGenitive)) {
          continue; // صور اعتقال أحمد، بعد اعتقاله: the person is the one arrested, not the doer
        }
        // a crowd named as the subject of a verb of protest (احتج مئات المتظاهرين) is as clear
        boolean known = r.actors().stream().anyMatch(linked::contains)
            || (t.type() == EventType.PROTEST && t.verb() && r.clausal()
            && r.actors().stream().anyMatch(crowds::contains))
            || (carried && !hitParties.subjects().isEmpty()) // قتل القيادي ... في غارة إسرائيلية
            || (t.verb() && (!t.ambiguous() || (!r.recipients().isEmpty()
            && generic.containsAll(r.actors()))) && !t.imperfect() && !hit.pronoun()
            && !Subjects.RELATIVES.contains(ov.n(hit.from() - 1))
            && r.clausal() && r.explicitActor() && !Modality.hypothetical(toks, hit, hits, 0));
        if (vetoed && (!known
            || (refuted.contains(t.type()) && (toks.size() <= TRAINED_LENGTH
            || (r.recipients().isEmpty() && r.location() == null)))
            || personGenitive)) {
          // the detector finds no such act reported, and no known party is read doing it (a
          // person in the genitive is as often the one attacked: اغتيال رفيق الحريري), or it
          // finds the sentence clearly not to report it (in run-on text, only where no party
          // acted on or place is read)
          continue;
        }
        // coordinated actors acting towards each other (اتفق الدبيبة وأردوغان، تبادل الطرفان القصف)
        boolean eachOther = r.actors().size() > 1
            && (MUTUAL.contains(t.type()) || t.mutual() || !attackers.isEmpty());
        if (DYADIC.contains(t.type()) && r.recipients().isEmpty() && !eachOther
            && !(r.clausal() && r.explicitActor())) {
          continue; // a genitive alone may name the party acted on as well as the doer
        }
        boolean mutual = r.recipients().isEmpty() && eachOther;
        // لن تقبل أي إملاءات: refusing to accept, recognize or take part is a rejection
        boolean refused = NotDone.refused(toks, hit) || NotDone.leftBody(ov, hit, r.recipients());
        // an object noun gives no meeting its partner (خلال جولة على الحدود)
        if (t.ambiguous() && !carried && (!r.explicitActor() || (r.recipients().isEmpty()
            && r.location() == null && !mutual && !refused
            && (t.type() == EventType.CONSULT || !Senses.objectNoun(ov, hit, hits))
            && !Senses.callTo(ov, hit, hits) && !Senses.threatWith(ov, hit, hits)))) {
          continue;
        }
        if (t.ambiguous() && Senses.warnsOfCalamity(toks, hit)) {
          continue; // حذرت الأمم المتحدة من كارثة إنسانية في غزة: no threat
        }
        // تعهد بملاحقة الميليشيا، إن الجيش سيضرب حزب الله: threats
        boolean threat = !refused && Threats.threat(ov, hit, hits);
        EventType type = refused ? EventType.REJECT : threat ? EventType.THREATEN : t.type();
        r = threat ? Threats.threatened(ov, hit, r) : Threats.inClause(ov, hit, r);
        // a participle after a comma is the speaker's own act, not what is denied or foreseen
        Claim told = r.clausal() && args.circumstantial(hit) ? null : claim;
        boolean negated = !refused && Modality.negated(toks, hit, r.left(), told);
        if (negated && r.recipients().isEmpty() && NotDone.willNot(toks, hit)) {
          continue; // مصر لن تتدخل عسكريا: a pledge not to act, no act
        }
        boolean hypothetical = !threat && Modality.hypothetical(toks, hit, hits, r.left(), told);
        DateValue date = TimeAndPlace.nearest(dates, hit, r.left(), r.right());
        Geo geo = TimeAndPlace.geo(kb, doc, r.location());
        if (type == EventType.ASSAULT && HitParties.toldBefore(o, found, t,
            events.subList(before, events.size()), r.actors())) {
          continue; // ما أسفر عن إصابة امرأة: the attack coded; أدانت قطر الهجوم: not Qatar's
        }
        String placeHit = placeHit(type, t, r.actors(), r.location());
        List<String> recipients = mutual ? r.actors()
            : r.recipients().isEmpty() ? Collections.singletonList(placeHit) : r.recipients();
        for (String actor : r.actors()) {
          for (String recipient : recipients) {
            if (actor.equals(recipient)) {
              continue;
            }
            String key = type + "|" + actor + "|" + recipient + "|" + evidence.start();
            if (!seen.add(key)) {
              continue;
            }
            double confidence = CONFIDENCE.of(recipient != null, negated || hypothetical,
                persons.contains(actor));
            events.add(new Event("v" + (events.size() + 1), type, refused ? null : t.mode(),
                t.context(), actor, recipient, r.location(), geo, date, negated, hypothetical,
                claim == null ? null : claim.id(), evidence, confidence));
          }
        }
      }
      // قتل جندي في انفجار عبوة: the party the rules read as hit backs the detector's act
      if (hitParties == null && detected.get(EventType.ASSAULT) != null) {
        hitParties = HitParties.of(o, hits);
      }
      List<String> hitOnes = hitParties == null ? List.of() : hitParties.all();
      boolean subjectHit = hitParties != null && !hitParties.subjects().isEmpty();
      for (TriggerLexicon.Hit hit : detected.values()) {
        boolean hitBacked = subjectHit && hit != null && hit.trigger().type() == EventType.ASSAULT;
        if (hit != null && (alone.contains(hit.trigger().type()) || hitBacked)
            && !Background.earlier(o, hit) && !NotDone.warnedAgainst(o, hit, hits)
            && !NotDone.tested(o, hit)
            && events.subList(before, events.size()).stream()
            .noneMatch(e -> e.type().equals(hit.trigger().type()))) {
          TriggerLexicon.Hit at = GenericParties.withDoer(o, hit, hits);
          for (String one : GenericParties.doers(o, at)) {
            String doer = one == null || args.saysAbout(one)
                || HitParties.condemner(events.subList(before, events.size()), one) ? null
                : Spokesmen.body(o, one); // قواته after his name; not who condemns it
            boolean assault = hit.trigger().type() == EventType.ASSAULT;
            String hitOne = assault && !hitOnes.isEmpty() ? hitOnes.get(0) : null;
            if (assault && hitOnes.contains(doer)) {
              doer = null;
            }
            boolean byCrowd = doer != null && crowds.contains(doer);
            if ((at.trigger().crowd() || args.purpose(at)) && !byCrowd) {
              // تجمعت القوات: a gathering that no crowd makes is no protest; استدعت الخارجية
              // السفير للاحتجاج على: the aim of another act (but خرج المتظاهرون للاحتجاج)
              continue;
            }
            String place = args.place(at, doer, hitOne);
            if (hitOne == null) {
              hitOne = placeHit(at.trigger().type(), at.trigger(),
                  doer == null ? List.of() : List.of(doer), place);
            }
            events.add(DetectedActs.event(o, at, new DetectedActs.Parties(doer, hitOne, place,
                TimeAndPlace.geo(kb, doc, place)), voices.saying(at.from()), dates, evidence,
                hits, events.size() + 1));
          }
        }
      }
      ToldActs.hitNotDoing(events.subList(before, events.size()));
      earlier.next(events.subList(before, events.size()));
      String opening = voices.opening(); // the one who speaks, not the doer of his words
      lastDoer = opening != null ? opening : events.size() > before ? events.get(before).actor()
          : null;
      String first = voices.first();
      lastBody = first == null ? null : Spokesmen.body(o, first); // whose "his forces" after
    }
    List<Event> out = ToldActs.withoutRepeats(events);
    return GenericParties.withoutUnused(doc, generic, out).withEvents(out);
  }

  /**
   * The place an attack or coercion with no party named hits (قصفت الطائرات قرى في ريف تل تمر،
   * اعتقالات في الخليل), or null: not where two sides clash, nor one of its doers.
   */
  private static String placeHit(EventType type, TriggerLexicon.Trigger t, List<String> doers,
      String place) {
    return (type == EventType.ASSAULT || type == EventType.COERCE) && !Pairs.clash(t)
        && place != null && !doers.contains(place) ? place : null;
  }
}
