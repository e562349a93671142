package org.marsad.spark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;
import org.marsad.batch.Batch;
import org.marsad.batch.Item;
import org.marsad.batch.Source;
import org.marsad.batch.Status;
import org.marsad.ingest.Limits;
import org.marsad.model.RecordJson;

/**
 * The first stage, run per partition of input files: reads the files and runs the pipeline (of
 * this executor, {@link PerExecutor}) through marsad-core's {@link Batch}, as {@code marsad
 * extract} does, one article at a time and within the same limits, giving one row per record and
 * one per line the batch reports (a problem, or a notice on a record written). Rows carry the
 * file's and the item's position so that ids can be made unique, and lines shown, in input order
 * afterwards.
 */
final class ReadAndRun implements FlatMapFunction<Iterator<Row>, Row> {
  private static final long serialVersionUID = 1L;

  /** {@code kind}: {@code record}, {@code error} (a failed input), or a notice's kind. */
  static final StructType SCHEMA = new StructType()
      .add("kind", DataTypes.StringType, false)
      .add("file_index", DataTypes.IntegerType, false)
      .add("item_index", DataTypes.IntegerType, false)
      .add("id", DataTypes.StringType, true)
      .add("record", DataTypes.StringType, true)
      .add("path", DataTypes.StringType, true)
      .add("message", DataTypes.StringType, true);

  static final String RECORD = "record";
  static final String ERROR = "error";
  static final String NOT_ARABIC = "not_arabic";
  static final String PARTIAL = "partial";

  private final SerializableConfiguration conf;
  private final long maxDocumentBytes;
  private final int maxAnalysedChars;
  private final long timeoutMillis;

  ReadAndRun(SerializableConfiguration conf, Limits limits) {
    this.conf = conf;
    this.maxDocumentBytes = limits.maxDocumentBytes();
    this.maxAnalysedChars = limits.maxAnalysedChars();
    this.timeoutMillis = limits.timeout().toMillis();
  }

  /**
   * Input rows: {@code (file_index int, uri string)}. A task is one core: its documents are run
   * one at a time, on a thread beside the task's so that the time limit holds.
   */
  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    List<Integer> indexes = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    files.forEachRemaining(f -> {
      indexes.add(f.getInt(0));
      sources.add(FileReading.source(f.getString(1), conf.value()));
    });
    Limits limits = new Limits(maxDocumentBytes, maxAnalysedChars, Duration.ofMillis(timeoutMillis));
    Batch.Run run = new Batch(PerExecutor.pipeline(), limits, 1, null).start(sources, a -> false);
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) t -> run.close());
    }
    Iterator<Item> items = new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (run.hasNext()) {
          return true;
        }
        run.close();
        return false;
      }

      @Override
      public Item next() {
        return run.next();
      }
    };
    return Lazily.flatMap(items, item -> rows(indexes, item));
  }

  /** The rows of one item: its line, if it has one, then its record, if it has one. */
  private static List<Row> rows(List<Integer> indexes, Item item) {
    int file = indexes.get(item.file());
    List<Row> out = new ArrayList<>(2);
    if (item.line() != null) {
      String kind = item.status().failed() ? ERROR
          : item.status() == Status.NOT_ARABIC ? NOT_ARABIC : PARTIAL;
      out.add(RowFactory.create(kind, file, item.index(), null, null, item.path(),
          item.message()));
    }
    if (item.status().written()) {
      out.add(RowFactory.create(RECORD, file, item.index(), item.document().id(),
          RecordJson.line(item.document()), item.path(), null));
    }
    return out;
  }
}
