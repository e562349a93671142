package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.marsad.ingest.Limits;

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
  record Settings(List<String> inputs, String output, Limits limits, int slices) {
    Settings {
      inputs = List.copyOf(inputs);
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("at least one --input is needed");
      }
      if (output == null || output.isBlank()) {
        throw new IllegalArgumentException("--output is needed");
      }
      Objects.requireNonNull(limits, "limits");
    }
  }

  /** At most this many lines are brought back to the driver to be shown. */
  static final int SHOWN_ERRORS = 50;

  /**
   * Counts of a run, as {@code marsad extract} reports them, and the first lines of the run in
   * input order, each as {@code marsad extract} writes it (problems and notices, at most
   * {@value #SHOWN_ERRORS}; every problem is in the errors table); {@code reported}: how many
   * lines there were in all.
   */
  record Summary(int files, long documents, long failed, long notArabic, long partial,
      List<String> lines, long reported) {
    Summary {
      lines = List.copyOf(lines);
    }

    String line() {
      return "marsad spark: " + files + " file" + (files == 1 ? "" : "s") + " read, " + documents
          + " record" + (documents == 1 ? "" : "s") + " written, " + failed + " failed"
          + (notArabic > 0 ? ", " + notArabic + " not in Arabic" : "")
          + (partial > 0 ? ", " + partial + " analysed in part" : "");
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
            settings.limits()));
    Dataset<Row> all = spark.createDataFrame(read, ReadAndRun.SCHEMA)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> errors = all.filter(col("kind").equalTo(ReadAndRun.ERROR))
          .select("path", "message");
      errors.coalesce(1).write().mode(SaveMode.Overwrite).parquet(settings.output() + "/errors");
      Dataset<Row> lines = all.filter(col("kind").notEqual(ReadAndRun.RECORD));
      Dataset<Row> records = all.filter(col("kind").equalTo(ReadAndRun.RECORD))
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
        List<String> shown = lines.orderBy("file_index", "item_index").limit(SHOWN_ERRORS)
            .collectAsList().stream()
            .map(r -> "marsad: " + r.getAs("path") + ": " + r.getAs("message")).toList();
        Map<String, Long> kinds = new HashMap<>();
        all.groupBy("kind").count().collectAsList()
            .forEach(r -> kinds.put(r.getString(0), r.getLong(1)));
        long failed = kinds.getOrDefault(ReadAndRun.ERROR, 0L);
        long notArabic = kinds.getOrDefault(ReadAndRun.NOT_ARABIC, 0L);
        long partial = kinds.getOrDefault(ReadAndRun.PARTIAL, 0L);
        return new Summary(files.size(), kinds.getOrDefault(ReadAndRun.RECORD, 0L), failed,
            notArabic, partial, shown, failed + notArabic + partial);
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
