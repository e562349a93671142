package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench}, {@code serve} and {@code demo}, run in-process. */
class WorkbenchCommandsTest {
  static final Path EXAMPLES = Path.of(System.getProperty("marsad.root", ".."), "examples");
  @TempDir Path dir;

  @Test
  void benchMeasuresASmallStoreAndReportsEveryFigure() {
    Path db = dir.resolve("bench");
    CliRun r = CliRun.of("store-bench", "--db", db.toString(), "--records", "24", "--searches", "20",
        "--requests", "40", "--concurrency", "2", EXAMPLES.toString());
    assertEquals(0, r.exit(), r.err());
    for (String figure : new String[] {"pipeline alone:", "ingest: 24 records stored",
        "search: 20 queries, median", "mixed search and detail", "0 errors", "huge header=HTTP/1.1 431"}) {
      assertTrue(r.out().contains(figure), figure + " in\n" + r.out());
    }
    CliRun again = CliRun.of("store-bench", "--db", db.toString(), EXAMPLES.toString());
    assertEquals(2, again.exit());
    assertTrue(again.err().contains("--reuse"), again.err());
  }

  @Test
  void demoReportsMissingExamples() {
    Path db = dir.resolve("db");
    CliRun demo = CliRun.of("demo", "--db", db.toString(), "--examples", dir.resolve("none").toString());
    assertEquals(2, demo.exit());
    assertTrue(demo.err().contains("--examples"), demo.err());
  }

  @Test
  void attachNamesAFolderWithoutTheSparkTables() {
    CliRun r = CliRun.of("attach", "--db", dir.resolve("db").toString(),
        dir.resolve("not-spark").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("not-spark: no documents table"), r.err());
    r.assertNoStackTrace();
  }
}
