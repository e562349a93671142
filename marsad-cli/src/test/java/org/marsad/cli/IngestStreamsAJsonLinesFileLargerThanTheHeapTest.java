package org.marsad.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Store;

/**
 * A real {@code marsad ingest} in a child JVM with a heap of 256 MiB reads a JSON Lines file of
 * 600 MiB: every line is read, decoded, parsed and handed over one at a time, so the file is
 * never held in memory. To keep the run short, the file holds a few distinct articles, each
 * written many times: the pipeline runs on each once, and every other copy is read whole and then
 * known as stored before the pipeline runs. Two lines larger than {@code --max-size} deep in the
 * file are reported with their line numbers, and the last line, an article of its own, is stored,
 * so the file was read to its end.
 */
@Tag("large")
class IngestStreamsAJsonLinesFileLargerThanTheHeapTest {
  private static final long FILE_BYTES = 600L << 20;
  private static final String HEAP = "-Xmx256m";
  private static final int DISTINCT = 25;
  private static final Path EXAMPLES = Path.of(System.getProperty("marsad.root", ".."), "examples");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void aFileOfSixHundredMebibytesIsIngestedInAHeapOfTwoHundredFiftySix() throws Exception {
    Path file = dir.resolve("wire.jsonl");
    Written w = write(file);
    assertTrue(Files.size(file) > FILE_BYTES, "the file is larger than the child's heap");
    Path db = dir.resolve("db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, HEAP, "-cp", System.getProperty("java.class.path"),
        "org.marsad.cli.Main", "ingest", "--db", db.toString(), "--progress", "none",
        "--max-size", "100000", file.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
    boolean ended = p.waitFor(15, TimeUnit.MINUTES);
    if (!ended) {
      p.destroyForcibly();
    }
    Files.delete(file); // 600 MiB: gone before the checks
    String err = Files.readString(dir.resolve("err.txt"), UTF_8);
    assertTrue(ended, "the ingest did not end:\n" + err);
    assertEquals(1, p.exitValue(), err);
    List<String> expected = new ArrayList<>();
    for (int line : w.tooLarge()) {
      expected.add("marsad: " + file + ":" + line + ": skipped: too large (117.2 KiB, the limit is"
          + " 97.7 KiB; raise it with --max-size)");
    }
    expected.add("marsad: 1 file read, " + (DISTINCT + 1) + " articles stored, "
        + (w.articles() - DISTINCT - 1) + " already in the store, 2 failed");
    assertEquals(expected, err.lines().toList());
    try (Store s = Store.open(db)) {
      assertEquals(DISTINCT + 1, s.count());
      assertTrue(s.document("last").isPresent(), "the last line was read and stored");
    }
  }

  /** What was written: the number of article lines, and the lines too large to read. */
  private record Written(int articles, List<Integer> tooLarge) {}

  private static Written write(Path file) throws IOException {
    List<String> paragraphs;
    try (Stream<String> lines = Files.lines(EXAMPLES.resolve("01-tarhuna-clashes.txt"), UTF_8)) {
      paragraphs = lines.map(String::strip).filter(l -> l.length() > 80).toList();
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < DISTINCT; i++) {
      texts.add(String.join("\n\n", paragraphs) + "\n\nوهذه الفقرة رقم " + i + " من الاختبار.");
    }
    String huge = "{\"id\":\"huge\",\"text\":\"" + "ا".repeat(60_000) + "\"}";
    int articles = 0;
    List<Integer> tooLarge = new ArrayList<>();
    long written = 0;
    try (BufferedWriter out = new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), UTF_8), 1 << 16)) {
      int line = 0;
      while (written < FILE_BYTES) {
        String s;
        line++;
        if (line == 1_000 || line == 50_000) {
          s = huge;
          tooLarge.add(line);
        } else {
          s = JSON.writeValueAsString(Map.of("id", "a" + line, "text",
              texts.get(articles % DISTINCT)));
          articles++;
        }
        out.write(s);
        out.write('\n');
        written += s.getBytes(UTF_8).length + 1;
      }
      String last = JSON.writeValueAsString(Map.of("id", "last", "text",
          "وفي الختام قال المتحدث إن هذه آخر فقرة في الملف."));
      out.write(last);
      out.write('\n');
      articles++;
    }
    return new Written(articles, tooLarge);
  }
}
