package org.marsad.analysis;

import java.util.Set;
import org.marsad.model.Document;

/**
 * One enrichment step over an immutable document: takes a document, returns a new one with more
 * filled in. A stage says which layers of the record it reads ({@link #needs}) and which one it
 * fills ({@link #gives}); a pipeline refuses stages whose needs no earlier stage gives.
 * Implementations are stateless after construction and thread-safe.
 */
public interface Stage {
  /** The layers of a record that a stage fills or reads. */
  enum Layer {
    ENTITIES,
    CLAIMS,
    EVENTS
  }

  Document process(Document doc);

  /** The layer this stage fills. */
  Layer gives();

  /** The layers this stage reads, given by stages before it. */
  default Set<Layer> needs() {
    return Set.of();
  }
}
