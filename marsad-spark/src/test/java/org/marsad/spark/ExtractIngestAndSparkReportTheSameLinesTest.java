package org.marsad.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.cli.Main;

/**
 * {@code marsad extract}, {@code marsad ingest} and {@code marsad spark} read the same folder of
 * bad inputs through the same batch path and report the same lines, in the same words and the
 * same order: a truncated JSON Lines record, an empty file, a binary file, a file over {@code
 * --max-size}, and a document over {@code --max-chars}; an HTML page in Windows-1256 that
 * declares UTF-8 is read as what it is, with no line.
 */
@Tag("spark")
class ExtractIngestAndSparkReportTheSameLinesTest {
  private static final String SENTENCE =
      "قال وزير الخارجية المصري سامح شكري إن القاهرة تدعم الحل السياسي في ليبيا.";

  @TempDir Path dir;

  @Test
  void theThreeCommandsReportTheSameLinesOnTheSameBadInputs() throws IOException {
    Path in = write(dir.resolve("in"));
    String[] limits = {"--max-size", "20000", "--max-chars", "2000"};
    List<String> expected = List.of(
        "marsad: " + in.resolve("big.txt") + ": skipped: too large (39.3 KiB, the limit is 19.5"
            + " KiB; raise it with --max-size)",
        "marsad: " + in.resolve("binary.bin") + ": binary content: not a text document",
        "marsad: " + in.resolve("empty.txt") + ": empty: no text",
        "marsad: " + in.resolve("long.txt") + ": text of 4,599 characters: entities, claims and"
            + " events read from the first 2,000 only (raise the limit with --max-chars)",
        "marsad: " + in.resolve("wire.jsonl") + ":2: not JSON: Unexpected end-of-input: was"
            + " expecting closing quote for a string value");

    Run extract = cli("extract", limits[0], limits[1], limits[2], limits[3],
        "--out", dir.resolve("out.jsonl").toString(), in.toString());
    Run ingest = cli("ingest", "--db", dir.resolve("db").toString(), "--progress", "none",
        limits[0], limits[1], limits[2], limits[3], in.toString());
    Run spark = spark("--input", in.toString(), "--output", dir.resolve("spark").toString(),
        "--master", "local[1]", limits[0], limits[1], limits[2], limits[3]);

    assertAll(
        () -> assertEquals(1, extract.exit(), extract.err()),
        () -> assertEquals(1, ingest.exit(), ingest.err()),
        () -> assertEquals(1, spark.exit(), spark.err()),
        () -> assertEquals(expected, extract.lines(in), "extract"),
        () -> assertEquals(expected, ingest.lines(in), "ingest"),
        () -> assertEquals(expected, spark.lines(in), "spark"));
    String records = Files.readString(dir.resolve("out.jsonl"), UTF_8);
    assertTrue(records.contains("وقالت وزارة الخارجية التركية"),
        "the page that lies about its encoding is read in Windows-1256");
  }

  private static Path write(Path in) throws IOException {
    Files.createDirectories(in);
    String good = "{\"id\":\"a1\",\"text\":\"" + SENTENCE + "\"}";
    Files.writeString(in.resolve("wire.jsonl"), good + "\n" + good.substring(0, 40) + "\n"
        + "{\"id\":\"a3\",\"text\":\"" + SENTENCE + " وأضاف أن مصر ترفض التدخل.\"}\n", UTF_8);
    String page = "<html><head><meta charset=\"utf-8\"><title>خبر</title></head><body><p>"
        + SENTENCE + "</p><p>وقالت وزارة الخارجية التركية إن أنقرة تدعم حكومة الوفاق.</p>"
        + "</body></html>";
    Files.write(in.resolve("lying.html"), page.getBytes(Charset.forName("windows-1256")));
    Files.writeString(in.resolve("big.txt"), (SENTENCE + "\n").repeat(300), UTF_8);
    Files.writeString(in.resolve("long.txt"),
        "قال الوزير إن مصر تدعم الحل السياسي في ليبيا. ".repeat(100), UTF_8);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    byte[] binary = new byte[1024];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) i;
    }
    Files.write(in.resolve("binary.bin"), binary);
    return in;
  }

  /** A command's exit status and standard error. */
  private record Run(int exit, String err) {
    /** The lines about the inputs under {@code in}, in order. */
    List<String> lines(Path in) {
      return err.lines().filter(l -> l.startsWith("marsad: " + in)).toList();
    }
  }

  private static Run cli(String... args) {
    StringWriter err = new StringWriter();
    int exit = Main.commandLine().setOut(new PrintWriter(new StringWriter(), true))
        .setErr(new PrintWriter(err, true)).execute(args);
    return new Run(exit, err.toString());
  }

  private static Run spark(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = SparkMain.run(args, new PrintStream(OutputStream.nullOutputStream(), true, UTF_8),
        new PrintStream(err, true, UTF_8));
    return new Run(exit, err.toString(UTF_8));
  }
}
