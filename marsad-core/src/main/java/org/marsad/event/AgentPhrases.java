package org.marsad.event;

import java.util.Set;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.arabic.Token;
import org.marsad.model.EventMode;
import org.marsad.model.EventType;

/**
 * The agent named after an act (بدعم من فرنسا، على يد قوات، من قبل الحكومة، دعوة من رئيس حكومة
 * الوفاق), read on one sentence's {@link Overlay}, with the party acted on before it.
 */
final class AgentPhrases {
  /** Verbal nouns whose giver or sender follows after من (بدعم من فرنسا، دعوة من). */
  private static final Set<EventType> SENT =
      Set.of(EventType.AID, EventType.SUPPORT, EventType.REQUEST);

  private final Overlay o;
  private final Subjects subjects;
  private final Antecedents antecedents;
  private final Shapes shapes;

  AgentPhrases(Overlay o, Subjects subjects, Antecedents antecedents, Shapes shapes) {
    this.o = o;
    this.subjects = subjects;
    this.antecedents = antecedents;
    this.shapes = shapes;
  }

  /**
   * An agent: بدعم من فرنسا، على يد قوات، من قبل الحكومة; the party acted on comes before. Null
   * when none follows the trigger in its clause.
   */
  Doer of(TriggerLexicon.Hit hit, int right) {
    TriggerLexicon.Trigger t = hit.trigger();
    // بدعم من فرنسا; تحت حماية الجيش: the party right after the form is its agent
    boolean formEndsInMin = t.form().endsWith(" من") || Asides.cover(t);
    // بدعم من فرنسا، تلقت دعوة من رئيس حكومة الوفاق، تلقى اتصالا هاتفيا من: the giver, sender or
    // caller after من
    boolean giving = !t.verb() && (SENT.contains(t.type()) || t.mode() == EventMode.PHONE);
    for (Arg a : o.args()) {
      // ... but نقل المسلحين من سوريا إلى ليبيا names a route: where from, not who
      // a call's caller may stand after a day and a title (اتصالا هاتفيا يوم الاثنين من الرئيس
      // الفرنسي إيمانويل ماكرون)
      int reach = t.mode() == EventMode.PHONE ? 4 : 2;
      int named = t.mode() == EventMode.PHONE ? Titles.start(o, a, hit.to()) : a.from();
      boolean giver = giving && named - hit.to() <= reach && (a.prep().equals("من")
          || (a.chain().equals("من") && o.n(hit.to()).equals("من"))
          || (named > hit.to() && o.n(named - 1).equals("من"))) && !shapes.routeFrom(a);
      if (a.from() >= hit.to() && a.from() < right && a.actor()
          && (Recipients.agentPrep(a.prep()) || (formEndsInMin && a.from() == hit.to())
              || giver)) {
        Arg actor = o.groupHead(a);
        // the party acted on: between the passive verb and its agent, or before; a definite
        // participle (الميليشيات المدعومة من تركيا) describes the noun right before it
        Arg recipient = subjects.firstPartyBetween(hit.to(), a.from());
        // ميليشيات مدعومة من إيران: a participle describes the unnamed noun before it
        boolean describes = !t.verb() && o.n(hit.from()).startsWith("م") && hit.from() > 0
            && o.at(hit.from() - 1) == null
            && o.tokens().get(hit.from() - 1).kind() == Token.Kind.ARABIC;
        if (recipient == null && !describes) {
          if (o.n(hit.from()).startsWith("ال")) {
            Arg adjacent = o.argEndingAt(hit.from());
            recipient = adjacent != null && adjacent.party() ? o.groupHead(adjacent) : null;
          } else if (giver) {
            // تلقت تركيا دعوة من حكومة الوفاق: who received it is the subject named before
            Arg subject = antecedents.nearestSubjectBefore(hit.from());
            recipient = subject != null && subject.group() != actor.group() ? subject
                : antecedents.nearestBefore(hit.from(), actor);
          } else {
            recipient = antecedents.nearestBefore(hit.from(), actor);
          }
        }
        Doer agent = new Doer(actor, true, recipient, false, o.lastOfGroup(a).to());
        // a definite participle describes its noun (الميليشيات المدعومة من تركيا) unless that
        // noun is a named party
        return recipient == null && o.n(hit.from()).startsWith("ال") ? agent.ofNoun() : agent;
      }
    }
    return null;
  }
}
