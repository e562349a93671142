package org.marsad.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Token;
import org.marsad.model.Claim;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * How generic actors (مسلحون، الشرطة العراقية) take part in events: as doers and parties acted on
 * of violence and protest only, the acts that news reports of unnamed parties; the parties of
 * other acts (speech, aid, agreement, seizure) are read as if the generic actors were not there,
 * so that a noun such as الإرهابيين in إرسال الإرهابيين دعما لحكومة السراج does not take the
 * place of the party the act is for. And the doer of an act that the detector finds
 * reported but the clause readings leave without one: the first party named before the trigger as
 * a subject (no preposition on it), else none.
 */
final class GenericParties {
  private GenericParties() {}

  /** Types whose doer or party acted on may be a generic actor. */
  static final Set<EventType> TYPES = Set.of(EventType.ASSAULT, EventType.PROTEST);
  /**
   * Types whose doer may be a generic actor where no named party is read doing them (اعتقلت
   * الشرطة الأردنية ثلاثة مهربين); where one is, generic parties are not read (غنمت قوات الوفاق
   * آليات عسكرية من قوات حفتر).
   */
  static final Set<EventType> UNNAMED_DOERS = Set.of(EventType.COERCE);

  /** The ids of {@code doc}'s generic actors. */
  static Set<String> of(Document doc) {
    return Set.copyOf(doc.entities().stream().filter(Entity::generic).map(Entity::id).toList());
  }

  /**
   * The ids of {@code doc}'s generic actors of a sector that does acts of {@code type} (for a
   * protest: protesters, students, workers), the crowd that a gathering must be for a protest.
   */
  static Set<String> doing(Document doc, EventType type) {
    Set<String> sectors = DOERS.getOrDefault(type, Set.of());
    return Set.copyOf(doc.entities().stream()
        .filter(e -> e.generic() && sectors.contains(e.sector())).map(Entity::id).toList());
  }

  /** {@code doc} without its generic actors. */
  static Document without(Document doc, Set<String> generic) {
    return doc.withEntities(doc.entities().stream().filter(e -> !generic.contains(e.id()))
        .toList());
  }

  /**
   * {@code doc} without the generic actors that take part in none of {@code events} and speak or
   * relay none of its claims: an unnamed party matters as a party to an act, and a record lists
   * the entities an analyst looks up, not every noun of a group.
   */
  static Document withoutUnused(Document doc, Set<String> generic, List<Event> events) {
    if (generic.isEmpty()) {
      return doc;
    }
    Set<String> used = new HashSet<>();
    for (Event e : events) {
      used.add(e.actor());
      used.add(e.recipient());
    }
    for (Claim c : doc.claims()) {
      used.add(c.speaker().entity());
      used.addAll(c.via());
    }
    return doc.withEntities(doc.entities().stream()
        .filter(e -> !generic.contains(e.id()) || used.contains(e.id())).toList());
  }

  private static final Set<String> QUANTITIES = Words.of("quantity");

  /** {@code a} right after the trigger, past numbers and words of quantity (آلاف، عشرات). */
  private static boolean subjectAfter(Overlay o, TriggerLexicon.Hit hit, Arg a) {
    int start = a.prep().isEmpty() ? a.from() : Units.start(o, a); // قتلت وحدة من الجيش
    if (start < 0) {
      return false;
    }
    for (int i = hit.to(); i < start; i++) {
      Token t = o.tokens().get(i);
      if (t.kind() != Token.Kind.NUMBER && !QUANTITIES.contains(o.n(i))) {
        return false;
      }
    }
    return start >= hit.to();
  }

  /**
   * A verb of objecting (احتج، ندد) whose subject is a crowd, right after it past a number (احتج
   * مئات المتظاهرين) or right before it (والمتظاهرون نددوا), read in {@code crowdSense}, its
   * sense where a crowd does it (a demonstration); else {@code hit} as found. {@code crowds}: the
   * generic actors that protest.
   */
  static TriggerLexicon.Hit byCrowd(Overlay o, TriggerLexicon.Hit hit,
      TriggerLexicon.Trigger crowdSense, Set<String> crowds) {
    if (crowdSense == null) {
      return hit;
    }
    for (Arg a : o.args()) {
      if (crowds.contains(a.entity().id()) && a.prep().isEmpty()
          && (subjectAfter(o, hit, a) || a.to() == hit.from())) {
        return new TriggerLexicon.Hit(hit.from(), hit.to(), crowdSense, hit.pronoun());
      }
    }
    return hit;
  }

