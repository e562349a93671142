package org.marsad.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.marsad.extract.Records;
import org.marsad.ingest.Ingest;
import org.marsad.ingest.InputError;
import org.marsad.ingest.Limits;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.ReadResult;
import org.marsad.model.Document;
import org.marsad.model.RecordJson;

/**
 * The first stage, run per partition of input files: reads each file and runs the pipeline (of
 * this executor, {@link PerExecutor}) on each article, as {@code marsad extract} does, giving one
 * row per record and one per problem. Record rows carry the file's and the article's position so
 * that ids can be made unique in input order afterwards.
 */
final class ReadAndRun implements FlatMapFunction<Iterator<Row>, Row> {
  private static final long serialVersionUID = 1L;

  /** {@code kind} is {@code record} or {@code error}. */
  static final StructType SCHEMA = new StructType()
      .add("kind", DataTypes.StringType, false)
      .add("file_index", DataTypes.IntegerType, false)
      .add("item_index", DataTypes.IntegerType, false)
      .add("id", DataTypes.StringType, true)
      .add("record", DataTypes.StringType, true)
      .add("path", DataTypes.StringType, true)
      .add("message", DataTypes.StringType, true);

  private final SerializableConfiguration conf;
  private final long maxDocumentBytes;

  ReadAndRun(SerializableConfiguration conf, long maxDocumentBytes) {
    this.conf = conf;
    this.maxDocumentBytes = maxDocumentBytes;
  }

  /** Input rows: {@code (file_index int, uri string)}; files are read one at a time. */
  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    Ingest ingest = new Ingest(new Limits(maxDocumentBytes));
    return Lazily.flatMap(files, f -> rows(ingest, f.getInt(0), f.getString(1)));
  }

  private List<Row> rows(Ingest ingest, int file, String uri) {
    List<Row> out = new ArrayList<>();
    ReadResult r = FileReading.read(ingest, uri, conf.value());
    int item = 0;
    for (InputError e : r.errors()) {
      out.add(error(file, item++, e.path(), e.message()));
    }
    for (RawArticle a : r.articles()) {
      Document doc;
      try {
        doc = PerExecutor.pipeline().run(a);
      } catch (RuntimeException | StackOverflowError e) {
        out.add(error(file, item++, a.path(), "could not be processed: " + e));
        continue;
      }
      String problem = Records.problem(doc);
      if (problem != null) {
        out.add(error(file, item++, a.path(), "internal error, record not written: " + problem));
        continue;
      }
      out.add(RowFactory.create("record", file, item++, doc.id(), RecordJson.line(doc),
          a.path(), null));
    }
    return out;
  }

  private static Row error(int file, int item, String path, String message) {
    return RowFactory.create("error", file, item, null, null, path, message);
  }
}
