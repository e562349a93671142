package org.marsad.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.marsad.extract.Records;
import org.marsad.ingest.Ingest;
import org.marsad.ingest.InputError;
import org.marsad.ingest.Limits;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.ReadResult;
import org.marsad.model.Document;
import org.marsad.model.RecordJson;
import org.marsad.pipeline.Pipeline;

/**
 * The property every input must have: reading it gives articles and one-line errors naming the
 * file, each article goes through the pipeline without an exception and within a time bound, and
 * gives a consistent record ({@link Records#problem}) that survives writing as UTF-8 JSON.
 */
final class Behaviour {
  private Behaviour() {}

  /** Far above what one test input costs; reaching it means a loop that does not end. */
  static final Duration BOUND = Duration.ofSeconds(60);

  static final Pipeline PIPELINE = Pipeline.standard();
  private static final Ingest INGEST = new Ingest(Limits.DEFAULT);

  /** Writes {@code bytes} to {@code name} in a fresh folder, reads it, and checks all of it. */
  static void checkFile(String name, byte[] bytes) throws IOException {
    Path dir = Files.createTempDirectory("marsad-fuzz");
    Path file = dir.resolve(name);
    try {
      checkFile(file, bytes);
    } catch (AssertionError | RuntimeException | StackOverflowError e) {
      throw Failures.keep(name, bytes, e);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  private static void checkFile(Path file, byte[] bytes) throws IOException {
    {
      Files.write(file, bytes);
      ReadResult r = assertTimeoutPreemptively(BOUND, () -> INGEST.read(file));
      String display = file.toString();
      for (InputError e : r.errors()) {
        assertAll(
            () -> assertTrue(e.path().startsWith(display), e::toString),
            () -> assertFalse(e.message().isBlank(), e::toString),
            () -> assertFalse(e.message().contains("\n") || e.message().contains("\r"),
                e::toString));
      }
      for (RawArticle a : r.articles()) {
        assertTrue(a.path().startsWith(display), a.path());
        checkArticle(a);
      }
    }
  }

  /** Runs the pipeline on one article and checks the record. */
  static Document checkArticle(RawArticle a) {
    try {
      Document doc = assertTimeoutPreemptively(BOUND, () -> PIPELINE.run(a));
      checkRecord(doc);
      return doc;
    } catch (AssertionError | RuntimeException | StackOverflowError e) {
      throw Failures.keep(a, e);
    }
  }

  static void checkRecord(Document doc) {
    assertNull(Records.problem(doc), () -> "record " + doc.id());
    String line = RecordJson.line(doc);
    assertFalse(line.contains("\n"), "a record is one line");
    Document back = RecordJson.parse(new String(line.getBytes(UTF_8), UTF_8));
    assertEquals(doc.text(), back.text(), "the text survives UTF-8 JSON");
    assertNull(Records.problem(back), () -> "written record " + doc.id());
  }
}