  /**
   * Of {@code actors}, those named after من right after a crowd of {@code crowds} (تجمع متظاهرون
   * من حركة «الحرس الفتي»): the crowd is their members, and its act theirs.
   */
  static List<String> crowdsMembers(Overlay o, List<String> actors, Set<String> crowds) {
    List<String> out = new ArrayList<>();
    for (Arg a : o.args()) {
      Arg party = crowds.contains(a.entity().id()) && o.n(a.to()).equals("من")
          ? o.argAt(a.to() + 1) : null;
      if (party != null && party.from() == a.to() + 1 && actors.contains(party.entity().id())) {
        out.add(party.entity().id());
      }
    }
    return out;
  }

  /**
   * Where to code an act of {@code first}'s type that the detector alone finds: {@code first}
   * when its doer is named ({@link #doer}), else a later verb of the type right after its subject
   * (a party with no preposition, at most one word before the verb), else {@code first}. A
   * sentence may name the act twice, first without its doer (في خرق للهدنة، أعلنت الوزارة أن
   * القوات أسقطت طائرة).
   */
  static TriggerLexicon.Hit withDoer(Overlay o, TriggerLexicon.Hit first,
      List<TriggerLexicon.Hit> hits) {
    if (doer(o, first) != null) {
      return first;
    }
    for (TriggerLexicon.Hit h : hits) {
      if (h.from() > first.from() && h.trigger().verb()
          && h.trigger().type().equals(first.trigger().type())
          && !NotDone.stoppedAt(o.tokens(), h) && subjectRightBefore(o, h)) {
        return h;
      }
    }
    return first;
  }

