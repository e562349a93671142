package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

/**
 * The job: lists the input files on the driver, reads them and runs the pipeline in parallel
 * (one task per slice of files, {@link ReadAndRun}), makes ids unique as {@code marsad extract}
 * does (the second and later records with the same id, in input order, get {@code -2}, {@code
 * -3}, ...), and writes the tables of {@link Tables} as Parquet under {@code output}, each
 * partitioned by publication month, plus an {@code errors} table of the inputs that could not be
 * read or processed ({@code path}, {@code message}).
 */
final class MarsadJob {
  /** What the job was given. */
  record Settings(List<String> inputs, String output, long maxDocumentBytes, int slices) {
    Settings {
      inputs = List.copyOf(inputs);
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("at least one --input is needed");
      }
      if (output == null || output.isBlank()) {
        throw new IllegalArgumentException("--output is needed");
      }
      if (maxDocumentBytes <= 0) {
        throw new IllegalArgumentException("--max-size must be positive: " + maxDocumentBytes);
      }
    }
  }

  /** At most this many problems are brought back to the driver to be shown. */
  static final int SHOWN_ERRORS = 50;

  /**
   * Counts of a run, as {@code marsad extract} reports them, and the first problems ({@code
   * path: message}, at most {@value #SHOWN_ERRORS}; all are in the errors table).
   */
  record Summary(int files, long documents, long failed, List<String> errors) {
    Summary {
      errors = List.copyOf(errors);
    }

    String line() {
      return "marsad spark: " + files + " file" + (files == 1 ? "" : "s") + " read, " + documents
          + " record" + (documents == 1 ? "" : "s") + " written, " + failed + " failed";
    }
  }

  private MarsadJob() {}

  static Summary run(SparkSession spark, Settings settings) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<String> files = InputFiles.list(settings.inputs(), sc.hadoopConfiguration());
    List<Row> indexed = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      indexed.add(RowFactory.create(i, files.get(i)));
    }
    int slices = settings.slices() > 0 ? settings.slices()
        : Math.max(1, Math.min(files.size(), sc.defaultParallelism() * 4));
    JavaRDD<Row> read = sc.parallelize(indexed, slices).mapPartitions(
        new ReadAndRun(new SerializableConfiguration(sc.hadoopConfiguration()),
            settings.maxDocumentBytes()));
    Dataset<Row> all = spark.createDataFrame(read, ReadAndRun.SCHEMA)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> errors = all.filter(col("kind").equalTo("error")).select("path", "message");
      errors.coalesce(1).write().mode(SaveMode.Overwrite).parquet(settings.output() + "/errors");
      Dataset<Row> records = all.filter(col("kind").equalTo("record"))
          .withColumn("n", row_number().over(
              Window.partitionBy("id").orderBy("file_index", "item_index")))
          .select(when(col("n").equalTo(1), col("id"))
              .otherwise(concat(col("id"), lit("-"), col("n").cast(DataTypes.StringType)))
              .as("doc_id"), col("record"))
          // the window's shuffle leaves spark.sql.shuffle.partitions (200) small partitions, and
          // each table write would start a Parquet writer per partition and month: back to the
          // input's number of slices
          .coalesce(slices)
          .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        for (Tables t : Tables.values()) {
          write(records, t, settings.output());
        }
        List<String> shown = errors.limit(SHOWN_ERRORS).collectAsList().stream()
            .map(r -> r.getString(0) + ": " + r.getString(1)).toList();
        return new Summary(files.size(), records.count(), errors.count(), shown);
      } finally {
        records.unpersist();
      }
    } finally {
      all.unpersist();
    }
  }

  private static void write(Dataset<Row> records, Tables t, String output) {
    StructType schema = t.schema();
    records.mapPartitions(new Flatten(t), Encoders.row(schema))
        .write()
        .mode(SaveMode.Overwrite)
        .partitionBy(Tables.MONTH)
        .parquet(output + "/" + t.table());
  }
}
