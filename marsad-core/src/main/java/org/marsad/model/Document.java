package org.marsad.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One article in the record format {@code marsad/1} ({@code shared/spec/RECORDS.md}). {@code text}
 * is the cleaned article; every span in the record indexes into it.
 */
@JsonPropertyOrder({
  "format", "id", "source", "language", "title", "published", "text", "removed", "entities",
  "events", "claims"
})
public record Document(
    String format,
    String id,
    Source source,
    String language,
    String title,
    DateValue published,
    String text,
    List<Removed> removed,
    List<Entity> entities,
    List<Event> events,
    List<Claim> claims) {
  public static final String FORMAT = "marsad/1";

  public Document {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
    entities = List.copyOf(entities);
    events = List.copyOf(events);
    claims = List.copyOf(claims);
  }

  /** A document with no extraction yet. */
  public static Document of(
      String id, Source source, String language, String title, DateValue published, String text,
      List<Removed> removed) {
    return new Document(
        FORMAT, id, source, language, title, published, text, removed, List.of(), List.of(),
        List.of());
  }

  public Document withId(String value) {
    return new Document(
        format, value, source, language, title, published, text, removed, entities, events, claims);
  }

  public Document withEntities(List<Entity> value) {
    return new Document(
        format, id, source, language, title, published, text, removed, value, events, claims);
  }

  public Document withEvents(List<Event> value) {
    return new Document(
        format, id, source, language, title, published, text, removed, entities, value, claims);
  }

  public Document withClaims(List<Claim> value) {
    return new Document(
        format, id, source, language, title, published, text, removed, entities, events, value);
  }
}
