package org.marsad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad}: Arabic news to source-attributed knowledge. */
@Command(
    name = "marsad",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Reads Arabic news and turns it into source-attributed records.",
    subcommands = {
      ExtractCommand.class,
      ExportCommand.class,
      IngestCommand.class,
      AttachCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      BenchCommand.class,
      NerCommands.Train.class,
      NerCommands.Eval.class,
      CommonNounsCommand.class,
      ClustersCommand.class,
      NameListCommand.class,
      TrainDetectorCommand.class,
      KbCommand.class,
      CorpusCommands.StoriesCommand.class,
      CorpusCommands.ContradictionsCommand.class,
      CorpusCommands.CorroborateCommand.class,
      CorpusCommands.GraphCommand.class,
      CorpusCommands.CorpusBenchCommand.class,
      StoreBenchCommand.class,
      SparkCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests to run in-process. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(Main::inputOutputFailure);
  }

  /**
   * A file a command could not read or write is one line naming it and saying why (exit status
   * 2), never a stack trace; other failures are thrown on.
   */
  static int inputOutputFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed)
      throws Exception {
    IOException io = e instanceof IOException x ? x
        : e instanceof UncheckedIOException u ? u.getCause() : null;
    if (io == null) {
      throw e;
    }
    String what = io instanceof FileSystemException f && f.getFile() != null
        ? f.getFile() + ": " + OutputFile.describe(io) : OutputFile.describe(io);
    cmd.getErr().println("marsad " + cmd.getCommandName() + ": " + what);
    cmd.getErr().flush();
    return 2;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"marsad " + (v == null ? "dev" : v)};
    }
  }
}
