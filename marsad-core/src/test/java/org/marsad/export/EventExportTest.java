package org.marsad.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.EventMode;
import org.marsad.model.EventType;

/**
 * The PLOVER and ACLED-CSV exports. The golden files under {@code golden/export/} are
 * the exports of {@link ExportFixture}; run with {@code -Dmarsad.golden.rewrite=true} to rewrite
 * them after a deliberate change, then review the diff.
 */
class EventExportTest {
  private static final Path DIR = Path.of("src/test/resources/golden/export");
  private static final boolean REWRITE = Boolean.getBoolean("marsad.golden.rewrite");

  private static String export(EventExport export, Document... docs) {
    StringWriter w = new StringWriter();
    try {
      export.begin(w);
      for (Document d : docs) {
        export.write(d, w);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void golden(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (REWRITE || !Files.exists(file)) {
      Files.writeString(file, actual, UTF_8);
    }
    assertEquals(Files.readString(file, UTF_8), actual, name);
  }

  // ---------------------------------------------------------------- golden files

  @Test
  void ploverGolden() throws IOException {
    golden("fixture.plover.jsonl",
        export(EventExport.plover(EventSelection.FACTUAL), ExportFixture.document()));
  }

  @Test
  void acledCsvGolden() throws IOException {
    golden("fixture.acled.csv",
        export(EventExport.acledCsv(EventSelection.FACTUAL, false), ExportFixture.document()));
  }

  // ---------------------------------------------------------------- PLOVER

  @Test
  void ploverFieldsInOrder() throws IOException {
    String out = export(EventExport.plover(EventSelection.ALL), ExportFixture.document());
    List<String> lines = out.lines().toList();
    assertEquals(4, lines.size(), out);
    List<String> fields = new ArrayList<>();
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    first.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("id", "date", "date_precision", "event_type", "mode", "context", "actor",
        "actor_country", "actor_sector", "actor_kb", "recipient", "recipient_country",
        "recipient_sector", "recipient_kb", "location", "latitude", "longitude", "geo_precision",
        "negated", "hypothetical", "source", "url", "published", "story_id", "event_text",
        "claim", "confidence"), fields);
    for (String line : lines) {
      List<String> names = new ArrayList<>();
      new ObjectMapper().readTree(line).fieldNames().forEachRemaining(names::add);
      assertEquals(fields, names, line);
    }
    JsonNode denied = new ObjectMapper().readTree(lines.get(1));
    assertEquals("fixture:v2", denied.get("id").asText());
    assertTrue(denied.get("negated").asBoolean());
    assertEquals("المسماري", denied.get("claim").get("speaker").asText());
    assertEquals("named", denied.get("claim").get("speaker_kind").asText());
    assertEquals("denied", denied.get("claim").get("modality").asText());
    assertTrue(denied.get("date").isNull());
  }

  @Test
  void ploverSourceFallsBackToUrlThenPath() throws IOException {
    Document doc = ExportFixture.document();
    Document noOutlet = new Document(doc.format(), doc.id(),
        new org.marsad.model.Source("in/a.html", "https://example.org/a", null), doc.language(),
        doc.title(), doc.published(), doc.text(), doc.removed(), doc.entities(), doc.events(),
        doc.claims());
    Document pathOnly = new Document(doc.format(), doc.id(),
        new org.marsad.model.Source("in/a.html", null, null), doc.language(), doc.title(),
        doc.published(), doc.text(), doc.removed(), doc.entities(), doc.events(), doc.claims());
    ObjectMapper json = new ObjectMapper();
    assertEquals("https://example.org/a", json.readTree(export(
        EventExport.plover(EventSelection.FACTUAL), noOutlet).lines().findFirst().orElseThrow())
        .get("source").asText());
    assertEquals("in/a.html", json.readTree(export(
        EventExport.plover(EventSelection.FACTUAL), pathOnly).lines().findFirst().orElseThrow())
        .get("source").asText());
  }

  // ---------------------------------------------------------------- ACLED CSV

  @Test
  void acledCsvQuotesArabicText() {
    String out =
        export(EventExport.acledCsv(EventSelection.FACTUAL, false), ExportFixture.document());
    List<List<String>> rows = parseCsv(out);
    assertEquals(AcledCsvExport.HEADER, rows.get(0));
    assertEquals(3, rows.size(), out); // header, v1, v3: v2 is negated, v4 hypothetical
    for (List<String> row : rows) {
      assertEquals(AcledCsvExport.HEADER.size(), row.size(), row::toString);
    }
    int notes = AcledCsvExport.HEADER.indexOf("notes");
    assertEquals(ExportFixture.STRIKE, rows.get(1).get(notes));
    assertEquals(ExportFixture.AID, rows.get(2).get(notes)); // comma, quotes, line break survive
  }

  /** The ACLED file read back by Apache Commons CSV with ACLED's own column list. */
  @Test
  void acledCsvHasAcledsColumnsAndTaxonomy() throws IOException {
    String out =
        export(EventExport.acledCsv(EventSelection.FACTUAL, false), ExportFixture.document());
    List<String> acled = List.of("event_id_cnty", "event_date", "year", "time_precision",
        "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
        "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "country",
        "admin1", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
        "notes", "fatalities", "tags");
    try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(out,
        org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .build())) {
      assertEquals(acled, parser.getHeaderNames());
      List<org.apache.commons.csv.CSVRecord> rows = parser.getRecords();
      assertEquals(2, rows.size());
      org.apache.commons.csv.CSVRecord strike = rows.get(0);
      assertEquals("2020-05-18", strike.get("event_date"));
      assertEquals("2020", strike.get("year"));
      assertEquals("1", strike.get("time_precision"));
      assertEquals("Political violence", strike.get("disorder_type"));
      assertEquals("Explosions/Remote violence", strike.get("event_type"));
      assertEquals("Air/drone strike", strike.get("sub_event_type"));
      assertEquals("Libyan National Army", strike.get("actor1"));
      assertEquals("Mitiga International Airport", strike.get("location"));
      assertEquals("Libya", strike.get("country"));
      assertEquals("ليبيا أوبزرفر", strike.get("source"));
      assertTrue(strike.get("event_id_cnty").startsWith("LBY-"), strike.get("event_id_cnty"));
      assertEquals("0", strike.get("fatalities"));
      assertTrue(strike.get("tags").contains("plover=ASSAULT:aerial"), strike.get("tags"));
      org.apache.commons.csv.CSVRecord aid = rows.get(1);
      assertEquals("Strategic developments", aid.get("disorder_type"));
      assertEquals("Other", aid.get("sub_event_type"));
      assertEquals("2020-05-16", aid.get("event_date"), "a month is written as its middle day");
      assertEquals("3", aid.get("time_precision"));
      assertEquals("Turkey", aid.get("actor1"));
      assertEquals("1", aid.get("inter1"), "a state is state forces");
    }
  }

  @Test
  void everyPloverTypeHasAnAcledKind() {
    for (EventType type : EventType.values()) {
      AcledTaxonomy.Kind k = AcledTaxonomy.standard().of(type, null, 0, 0);
      assertTrue(List.of("Political violence", "Demonstrations", "Strategic developments")
          .contains(k.disorderType()), type + ": " + k);
    }
    assertEquals("Armed clash",
        AcledTaxonomy.standard().of(EventType.ASSAULT, EventMode.FIREARMS, 1, 3)
        .subEventType());
    assertEquals("Attack", AcledTaxonomy.standard().of(EventType.ASSAULT, EventMode.FIREARMS, 3, 7)
        .subEventType());
    assertEquals("Government regains territory",
        AcledTaxonomy.standard().of(EventType.COERCE, EventMode.CONFISCATE, 1, 0).subEventType());
    assertEquals("Non-state actor overtakes territory",
        AcledTaxonomy.standard().of(EventType.COERCE, EventMode.CONFISCATE, 3, 0).subEventType());
    assertEquals("Peaceful protest",
        AcledTaxonomy.standard().of(EventType.PROTEST, EventMode.DEMO, 0, 0)
        .subEventType());
    assertEquals("Agreement",
        AcledTaxonomy.standard().of(EventType.AGREE, null, 1, 1).subEventType());
  }

  /** How {@code value} is written as the second field of a row. */
  private static String cell(String value) {
    String row = AcledCsvExport.row(java.util.Arrays.asList("id", value));
    assertTrue(row.startsWith("id,") && row.endsWith("\r\n"), row);
    return row.substring(3, row.length() - 2);
  }

  @Test
  void acledCsvFieldQuoting() {
    assertEquals("", cell(null));
    assertEquals("", cell(""));
    assertEquals("حفتر", cell("حفتر"));
    assertEquals("طرابلس، مصراتة", cell("طرابلس، مصراتة")); // Arabic comma
    assertEquals("\"طرابلس, مصراتة\"", cell("طرابلس, مصراتة"));
    assertEquals("\"قال \"\"لا\"\"\"", cell("قال \"لا\""));
    assertEquals("\"سطر\nسطر\"", cell("سطر\nسطر"));
    assertEquals("\"سطر\r\nسطر\"", cell("سطر\r\nسطر"));
    assertEquals("-1.5", cell("-1.5"));
    assertEquals("\" حفتر\"", cell(" حفتر"), "a leading space is kept by quoting");
    assertEquals("a,,\"b,c\"\r\n", AcledCsvExport.row(java.util.Arrays.asList("a", null, "b,c")));
    assertEquals("\"\",b\r\n", AcledCsvExport.row(java.util.Arrays.asList("", "b")),
        "an empty first field is quoted, so that a row is never an empty line");
  }

  @Test
  void acledTimePrecision() {
    checkDate(new DateValue("2020-05-18", "day", null), "2020-05-18", 1);
    checkDate(new DateValue("2020-05-18/2020-05-24", "range", null), "2020-05-21", 2);
    checkDate(new DateValue("2020-05-18/2020-05-19", "range", null), "2020-05-18", 2);
    checkDate(new DateValue("2020-05", "month", null), "2020-05-16", 3);
    checkDate(new DateValue("2020", "year", null), "2020-07-01", 3);
    checkDate(DateValue.UNKNOWN, null, 3);
    checkDate(new DateValue(null, "unknown", "قبل أيام"), null, 3);
  }

  private static void checkDate(DateValue date, String eventDate, int precision) {
    assertEquals(eventDate, AcledCsvExport.eventDate(date), date::toString);
    assertEquals(precision, AcledCsvExport.timePrecision(date), date::toString);
  }

  @Test
  void acledCsvByteOrderMarkOnlyWhenAsked() {
    Document doc = ExportFixture.document();
    String plain = export(EventExport.acledCsv(EventSelection.FACTUAL, false), doc);
    String marked = export(EventExport.acledCsv(EventSelection.FACTUAL, true), doc);
    assertTrue(plain.startsWith("event_id_cnty,"), plain);
    assertEquals("\uFEFF" + plain, marked);
  }

  @Test
  void acledCsvHeaderWithoutEvents() {
    Document empty = ExportFixture.document().withEvents(List.of());
    assertEquals(String.join(",", AcledCsvExport.HEADER) + "\r\n",
        export(EventExport.acledCsv(EventSelection.ALL, false), empty));
    assertEquals("", export(EventExport.plover(EventSelection.ALL), empty));
  }

  // ---------------------------------------------------------------- selection and bad records

  @Test
  void negatedAndHypotheticalLeftOutByDefault() {
    Document doc = ExportFixture.document();
    assertEquals(List.of("v1", "v3"), ids(doc, EventSelection.FACTUAL));
    assertEquals(List.of("v1", "v2", "v3"), ids(doc, new EventSelection(true, false)));
    assertEquals(List.of("v1", "v3", "v4"), ids(doc, new EventSelection(false, true)));
    assertEquals(List.of("v1", "v2", "v3", "v4"), ids(doc, EventSelection.ALL));
    Event both = doc.events().get(1);
    Event negatedHypothetical = new Event(both.id(), both.type(), both.mode(), both.context(),
        both.actor(), both.recipient(), both.location(), both.geo(), both.date(), true, true,
        both.claim(), both.evidence(), both.confidence());
    assertEquals(false, new EventSelection(true, false).test(negatedHypothetical));
    assertEquals(true, EventSelection.ALL.test(negatedHypothetical));
  }

  private static List<String> ids(Document doc, EventSelection selection) {
    return export(EventExport.plover(selection), doc).lines()
        .map(l -> l.replaceAll("^\\{\"id\":\"fixture:(v\\d+)\".*", "$1")).toList();
  }

  @Test
  void danglingReferenceIsRejectedBeforeWriting() throws IOException {
    Document doc = ExportFixture.document();
    List<Event> events = new ArrayList<>(doc.events());
    Event last = events.get(2);
    events.add(new Event("v9", EventType.AID, null, List.of(), "e99", null, null, null,
        DateValue.UNKNOWN, false, false, null, last.evidence(), 0.5));
    Document bad = doc.withEvents(events);
    for (EventExport export : List.of(EventExport.plover(EventSelection.ALL),
        EventExport.acledCsv(EventSelection.ALL, false))) {
      StringWriter w = new StringWriter();
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> export.write(bad, w));
      assertEquals("document fixture, event v9: actor e99 is not in the record", e.getMessage());
      assertEquals("", w.toString());
    }
  }

  @Test
  void unknownFormatNamesIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EventExport.named("acled", EventSelection.FACTUAL, false));
    assertTrue(e.getMessage().contains("'acled'"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> EventExport.named("plover", EventSelection.FACTUAL, true));
  }

  /** A strict RFC 4180 reader, enough to check what the export writes. */
  static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (c == '"' && field.length() == 0) {
        i++;
        while (true) {
          char q = csv.charAt(i++);
          if (q == '"') {
            if (i < csv.length() && csv.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(q);
          }
        }
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r' && csv.startsWith("\r\n", i)) {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i += 2;
      } else {
        assertTrue(c != '"' && c != '\n' && c != '\r', () -> "unquoted special character in "
            + csv);
        field.append(c);
        i++;
      }
    }
    assertEquals(0, field.length() + row.size(), "last row without CRLF");
    return rows;
  }
}
