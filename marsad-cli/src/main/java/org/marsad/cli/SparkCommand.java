package org.marsad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad spark}: listed here so that {@code marsad --help} and {@code marsad help spark}
 * show it, but run from the Spark job's own jar (the only one with Spark on its class path):
 * the {@code marsad} script starts that jar for {@code marsad spark ...}. Reached in this jar
 * (through {@code java -jar marsad.jar spark}), it says how to start the job.
 */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the pipeline on Apache Spark over many articles and writes Parquet tables"
          + " (documents, entities, events, claims, errors, stories, contradictions) under OUT,"
          + " partitioned by publication month.",
      "Usage: marsad spark --input IN [--input IN2 ...] --output OUT [--overwrite]"
          + " [--master URL] [--max-size BYTES] [--max-chars N] [--doc-timeout MS] [--slices N]",
      "An OUT that holds anything is refused unless --overwrite is given. The job runs from"
          + " its own jar (marsad-spark/target/marsad-spark.jar), which the ./marsad script"
          + " starts; './marsad spark --help' describes every option."
    })
final class SparkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "ARG", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("marsad: the Spark job runs from its own jar: start it with './marsad spark"
        + " --input IN --output OUT' from the repository (or spark-submit --class"
        + " org.marsad.spark.SparkMain marsad-spark/target/marsad-spark.jar ...)");
    err.flush();
    return 2;
  }
}
