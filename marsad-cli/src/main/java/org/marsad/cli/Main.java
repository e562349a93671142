package org.marsad.cli;

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
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
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
