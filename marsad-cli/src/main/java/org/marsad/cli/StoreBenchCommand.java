package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.ingest.Ingest;
import org.marsad.ingest.Limits;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;
import org.marsad.bench.LoadGenerator;
import org.marsad.server.Server;
import org.marsad.store.Filter;
import org.marsad.store.Rows.DocumentSummary;
import org.marsad.store.Store;
import org.marsad.store.StoreIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad store-bench}: builds a store of N records replicated from the given articles (each copy
 * with its own id and a sentence of its own, so content hashes differ), and measures ingest
 * throughput, search latency and the server under a bounded load, each against a baseline run in
 * the same process.
 */
@Command(
    name = "store-bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures ingest throughput (articles/s), search latency (median, p99) and the server under"
          + " load on a store of --records copies of the given articles, in a new store --db."
    })
final class StoreBenchCommand implements Callable<Integer> {
  private static final String[] QUERIES = {"حفتر", "طرابلس", "الوطية", "مصر", "الإمارات",
      "قوات حفتر", "طائرات مسيرة", "وقف إطلاق النار", "روسيا", "حكومة الوفاق", "ترهونة", "السراج"};

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles to replicate.")
  List<Path> paths;

  @Option(names = "--db", required = true, paramLabel = "DIR",
      description = "A new store folder (must not exist).")
  Path db;

  @Option(names = "--reuse",
      description = "Measure search and the server on the store a previous bench run built in --db.")
  boolean reuse;

  @Option(names = "--records", defaultValue = "10000", description = "Records (default ${DEFAULT-VALUE}).")
  int records;

  @Option(names = "--searches", defaultValue = "2000", description = "Searches timed (default ${DEFAULT-VALUE}).")
  int searches;

  @Option(names = "--requests", defaultValue = "5000", description = "Load-test requests (default ${DEFAULT-VALUE}).")
  int requests;

