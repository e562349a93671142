package org.marsad.event;

import java.util.List;

/**
 * What a trigger's clause says of its act: the actors' and recipients' entity ids, whether the
 * actor is named in the clause itself ({@code explicitActor}), whether the actor is the subject
 * of a clause (of the trigger's verb, of a verb governing it, or its agent: {@code clausal}),
 * rather than a genitive or an adjective that may as well name the party acted on, the place's entity id or null,
 * and the clause's token bounds {@code [left, right)}.
 */
record Reading(List<String> actors, boolean explicitActor, boolean clausal,
    List<String> recipients, String location, int left, int right) {
  static Reading none(int left, int right) {
    return new Reading(List.of(), false, false, List.of(), null, left, right);
  }

  /** This reading with only the actors {@code kept}. */
  Reading withActors(List<String> kept) {
    return new Reading(kept, explicitActor, clausal, recipients, location, left, right);
  }

  /** This reading with its one recipient acting on its actors (تلقى X اتصالا من Y: Y calls X). */
  Reading reversed() {
    return new Reading(recipients, explicitActor, clausal, actors, location, left, right);
  }

  /** This reading with the recipients {@code others}. */
  Reading withRecipients(List<String> others) {
    return new Reading(actors, explicitActor, clausal, others, location, left, right);
  }
}
