package org.marsad.event;

import java.util.List;
import org.marsad.analysis.Overlay;
import org.marsad.arabic.DatePhrases;
import org.marsad.arabic.Token;
import org.marsad.model.Claim;
import org.marsad.model.Event;
import org.marsad.model.Geo;
import org.marsad.model.Span;

/**
 * The events of acts the detector finds reported where the clause readings code none of their
 * type (تظاهر آلاف الطلاب في بغداد).
 */
final class DetectedActs {
  private static final EventConfidence CONFIDENCE = EventConfidence.load();

  private DetectedActs() {}

  /**
   * The parties of a detected act: its doer (the party named before it, {@link
   * GenericParties#doer}) or null, the party hit or null, and its place or null with the place's
   * coordinates.
   */
  record Parties(String actor, String recipient, String location, Geo geo) {}

  /** The event of the act at {@code hit}, told in {@code claim} (or null), the {@code n}th. */
  static Event event(Overlay o, TriggerLexicon.Hit hit, Parties parties, Claim claim,
      List<DatePhrases.Found> dates, Span evidence, List<TriggerLexicon.Hit> hits, int n) {
    List<Token> toks = o.tokens();
    TriggerLexicon.Trigger t = hit.trigger();
    boolean negated = Modality.negated(toks, hit, 0, claim);
    boolean hypothetical = Modality.hypothetical(toks, hit, hits, 0, claim);
    return new Event("v" + n, t.type(), t.mode(), t.context(), parties.actor(),
        parties.recipient(), parties.location(), parties.geo(),
        TimeAndPlace.nearest(dates, hit, 0, toks.size()), negated, hypothetical,
        claim == null ? null : claim.id(), evidence,
        CONFIDENCE.of(parties.recipient() != null, negated || hypothetical, false));
  }
}
