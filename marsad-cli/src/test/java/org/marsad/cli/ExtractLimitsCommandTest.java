package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code marsad extract --threads / --doc-timeout / --max-chars}. */
class ExtractLimitsCommandTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("marsad.root", "..")).resolve("examples");

  @TempDir Path dir;

  @Test
  void helpNamesTheLimitsAndThreads() {
    CliRun r = CliRun.of("extract", "--help");
    for (String s : List.of("--threads", "--doc-timeout", "60000", "--max-chars", "100000")) {
      assertTrue(r.out().contains(s), () -> "expected " + s + " in: " + r.out());
    }
  }

  /** Option, bad value, the usage error's start: shared by the commands that take the limits. */
  static Stream<Arguments> badLimits() {
    return Stream.of(
        Arguments.of("--threads", "0", "--threads must be at least 1: 0"),
        Arguments.of("--doc-timeout", "-5", "--doc-timeout must not be negative: -5"),
        Arguments.of("--max-chars", "0", "--max-chars must be positive: 0"),
        Arguments.of("--max-size", "-1", "--max-size must be positive: -1"));
  }

  @ParameterizedTest
  @MethodSource("badLimits")
  void badLimitsAreUsageErrors(String option, String value, String message) {
    CliRun r = CliRun.of("extract", option, value, EXAMPLES.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith(message), r.err());
    r.assertNoStackTrace();
  }

  @Test
  void twoThreadsWriteWhatOneThreadWrites() throws IOException {
    Path one = dir.resolve("one.jsonl");
    Path two = dir.resolve("two.jsonl");
    CliRun r1 = CliRun.of("extract", "--threads", "1", "--out", one.toString(),
        EXAMPLES.toString());
    CliRun r2 = CliRun.of("extract", "-j", "2", "--out", two.toString(), EXAMPLES.toString());
    assertEquals(0, r1.exit(), r1.err());
    assertEquals(r1.exit(), r2.exit());
    assertEquals(r1.err(), r2.err());
    assertTrue(Files.size(one) > 1000);
    assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
  }

  @Test
  void aLongTextIsReportedAsAnalysedInPart() throws IOException {
    Path f = dir.resolve("long.txt");
    Files.writeString(f, "قال الوزير إن مصر تدعم الحل السياسي في ليبيا. ".repeat(200));
    CliRun r = CliRun.of("extract", "--max-chars", "1000", "--out",
        dir.resolve("out.jsonl").toString(), f.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.errLines().get(0).endsWith(
        "entities, claims and events read from the first 1,000 only (raise the limit with"
            + " --max-chars)"), r.err());
    assertEquals("marsad: 1 file read, 1 record written, 0 failed, 1 analysed in part",
        r.errLines().get(1));
  }
}
