package org.marsad.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * {@code marsad spark --input IN [--input IN2 ...] --output OUT [--master URL] [--max-size BYTES]
 * [--slices N]}: runs {@link MarsadJob}, then {@link CrossDocument} on its tables. Without {@code --master}, the master is the one
 * spark-submit gives. Exit status 0 when every input was read, 1 when some failed (listed in the
 * {@code errors} table and on standard error), 2 for bad arguments.
 */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String[] args) {
    MarsadJob.Settings settings;
    String master;
    try {
      Args a = Args.parse(args);
      settings = a.settings();
      master = a.master();
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

  /** The command line. */
  record Args(MarsadJob.Settings settings, String master) {
    static final String USAGE = "usage: marsad spark --input PATH [--input PATH ...] --output PATH"
        + " [--master URL] [--max-size BYTES] [--slices N]";

    static Args parse(String[] args) {
      List<String> inputs = new ArrayList<>();
      String output = null;
      String master = null;
      long maxSize = 4L << 20;
      int slices = 0;
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
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
      return new Args(new MarsadJob.Settings(inputs, output, maxSize, slices), master);
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
