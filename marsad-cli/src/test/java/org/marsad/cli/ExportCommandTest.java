package org.marsad.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.EventMode;
import org.marsad.model.EventType;
import org.marsad.model.Mention;
import org.marsad.model.RecordJson;
import org.marsad.model.Source;
import org.marsad.model.Span;

/** {@code marsad export}, run in-process: exit code, standard error, and what was exported. */
class ExportCommandTest {
  /** Written for these tests. */
  private static final String STRIKE = "قصفت قوات حفتر مطار معيتيقة يوم الاثنين.";

  private static final String DENIAL = "ونفت حكومة الوفاق, في بيان, أنها \"قصفت\" مواقع حفتر.";

  @TempDir Path dir;

  /** A record with a strike (a day, no geo) and a denied strike (negated). */
  private static Document document(String id) {
    String text = STRIKE + " " + DENIAL;
    Entity lna = entity(text, "e1", "Libyan National Army", "قوات حفتر", "LBY", "MIL");
    Entity gna = entity(text, "e2", "Government of National Accord", "حكومة الوفاق", "LBY", "GOV");
    Entity mitiga = entity(text, "e3", "Mitiga International Airport", "مطار معيتيقة", "LBY", null);
    List<Event> events = List.of(
        new Event("v1", EventType.ASSAULT, EventMode.AERIAL, List.of("military"), "e1", null,
            "e3", null,
            DateValue.day(java.time.LocalDate.of(2020, 5, 18)), false, false, null,
            Span.of(text, 0, STRIKE.length()), 0.9),
        new Event("v2", EventType.ASSAULT, null, List.of("military"), "e2", "e1", null, null,
            DateValue.UNKNOWN, true, false, null,
            Span.of(text, STRIKE.length() + 1, text.length()), 0.8));
    return new Document(Document.FORMAT, id, new Source("in/" + id + ".txt", null, "مدى مصر"),
        "ar", null, DateValue.UNKNOWN, text, List.of(), List.of(lna, gna, mitiga), events,
        List.of());
  }

  private static Entity entity(String text, String id, String name, String nameAr,
      String country, String sector) {
    int start = text.indexOf(nameAr);
    return new Entity(id, EntityType.ORGANIZATION, name, nameAr, null, country, sector,
        List.of(new Mention(start, start + nameAr.length(), nameAr)));
  }

  private Path records(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", UTF_8);
    return file;
  }

  // ---------------------------------------------------------------- usage

  @Test
  void exportHelp() {
    CliRun r = CliRun.of("export", "--help");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Usage: marsad export"), r.out());
    for (String s : List.of("--format", "plover", "acled-csv", "--out", "--include-negated",
        "--include-hypothetical", "--bom", "RECORDS")) {
      assertTrue(r.out().contains(s), () -> "expected " + s + " in: " + r.out());
    }
    assertTrue(CliRun.of("--help").out().contains("export"));
  }

  @Test
  void formatIsRequired() throws IOException {
    Path in = records("records.jsonl", RecordJson.line(document("a")));
    CliRun r = CliRun.of("export", in.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--format"), r.err());
    r.assertNoStackTrace();
  }

  @Test
  void unknownFormatIsAUsageError() throws IOException {
    Path in = records("records.jsonl", RecordJson.line(document("a")));
    CliRun r = CliRun.of("export", "--format", "acled", in.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("unknown export format 'acled'"), r.err());
    r.assertNoStackTrace();
  }

  @Test
  void bomWithPloverIsAUsageError() throws IOException {
    Path in = records("records.jsonl", RecordJson.line(document("a")));
    CliRun r = CliRun.of("export", "--format", "plover", "--bom", in.toString());
    assertEquals(2, r.exit());
    r.assertNoStackTrace();
  }

  // ---------------------------------------------------------------- records in, events out

  @Test
  void polecatExportReadsBackWithATabSeparatedReader() throws IOException {
    Path in = records("records.jsonl", RecordJson.line(document("a")));
    Path out = dir.resolve("events.tsv");

    CliRun r = CliRun.of("export", "--format", "polecat", "--out", out.toString(), in.toString());

    assertEquals(0, r.exit(), r.err());
    try (var parser = org.apache.commons.csv.CSVFormat.TDF.builder().setHeader()
        .setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(out, UTF_8))) {
      assertEquals(40, parser.getHeaderNames().size(), parser.getHeaderNames().toString());
      List<org.apache.commons.csv.CSVRecord> rows = parser.getRecords();
      assertEquals(1, rows.size());
      assertEquals("ASSAULT", rows.get(0).get("Event Type"));
      assertEquals("2020-05-18", rows.get(0).get("Event Date"));
      assertEquals("Libyan National Army", rows.get(0).get("Actor Name"));
      assertEquals("4", rows.get(0).get("Quad Code"));
      assertEquals("مدى مصر", rows.get(0).get("Source"));
    }
  }

