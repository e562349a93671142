package org.marsad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A PLOVER event read from one evidence sentence. Actor, recipient, location are entity ids;
 * {@code geo} (an extension of the record format) gives the location's coordinates when the
 * knowledge base has them; {@code corroboration} (also an extension) is filled only by the
 * cross-document step.
 */
public record Event(
    String id,
    EventType type,
    EventMode mode,
    List<String> context,
    String actor,
    String recipient,
    String location,
    @JsonInclude(JsonInclude.Include.NON_NULL) Geo geo,
    DateValue date,
    boolean negated,
    boolean hypothetical,
    String claim,
    Span evidence,
    double confidence,
    @JsonInclude(JsonInclude.Include.NON_NULL) Corroboration corroboration) {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    context = List.copyOf(context);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** An event as one article gives it, before any cross-document corroboration. */
  public Event(
      String id, EventType type, EventMode mode, List<String> context, String actor,
      String recipient,
      String location, Geo geo, DateValue date, boolean negated, boolean hypothetical, String claim,
      Span evidence, double confidence) {
    this(id, type, mode, context, actor, recipient, location, geo, date, negated, hypothetical,
        claim, evidence, confidence, null);
  }

  /** This event under another id. */
  public Event withId(String value) {
    return new Event(value, type, mode, context, actor, recipient, location, geo, date, negated,
        hypothetical, claim, evidence, confidence, corroboration);
  }

  public Event withCorroboration(Corroboration value) {
    return new Event(id, type, mode, context, actor, recipient, location, geo, date, negated,
        hypothetical, claim, evidence, confidence, value);
  }
}
