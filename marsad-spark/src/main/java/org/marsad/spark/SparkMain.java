package org.marsad.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * {@code marsad spark --input IN [--input IN2 ...] --output OUT [--overwrite] [--master URL]
 * [--max-size BYTES] [--slices N]}: runs {@link MarsadJob}, then {@link CrossDocument} on its
 * tables. Without {@code --master}, the master is the one spark-submit gives. An output folder
 * that holds anything is refused unless {@code --overwrite} is given ({@link OutputFolder}). Exit
 * status 0 when every input was read, 1 when some failed (listed in the {@code errors} table and
 * on standard error), 2 for bad arguments; {@code --help} prints {@link Args#HELP}.
 */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String[] args) {
    MarsadJob.Settings settings;
    String master;
    boolean overwrite;
    try {
      Args a = Args.parse(args);
      if (a.help()) {
        System.out.println(Args.HELP);
        System.exit(0);
        return;
      }
      settings = a.settings();
      master = a.master();
      overwrite = a.overwrite();
    } catch (IllegalArgumentException e) {
      System.err.println("marsad spark: " + e.getMessage());
      System.err.println(Args.USAGE);
      System.exit(2);
      return;
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
      System.err.println("marsad spark: " + e.getMessage());
      System.exit(2);
      return;
    }
    try {
      summary = MarsadJob.run(spark, settings);
      cross = CrossDocument.run(spark, settings.output());
    } finally {
      spark.stop();
    }
    summary.errors().forEach(e -> System.err.println("marsad: " + e));
    if (summary.failed() > summary.errors().size()) {
      System.err.println("marsad: ... " + (summary.failed() - summary.errors().size())
          + " more in the errors table");
    }
    System.err.println(summary.line() + "; " + cross[0] + " stories, " + cross[1]
        + " contradictions");
    System.exit(summary.failed() > 0 ? 1 : 0);
  }

  /** The command line; {@code help} when it asks for {@link #HELP} (nothing else is read). */
  record Args(MarsadJob.Settings settings, String master, boolean overwrite, boolean help) {
    static final String USAGE = "usage: marsad spark --input PATH [--input PATH ...] --output PATH"
        + " [--overwrite] [--master URL] [--max-size BYTES] [--slices N]";
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
        + "      --slices N       the number of tasks (default: four per core, at most one a file)\n"
        + "  -h, --help           this help\n\n"
        + "Exit status: 0 when every input was read, 1 when some failed, 2 for bad arguments.";

    static Args parse(String[] args) {
      List<String> inputs = new ArrayList<>();
      String output = null;
      String master = null;
      long maxSize = 4L << 20;
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
          case "--slices" -> slices = (int) number(name, value);
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      return new Args(new MarsadJob.Settings(inputs, output, maxSize, slices), master, overwrite,
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
