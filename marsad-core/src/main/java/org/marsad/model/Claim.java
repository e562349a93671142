package org.marsad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * An attributed statement: speaker, relay chain ({@code via}), cue, modality and content;
 * {@code corroboration} (an extension of the record format) is filled only by the cross-document
 * step.
 */
public record Claim(
    String id,
    Speaker speaker,
    List<String> via,
    Span cue,
    ClaimModality modality,
    Span content,
    Span evidence,
    @JsonInclude(JsonInclude.Include.NON_NULL) Corroboration corroboration) {
  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(speaker, "speaker");
    via = List.copyOf(via);
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** A claim as one article gives it, before any cross-document corroboration. */
  public Claim(
      String id, Speaker speaker, List<String> via, Span cue, ClaimModality modality, Span content,
      Span evidence) {
    this(id, speaker, via, cue, modality, content, evidence, null);
  }

  public Claim withCorroboration(Corroboration value) {
    return new Claim(id, speaker, via, cue, modality, content, evidence, value);
  }
}
