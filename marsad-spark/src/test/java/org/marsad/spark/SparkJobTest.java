package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.corpus.Contradiction;
import org.marsad.corpus.Contradictions;
import org.marsad.corpus.Corpus;
import org.marsad.corpus.Stories;
import org.marsad.extract.Extractor;
import org.marsad.ingest.Limits;
import org.marsad.model.Document;
import org.marsad.store.Filter;
import org.marsad.store.ParquetRecords;
import org.marsad.store.Store;
import org.marsad.model.RecordJson;
import org.marsad.pipeline.Pipeline;

/**
 * The job in local mode (one {@code local[2]} session for the class) on the bundled examples,
 * the seed articles when they are checked out, and a few files written here (a bad one, and two
 * with the same id): its tables must hold what {@link Extractor} gives for the same input, and
 * the second stage's what the cross-document layer gives for the same documents per month.
 */
@Tag("spark")
class SparkJobTest {
  private static final Path ROOT = Path.of(System.getProperty("marsad.root", ".."));

  @TempDir static Path dir;
  private static SparkSession spark;
  private static List<Document> expected;
  private static Path out;
  private static MarsadJob.Summary summary;
  private static long[] cross;

  @BeforeAll
  static void run() throws Exception {
    Path extra = dir.resolve("in");
    Files.createDirectories(extra.resolve("a"));
    Files.createDirectories(extra.resolve("b"));
    String text = "قال وزير الخارجية المصري سامح شكري إن القاهرة تدعم الحل السياسي في ليبيا.";
    Files.writeString(extra.resolve("a/same.txt"), text, StandardCharsets.UTF_8);
    Files.writeString(extra.resolve("b/same.txt"), text, StandardCharsets.UTF_8);
    Files.write(extra.resolve("b/empty.txt"), new byte[0]);
    List<Path> inputs = new ArrayList<>(List.of(ROOT.resolve("examples"), extra));
    if (Files.isDirectory(ROOT.resolve("../shared/corpus/seeds"))) {
      inputs.add(ROOT.resolve("../shared/corpus/seeds"));
    }
    StringWriter records = new StringWriter();
    new Extractor(Pipeline.standard(), Limits.DEFAULT).extract(inputs, records, line -> { });
    expected = records.toString().lines().map(RecordJson::parse).toList();

    spark = SparkSession.builder().master("local[2]").appName("marsad-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    out = dir.resolve("out");
    summary = MarsadJob.run(spark, new MarsadJob.Settings(
        inputs.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList(),
        out.toString(), Limits.DEFAULT, 0));
    cross = CrossDocument.run(spark, out.toString());
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static long rows(String table) {
    return spark.read().parquet(out.resolve(table).toString()).count();
  }

  @Test
  void rowCountsAgreeWithExtract() {
    assertAll(
        () -> assertEquals(expected.size(), rows("documents"), "documents"),
        () -> assertEquals(expected.stream().mapToLong(d -> d.entities().size()).sum(),
            rows("entities"), "entities"),
        () -> assertEquals(expected.stream().mapToLong(d -> d.events().size()).sum(),
            rows("events"), "events"),
        () -> assertEquals(expected.stream().mapToLong(d -> d.claims().size()).sum(),
            rows("claims"), "claims"),
        () -> assertEquals(expected.size(), summary.documents()));
  }

  @Test
  void idsAreUniqueAndTheSameAsExtracts() {
    Set<String> ids = spark.read().parquet(out.resolve("documents").toString())
        .select("doc_id").collectAsList().stream().map(r -> r.getString(0))
        .collect(Collectors.toSet());
    assertEquals(expected.stream().map(Document::id).collect(Collectors.toSet()), ids);
    assertTrue(ids.contains("same") && ids.contains("same-2"), ids::toString);
  }

  @Test
  void aStoreAttachesTheParquetOutput() throws Exception {
    long texts = expected.stream().map(Document::text).distinct().count();
    try (Store store = Store.open(dir.resolve("store"))) {
      List<String> problems = new ArrayList<>();
      assertEquals(0, ParquetRecords.each(out, d -> store.add(d, null), problems::add));
      store.commit();
      assertEquals(texts, store.count(), "one stored document per distinct text");
      assertEquals(List.of(), problems);
      int[] again = {0};
      ParquetRecords.each(out, d -> again[0] += store.add(d, null).stored() ? 1 : 0, problems::add);
      assertEquals(0, again[0], "attaching twice stores nothing new");
      assertTrue(store.search("حفتر", Filter.NONE, 0, 5).total() > 0);
    }
  }

  @Test
  void recordsAreTheSameAsExtracts() {
    List<Row> docs = spark.read().parquet(out.resolve("documents").toString())
        .select("doc_id", "record").collectAsList();
    for (Row r : docs) {
      Document d = RecordJson.parse(r.getString(1));
      Document e = expected.stream().filter(x -> x.id().equals(r.getString(0))).findFirst()
          .orElseThrow();
      assertEquals(e.entities(), d.entities(), e.id());
      assertEquals(e.events(), d.events(), e.id());
      assertEquals(e.claims(), d.claims(), e.id());
    }
  }

  @Test
  void tablesArePartitionedByPublicationMonth() {
    Set<String> months = spark.read().parquet(out.resolve("events").toString())
        .select("month").distinct().collectAsList().stream().map(r -> r.getString(0))
        .collect(Collectors.toSet());
    Set<String> expectedMonths = expected.stream().filter(d -> !d.events().isEmpty())
        .map(Tables::month).collect(Collectors.toSet());
    assertEquals(expectedMonths, months);
    assertTrue(Files.isDirectory(out.resolve("documents/month=unknown"))
        || expected.stream().noneMatch(d -> Tables.month(d).equals("unknown")));
  }

  @Test
  void badInputIsAnErrorRowNamingTheFile() {
    List<Row> errors = spark.read().parquet(out.resolve("errors").toString()).collectAsList();
    assertEquals(1, errors.size(), errors::toString);
    assertTrue(errors.get(0).getString(0).endsWith("b/empty.txt"), errors::toString);
    assertTrue(errors.get(0).getString(1).contains("empty"), errors::toString);
    assertEquals(1, summary.failed());
    List<String> failures = summary.lines().stream().filter(l -> l.contains("b/empty.txt: "))
        .toList();
    assertEquals(List.of("marsad: " + errors.get(0).getString(0) + ": empty: no text"), failures);
  }

  @Test
  void aDocumentNotInArabicIsNoticedAsExtractNoticesIt() {
    assertEquals(1, summary.notArabic());
    assertTrue(summary.lines().stream().anyMatch(l -> l.endsWith(
        "06-english-note.txt: not Arabic (language en): text and metadata only, no extraction")),
        summary.lines()::toString);
  }

  @Test
  void contradictionsAreTheStoresOnTheSameInput() {
    // the store compares every document with every other, dated or not
    Set<String> store = new TreeSet<>();
    for (Contradiction c : Contradictions.find(Corpus.of(expected))) {
      store.add(pair(c.kind(), c.a().doc(), c.b().doc()));
    }
    Set<String> job = new TreeSet<>();
    for (Row r : spark.read().parquet(out.resolve("contradictions").toString())
        .select("kind", "doc_a", "doc_b").collectAsList()) {
      job.add(pair(r.getString(0), r.getString(1), r.getString(2)));
    }
    assertTrue(!store.isEmpty(), "the input has contradictions");
    assertEquals(store, job);
    assertEquals(job.size(), cross[1], "each pair is written once");
    assertTrue(job.stream().anyMatch(p -> p.contains("02-cairo-position")
        && p.contains("000_a0b323ddb01f1a7b")) || !Files.isDirectory(ROOT.resolve(
        "../shared/corpus/seeds")), "a dated article against an undated one: " + job);
  }

  private static String pair(String kind, String a, String b) {
    return kind + " " + (a.compareTo(b) < 0 ? a + " " + b : b + " " + a);
  }

  @Test
  void everyStoryHasADocumentOfItsMonth() {
    Map<String, String> monthOf = new java.util.HashMap<>();
    for (Document d : expected) {
      monthOf.put(d.id(), Tables.month(d));
    }
    long stories = 0;
    for (Row r : spark.read().parquet(out.resolve("stories").toString())
        .select("month", "story").collectAsList()) {
      stories++;
      String story = r.getString(1);
      assertTrue(monthOf.entrySet().stream().anyMatch(e -> e.getValue().equals(r.getString(0))
          && story.contains("\"doc\":\"" + e.getKey() + "\"")), story);
    }
    assertEquals(stories, cross[0]);
  }
}
