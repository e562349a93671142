package org.marsad.corpus;

import java.util.List;
import java.util.Objects;
import org.marsad.model.SpeakerKind;

/**
 * Who says so: the publishing outlet (null when unknown), the speaker's kind and words, and the
 * outlets it came through.
 * An event the article states in its own voice has the outlet as its speaker.
 */
public record Voice(String outlet, SpeakerKind kind, String speaker, List<String> via) {
  public Voice {
    Objects.requireNonNull(kind, "kind");
    via = List.copyOf(via);
  }

  public boolean anonymous() {
    return kind == SpeakerKind.ANONYMOUS;
  }
}
