package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Filter;
import org.marsad.store.Store;

/** {@code marsad ingest}, run in-process into a real store. */
class IngestCommandTest {
  static final Path EXAMPLES = Path.of(System.getProperty("marsad.root", ".."), "examples");

  @TempDir Path dir;

  @Test
  void storesTheExamplesOnceAndReportsBadFiles() throws IOException {
    Path bad = dir.resolve("empty.txt");
    Files.writeString(bad, "");
    Path db = dir.resolve("db");
    CliRun first = CliRun.of("ingest", "--db", db.toString(), EXAMPLES.toString(), bad.toString());
    assertEquals(1, first.exit(), first.err());
    first.assertNoStackTrace();
    assertTrue(first.err().contains("empty.txt"), first.err());
    assertTrue(first.err().contains("8 articles stored"), first.err());

    CliRun again = CliRun.of("ingest", "--db", db.toString(), EXAMPLES.toString());
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.err().contains("0 articles stored, 8 already in the store"), again.err());
    try (Store s = Store.open(db)) {
      assertEquals(8, s.count());
      assertEquals(List.of(), s.verify());
      assertTrue(s.search("حفتر", Filter.NONE, 0, 5).total() > 0);
    }
  }

  @Test
  void aStoreInUseIsReportedWithoutAStackTrace() {
    Path db = dir.resolve("db");
    try (Store s = Store.open(db)) {
      CliRun r = CliRun.of("ingest", "--db", db.toString(), EXAMPLES.toString());
      assertEquals(2, r.exit());
      r.assertNoStackTrace();
      assertTrue(r.err().contains("in use by another process"), r.err());
      assertEquals(0, s.count());
    }
  }

  @Test
  void theManifestGivesStoredArticlesTheirMetadataAndABadOneStopsTheIngest() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "افتتاح سوق جديد\n\nافتتحت البلدية سوقا جديدا"
        + " للخضار في وسط المدينة صباح اليوم.\n");
    Path manifest = dir.resolve("m.csv");
    Files.writeString(manifest, "file,url,outlet,date\na.txt,,صحيفة المدينة,2021-03-12\n");
    Path db = dir.resolve("db");

    CliRun r = CliRun.of("ingest", "--db", db.toString(), "--manifest", manifest.toString(),
        in.toString());

    assertEquals(0, r.exit(), r.err());
    try (Store s = Store.open(db)) {
      var doc = s.document("a").orElseThrow();
      assertEquals("صحيفة المدينة", doc.source().outlet());
      assertEquals("2021-03-12", doc.published().value());
      assertEquals("manifest", doc.published().basis());
    }
    Files.writeString(manifest, "file,url,outlet\na.txt,,صحيفة المدينة\n");
    CliRun bad = CliRun.of("ingest", "--db", dir.resolve("db2").toString(), "--manifest",
        manifest.toString(), in.toString());
    assertEquals(2, bad.exit(), bad.err());
    assertTrue(bad.err().contains(manifest + ":1: missing column 'date'"), bad.err());
  }
}
