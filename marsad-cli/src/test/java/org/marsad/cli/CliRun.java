package org.marsad.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One in-process run of {@code marsad}: exit status, standard output and standard error. */
record CliRun(int exit, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.commandLine()
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** Runs with the process's standard input and output replaced; stdout is what it wrote there. */
  static CliRun withStdio(byte[] stdin, String... args) {
    InputStream oldIn = System.in;
    PrintStream oldOut = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setIn(new ByteArrayInputStream(stdin));
      System.setOut(new PrintStream(bytes, true, UTF_8));
      CliRun r = of(args);
      return new CliRun(r.exit, bytes.toString(UTF_8), r.err);
    } finally {
      System.setIn(oldIn);
      System.setOut(oldOut);
    }
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  /** Errors are one-line messages, never stack traces. */
  void assertNoStackTrace() {
    assertAll(
        () -> assertFalse(err.contains("Exception"), err),
        () -> assertFalse(err.contains("\tat "), err),
        () -> assertFalse(out.contains("Exception"), out));
  }
}
