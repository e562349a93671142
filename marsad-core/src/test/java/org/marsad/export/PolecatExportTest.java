package org.marsad.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * The export in POLECAT's field layout, on {@link ExportFixture}: its golden file
 * ({@code golden/export/fixture.polecat.tsv}; {@code -Dmarsad.golden.rewrite=true} rewrites it),
 * the 40 columns in POLECAT's order on every line, and what each group of columns holds.
 */
class PolecatExportTest {
  private static final Path GOLDEN =
      Path.of("src/test/resources/golden/export/fixture.polecat.tsv");

  private static String export(EventSelection selection) throws IOException {
    StringWriter w = new StringWriter();
    EventExport export = EventExport.named("polecat", selection, false);
    export.begin(w);
    export.write(ExportFixture.document(), w);
    return w.toString();
  }

  /** The lines as maps from POLECAT's column names to values, split on tabs only. */
  private static List<Map<String, String>> rows(String tsv) {
    String[] lines = tsv.split("\n", -1);
    assertEquals("", lines[lines.length - 1], "every line ends with a line feed");
    List<String> header = Arrays.asList(lines[0].split("\t", -1));
    assertEquals(PolecatExport.HEADER, header);
    List<Map<String, String>> out = new ArrayList<>();
    for (int i = 1; i < lines.length - 1; i++) {
      String[] f = lines[i].split("\t", -1);
      assertEquals(40, f.length, "line " + (i + 1) + " has POLECAT's 40 fields");
      Map<String, String> row = new HashMap<>();
      for (int c = 0; c < f.length; c++) {
        row.put(header.get(c), f[c]);
      }
      out.add(row);
    }
    return out;
  }

  @Test
  void polecatGolden() throws IOException {
    String actual = export(EventSelection.FACTUAL);
    if (Boolean.getBoolean("marsad.golden.rewrite") || !Files.exists(GOLDEN)) {
      Files.writeString(GOLDEN, actual, UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, UTF_8), actual);
  }

  @Test
  void headerIsPolecatsFortyColumnsInOrder() {
    assertEquals(40, PolecatExport.HEADER.size());
    assertEquals("Event ID", PolecatExport.HEADER.get(0));
    assertEquals("Quad Code", PolecatExport.HEADER.get(5));
    assertEquals("Actor Name", PolecatExport.HEADER.get(7));
    assertEquals("Recipient Name", PolecatExport.HEADER.get(15));
    assertEquals("Placename", PolecatExport.HEADER.get(23));
    assertEquals("Version", PolecatExport.HEADER.get(39));
  }

  @Test
  void anAirStrikeFillsEventPartiesAndPlace() throws IOException {
    Map<String, String> strike = rows(export(EventSelection.FACTUAL)).get(0);
    assertEquals("fixture-v1", strike.get("Event ID"));
    assertEquals("2020-05-18", strike.get("Event Date"));
    assertEquals("ASSAULT", strike.get("Event Type"));
    assertEquals("aerial", strike.get("Event Mode"));
    assertEquals("4", strike.get("Quad Code"));
    assertEquals("military", strike.get("Contexts"));
    assertEquals("Libyan National Army", strike.get("Actor Name"));
    assertEquals("LBY", strike.get("Actor Country"));
    assertEquals("620", strike.get("Actor COW"));
    assertEquals("MIL", strike.get("Primary Actor Sector"));
    assertEquals("قوات حفتر", strike.get("Actor Name Raw"));
    assertEquals("", strike.get("Recipient Name"));
    assertEquals("Mitiga International Airport", strike.get("Placename"));
    assertEquals("مطار معيتيقة", strike.get("Raw Placename"));
    assertEquals("32.8941", strike.get("Latitude"));
    assertEquals("ليبيا أوبزرفر", strike.get("Source"));
    assertEquals("2020-05-19", strike.get("Publication Date"));
    assertEquals("ar", strike.get("Language"));
    assertEquals("marsad/1", strike.get("Version"));
    assertTrue(strike.get("Story People").contains("Ahmed al-Mismari"));
    assertTrue(strike.get("Story Locations").contains("Misrata"));
  }

  @Test
  void aMonthIsItsMiddleDayAndALineBreakInAValueStaysOnItsLine() throws IOException {
    List<Map<String, String>> rows = rows(export(EventSelection.FACTUAL));
    Map<String, String> aid = rows.stream().filter(r -> r.get("Event Type").equals("AID"))
        .findFirst().orElseThrow();
    assertEquals("2020-05-16", aid.get("Event Date"));
    assertEquals("2", aid.get("Quad Code"));
    assertEquals("TUR", aid.get("Actor Country"));
    assertEquals("640", aid.get("Actor COW"));
    assertEquals("a b c d", PolecatExport.line(Arrays.asList("a", "b\tc", "d")).strip()
        .replace('\t', ' '));
    assertEquals("x y\tz\n", PolecatExport.line(Arrays.asList("x\r\ny", "z")));
  }

  @Test
  void negatedAndHypotheticalOnlyWhenAsked() throws IOException {
    assertEquals(2, rows(export(EventSelection.FACTUAL)).size());
    assertEquals(4, rows(export(EventSelection.ALL)).size());
  }

  @Test
  void everyPloverTypeHasAQuadAndTheGroupsArePlovers() {
    for (EventType type : EventType.values()) {
      assertTrue(PolecatCodes.standard().quad(type).matches("[1-4]"), type.name());
    }
    assertEquals("1", PolecatCodes.standard().quad(EventType.AGREE));
    assertEquals("2", PolecatCodes.standard().quad(EventType.COOPERATE));
    assertEquals("3", PolecatCodes.standard().quad(EventType.ACCUSE));
    assertEquals("4", PolecatCodes.standard().quad(EventType.PROTEST));
    assertEquals("2", PolecatCodes.standard().cow("USA"));
    assertEquals(null, PolecatCodes.standard().cow("XXX"));
  }

  @Test
  void titleIsTheRoleHeldOnTheEventsDay() {
    KbEntry.Role role = new KbEntry.Role("general commander", "lna", "2015-03", "2021");
    assertTrue(PolecatExport.held(role, "2015-03-01"));
    assertTrue(PolecatExport.held(role, "2021-12-31"));
    assertFalse(PolecatExport.held(role, "2015-02-28"));
    assertFalse(PolecatExport.held(role, "2022-01-01"));
    assertTrue(PolecatExport.held(new KbEntry.Role("president", "x", "2014", ""), "2024-06-01"));
    Optional<KbEntry> haftar = KnowledgeBase.standard().get("haftar");
    assertTrue(haftar.isPresent());
    assertEquals("general commander", PolecatExport.title(haftar, "2019-04-04"));
    assertEquals(null, PolecatExport.title(haftar, "2010-01-01"));
    assertEquals(null, PolecatExport.title(haftar, null));
  }

  @Test
  void aByteOrderMarkIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> EventExport.named("polecat", EventSelection.FACTUAL, true));
  }
}
