package org.marsad.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.marsad.model.Claim;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.RecordJson;
import org.marsad.model.Span;

/**
 * The output tables: one row per document, entity, event and claim, each with the document's id
 * and publication month ({@code YYYY-MM}, or {@code unknown}; the tables are partitioned by it).
 * Columns are named as in the record format; the documents table keeps the whole record
 * ({@code record}, a {@code marsad/1} JSON line) so that nothing of it is lost by flattening.
 */
enum Tables {
  DOCUMENTS("documents",
      field("doc_id", DataTypes.StringType), field("month", DataTypes.StringType),
      field("published", DataTypes.StringType), field("published_precision", DataTypes.StringType),
      field("title", DataTypes.StringType), field("outlet", DataTypes.StringType),
      field("url", DataTypes.StringType), field("path", DataTypes.StringType),
      field("language", DataTypes.StringType), field("text", DataTypes.StringType),
      field("entities", DataTypes.IntegerType), field("events", DataTypes.IntegerType),
      field("claims", DataTypes.IntegerType), field("record", DataTypes.StringType)),
  ENTITIES("entities",
      field("doc_id", DataTypes.StringType), field("month", DataTypes.StringType),
      field("entity_id", DataTypes.StringType), field("type", DataTypes.StringType),
      field("name", DataTypes.StringType), field("name_ar", DataTypes.StringType),
      field("kb", DataTypes.StringType), field("country", DataTypes.StringType),
      field("sector", DataTypes.StringType), field("mentions", DataTypes.IntegerType),
      field("mention_texts", DataTypes.createArrayType(DataTypes.StringType))),
  EVENTS("events",
      field("doc_id", DataTypes.StringType), field("month", DataTypes.StringType),
      field("event_id", DataTypes.StringType), field("type", DataTypes.StringType),
      field("mode", DataTypes.StringType),
      field("context", DataTypes.createArrayType(DataTypes.StringType)),
      field("actor", DataTypes.StringType), field("recipient", DataTypes.StringType),
      field("location", DataTypes.StringType), field("lat", DataTypes.DoubleType),
      field("lon", DataTypes.DoubleType), field("geo_precision", DataTypes.IntegerType),
      field("date", DataTypes.StringType), field("date_precision", DataTypes.StringType),
      field("negated", DataTypes.BooleanType), field("hypothetical", DataTypes.BooleanType),
      field("claim_id", DataTypes.StringType), field("evidence", DataTypes.StringType),
      field("evidence_start", DataTypes.IntegerType), field("confidence", DataTypes.DoubleType)),
  CLAIMS("claims",
      field("doc_id", DataTypes.StringType), field("month", DataTypes.StringType),
      field("claim_id", DataTypes.StringType), field("speaker_entity", DataTypes.StringType),
      field("speaker_text", DataTypes.StringType), field("speaker_kind", DataTypes.StringType),
      field("via", DataTypes.createArrayType(DataTypes.StringType)),
      field("cue", DataTypes.StringType), field("modality", DataTypes.StringType),
      field("content", DataTypes.StringType), field("evidence", DataTypes.StringType),
      field("evidence_start", DataTypes.IntegerType));

  /** The publication month's column, by which every table is partitioned. */
  static final String MONTH = "month";

  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}.*");

  private final String table;
  private final StructType schema;

  Tables(String table, StructField... fields) {
    this.table = table;
    this.schema = new StructType(fields);
  }

  String table() {
    return table;
  }

  StructType schema() {
    return schema;
  }

  /** This table's rows for one document. */
  List<Row> rows(Document d) {
    String month = month(d);
    List<Row> out = new ArrayList<>();
    switch (this) {
      case DOCUMENTS -> out.add(RowFactory.create(d.id(), month, d.published().value(),
          d.published().precision(), d.title(), d.source().outlet(), d.source().url(),
          d.source().path(), d.language(), d.text(), d.entities().size(), d.events().size(),
          d.claims().size(), RecordJson.line(d)));
      case ENTITIES -> {
        for (Entity e : d.entities()) {
          out.add(RowFactory.create(d.id(), month, e.id(), e.type().name(), e.name(), e.name_ar(),
              e.kb(), e.country(), e.sector(), e.mentions().size(),
              e.mentions().stream().map(m -> m.text()).toArray(String[]::new)));
        }
      }
      case EVENTS -> {
        for (Event v : d.events()) {
          out.add(RowFactory.create(d.id(), month, v.id(), v.type().name(),
              v.mode() == null ? null : v.mode().wire(),
              v.context().toArray(String[]::new), v.actor(), v.recipient(), v.location(),
              v.geo() == null ? null : v.geo().lat(), v.geo() == null ? null : v.geo().lon(),
              v.geo() == null ? null : v.geo().precision(), v.date().value(),
              v.date().precision(), v.negated(), v.hypothetical(), v.claim(),
              v.evidence().text(), v.evidence().start(), v.confidence()));
        }
      }
      case CLAIMS -> {
        for (Claim c : d.claims()) {
          out.add(RowFactory.create(d.id(), month, c.id(),
              c.speaker() == null ? null : c.speaker().entity(),
              c.speaker() == null ? null : c.speaker().text(),
              c.speaker() == null ? null : c.speaker().kind().wire(),
              c.via() == null ? null : c.via().toArray(String[]::new), text(c.cue()),
              c.modality().wire(), text(c.content()), text(c.evidence()),
              c.evidence() == null ? null : c.evidence().start()));
        }
      }
      default -> throw new IllegalStateException("unknown table " + this);
    }
    return out;
  }

  /** The month of the documents whose publication date has no month. */
  static final String UNKNOWN_MONTH = "unknown";

  /** {@code YYYY-MM} of the publication date, or {@code unknown} when it has no month. */
  static String month(Document d) {
    String v = d.published().value();
    return v != null && YEAR_MONTH.matcher(v).matches() ? v.substring(0, 7) : UNKNOWN_MONTH;
  }

  private static String text(Span s) {
    return s == null ? null : s.text();
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