  @Option(names = "--concurrency", defaultValue = "8", description = "Load-test clients (default ${DEFAULT-VALUE}).")
  int concurrency;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (Files.exists(db) != reuse) {
      err.println("marsad: " + db + (reuse ? " does not exist; --reuse needs a previous bench run's store"
          : " exists; bench builds a new store (or measures it again with --reuse)"));
      return 2;
    }
    List<RawArticle> seeds = new ArrayList<>();
    Ingest ingest = new Ingest(new Limits(4 << 20));
    for (Path f : Ingest.expand(paths)) {
      seeds.addAll(ingest.read(f).articles());
    }
    if (seeds.isEmpty()) {
      err.println("marsad: no articles under " + paths);
      return 2;
    }
    Path input = db.resolve("input.jsonl");
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "machine: %d cores, Java %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    if (reuse) {
      try (Store store = Store.open(db.resolve("store"))) {
        out.printf(Locale.ROOT, "store: %d records%n", store.count());
        return measure(store, out);
      }
    }
    Files.createDirectories(db);
    Pipeline pipeline = Pipeline.standard();
    writeReplicas(seeds, pipeline, input);

    // Baseline: the pipeline alone on the first copies, in this process.
    int sample = Math.min(records, 500);
    List<RawArticle> first = new Ingest(new Limits(4 << 20)).read(input).articles().subList(0, sample);
    long t0 = System.nanoTime();
    for (RawArticle a : first) {
      pipeline.run(a);
    }
    double pipelineRate = sample / ((System.nanoTime() - t0) / 1e9);
    out.printf(Locale.ROOT, "pipeline alone: %.1f articles/s (%d articles, baseline)%n", pipelineRate, sample);

    try (Store store = Store.open(db.resolve("store"))) {
      long t1 = System.nanoTime();
      StoreIngest.Summary sum = new StoreIngest(pipeline, new Limits(4 << 20), store)
          .run(List.of(input), err::println, (d, n, s) -> {});
      double secs = (System.nanoTime() - t1) / 1e9;
      double rate = sum.stored() / secs;
      out.printf(Locale.ROOT, "ingest: %d records stored in %.1f s: %.1f articles/s (%.2f of the"
          + " pipeline alone)%n", sum.stored(), secs, rate, rate / pipelineRate);
      return measure(store, out);
    }
  }

  /** Search latency and the server under load, on a built store. */
  private int measure(Store store, PrintWriter out) throws IOException, InterruptedException {
    long[] listing = time(searches, i -> store.search("", Filter.NONE, 0, 10));
    long[] search = time(searches, i -> store.search(QUERIES[i % QUERIES.length], Filter.NONE, 0, 10));
    out.printf(Locale.ROOT, "search: %d queries, median %.2f ms, p99 %.2f ms (baseline, newest-first"
            + " listing: median %.2f ms, p99 %.2f ms; ratio of medians %.2f)%n", searches,
        LoadGenerator.percentile(search, 50), LoadGenerator.percentile(search, 99),
        LoadGenerator.percentile(listing, 50), LoadGenerator.percentile(listing, 99),
        LoadGenerator.percentile(search, 50) / LoadGenerator.percentile(listing, 50));

    List<String> ids = store.documents(Filter.NONE, 0, 200).items().stream()
        .map(DocumentSummary::id).toList();
    try (Server server = Server.start(store, "127.0.0.1", 0)) {
      URI base = URI.create("http://127.0.0.1:" + server.port());
      // The cross-document results are computed once per store change: not part of the load.
      LoadGenerator.run(base, List.of("/api/contradictions?limit=1"), 1);
      List<String> stats = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        stats.add("/api/stats");
      }
      LoadGenerator.Result baseline = LoadGenerator.run(base, stats, concurrency);
      LoadGenerator.Result load = LoadGenerator.run(base, mix(ids, requests), concurrency);
      out.println("server, baseline (/api/stats): " + baseline.line());
      out.println("server, mixed search and detail, " + concurrency + " clients: " + load.line());
      out.println("malformed requests: " + LoadGenerator.malformed("127.0.0.1", server.port()));
      out.flush();
      return load.errors() == 0 ? 0 : 1;
    }
  }

  private interface Timed {
    void run(int i);
  }

  private static long[] time(int n, Timed f) {
    long[] nanos = new long[n];
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      f.run(i);
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    return nanos;
  }

  /**
   * Copies of the articles as JSON Lines, each with its own id and a last sentence of its own; an
   * HTML article is copied as its cleaned text, so that the added sentence is never cleaned away.
   */
  private void writeReplicas(List<RawArticle> seeds, Pipeline pipeline, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    java.util.Map<String, String> texts = new java.util.HashMap<>();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < records; i++) {
        RawArticle a = seeds.get(i % seeds.size());
        String mark = "نسخة رقم " + i + " للقياس.";
        ObjectNode o = json.createObjectNode();
        o.put("id", a.id() + "-r" + i);
        o.put("url", a.url());
        o.put("outlet", a.outlet());
        o.put("title", a.title());
        o.put("date", a.date());
        String text = a.markup() == RawArticle.Markup.HTML ? texts.computeIfAbsent(a.path(),
            k -> pipeline.run(a).text()) : a.content();
        o.put("text", withSentence(text, mark));
        w.write(json.writeValueAsString(o));
        w.newLine();
      }
    }
  }

  /** {@code text} with {@code sentence} at the end of its first long paragraph. */
  private static String withSentence(String text, String sentence) {
    int from = 0;
    while (true) {
      int end = text.indexOf("\n\n", from);
      if (end < 0) {
        return text + " " + sentence;
      }
      if (end - from > 80) {
        return text.substring(0, end) + " " + sentence + text.substring(end);
      }
      from = end + 2;
    }
  }

  private static List<String> mix(List<String> ids, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String w = URLEncoder.encode(QUERIES[i % QUERIES.length], StandardCharsets.UTF_8);
      out.add(switch (i % 8) {
        case 0, 1, 2, 3 -> "/api/search?q=" + w + "&offset=" + (i % 3) + "&limit=10";
        case 4, 5 -> "/api/documents/" + URLEncoder.encode(ids.get(i % ids.size()), StandardCharsets.UTF_8);
        case 6 -> "/api/entities/kb:haftar";
        default -> "/api/events?entity=kb:haftar&limit=50";
      });
    }
    return out;
  }
}