  @Test
  void exportBadLineNamesFileAndLine() throws IOException {
    Document dangling = document("c").withEvents(List.of(new Event("v1", EventType.AID, null,
        List.of(),
        "e9", null, null, null, DateValue.UNKNOWN, false, false, null,
        document("c").events().get(0).evidence(), 0.5)));
    Path in = records("records.jsonl",
        RecordJson.line(document("a")),
        "{\"format\": \"marsad/1\", \"id\": ",
        "",
        RecordJson.line(dangling),
        RecordJson.line(document("b")));
    Path out = dir.resolve("events.csv");

    CliRun r = CliRun.of("export", "--format", "acled-csv", "--out", out.toString(), in.toString());

    assertEquals(1, r.exit(), r.err());
    r.assertNoStackTrace();
    List<String> err = r.errLines();
    assertEquals(3, err.size(), r.err());
    assertTrue(err.get(0).startsWith("marsad: " + in + ":2: not a Marsad record"), r.err());
    assertEquals("marsad: " + in + ":4: document c, event v1: actor e9 is not in the record",
        err.get(1));
    assertEquals("marsad: 2 records read, 2 events exported, 2 failed", err.get(2));
    List<String> rows = Arrays.asList(Files.readString(out, UTF_8).split("\r\n"));
    assertEquals(3, rows.size(), rows::toString); // header and the strike of a and of b
    assertTrue(rows.get(0).startsWith("event_id_cnty,event_date,year,time_precision,"
        + "disorder_type,event_type,sub_event_type,actor1,"), rows.get(0));
    assertTrue(rows.get(1).contains(",2020-05-18,2020,1,Political violence,"
        + "Explosions/Remote violence,Air/drone strike,Libyan National Army,"), rows.get(1));
    assertTrue(rows.get(1).contains(",مدى مصر,," + STRIKE + ",0,"), rows.get(1));
    // the same strike in two records: the rows differ only in their ids
    assertEquals(rows.get(1).substring(rows.get(1).indexOf(',')),
        rows.get(2).substring(rows.get(2).indexOf(',')));
  }

  @Test
  void exportIncludeNegated() throws IOException {
    Path in = records("records.jsonl", RecordJson.line(document("a")));
    Path out = dir.resolve("events.csv");
    CliRun r = CliRun.of(
            "export", "--format", "acled-csv", "--include-negated", "-o", out.toString(),
        in.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("marsad: 1 record read, 2 events exported, 0 failed"), r.errLines());
    String csv = Files.readString(out, UTF_8);
    assertTrue(csv.contains(",مدى مصر,,\"" + DENIAL.replace("\"", "\"\"") + "\",0,"), csv);
  }

