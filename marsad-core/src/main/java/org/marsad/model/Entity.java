package org.marsad.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One real-world entity named in a document, with all its mentions. {@code kb} is the key of the
 * knowledge-base entry it is linked to, or null when it is new to the knowledge base.
 */
public record Entity(
    String id,
    String type,
    String name,
    String name_ar,
    String kb,
    String country,
    String sector,
    List<Mention> mentions) {
  public static final Set<String> TYPES =
      Set.of("PERSON", "ORGANIZATION", "LOCATION", "FACILITY", "EQUIPMENT");

  public Entity {
    Objects.requireNonNull(id, "id");
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("unknown entity type: " + type);
    }
    mentions = List.copyOf(mentions);
  }
}
