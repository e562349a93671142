package org.marsad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
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
 * publication month, with the documents of unknown date, form one corpus for marsad-core's
 * cross-document layer, and its stories and contradictions are written as the tables {@code
 * stories} and {@code contradictions} (a few columns to filter on, and the item itself as JSON,
 * as {@code marsad stories} and {@code marsad contradictions} write it), partitioned by month.
 *
 * <p>A month's corpus takes the undated documents too, as the store compares every document with
 * every other: a dated report against an undated one is judged by the same rule ({@link
 * Contradictions}), and an undated article with a dated event may join a dated month's story. A
 * month keeps the contradictions and stories that involve one of its own documents; the month
 * {@code unknown} those among undated documents only, so each pair is found once. An undated
 * article may thus be listed in a dated month's story and in its own. Within a month, documents
 * are taken in order of id, the undated ones after the month's own. A story or contradiction
 * between two dated months is not found: the month is the unit of work, and one month's
 * documents, with all undated ones, are held in one task's memory.
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
    Dataset<Row> table = spark.read()
        .parquet(output + "/" + Tables.DOCUMENTS.table())
        .select(Tables.MONTH, "doc_id", "record");
    List<String[]> undatedRows = new ArrayList<>();
    for (Row r : table.filter(table.col(Tables.MONTH).equalTo(Tables.UNKNOWN_MONTH))
        .collectAsList()) {
      undatedRows.add(new String[] {r.getString(1), r.getString(2)});
    }
    undatedRows.sort(Comparator.comparing((String[] r) -> r[0]));
    Broadcast<List<String[]>> undated =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(undatedRows);
    JavaRDD<Tuple2<String, List<String>>> months = table
        .javaRDD()
        .groupBy(r -> r.getString(0))
        .map(g -> {
          List<Row> rows = new ArrayList<>();
          g._2().forEach(rows::add);
          rows.sort(Comparator.comparing(r -> r.getString(1)));
          List<String> out = new ArrayList<>();
          ObjectMapper json = RecordJson.mapper();
          List<Document> docs = new ArrayList<>();
          Set<String> own = new HashSet<>();
          for (Row r : rows) {
            docs.add(document(r.getString(1), r.getString(2)));
            own.add(r.getString(1));
          }
          boolean dated = !g._1().equals(Tables.UNKNOWN_MONTH);
          if (dated) {
            for (String[] r : undated.value()) {
              docs.add(document(r[0], r[1]));
            }
          }
          Corpus corpus = Corpus.of(docs);
          for (Story s : corpus.stories()) {
            if (s.documents().stream().anyMatch(m -> own.contains(m.doc()))) {
              out.add("S" + write(json, s));
            }
          }
          for (Contradiction c : Contradictions.find(corpus)) {
            if (own.contains(c.a().doc()) || own.contains(c.b().doc())) {
              out.add("C" + write(json, c));
            }
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

  /** A stored record under its table id. */
  private static Document document(String id, String record) {
    Document d = RecordJson.parse(record);
    return d.id().equals(id) ? d : d.withId(id);
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
