package org.marsad.model;

import java.util.Set;

/** Who makes a claim: an entity id when linked, the speaker phrase, and its kind. */
public record Speaker(String entity, String text, String kind) {
  public static final Set<String> KINDS = Set.of("named", "anonymous", "outlet", "unknown");

  public Speaker {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown speaker kind: " + kind);
    }
  }
}
