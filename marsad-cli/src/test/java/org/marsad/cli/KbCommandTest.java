package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class KbCommandTest {
  private record Run(int code, String out) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    int code = cl.execute(args);
    return new Run(code, out.toString());
  }

  @Test
  void validateReportsNoProblems() {
    Run r = run("kb", "validate");
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains("0 problems"), r.out());
  }

  @Test
  void lookupFindsSpellingVariants() {
    Run r = run("kb", "lookup", "فايز السراج");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("sarraj\t"), r.out());
    assertTrue(r.out().contains("Presidential Council"), r.out());
  }

  @Test
  void lookupOfAnUnknownNameFails() {
    assertEquals(1, run("kb", "lookup", "xyzzy-no-such-entry").code());
  }

  @Test
  void listByKind() {
    Run r = run("kb", "list", "--kind", "outlet");
    assertTrue(r.out().lines().count() > 100);
    assertTrue(r.out().lines().allMatch(l -> l.split("\t")[1].equals("outlet")));
  }
}
