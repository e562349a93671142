package org.marsad.event;

import java.util.List;

/**
 * What a trigger's clause says of its act: the actors' and recipients' entity ids, whether the
 * actor is named in the clause itself ({@code explicitActor}), the place's entity id or null,
 * and the clause's token bounds {@code [left, right)}.
 */
record Reading(List<String> actors, boolean explicitActor, List<String> recipients,
    String location, int left, int right) {
  static Reading none(int left, int right) {
    return new Reading(List.of(), false, List.of(), null, left, right);
  }
}
