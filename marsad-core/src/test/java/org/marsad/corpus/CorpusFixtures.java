package org.marsad.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.extract.Extractor;
import org.marsad.ingest.Limits;
import org.marsad.model.Document;
import org.marsad.model.RecordJson;
import org.marsad.pipeline.Pipeline;

/** Articles run through the real pipeline, for the cross-document tests. */
final class CorpusFixtures {
  private CorpusFixtures() {}

  /** The records of articles at {@code paths}, extracted by the standard pipeline. */
  static List<Document> extract(List<Path> paths) throws IOException {
    StringWriter out = new StringWriter();
    List<String> errors = new ArrayList<>();
    new Extractor(Pipeline.standard(), Limits.DEFAULT).extract(paths, out, errors::add);
    assertEquals(List.of(), errors);
    List<Document> docs = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      if (!line.isBlank()) {
        docs.add(RecordJson.parse(line));
      }
    }
    return docs;
  }

  /** A test resource beside this class. */
  static Path resource(String name) {
    try {
      return Path.of(CorpusFixtures.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
