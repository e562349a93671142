package org.marsad.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.export.EventExport;
import org.marsad.export.EventSelection;
import org.marsad.model.Document;
import org.marsad.model.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad export --format F RECORDS...}: the events of records in an analysts' format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Reads records written by 'marsad extract' (JSON Lines; - for standard input) and writes"
          + " their events as PLOVER JSON Lines (plover), ACLED-style CSV (acled-csv) or"
          + " tab-separated values in POLECAT's field layout (polecat) to standard output or"
          + " --out.",
      "Negated and hypothetical events are left out unless asked for. Each bad record gets one"
          + " line on standard error naming the file and line; the good ones are still exported"
          + " and the exit status is 1."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      completionCandidates = Formats.class,
      description = "Output format: ${COMPLETION-CANDIDATES}.")
  String format;

  @Parameters(arity = "1..*", paramLabel = "RECORDS",
      description = "Files of records (JSON Lines), or - for standard input.")
  List<String> inputs;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write to FILE (written whole or not at all) instead of stdout; - is stdout.")
  String out;

  @Option(names = "--include-negated", description = "Also export negated events.")
  boolean includeNegated;

  @Option(names = "--include-hypothetical",
      description = "Also export hypothetical events (conditional, threatened, planned).")
  boolean includeHypothetical;

  @Option(names = "--bom",
      description = "Start the CSV with a byte-order mark, for spreadsheet programs.")
  boolean bom;

  /** What one run read and wrote. */
  private static final class Tally {
    int records;
    int events;
    int failed;

    String line() {
      return "marsad: " + records + " record" + (records == 1 ? "" : "s") + " read, " + events
          + " event" + (events == 1 ? "" : "s") + " exported, " + failed + " failed";
    }
  }

  @Override
  public Integer call() {
    EventExport export;
    try {
      export = EventExport.named(format,
          new EventSelection(includeNegated, includeHypothetical), bom);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    Tally tally = new Tally();
    try {
      if (out == null || out.equals("-")) {
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        exportAll(export, w, err, tally);
        w.flush();
      } else {
        OutputFile.write(Path.of(out), w -> {
          exportAll(export, w, err, tally);
          return null;
        });
      }
    } catch (IOException e) {
      err.println("marsad: cannot write " + (out == null ? "standard output" : out) + ": "
          + OutputFile.describe(e instanceof WriteFailure f ? (IOException) f.getCause() : e));
      err.flush();
      return 1;
    }
    err.println(tally.line());
    err.flush();
    return tally.failed > 0 ? 1 : 0;
  }

  private void exportAll(EventExport export, Writer w, PrintWriter err, Tally tally)
      throws IOException {
    try {
      export.begin(w);
    } catch (IOException e) {
      throw new WriteFailure(e);
    }
    for (String input : inputs) {
      String name = input.equals("-") ? "standard input" : input;
      try (BufferedReader r = open(input)) {
        RecordLines.each(r, (n, line) -> {
          Document doc;
          int events;
          try {
            doc = RecordJson.parse(line);
            events = export.write(doc, w);
          } catch (IllegalArgumentException e) {
            err.println("marsad: " + name + ":" + n + ": " + e.getMessage());
            tally.failed++;
            return;
          } catch (IOException e) {
            throw new WriteFailure(e);
          }
          tally.records++;
          tally.events += events;
        });
      } catch (WriteFailure e) {
        throw e;
      } catch (CharacterCodingException e) {
        err.println("marsad: " + name + ": not UTF-8 text");
        tally.failed++;
      } catch (IOException e) {
        err.println("marsad: " + name + ": " + OutputFile.describe(e));
        tally.failed++;
      }
    }
  }

  /** A failure to write the output, told apart from a failure to read an input. */
  private static final class WriteFailure extends IOException {
    WriteFailure(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private static BufferedReader open(String input) throws IOException {
    InputStream in;
    if (input.equals("-")) {
      in = System.in;
    } else {
      Path p = Path.of(input);
      if (Files.isDirectory(p)) {
        throw new IOException("a folder, not a file of records");
      }
      in = Files.newInputStream(p);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  static final class Formats implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return EventExport.FORMATS.iterator();
    }
  }
}
