package org.marsad.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.analysis.Stage;
import org.marsad.clean.Cleaning;
import org.marsad.entity.EntityStage;
import org.marsad.ingest.Limits;
import org.marsad.model.Document;
import org.marsad.model.Mention;
import org.marsad.model.RecordJson;
import org.marsad.pipeline.Pipeline;

/**
 * Per-document bounds: a document too large is skipped, one that takes too long is
 * abandoned, and a long text is analysed up to the limit; each with one clear line, and the run
 * goes on with the other files.
 */
class PerDocumentLimitsTest {
  private static final String ARTICLE =
      "أعلنت وزارة الصحة في القاهرة يوم الثلاثاء افتتاح مستشفى جديد في محافظة الجيزة. "
          + "وقال الوزير خالد عبد الغفار في مؤتمر صحفي إن المستشفى سيخدم أكثر من مليون مواطن.\n";

  @TempDir Path dir;

  private record Run(Extractor.Summary summary, List<Document> records, List<String> report) {}

  private Run extract(Pipeline pipeline, Limits limits, int threads) throws IOException {
    StringWriter out = new StringWriter();
    List<String> report = new ArrayList<>();
    Extractor.Summary s = new Extractor(pipeline, limits, threads)
        .extract(List.of(dir), out, report::add);
    List<Document> records = out.toString().lines().map(RecordJson::parse).toList();
    return new Run(s, records, report);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, UTF_8);
  }

  @Test
  void aHugeFileIsSkippedAsTooLarge() throws IOException {
    write("a.txt", ARTICLE);
    write("b-huge.txt", ARTICLE.repeat(20_000)); // 5 MiB
    write("c.txt", ARTICLE);
    Run r = extract(Pipeline.standard(), Limits.DEFAULT, 2);
    assertEquals(2, r.records().size());
    assertEquals(1, r.summary().failed());
    assertEquals(1, r.report().size(), r.report()::toString);
    assertTrue(r.report().get(0).matches(
        "marsad: .*b-huge.txt: skipped: too large \\(5\\.\\d MiB, the limit is 4\\.0 MiB;"
            + " raise it with --max-size\\)"), r.report().get(0));
  }

  /** A stage that never returns on a document that asks it to, and ignores interruption. */
  private static final class Stuck implements Stage {
    final AtomicBoolean release = new AtomicBoolean();

    @Override
    public Layer gives() {
      return Layer.EVENTS;
    }

    @Override
    public Document process(Document doc) {
      while (doc.text().contains("توقف") && !release.get()) {
        Thread.onSpinWait();
      }
      return doc;
    }
  }

  @Test
  void aDocumentThatNeverEndsIsSkippedAsTimedOut() throws IOException {
    Stuck stuck = new Stuck();
    Pipeline pipeline = new Pipeline(Cleaning.standard(), List.of(stuck, EntityStage.standard()));
    write("a.txt", ARTICLE);
    write("b.txt", ARTICLE + "توقف هنا.");
    write("c.txt", ARTICLE);
    try {
      Run r = extract(pipeline, new Limits(1 << 20, 100_000, Duration.ofMillis(500)), 1);
      assertEquals(List.of("a", "c"), r.records().stream().map(Document::id).toList());
      assertEquals(List.of("marsad: " + dir.resolve("b.txt")
          + ": skipped: timed out after 500 ms (raise the limit with --doc-timeout)"), r.report());
      assertEquals(1, r.summary().failed());
    } finally {
      stuck.release.set(true);
    }
  }

  /**
   * One sentence of 300,000 characters (no punctuation, no line break): the stages read the
   * first 20,000, the record keeps the whole text, and the report says so.
   */
  @Test
  void aLongTextIsAnalysedUpToTheLimit() throws IOException {
    String sentence = "وقال الوزير خالد عبد الغفار إن مصر والإمارات تدعمان حفتر ";
    String text = sentence.repeat(300_000 / sentence.length());
    write("long.txt", text);
    Run r = extract(Pipeline.standard(), new Limits(4 << 20, 20_000, Duration.ZERO), 2);
    assertEquals(1, r.records().size());
    Document d = r.records().get(0);
    assertEquals(text.strip(), d.text());
    assertNull(Records.problem(d));
    assertTrue(!d.entities().isEmpty(), "entities are read from the analysed part");
    for (var e : d.entities()) {
      for (Mention m : e.mentions()) {
        assertTrue(m.end() <= 20_000, m::toString);
      }
    }
    assertEquals(List.of("marsad: " + dir.resolve("long.txt") + ": text of " + String.format(
        java.util.Locale.ROOT, "%,d", d.text().length()) + " characters: entities, claims and"
        + " events read from the first 20,000 only (raise the limit with --max-chars)"),
        r.report());
    assertEquals(1, r.summary().partial());
    assertEquals(0, r.summary().failed());
  }
}
