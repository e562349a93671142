package org.marsad.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * JSON for records: one compact line per document, UTF-8 text unescaped, fields in the order of
 * the record format. Thread-safe.
 */
public final class RecordJson {
  private RecordJson() {}

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .disable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** The document as one line of JSON (no line break inside). */
  public static String line(Document doc) {
    try {
      return MAPPER.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize document " + doc.id(), e);
    }
  }

  /** Parses one line of {@code marsad extract} output. */
  public static Document parse(String line) {
    try {
      return MAPPER.readValue(line, Document.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a Marsad record: " + e.getOriginalMessage(), e);
    }
  }

  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }
}
