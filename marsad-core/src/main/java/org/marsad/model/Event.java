package org.marsad.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A PLOVER event read from one evidence sentence. Actor, recipient, location are entity ids. */
public record Event(
    String id,
    String type,
    String mode,
    List<String> context,
    String actor,
    String recipient,
    String location,
    DateValue date,
    boolean negated,
    boolean hypothetical,
    String claim,
    Span evidence,
    double confidence) {
  public static final Set<String> TYPES =
      Set.of(
          "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  public Event {
    Objects.requireNonNull(id, "id");
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("unknown PLOVER event type: " + type);
    }
    context = List.copyOf(context);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(evidence, "evidence");
  }
}
