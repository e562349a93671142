package org.marsad.analysis;

import org.marsad.model.Entity;

/**
 * An entity mention over a sentence's tokens {@code [from, to)}, as an argument of the acts
 * around it. {@code prep}: the preposition written on it or right before it (لحفتر، على طرابلس،
 * من قبل X); {@code chain}: the preposition of the phrase it ends (بالقائد العام للقوات المسلحة،
 * من صفوف حفتر), or {@code prep}; {@code group}: the index of the first mention of its
 * coordination (مصر والإمارات); {@code actor}: it can act (a person, an organization, a state or
 * capital); {@code place}: a location or facility; {@code capital}: a capital city; {@code
 * afterWaw}: its token begins with the conjunction و before it (والإمارات).
 */
public record Arg(Entity entity, int from, int to, String prep, String chain, int group,
    boolean actor, boolean place, boolean capital, boolean afterWaw) {
  /** A capital stands for its state as a subject only (القاهرة قررت), not as a target. */
  public boolean party() {
    return actor && !capital;
  }

  /** This mention in coordination group {@code g}, with the group's prepositions. */
  Arg inGroup(int g, String groupPrep, String groupChain) {
    return new Arg(entity, from, to, groupPrep, groupChain, g, actor, place, capital, afterWaw);
  }
}
