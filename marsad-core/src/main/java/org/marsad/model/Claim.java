package org.marsad.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** An attributed statement: speaker, relay chain ({@code via}), cue, modality and content. */
public record Claim(
    String id,
    Speaker speaker,
    List<String> via,
    Span cue,
    String modality,
    Span content,
    Span evidence) {
  public static final Set<String> MODALITIES =
      Set.of("asserted", "denied", "confirmed", "alleged", "warned", "predicted", "questioned");

  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(speaker, "speaker");
    via = List.copyOf(via);
    if (!MODALITIES.contains(modality)) {
      throw new IllegalArgumentException("unknown modality: " + modality);
    }
    Objects.requireNonNull(evidence, "evidence");
  }
}
