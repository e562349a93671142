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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.store.Store;

/**
 * {@code marsad ingest} takes the same per-document limits and user knowledge base as {@code
 * marsad extract}.
 */
class IngestLimitsCommandTest {
  @TempDir Path dir;

  @Test
  void helpNamesTheLimitsAndTheKnowledgeBase() {
    CliRun r = CliRun.of("ingest", "--help");
    for (String s : List.of("--max-size", "--doc-timeout", "60000", "--max-chars", "100000",
        "--kb-dir")) {
      assertTrue(r.out().contains(s), () -> "expected " + s + " in: " + r.out());
    }
  }

  @ParameterizedTest
  @MethodSource("org.marsad.cli.ExtractLimitsCommandTest#badLimits")
  void badLimitsAreUsageErrorsAndCreateNoStore(String option, String value, String message) {
    Path db = dir.resolve("db");
    CliRun r = CliRun.of("ingest", "--db", db.toString(), option, value,
        IngestCommandTest.EXAMPLES.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith(message), r.err());
    r.assertNoStackTrace();
    assertFalse(Files.exists(db));
  }

  @Test
  void aLongTextIsStoredWholeAndReportedAsAnalysedInPart() throws IOException {
    Path f = dir.resolve("long.txt");
    String text = "قال الوزير إن مصر تدعم الحل السياسي في ليبيا. ".repeat(200);
    Files.writeString(f, text);
    Path db = dir.resolve("db");
    CliRun r = CliRun.of("ingest", "--db", db.toString(), "--progress", "none", "--max-chars",
        "1000", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains(
        "entities, claims and events read from the first 1,000 only (raise the limit with"
            + " --max-chars)"), r.err());
    assertTrue(r.err().contains("1 article stored, 0 already in the store, 0 failed, 1 analysed"
        + " in part"), r.err());
    try (Store s = Store.open(db)) {
      assertEquals(1, s.count());
    }
  }

  @Test
  void aMissingKnowledgeBaseFolderIsReportedBeforeAnythingIsStored() {
    Path kb = dir.resolve("no-such-kb");
    Path db = dir.resolve("db");
    CliRun r = CliRun.of("ingest", "--db", db.toString(), "--kb-dir", kb.toString(),
        IngestCommandTest.EXAMPLES.toString());
    assertEquals(2, r.exit(), r.err());
    r.assertNoStackTrace();
    assertTrue(r.err().startsWith("marsad: cannot read the knowledge base in " + kb), r.err());
    assertFalse(Files.exists(db));
  }
}
