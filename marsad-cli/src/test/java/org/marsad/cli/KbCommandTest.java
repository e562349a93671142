package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.RecordJson;

class KbCommandTest {
  @TempDir Path tmp;

  /** GeoNames dump rows written for this test: one good village, one outside its country. */
  private static final String GEONAMES = String.join("\t", "9100001", "Al Arban", "Al Arban",
      "Al-Arban,العربان,عربان", "31.9712", "12.9854", "P", "PPL", "LY", "", "30", "", "", "",
      "3200", "", "120", "Africa/Tripoli", "2024-05-01") + "\n"
      + String.join("\t", "9100005", "Ras Tamsan", "Ras Tamsan", "رأس تمسان", "48.8", "2.3", "T",
      "CAPE", "LY", "", "", "", "", "", "0", "", "0", "Africa/Tripoli", "2024-05-01") + "\n";
  private static final String CSV = "id,type,name_en,name_ar,variants_ar,country,lat,lon\n"
      + "tamsan-market,facility,Tamsan Market,سوق تمسان,,LY,30.52,12.11\n";

  @Test
  void validateReportsNoProblems() {
    CliRun r = CliRun.of("kb", "validate");
    assertEquals(0, r.exit(), r.out());
    assertTrue(r.out().contains("0 problems"), r.out());
  }

  @Test
  void lookupFindsSpellingVariants() {
    CliRun r = CliRun.of("kb", "lookup", "فايز السراج");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("sarraj\t"), r.out());
    assertTrue(r.out().contains("Presidential Council"), r.out());
  }

  @Test
  void lookupOfAnUnknownNameSaysSoAndFails() {
    CliRun r = CliRun.of("kb", "lookup", "xyzzy-no-such-entry");
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("marsad: no entry matches 'xyzzy-no-such-entry'"), r.err());
  }

  @Test
  void listByKind() {
    CliRun r = CliRun.of("kb", "list", "--kind", "outlet");
    assertTrue(r.out().lines().count() > 100);
    assertTrue(r.out().lines().allMatch(l -> l.split("\t")[1].equals("outlet")));
  }

  @Test
  void importWarnsOfBadRowsLeavesThemOutAndWritesTheGoodOnes() throws IOException {
    Path gn = Files.writeString(tmp.resolve("LY.txt"), GEONAMES);
    Path csv = Files.writeString(tmp.resolve("mine.csv"), CSV);
    Path dir = tmp.resolve("kb");
    CliRun r = CliRun.of("kb", "import", "--kb-dir", dir.toString(), gn.toString(),
        csv.toString());
    assertEquals(0, r.exit(), r.err());
    r.assertNoStackTrace();
    assertEquals(List.of("marsad: warning: " + gn + ":2: gn-9100005 (48.8, 2.3) is outside LBY"),
        r.errLines());
    assertTrue(r.out().startsWith("2 added, 0 updated, 0 already known, 0 skipped, 1 bad;"),
        r.out());
    CliRun v = CliRun.of("kb", "validate", "--kb-dir", dir.toString());
    assertEquals(0, v.exit(), v.out());
    CliRun l = CliRun.of("kb", "lookup", "--kb-dir", dir.toString(), "العربان");
    assertTrue(l.out().startsWith("gn-9100001\tplace\tLOCATION\tAl Arban\tالعربان\tLBY"),
        l.out());
  }

  @Test
  void strictImportFailsOnABadRowAndStillWritesTheGoodOnes() throws IOException {
    Path gn = Files.writeString(tmp.resolve("LY.txt"), GEONAMES);
    Path dir = tmp.resolve("kb");
    CliRun r = CliRun.of("kb", "import", "--strict", "--kb-dir", dir.toString(), gn.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals(List.of("marsad: " + gn + ":2: gn-9100005 (48.8, 2.3) is outside LBY"),
        r.errLines());
    assertTrue(r.out().contains("; written to " + dir), r.out());
  }

  @Test
  void importOfAFileWithBrokenQuotingFails() throws IOException {
    Path broken = Files.writeString(tmp.resolve("broken.csv"), "id,type,name_ar\n\"x,y\n");
    CliRun r = CliRun.of("kb", "import", "--kb-dir", tmp.resolve("kb").toString(),
        broken.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals(List.of("marsad: " + broken + ": line 2: a quoted field is not closed"),
        r.errLines());
  }

  @Test
  void importOfAFileThatCannotBeReadFails() throws IOException {
    Path csv = Files.writeString(tmp.resolve("mine.csv"), CSV);
    Path missing = tmp.resolve("missing.csv");
    CliRun r = CliRun.of("kb", "import", "--kb-dir", tmp.resolve("kb").toString(),
        missing.toString(), csv.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals(List.of("marsad: " + missing + ": no such file"), r.errLines());
  }

  @Test
  void importDryRunWritesNothing() throws IOException {
    Path csv = Files.writeString(tmp.resolve("mine.csv"), CSV);
    CliRun r = CliRun.of("kb", "import", "--dry-run", "--kb-dir", tmp.resolve("kb").toString(),
        csv.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("(dry run: nothing written)"), r.out());
    assertFalse(Files.exists(tmp.resolve("kb")));
  }

  @Test
  void extractLinksTheUserKnowledgeBase() throws IOException {
    Path dir = tmp.resolve("kb");
    Path csv = Files.writeString(tmp.resolve("mine.csv"), CSV);
    assertEquals(0, CliRun.of("kb", "import", "--kb-dir", dir.toString(), csv.toString()).exit());
    Path article = Files.writeString(tmp.resolve("a.txt"),
        "اندلع حريق في سوق تمسان صباح الأحد وقال شهود إن النيران امتدت إلى محلات قريبة.");
    Path out = tmp.resolve("out.jsonl");
    CliRun r = CliRun.of("extract", "--kb-dir", dir.toString(), "--out", out.toString(),
        article.toString());
    assertEquals(0, r.exit(), r.err());
    Document d = RecordJson.parse(Files.readAllLines(out).get(0));
    assertTrue(d.entities().stream().map(Entity::kb).anyMatch("tamsan-market"::equals),
        d.entities().toString());
    CliRun without = CliRun.of("extract", "--out", out.toString(), article.toString());
    assertEquals(0, without.exit());
    assertFalse(Files.readString(out).contains("tamsan-market"));
  }

  @Test
  void aMissingKnowledgeBaseFolderIsAnError() {
    CliRun r = CliRun.of("extract", "--kb-dir", tmp.resolve("none").toString(), tmp.toString());
    assertEquals(2, r.exit());
    r.assertNoStackTrace();
    assertTrue(r.err().startsWith("marsad: cannot read the knowledge base in "), r.err());
  }

  @Test
  void importIntoAFileIsRefused() throws IOException {
    Path file = Files.writeString(tmp.resolve("plain"), "x");
    Path csv = Files.writeString(tmp.resolve("mine.csv"), CSV);
    CliRun r = CliRun.of("kb", "import", "--kb-dir", file.toString(), csv.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("is not a folder"), r.err());
  }
}
