package org.marsad.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.marsad.model.Document;
import org.marsad.model.RecordJson;

/** Records, as {@code (doc_id, record)} rows with unique ids, to the rows of one output table. */
final class Flatten implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final Tables table;

  Flatten(Tables table) {
    this.table = table;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> records) {
    return Lazily.flatMap(records, r -> {
      Document d = RecordJson.parse(r.getString(1));
      String id = r.getString(0);
      return table.rows(id.equals(d.id()) ? d : d.withId(id));
    });
  }
}
