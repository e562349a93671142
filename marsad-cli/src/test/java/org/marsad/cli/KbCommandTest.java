package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KbCommandTest {
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
  void lookupOfAnUnknownNameFails() {
    assertEquals(1, CliRun.of("kb", "lookup", "xyzzy-no-such-entry").exit());
  }

  @Test
  void listByKind() {
    CliRun r = CliRun.of("kb", "list", "--kind", "outlet");
    assertTrue(r.out().lines().count() > 100);
    assertTrue(r.out().lines().allMatch(l -> l.split("\t")[1].equals("outlet")));
  }
}
