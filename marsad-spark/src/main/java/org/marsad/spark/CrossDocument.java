package org.marsad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.marsad.corpus.Contradiction;
import org.marsad.corpus.Contradictions;
import org.marsad.corpus.Corpus;
import org.marsad.corpus.Story;
import org.marsad.model.Document;
import org.marsad.model.RecordJson;
import scala.Tuple2;

/**
 * The second stage, on the {@code documents} table the first one wrote: the documents of each
 * publication month form one corpus for marsad-core's cross-document layer, and its stories and
 * contradictions are written as the tables {@code stories} and {@code contradictions} (a few
 * columns to filter on, and the item itself as JSON, as {@code marsad stories} and {@code marsad
 * contradictions} write it), partitioned by month. Within a month, documents are taken in order
 * of id. A story or contradiction whose reports straddle two months is not found: the month is
 * the unit of work, and one month's documents are held in one task's memory.
 */
final class CrossDocument {
  static final StructType STORIES = new StructType()
      .add("month", DataTypes.StringType, false)
      .add("story_id", DataTypes.StringType, false)
      .add("documents", DataTypes.IntegerType, false)
      .add("sources", DataTypes.IntegerType, false)
      .add("story", DataTypes.StringType, false);

  static final StructType CONTRADICTIONS = new StructType()
      .add("month", DataTypes.StringType, false)
      .add("kind", DataTypes.StringType, true)
      .add("relation", DataTypes.StringType, true)
      .add("doc_a", DataTypes.StringType, true)
      .add("doc_b", DataTypes.StringType, true)
      .add("contradiction", DataTypes.StringType, false);

  private CrossDocument() {}

  /** Runs on {@code output}'s documents table; returns the numbers of stories and contradictions. */
  static long[] run(SparkSession spark, String output) {
    JavaRDD<Tuple2<String, List<String>>> months = spark.read()
        .parquet(output + "/" + Tables.DOCUMENTS.table())
        .select(Tables.MONTH, "doc_id", "record")
        .javaRDD()
        .groupBy(r -> r.getString(0))
        .map(g -> {
          List<Row> rows = new ArrayList<>();
          g._2().forEach(rows::add);
          rows.sort(Comparator.comparing(r -> r.getString(1)));
          List<String> out = new ArrayList<>();
          ObjectMapper json = RecordJson.mapper();
          List<Document> docs = new ArrayList<>();
          for (Row r : rows) {
            Document d = RecordJson.parse(r.getString(2));
            docs.add(d.id().equals(r.getString(1)) ? d : d.withId(r.getString(1)));
          }
          Corpus corpus = Corpus.of(docs);
          for (Story s : corpus.stories()) {
            out.add("S" + write(json, s));
          }
          for (Contradiction c : Contradictions.find(corpus)) {
            out.add("C" + write(json, c));
          }
          return new Tuple2<>(g._1(), out);
        })
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      JavaRDD<Row> stories = months.flatMap(m -> m._2().stream()
          .filter(x -> x.startsWith("S")).map(x -> storyRow(m._1(), x.substring(1))).iterator());
      JavaRDD<Row> contradictions = months.flatMap(m -> m._2().stream()
          .filter(x -> x.startsWith("C"))
          .map(x -> contradictionRow(m._1(), x.substring(1))).iterator());
      Dataset<Row> s = spark.createDataFrame(stories, STORIES);
      Dataset<Row> c = spark.createDataFrame(contradictions, CONTRADICTIONS);
      s.write().mode(SaveMode.Overwrite).partitionBy(Tables.MONTH).parquet(output + "/stories");
      c.write().mode(SaveMode.Overwrite).partitionBy(Tables.MONTH)
          .parquet(output + "/contradictions");
      return new long[] {s.count(), c.count()};
    } finally {
      months.unpersist();
    }
  }

  private static Row storyRow(String month, String story) {
    JsonNode node = tree(story);
    return RowFactory.create(month, month + "/" + node.path("id").asText(),
        node.path("documents").size(), node.path("sources").asInt(), story);
  }

  private static Row contradictionRow(String month, String contradiction) {
    JsonNode node = tree(contradiction);
    return RowFactory.create(month, text(node.path("kind")), text(node.path("relation")),
        text(node.path("a").path("doc")), text(node.path("b").path("doc")), contradiction);
  }

  private static JsonNode tree(String json) {
    try {
      return RecordJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode n) {
    return n.isMissingNode() || n.isNull() ? null : n.asText();
  }

  private static String write(ObjectMapper json, Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
