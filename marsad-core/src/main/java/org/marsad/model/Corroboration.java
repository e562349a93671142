package org.marsad.model;

import java.util.List;
import java.util.Objects;

/**
 * How many independent sources report an event or a claim across a corpus (an extension of the
 * record format, filled by the cross-document step, absent from single-article extraction).
 * Republished copies of one text count once: {@code outlets} counts distinct outlets after copies
 * are merged, {@code documents} the distinct texts, and {@code sources} names them (outlet names,
 * or document ids where the outlet is unknown), in a stable order.
 */
public record Corroboration(int outlets, int documents, List<String> sources) {
  public Corroboration {
    if (outlets < 1 || documents < outlets) {
      throw new IllegalArgumentException(
          "corroboration needs 1 <= outlets <= documents, got " + outlets + ", " + documents);
    }
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
  }
}
