package org.marsad.event;

import java.util.Set;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.model.EntityType;

/**
 * A spokesman read as the doer of an act he reports stands for the body he speaks for (المتحدث
 * باسم الجيش الإسرائيلي أفيخاي أدرعي ... أن قواته استهدفت: the army struck, not its spokesman).
 * Stateless.
 */
final class Spokesmen {
  private static final Set<String> SPOKESMEN = Words.of("spokesman-noun");
  private static final Set<String> ON_BEHALF = Words.of("on-behalf");
  /** How many title words may stand between the body's name and the spokesman's. */
  private static final int REACH = 4;

  private Spokesmen() {}

  /**
   * The entity id of the body that the person {@code id} speaks for, as the sentence names him
   * (spokesman's noun, باسم, the body, his title, his name); else {@code id}.
   */
  static String body(Overlay o, String id) {
    for (Arg a : o.args()) {
      if (!a.entity().id().equals(id) || a.entity().type() != EntityType.PERSON) {
        continue;
      }
      for (int j = a.from() - 1; j >= 2 && j >= a.from() - REACH; j--) {
        Arg body = o.at(j);
        if (body == null) {
          continue;
        }
        body = o.groupHead(body);
        // the spokesman's noun, maybe with an adjective (المتحدث العسكري باسم الجماعة)
        if (body.entity().type() == EntityType.ORGANIZATION && body.from() >= 2
            && ON_BEHALF.contains(o.n(body.from() - 1))
            && (SPOKESMEN.contains(o.n(body.from() - 2))
                || (body.from() >= 3 && SPOKESMEN.contains(o.n(body.from() - 3))))) {
          return body.entity().id();
        }
        break;
      }
    }
    return id;
  }
}
