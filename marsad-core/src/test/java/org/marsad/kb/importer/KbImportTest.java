package org.marsad.kb.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.EntityType;

/**
 * {@code kb import} on GeoNames-format and CSV fixtures written for these tests (invented
 * places, Arabic alternate names, bad lines, duplicates).
 */
class KbImportTest {
  @TempDir Path tmp;
  Path kb;
  Path geonames;
  Path csv;

  @BeforeEach
  void fixtures() throws IOException {
    kb = tmp.resolve("kb");
    geonames = copy("geonames-sample.txt");
    csv = copy("places-and-actors.csv");
  }

  private Path copy(String name) throws IOException {
    Path p = tmp.resolve(name);
    try (InputStream in = KbImportTest.class.getResourceAsStream("import/" + name)) {
      Files.copy(in, p);
    }
    return p;
  }

  private KbImport.Summary run(Path... files) throws IOException {
    return KbImport.run(kb, List.of(files), null, 0, false);
  }

  private static String problem(KbImport.Summary s, String where) {
    return s.problems().stream().filter(p -> p.startsWith(where + ": ")).findFirst()
        .orElseThrow(() -> new AssertionError("no problem at " + where + " in " + s.problems()));
  }

  @Test
  void geoNamesRowsBecomePlacesWithTheirArabicNames() throws IOException {
    KbImport.Summary s = run(geonames);
    assertNull(s.refused());
    assertEquals(3, s.added(), s.toString());
    assertEquals(1, s.known(), s.notes().toString()); // Tripoli is shipped
    assertEquals(3, s.skipped()); // no Arabic name, Persian only, historical
    KnowledgeBase merged = KnowledgeBase.withUserDir(kb);
    assertEquals(List.of(), merged.validate());
    KbEntry arban = merged.get("gn-9100001").orElseThrow();
    assertEquals("العربان", arban.nameAr());
    assertEquals(List.of("العربان", "عربان"), arban.forms());
    assertEquals("LBY", arban.country());
    assertEquals("village", arban.placeKind());
    assertEquals("LY.30", arban.admin1());
    assertEquals(31.9712, arban.lat(), 1e-9);
    KbEntry airfield = merged.get("gn-9100003").orElseThrow();
    assertEquals(EntityType.FACILITY, airfield.type());
    assertEquals("مطار تمسان", airfield.nameAr());
    KbEntry town = merged.get("gn-9100009").orElseThrow();
    assertEquals("town", town.placeKind()); // 14,500 people
    assertEquals("تمسان الجديدة", town.nameAr()); // direction marks removed
    assertEquals("قرية تمسان الجديدة", town.forms().get(1));
  }

  @Test
  void badGeoNamesLinesAreReportedWithFileAndLine() throws IOException {
    KbImport.Summary s = run(geonames);
    assertEquals(4, s.problems().size(), s.problems().toString());
    assertTrue(problem(s, geonames + ":5").contains("is outside LBY"));
    assertTrue(problem(s, geonames + ":7").contains("found 4 fields"));
    assertTrue(problem(s, geonames + ":8").contains("duplicate id 'gn-9100001'"));
    assertTrue(problem(s, geonames + ":9").contains("unknown country code 'ZZ'"));
  }

  @Test
  void csvRowsBecomeActorsAndPlaces() throws IOException {
    KbImport.Summary s = run(csv);
    assertEquals(4, s.added(), s.toString());
    KnowledgeBase merged = KnowledgeBase.withUserDir(kb);
    assertEquals(List.of(), merged.validate());
    KbEntry mayor = merged.get("salem-tamsani").orElseThrow();
    assertEquals(KbEntry.Kind.ACTOR, mayor.kind());
    assertEquals(List.of(new KbEntry.Role("mayor", "tamsan-council", "2019", "2022"),
        new KbEntry.Role("chair", "tamsan-council", "2023", null)), mayor.roles());
    KbEntry council = merged.get("tamsan-council").orElseThrow();
    assertEquals("LBY", council.country()); // alpha-2 LY
    assertEquals(List.of("المجلس البلدي تمسان", "بلدي تمسان", "المجلس البلدي لتمسان"),
        council.forms());
    assertEquals("Tamsan Spring, Old", merged.get("tamsan-spring").orElseThrow().nameEn());
  }

