package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code marsad bench}, run in-process on a tiny corpus for one second per part: the report's
 * shape and consistency, not its speed (figures are in docs/performance.md).
 */
class BenchCommandTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("marsad.root", ".."), "examples");

  @TempDir Path dir;

  @Test
  void generatedCorpusReportsPipelineBaselineRatioAndHeap() {
    CliRun r = CliRun.of("bench", "--from", EXAMPLES.toString(), "--words", "3000",
        "--warmup", "0", "--seconds", "1", "--threads", "2");
    assertEquals(0, r.exit(), r.err());
    Matcher corpus = Pattern.compile("corpus: ([\\d,]+) articles, ([\\d,]+) words").matcher(r.out());
    assertTrue(corpus.find(), r.out());
    long words = Long.parseLong(corpus.group(2).replace(",", ""));
    assertAll(
        () -> assertTrue(words >= 3000 && words < 6000, r.out()),
        () -> assertTrue(Pattern.compile("(?m)^marsad pipeline +1 ").matcher(r.out()).find(), r.out()),
        () -> assertTrue(Pattern.compile("(?m)^marsad pipeline +2 ").matcher(r.out()).find(), r.out()),
        () -> assertTrue(Pattern.compile("(?m)^lucene ArabicAnalyzer +2 ").matcher(r.out()).find(),
            r.out()),
        () -> assertTrue(r.out().contains("pipeline / baseline, 1 thread: 0."), r.out()),
        () -> assertTrue(r.out().contains("scaling of the pipeline, 1 to 2 threads"), r.out()),
        () -> assertTrue(r.out().contains("retained after loading"), r.out()));
  }

  @Test
  void givenCorpusIsMeasuredAsItIs() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "قال وزير الخارجية المصري إن القاهرة تدعم الحل السياسي.");
    CliRun r = CliRun.of("bench", dir.toString(), "--warmup", "0", "--seconds", "1",
        "--threads", "1");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("corpus: 1 articles, 9 words"), r.out());
  }

  @Test
  void noSamplesIsAClearError() {
    CliRun r = CliRun.of("bench", "--from", dir.resolve("missing").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("no such file"), r.err());
    assertTrue(r.err().contains("no sample articles"), r.err());
    r.assertNoStackTrace();
  }

  @Test
  void badNumbersAreRejected() {
    CliRun r = CliRun.of("bench", "--seconds", "0");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("must be positive"), r.err());
  }
}