  @Test
  void exportMissingFileStillExportsTheRest() throws IOException {
    Path missing = dir.resolve("missing.jsonl");
    Path in = records("records.jsonl", RecordJson.line(document("a")));
    Path out = dir.resolve("events.jsonl");
    CliRun r = CliRun.of(
            "export", "--format", "plover", "--out", out.toString(), missing.toString(),
        in.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals(List.of("marsad: " + missing + ": no such file",
        "marsad: 1 record read, 1 event exported, 1 failed"), r.errLines());
    List<String> lines = Files.readAllLines(out, UTF_8);
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).startsWith("{\"id\":\"a:v1\",\"date\":\"2020-05-18\""), lines.get(0));
  }

  @Test
  void exportNotUtf8() throws IOException {
    Path bad = dir.resolve("latin1.jsonl");
    Files.write(bad, new byte[] {'{', (byte) 0xE9, '}', '\n'});
    CliRun r = CliRun.of("export", "--format", "plover", "-o", dir.resolve("o.jsonl").toString(),
        bad.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals("marsad: " + bad + ": not UTF-8 text", r.errLines().get(0));
  }

  // ---------------------------------------------------------------- --out

  @Test
  void exportOutIsAtomic() throws IOException {
    Path in = records("in/records.jsonl", "not json", RecordJson.line(document("a")));
    Path outDir = dir.resolve("out");
    Files.createDirectories(outDir);
    Path out = outDir.resolve("events.csv");
    Files.writeString(out, "old contents\n");

    CliRun r = CliRun.of("export", "--format", "acled-csv", "--out", out.toString(), in.toString());

    assertEquals(1, r.exit(), r.err());
    try (Stream<Path> files = Files.list(outDir)) {
      assertEquals(List.of(out), files.toList()); // no temporary file left beside it
    }
    String csv = Files.readString(out, UTF_8);
    assertTrue(csv.startsWith("event_id_cnty,") && !csv.contains("old contents"), csv);
    assertEquals(2, csv.split("\r\n").length, csv);
  }

  @Test
  void exportOutIsAFolder() throws IOException {
    Path in = records("records.jsonl", RecordJson.line(document("a")));
    Path folder = dir.resolve("events");
    Files.createDirectories(folder);
    CliRun r = CliRun.of("export", "--format", "plover", "--out", folder.toString(), in.toString());
    assertEquals(1, r.exit(), r.err());
    r.assertNoStackTrace();
    assertEquals(List.of("marsad: cannot write " + folder + ": it is a folder"), r.errLines());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(folder, in), files.sorted().toList());
    }
  }

  @Test
  void exportOutCreatesItsFolder() throws IOException {
    Path in = records("records.jsonl", RecordJson.line(document("a")));
    Path out = dir.resolve("a/b/events.jsonl");
    CliRun r = CliRun.of("export", "--format", "plover", "--out", out.toString(), in.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(1, Files.readAllLines(out, UTF_8).size());
  }

  // ---------------------------------------------------------------- standard input and output

  @Test
  void exportStdinToStdout() {
    byte[] stdin = (RecordJson.line(document("a")) + "\n" + RecordJson.line(document("b")) + "\n")
        .getBytes(UTF_8);
    CliRun r = CliRun.withStdio(stdin, "export", "--format", "plover", "-");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("marsad: 2 records read, 2 events exported, 0 failed"), r.errLines());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    assertTrue(lines.get(1).contains("\"story_id\":\"b\""), lines.get(1));
    assertTrue(lines.get(1).contains("\"source\":\"مدى مصر\""), lines.get(1));
  }

  @Test
  void exportBomOnlyWhenAsked() {
    byte[] stdin = RecordJson.line(document("a")).getBytes(UTF_8);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] plain =
        CliRun.withStdio(stdin, "export", "--format", "acled-csv", "-o", "-", "-")
            .out().getBytes(UTF_8);
    byte[] marked =
        CliRun.withStdio(stdin, "export", "--format", "acled-csv", "--bom", "-")
            .out().getBytes(UTF_8);
    assertEquals('e', plain[0]);
    assertArrayEquals(bom, Arrays.copyOf(marked, 3));
    assertArrayEquals(plain, Arrays.copyOfRange(marked, 3, marked.length));
  }
}
