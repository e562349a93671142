package org.marsad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One real-world entity named in a document, with all its mentions. {@code kb} is the key of the
 * knowledge-base entry it is linked to, or null when it is new to the knowledge base. {@code
 * generic} (an extension of the record format, written only when true) marks an unnamed actor
 * known by its kind and country alone (مسلحون، الشرطة العراقية): it has no knowledge-base key,
 * its {@code sector} is its kind and its {@code name} the one ACLED gives such actors
 * ("Police Forces of Iraq").
 */
public record Entity(
    String id,
    EntityType type,
    String name,
    String name_ar,
    String kb,
    String country,
    String sector,
    List<Mention> mentions,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean generic) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    mentions = List.copyOf(mentions);
  }

  /** A named entity (not {@link #generic()}). */
  public Entity(String id, EntityType type, String name, String name_ar, String kb, String country,
      String sector, List<Mention> mentions) {
    this(id, type, name, name_ar, kb, country, sector, mentions, false);
  }
}
