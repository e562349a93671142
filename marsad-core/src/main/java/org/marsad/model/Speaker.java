package org.marsad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * Who makes a claim: an entity id when linked, the speaker phrase, and its kind. {@code
 * country}, an extension of the format, is the country (ISO alpha-3) an unlinked speaker's phrase
 * names with an adjective (مسؤول مصري: EGY); a linked speaker's country is its entity's.
 */
public record Speaker(String entity, String text, SpeakerKind kind,
    @JsonInclude(JsonInclude.Include.NON_NULL) String country) {
  public Speaker {
    Objects.requireNonNull(kind, "kind");
  }

  public Speaker(String entity, String text, SpeakerKind kind) {
    this(entity, text, kind, null);
  }

  /** This speaker with {@code value} as its country. */
  public Speaker withCountry(String value) {
    return new Speaker(entity, text, kind, value);
  }
}
