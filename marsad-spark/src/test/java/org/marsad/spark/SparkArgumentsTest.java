package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.Limits;

/** The Spark job's command line and its output folder, checked before Spark starts any work. */
class SparkArgumentsTest {
  @TempDir Path dir;

  @Test
  void argumentsAreChecked() {
    SparkMain.Args a = SparkMain.Args.parse(new String[] {"--input", "a", "-i", "b",
        "--output", "o", "--master", "local[1]", "--slices", "3"});
    assertEquals(List.of("a", "b"), a.settings().inputs());
    assertEquals(3, a.settings().slices());
    assertEquals(Limits.DEFAULT, a.settings().limits());
    assertFalse(a.overwrite());
    SparkMain.Args limited = SparkMain.Args.parse(new String[] {"-i", "a", "-o", "o",
        "--max-size", "1000", "--max-chars", "500", "--doc-timeout", "0"});
    assertEquals(new Limits(1000, 500, Duration.ZERO), limited.settings().limits());
    for (String[] bad : List.of(new String[] {"--output", "o"}, new String[] {"--input", "a"},
        new String[] {"--input"}, new String[] {"--input", "a", "--output", "o", "--x", "1"},
        new String[] {"--input", "a", "--output", "o", "--slices", "many"},
        new String[] {"--input", "a", "--output", "o", "--max-chars", "0"},
        new String[] {"--input", "a", "--output", "o", "--doc-timeout", "-1"},
        new String[] {"--input", "a", "--output", "o", "--max-size", "0"})) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> SparkMain.Args.parse(bad), () -> "accepted " + List.of(bad));
      assertTrue(e.getMessage().length() > 5);
    }
  }

  @Test
  void helpListsEveryOptionAndNeedsNoOther() {
    SparkMain.Args a = SparkMain.Args.parse(new String[] {"--help"});
    assertTrue(a.help());
    assertTrue(SparkMain.Args.parse(new String[] {"-i", "x", "-h"}).help());
    for (String option : List.of("--input", "--output", "--overwrite", "--master", "--max-size",
        "--max-chars", "--doc-timeout", "--slices", "--help")) {
      assertTrue(SparkMain.Args.HELP.contains(option), option);
    }
  }

  @Test
  void overwriteIsAFlag() {
    SparkMain.Args a = SparkMain.Args.parse(new String[] {"--overwrite", "-i", "a", "-o", "o"});
    assertTrue(a.overwrite());
    assertEquals("o", a.settings().output());
  }

  @Test
  void anOutputFolderThatHoldsAnythingIsRefusedUnlessOverwriteIsGiven() throws IOException {
    Configuration conf = new Configuration();
    Path out = dir.resolve("out");
    assertDoesNotThrow(() -> OutputFolder.check(out.toString(), false, conf), "a new folder");
    Files.createDirectories(out);
    assertDoesNotThrow(() -> OutputFolder.check(out.toString(), false, conf), "an empty folder");
    Files.createDirectories(out.resolve("documents"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OutputFolder.check(out.toString(), false, conf));
    assertTrue(e.getMessage().contains(out.toString()) && e.getMessage().contains("--overwrite"),
        e.getMessage());
    assertDoesNotThrow(() -> OutputFolder.check(out.toString(), true, conf));
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertThrows(IllegalArgumentException.class,
        () -> OutputFolder.check(file.toString(), true, conf), "a file is never a folder");
  }
}
