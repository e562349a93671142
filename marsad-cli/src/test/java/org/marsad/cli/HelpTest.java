package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every command is listed by {@code marsad --help} and described by {@code marsad help NAME}. */
class HelpTest {
  static final List<String> COMMANDS = List.of("extract", "export", "ingest", "attach", "serve",
      "demo", "bench", "train-ner", "eval-ner", "kb", "stories", "contradictions", "corroborate",
      "graph", "corpus-bench", "store-bench", "spark", "build-common-nouns", "train-detector",
      "train-clusters", "build-name-list");

  @Test
  void everyCommandIsListedAndHasItsHelp() {
    CliRun all = CliRun.of("--help");
    assertEquals(0, all.exit());
    for (String name : COMMANDS) {
      assertTrue(all.out().lines().anyMatch(l -> l.strip().startsWith(name + " ")
          || l.strip().equals(name)), name + " is listed: " + all.out());
      CliRun one = CliRun.of("help", name);
      assertEquals(0, one.exit(), name + ": " + one.err());
      assertTrue(one.out().contains("marsad " + name), one.out());
    }
    assertEquals(COMMANDS.size() + 1, Main.commandLine().getSubcommands().size(),
        "every command (and help) is in this list");
  }

  @Test
  void sparkIsListedAndPointsToTheJobsOwnJar() {
    CliRun help = CliRun.of("help", "spark");
    assertTrue(help.out().contains("--output") && help.out().contains("--overwrite"),
        help.out());
    CliRun run = CliRun.of("spark", "--input", "x", "--output", "y");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("./marsad spark"), run.err());
  }
}
