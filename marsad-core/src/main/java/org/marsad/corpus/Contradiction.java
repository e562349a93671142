package org.marsad.corpus;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.model.EventMode;
import org.marsad.model.Span;
import org.marsad.model.SpeakerKind;

/**
 * Two reports from different documents that cannot both hold: {@code a} and {@code b} name each
 * side's document, outlet, speaker and evidence; {@code subject} and {@code object} the actors (or
 * the place, for control); {@code relation} what is compared; {@code kind} one of {@link #KINDS};
 * {@code reason} says why in words; {@code time} when each side holds and whether the times are
 * known to overlap ({@code yes}) or cannot be compared ({@code unknown}).
 */
public record Contradiction(
    Side a, Side b, Party subject, Party object, String relation, String kind, String reason,
    Time time) {
  /**
   * {@code opposite}: opposite relations between the same actors; {@code denied}: one account
   * asserts what the other denies; {@code control}: incompatible accounts of who holds a place;
   * {@code casualties}: different casualty counts for one event.
   */
  public static final Set<String> KINDS = Set.of("opposite", "denied", "control", "casualties");

  public Contradiction {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(subject, "subject");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown contradiction kind: " + kind);
    }
    if (a.doc().equals(b.doc())) {
      throw new IllegalArgumentException("a contradiction needs two documents, got " + a.doc());
    }
  }

  /** One side: where it was read and who says so. {@code also} lists the other documents in
   * which the same voice says the same. */
  public record Side(
      String doc, String outlet, String speaker, SpeakerKind speaker_kind, List<String> via,
      String event, String claim, String type, EventMode mode, boolean negated, String date,
      Span evidence, Casualties.Count casualties, List<String> also) {
    public Side {
      Objects.requireNonNull(doc, "doc");
      via = List.copyOf(via);
      also = List.copyOf(also);
    }
  }

  /** An actor or place across documents, with its Arabic name where known. */
  public record Party(String key, String name, String name_ar, String kb) {}

  /** When each side holds; {@code overlap} is {@code yes} or {@code unknown}. */
  public record Time(String a, String b, String overlap) {}
}
