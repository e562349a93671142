package org.marsad.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.marsad.ingest.Limits;

/**
 * {@code marsad spark --input IN [--input IN2 ...] --output OUT [--overwrite] [--master URL]
 * [--max-size BYTES] [--max-chars N] [--doc-timeout MS] [--slices N]}: runs {@link MarsadJob}, then {@link CrossDocument} on its
 * tables. Without {@code --master}, the master is the one spark-submit gives. An output folder
 * that holds anything is refused unless {@code --overwrite} is given ({@link OutputFolder}). Exit
 * status 0 when every input was read, 1 when some failed (listed in the {@code errors} table and
 * on standard error), 2 for bad arguments; {@code --help} prints {@link Args#HELP}.
 */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    MarsadJob.Settings settings;
    String master;
    boolean overwrite;
    try {
      Args a = Args.parse(args);
      if (a.help()) {
        out.println(Args.HELP);
        return 0;
      }
      settings = a.settings();
      master = a.master();
      overwrite = a.overwrite();
    } catch (IllegalArgumentException e) {
      err.println("marsad spark: " + e.getMessage());
      err.println(Args.USAGE);
      return 2;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("marsad");
    if (master != null) {
      builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    if (master != null) {
      spark.sparkContext().setLogLevel("WARN"); // a local run: progress, not Spark's INFO log
    }
    MarsadJob.Summary summary;
    long[] cross;
    try {
      OutputFolder.check(settings.output(), overwrite, spark.sparkContext().hadoopConfiguration());
    } catch (IllegalArgumentException | IOException e) {
      spark.stop();
      err.println("marsad spark: " + e.getMessage());
      return 2;
    }
    try {
      summary = MarsadJob.run(spark, settings);
      cross = CrossDocument.run(spark, settings.output());
    } finally {
      spark.stop();
    }
    summary.lines().forEach(err::println);
    if (summary.reported() > summary.lines().size()) {
      err.println("marsad: ... " + (summary.reported() - summary.lines().size())
          + " more lines (every problem is in the errors table)");
    }
    err.println(summary.line() + "; " + cross[0] + " stories, " + cross[1]
        + " contradictions");
    err.flush();
    return summary.failed() > 0 ? 1 : 0;
  }

  /** The command line; {@code help} when it asks for {@link #HELP} (nothing else is read). */
  record Args(MarsadJob.Settings settings, String master, boolean overwrite, boolean help) {
    static final String USAGE = "usage: marsad spark --input PATH [--input PATH ...] --output PATH"
        + " [--overwrite] [--master URL] [--max-size BYTES] [--max-chars N] [--doc-timeout MS]"
        + " [--slices N]";
    static final String HELP = USAGE + "\n\n"
        + "Runs the Marsad pipeline on Apache Spark and writes Parquet tables (documents, entities,\n"
        + "events, claims, errors, stories, contradictions) under the output folder, partitioned by\n"
        + "publication month. Paths are local or on any Hadoop file system (hdfs://, s3a://).\n\n"
        + "  -i, --input PATH     a file or folder of text, HTML, JSON Lines or WARC (repeatable)\n"
        + "  -o, --output PATH    the output folder; one that holds anything is refused\n"
        + "      --overwrite      replace the tables in an output folder that is not empty\n"
        + "      --master URL     the Spark master (./marsad spark: local[*]; spark-submit: its own)\n"
        + "      --max-size BYTES a larger file, JSON Lines line or WARC record is not read\n"
        + "                       (default 4194304)\n"
        + "      --max-chars N    read entities, claims and events from at most the first N\n"
        + "                       characters of a text; the record keeps it whole (default 100000)\n"
        + "      --doc-timeout MS give up a document still being processed after MS\n"
        + "                       milliseconds; 0 for no limit (default 60000)\n"
        + "      --slices N       the number of tasks (default: four per core, at most one a file)\n"
        + "  -h, --help           this help\n\n"
        + "Exit status: 0 when every input was read, 1 when some failed, 2 for bad arguments.";

    static Args parse(String[] args) {
      List<String> inputs = new ArrayList<>();
      String output = null;
      String master = null;
      long maxSize = Limits.DEFAULT_MAX_DOCUMENT_BYTES;
      long maxChars = Limits.DEFAULT_MAX_ANALYSED_CHARS;
      long timeout = Limits.DEFAULT_TIMEOUT.toMillis();
      int slices = 0;
      boolean overwrite = false;
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (name.equals("--help") || name.equals("-h")) {
          return new Args(null, null, false, true);
        }
        if (name.equals("--overwrite")) {
          overwrite = true;
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value for " + name);
        }
        String value = args[++i];
        switch (name) {
          case "--input", "-i" -> inputs.add(value);
          case "--output", "-o" -> output = value;
          case "--master" -> master = value;
          case "--max-size" -> maxSize = number(name, value);
          case "--max-chars" -> maxChars = number(name, value);
          case "--doc-timeout" -> timeout = number(name, value);
          case "--slices" -> slices = (int) number(name, value);
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      if (maxSize <= 0) {
        throw new IllegalArgumentException("--max-size must be positive: " + maxSize);
      }
      if (maxChars <= 0 || maxChars > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("--max-chars must be positive: " + maxChars);
      }
      if (timeout < 0) {
        throw new IllegalArgumentException("--doc-timeout must not be negative: " + timeout);
      }
      Limits limits = new Limits(maxSize, (int) maxChars, Duration.ofMillis(timeout));
      return new Args(new MarsadJob.Settings(inputs, output, limits, slices), master, overwrite,
          false);
    }

    private static long number(String name, String value) {
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " needs a number, not " + value);
      }
    }
  }
}
