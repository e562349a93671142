package org.marsad.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Document;
import org.marsad.model.RecordJson;
import org.marsad.model.Removed;

/** {@code marsad extract}, run in-process: exit code, standard error, and the records written. */
class ExtractCommandTest {
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  /** Written for these tests. */
  private static final String GOOD =
      "أعلنت وزارة الصحة في القاهرة يوم الثلاثاء افتتاح مستشفى جديد في محافظة الجيزة. "
          + "وقال الوزير في مؤتمر صحفي إن المستشفى سيخدم أكثر من مليون مواطن.";

  private static final String CP1256 =
      "قالت الحكومة العراقية إن الانتخابات البرلمانية ستجري في موعدها المحدد. "
          + "وأكد المتحدث باسم الحكومة أن الاستعدادات تسير وفق الخطة.";

  @TempDir Path dir;

  private static List<Document> records(Path out) throws IOException {
    return Files.readAllLines(out, UTF_8).stream().map(RecordJson::parse).toList();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  // ---------------------------------------------------------------- help and usage

  @Test
  void extractHelp() {
    CliRun r = CliRun.of("extract", "--help");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Usage: marsad extract"), r.out());
    for (String s : List.of("PATH", "--out", "--max-size", "4194304", "exit status")) {
      assertTrue(r.out().contains(s), () -> "expected " + s + " in: " + r.out());
    }
    assertEquals("", r.err());
  }

  @Test
  void marsadHelp() {
    CliRun r = CliRun.of("--help");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Usage: marsad"), r.out());
    assertTrue(r.out().contains("extract"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void helpCommand() {
    CliRun r = CliRun.of("help", "extract");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Usage: marsad extract"), r.out());
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun r = CliRun.of();
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("a command is required"), r.err());
    r.assertNoStackTrace();
  }

  @Test
  void extractWithoutPathsIsAUsageError() {
    CliRun r = CliRun.of("extract");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("PATH"), r.err());
    r.assertNoStackTrace();
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun r = CliRun.of("extract", "--no-such-option", dir.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--no-such-option"), r.err());
    r.assertNoStackTrace();
  }

  // ---------------------------------------------------------------- bad inputs

  /**
   * A folder of bad inputs must give one line per bad file on standard error, no stack
   * trace, exit status 1, and the records of the good files.
   */
  @Test
  void aFolderOfBadInputsGivesOneLinePerBadFileAndTheGoodRecords() throws IOException {
    Path in = dir.resolve("in");
    Path empty = write("in/empty.txt", new byte[0]);
    byte[] noise = new byte[4096];
    new Random(2).nextBytes(noise);
    Path binary = write("in/binary.dat", noise);
    Path latin1 =
        write("in/french.txt",
            "Le café de l'élève est très bon. Il a été servi à midi.\n".getBytes(ISO_8859_1));
    Path huge = dir.resolve("in/huge.txt");
    byte[] chunk = GOOD.replace('.', '،').getBytes(UTF_8);
    try (OutputStream o = Files.newOutputStream(huge)) {
      for (long n = 0; n < 10L << 20; n += chunk.length) {
        o.write(chunk);
      }
    }
    write("in/arabic-cp1256.txt", CP1256.getBytes(WINDOWS_1256));
    write("in/good.txt", GOOD.getBytes(UTF_8));
    Path out = dir.resolve("out/records.jsonl");

    CliRun r = CliRun.of("extract", "--out", out.toString(), in.toString());

    assertEquals(1, r.exit(), r.err());
    r.assertNoStackTrace();
    List<Document> docs = records(out);
    assertEquals(List.of("arabic-cp1256", "good"), docs.stream().map(Document::id).toList());
    assertTrue(docs.get(0).text().contains(CP1256.substring(0, 40)), docs.get(0).text());
    assertTrue(docs.get(1).text().contains(GOOD.substring(0, 40)), docs.get(1).text());
    for (Path bad : List.of(empty, binary, latin1, huge)) {
      assertEquals(1, r.errLines().stream().filter(l -> l.contains(bad.toString())).count(),
          () -> bad + " in: " + r.err());
    }
    assertEquals(4 + 1, r.errLines().size(), r.err()); // and the summary line
    assertTrue(r.errLines().stream().anyMatch(l -> l.contains(huge + ": ")
        && l.contains("too large")), r.err());
    assertTrue(r.errLines().stream().anyMatch(l -> l.contains(latin1 + ": ")
        && l.contains("invalid UTF-8")), r.err());
    assertEquals("marsad: 6 files read, 2 records written, 4 failed",
        r.errLines().get(r.errLines().size() - 1));
    assertEquals("", r.out());
  }

  @Test
  void missingPathIsOneErrorLine() throws IOException {
    Path missing = dir.resolve("missing.txt");
    Path good = write("good.txt", GOOD.getBytes(UTF_8));
    Path out = dir.resolve("records.jsonl");
    CliRun r = CliRun.of("extract", "-o", out.toString(), missing.toString(), good.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals(List.of("marsad: " + missing + ": no such file",
        "marsad: 2 files read, 1 record written, 1 failed"), r.errLines());
    assertEquals(1, records(out).size());
  }

  @Test
  void maxSizeOption() throws IOException {
    Path good = write("good.txt", GOOD.getBytes(UTF_8));
    Path out = dir.resolve("records.jsonl");
    CliRun r = CliRun.of("extract", "--max-size", "100", "--out", out.toString(), good.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.errLines().get(0).contains("too large"), r.err());
    assertEquals(List.of(), records(out));
  }

  @Test
  void emptyFolderFails() throws IOException {
    Files.createDirectories(dir.resolve("none"));
    CliRun r = CliRun.of("extract", "--out", dir.resolve("records.jsonl").toString(),
        dir.resolve("none").toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("no input files"), r.err());
    r.assertNoStackTrace();
  }

  // ---------------------------------------------------------------- --out

  @Test
  void outLeavesNoTemporaryFiles() throws IOException {
    Path good = write("in/good.txt", GOOD.getBytes(UTF_8));
    write("in/empty.txt", new byte[0]);
    Path outDir = dir.resolve("out");
    Path out = outDir.resolve("records.jsonl");
    Files.createDirectories(outDir);
    Files.writeString(out, "old contents\n");

    CliRun r = CliRun.of("extract", "--out", out.toString(), good.getParent().toString());

    assertEquals(1, r.exit(), r.err()); // the empty file failed
    try (Stream<Path> files = Files.list(outDir)) {
      assertEquals(List.of(out), files.toList());
    }
    assertEquals(List.of("good"), records(out).stream().map(Document::id).toList());
  }

  @Test
  void outCreatesItsFolder() throws IOException {
    Path good = write("good.txt", GOOD.getBytes(UTF_8));
    Path out = dir.resolve("a/b/records.jsonl");
    CliRun r = CliRun.of("extract", "--out", out.toString(), good.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("marsad: 1 file read, 1 record written, 0 failed"), r.errLines());
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertEquals(List.of(out), files.toList());
    }
    Document doc = records(out).get(0);
    assertEquals(Document.FORMAT, doc.format());
    assertEquals(good.toString(), doc.source().path());
  }

  @Test
  void sameNamesGetUniqueIds() throws IOException {
    write("x/a/story.txt", GOOD.getBytes(UTF_8));
    write("x/b/story.txt", CP1256.getBytes(UTF_8));
    Path out = dir.resolve("records.jsonl");
    CliRun r = CliRun.of("extract", "--out", out.toString(), dir.resolve("x").toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("story", "story-2"), records(out).stream().map(Document::id).toList());
  }

  @Test
  void outIsAFolder() throws IOException {
    // Regression (fixed): ExtractCommand lets the IOException of Files.move (or of createDirectories, when --out
    // lies under a regular file) escape call(), so picocli prints a full Java stack trace
    // ("java.nio.file.FileSystemException: ... Is a directory" and "\tat ..." lines) instead of
    // one line naming the bad --out value; the summary line is never printed either.
    Path good = write("good.txt", GOOD.getBytes(UTF_8));
    Path folder = dir.resolve("records");
    Files.createDirectories(folder);
    CliRun r = CliRun.of("extract", "--out", folder.toString(), good.toString());
    assertTrue(r.exit() != 0, r.err());
    r.assertNoStackTrace();
    assertTrue(r.errLines().stream().anyMatch(l -> l.contains(folder.toString())), r.err());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(good, folder), files.sorted().toList()); // no temporary file left
    }
  }

  // ---------------------------------------------------------------- the seed corpus

  @Test
  void seeds() throws IOException {
    String root = System.getProperty("marsad.root");
    assumeTrue(root != null, "marsad.root is not set");
    Path seeds = Path.of(root).resolve("../shared/corpus/seeds").normalize();
    assumeTrue(Files.isDirectory(seeds), () -> "no seed corpus at " + seeds);
    Path out = dir.resolve("seeds.jsonl");

    CliRun r = CliRun.of("extract", "--out", out.toString(), seeds.toString());

    assertEquals(0, r.exit(), r.err());
    r.assertNoStackTrace();
    assertEquals(List.of("marsad: 5 files read, 5 records written, 0 failed"), r.errLines());
    List<String> lines = Files.readAllLines(out, UTF_8);
    assertEquals(5, lines.size());
    for (String line : lines) {
      Document doc = RecordJson.parse(line);
      assertAll(doc.id(),
          () -> assertEquals("marsad/1", doc.format()),
          () -> assertEquals("ar", doc.language()),
          () -> assertFalse(doc.text().isBlank(), "text"),
          () -> assertTrue(doc.source().path().startsWith(seeds.toString()), doc.source().path()));
      for (Removed removed : doc.removed()) {
        assertFalse(removed.text().isBlank(), () -> doc.id() + ": removed " + removed);
      }
    }
    assertEquals(5, lines.stream().map(RecordJson::parse).map(Document::id).distinct().count());
    assertTrue(Arrays.stream(new String[] {"000", "004"}).allMatch(p ->
        lines.stream().anyMatch(l -> RecordJson.parse(l).id().startsWith(p))));
  }
}