  /** A party with no preposition ending at most one word before the verb at {@code hit}. */
  private static boolean subjectRightBefore(Overlay o, TriggerLexicon.Hit hit) {
    for (Arg a : o.args()) {
      if (a.party() && a.prep().isEmpty() && a.to() <= hit.from() && hit.from() - a.to() <= 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * The doer as {@link #doer} reads it, with the parties coordinated with it (خرج آلاف من أنصار
   * كتائب حزب الله وحركة النجباء): one each; a list of null when there is none.
   */
  static List<String> doers(Overlay o, TriggerLexicon.Hit hit) {
    String doer = doer(o, hit);
    for (Arg a : o.args()) {
      if (doer != null && a.entity().id().equals(doer) && a.party()) {
        return o.group(o.groupHead(a)).stream().map(id -> Agents.memberOf(o, id)).toList();
      }
    }
    return Collections.singletonList(doer);
  }

  /**
   * The doer of an act found by the detector alone at {@code hit}, or null: the generic actor
   * whose name the trigger is part of (مهاجما انتحاريا: the attacker, or the named party he is
   * one of), else for a protest the one crowd named, else the last party named before the
   * trigger as a subject (not one announcing its own men hit: أعلن الجيش مقتل ثلاثة من جنوده, nor
   * an unnamed party of a sector that does not do the act), else the subject right after it.
   */
  static String doer(Overlay o, TriggerLexicon.Hit hit) {
    if (Shapes.foiled(o, hit)) {
      return null; // أحبطت القوات هجوما انتحاريا: who foiled it did not do it
    }
    Arg self = o.at(hit.from());
    if (self != null && self.party() && self.entity().generic()) {
      return Agents.memberOf(o, o.groupHead(self).entity().id());
    }
    if (hit.trigger().type() == EventType.PROTEST) {
      String crowd = doingSector(o, EventType.PROTEST);
      if (crowd != null) {
        return crowd; // حاول المتظاهرون التوجه نحو مقر الأمم المتحدة ... التظاهرة: the crowd
      }
    }
    Arg before = null;
    for (Arg a : o.args()) {
      if (a.party() && (a.prep().isEmpty() || Units.start(o, a) >= 0)
          && !notDoing(hit.trigger().type(), a.entity()) && !Asides.backing(o, a)) {
        if (a.to() <= hit.from()) {
          before = a;
        } else if (before == null && subjectAfter(o, hit, a)) {
          // قتل مسلحون، تظاهر آلاف الطلاب: the verb's subject after it, or the party it serves
          // (استهدفت طائرة مسيرة تابعة لقوات الدعم السريع)
          return Agents.memberOf(o, a.entity().id());
        }
      }
    }
    if (Shapes.countered(o, before)) {
      // فرقت الشرطة مظاهرة، فرقت ميليشيات المحاكم مظاهرة: they stopped the protest, they did not
      // protest
      return null;
    }
    if (before != null && HitParties.ownMembersAfter(o, hit.to())) {
      return null; // أعلن الجيش مقتل ثلاثة من جنوده: the party before is the one hit
    }
    return before != null ? Agents.memberOf(o, before.entity().id())
        : doingSector(o, hit.trigger().type());
  }

  /**
   * Sectors of generic actors never the doer of an act of a type: unnamed civilians, journalists,
   * students or workers suffer attacks (ثلاثة عراقيين قتلوا), and unnamed forces guard or break
   * up a protest (قوات الشرطة التي كانت تحمي التظاهرة).
   */
  private static final Map<EventType, Set<String>> NOT_DOING = Map.of(
      EventType.ASSAULT, Set.of("CVL", "MED", "EDU", "LAB"),
      EventType.PROTEST, Set.of("MIL", "COP"));

  /** True when {@code e} is an unnamed party of a sector that never does acts of {@code type}. */
  static boolean notDoing(EventType type, Entity e) {
    return e.generic() && NOT_DOING.getOrDefault(type, Set.of()).contains(e.sector());
  }

  /**
   * The reading of an accusation whose named parties leave it without a party accused, given the
   * reading {@code full} with the generic actors: the unnamed forces of a state whose act it
   * condemns (أدانت مصر الغارات الإسرائيلية: Israel's forces), never the unnamed people an attack
   * hits (أدان قتل المدنيين). Others are left as they are.
   */
  static Reading accused(Reading named, Reading full, Document doc) {
    if (!named.recipients().isEmpty() || named.actors().isEmpty()
        || !full.actors().equals(named.actors())) {
      return named;
    }
    List<String> forces = full.recipients().stream().filter(id -> doc.entities().stream()
        .anyMatch(e -> e.id().equals(id) && e.generic() && e.country() != null
            && !notDoing(EventType.ASSAULT, e))).toList();
    return forces.isEmpty() ? named : new Reading(named.actors(), named.explicitActor(),
        named.clausal(), forces, named.location(), named.left(), named.right());
  }

  private static final Set<String> TARGETS = Words.of("target-noun");

  /** True when a noun of a target stands right before {@code a}: مواقع المسلحين is what is hit. */
  private static boolean targetOwner(Overlay o, Arg a) {
    return a.from() > 0 && TARGETS.contains(Words.withoutArticle(o.n(a.from() - 1), 3));
  }

  /** Sectors of generic actors that do acts of a type rather than suffer them. */
  private static final Map<EventType, Set<String>> DOERS = Map.of(
      EventType.ASSAULT, Set.of("UAF", "REB"), EventType.PROTEST, Set.of("OPP", "EDU", "LAB"));

  /**
   * The one generic actor of a sector that does acts of {@code type} named in the sentence with
   * no preposition and not as the owner of a target (بعد أن فتح مسلحون أسلحتهم على المقر: the
   * armed men; not قصفت وحدات الجيش مواقع المسلحين), or null where there are none or several.
   */
  private static String doingSector(Overlay o, EventType type) {
    String found = null;
    for (Arg a : o.args()) {
      var e = a.entity();
      if (a.party() && a.prep().isEmpty() && e.generic()
          && DOERS.getOrDefault(type, Set.of()).contains(e.sector()) && !targetOwner(o, a)) {
        if (found != null && !found.equals(e.id())) {
          return null;
        }
        found = e.id();
      }
    }
    return found == null ? null : Agents.memberOf(o, found);
  }
}
