package org.marsad.pipeline;

import org.marsad.model.Document;

/**
 * One enrichment step over an immutable document: takes a document, returns a new one with more
 * filled in. Implementations are stateless after construction and thread-safe.
 */
public interface Stage {
  Document process(Document doc);
}