  @Test
  void badCsvRowsAreReportedWithFileAndLine() throws IOException {
    KbImport.Summary s = run(csv);
    assertEquals(6, s.problems().size(), s.problems().toString());
    assertTrue(problem(s, csv + ":6").contains("is not ROLE@ORG@FROM..TO"));
    assertTrue(problem(s, csv + ":7").contains("unknown type 'SHIP'"));
    assertTrue(problem(s, csv + ":8").contains("duplicate id 'tamsan-market'"));
    assertTrue(problem(s, csv + ":9").contains("shipped entry"));
    assertTrue(problem(s, csv + ":10").contains("expected 12 comma-separated fields"));
    assertTrue(problem(s, csv + ":11").contains("outside LBY"));
  }

  @Test
  void importingAgainUpdatesInPlaceAndKeepsTheUsersLines() throws IOException {
    run(geonames);
    Path places = kb.resolve("places.tsv");
    Files.writeString(places, Files.readString(places, UTF_8) + "# my own note\n"
        + "my-well\twater\tMy Well\tبئري\t\tLBY\t\t30.1\t12.1\n", UTF_8);
    KbImport.Summary again = run(geonames);
    assertEquals(0, again.added());
    assertEquals(3, again.updated());
    String text = Files.readString(places, UTF_8);
    assertTrue(text.contains("# my own note\nmy-well\t"), text);
    assertEquals(1, text.split("gn-9100001\t", -1).length - 1, text);
    assertEquals(List.of(), KnowledgeBase.withUserDir(kb).validate());
  }

  @Test
  void aUserKnowledgeBaseWithProblemsIsLeftAlone() throws IOException {
    Files.createDirectories(kb);
    String broken = "x\tcity\tX\tإكس\t\tLBY\t\t95\t13\n";
    Files.writeString(kb.resolve("places.tsv"), broken, UTF_8);
    KbImport.Summary s = run(geonames, csv);
    assertTrue(s.refused().contains("places.tsv:1: bad coordinates"), s.refused());
    assertFalse(s.written());
    assertEquals(broken, Files.readString(kb.resolve("places.tsv"), UTF_8));
    assertFalse(Files.exists(kb.resolve("actors.tsv")));
  }

  @Test
  void dryRunWritesNothing() throws IOException {
    KbImport.Summary s = KbImport.run(kb, List.of(geonames, csv), null, 0, true);
    assertEquals(7, s.added());
    assertFalse(s.written());
    assertFalse(Files.exists(kb));
  }

  @Test
  void minimumPopulationAppliesToPopulatedPlaces() throws IOException {
    KbImport.Summary s = KbImport.run(kb, List.of(geonames), null, 10_000, false);
    assertEquals(2, s.added()); // the town and the airfield
    assertEquals(5, s.skipped()); // and the village of 3,200 people, twice
    assertEquals(3, s.problems().size());
  }

  @Test
  void headedGeoNamesExtractsAreReadByColumnName() throws IOException {
    Path f = tmp.resolve("extract.tsv");
    Files.writeString(f, "geonameid\tname\tarabic_names\tlat\tlon\tfeature_code\tcountry\tadmin1"
        + "\tpopulation\n9100020\tTamsan Gharb\tتمسان الغربية|غرب تمسان\t30.51\t12.01\tPPLA2\tLY"
        + "\t30\t120000\n", UTF_8);
    KbImport.Summary s = run(f);
    assertEquals(1, s.added(), s.toString());
    KbEntry e = KnowledgeBase.withUserDir(kb).get("gn-9100020").orElseThrow();
    assertEquals("city", e.placeKind());
    assertEquals(List.of("تمسان الغربية", "غرب تمسان"), e.forms());
  }

  @Test
  void aMissingFileIsReportedAndTheOthersImported() throws IOException {
    KbImport.Summary s = run(tmp.resolve("nope.txt"), csv);
    assertEquals(tmp.resolve("nope.txt") + ": no such file", s.problems().get(0));
    assertEquals(4, s.added());
  }

  @Test
  void shippedIdsWinWhenAUserFileClashes() throws IOException {
    Files.createDirectories(kb);
    Files.writeString(kb.resolve("actors.tsv"), "haftar\tPERSON\tSomeone\tشخص\t\tLBY\tGOV\t\n",
        UTF_8);
    KnowledgeBase merged = KnowledgeBase.withUserDir(kb);
    assertEquals("Khalifa Haftar", merged.get("haftar").orElseThrow().nameEn());
    assertEquals(1, merged.validate().size());
    assertTrue(merged.validate().get(0).endsWith("actors.tsv:1: id 'haftar' is a shipped"
        + " entry's; the shipped entry is kept"), merged.validate().toString());
  }
}
