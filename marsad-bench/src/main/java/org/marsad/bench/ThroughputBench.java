package org.marsad.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.marsad.model.Document;
import org.marsad.pipeline.Pipeline;

/**
 * The throughput benchmark: the full pipeline ({@link Pipeline#standard()} over raw articles) and
 * the Lucene baseline over the same cleaned texts, each on one thread and on {@code threads},
 * after a warm-up, in the same process. Words are counted on the cleaned text for both, so the
 * ratio of their words per second is the ratio of their times.
 */
public final class ThroughputBench {
  /** How long each part runs. */
  public record Settings(int threads, Duration warmup, Duration measure) {
    public Settings {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1: " + threads);
      }
      if (warmup.isNegative() || measure.isNegative() || measure.isZero()) {
        throw new IllegalArgumentException("bad durations: warm-up " + warmup + ", measure " + measure);
      }
    }
  }

  /** One measured line: what ran, and the harness result. */
  public record Row(String what, Harness.Result result) {}

  /** Everything the benchmark found. */
  public record Report(int articles, long words, List<Row> rows, long retainedHeap, long peakHeap,
      long maxHeap) {
    public Report {
      rows = List.copyOf(rows);
    }

    /** Pipeline words per second divided by the baseline's, on {@code threads} threads. */
    public double ratio(int threads) {
      return find("marsad pipeline", threads).wordsPerSecond()
          / find("lucene ArabicAnalyzer", threads).wordsPerSecond();
    }

    private Harness.Result find(String what, int threads) {
      return rows.stream().filter(r -> r.what.equals(what) && r.result.threads() == threads)
          .findFirst().orElseThrow(() -> new IllegalArgumentException(what + " x" + threads))
          .result();
    }

    /** A plain-text table for people. */
    public List<String> lines() {
      List<String> out = new ArrayList<>();
      out.add(String.format(Locale.ROOT, "corpus: %,d articles, %,d words (cleaned text)",
          articles, words));
      out.add(String.format(Locale.ROOT, "%-24s %7s %14s %12s %10s %16s", "run", "threads",
          "words/s", "articles/s", "articles", "words/cpu-s"));
      for (Row r : rows) {
        Harness.Result x = r.result;
        out.add(String.format(Locale.ROOT, "%-24s %7d %,14.0f %,12.1f %,10d %,16.0f", r.what,
            x.threads(), x.wordsPerSecond(), x.itemsPerSecond(), x.items(),
            x.wordsPerCpuSecond()));
      }
      for (int t : threadCounts()) {
        double cpu = find("marsad pipeline", t).wordsPerCpuSecond()
            / find("lucene ArabicAnalyzer", t).wordsPerCpuSecond();
        out.add(String.format(Locale.ROOT,
            "pipeline / baseline, %d thread%s: %.4f (the baseline is %.1f times faster);"
                + " per CPU second: %.4f", t, t == 1 ? "" : "s", ratio(t), 1 / ratio(t), cpu));
      }
      int many = threadCounts().get(threadCounts().size() - 1);
      if (many > 1) {
        out.add(String.format(Locale.ROOT, "scaling of the pipeline, 1 to %d threads: %.2fx",
            many, find("marsad pipeline", many).wordsPerSecond()
                / find("marsad pipeline", 1).wordsPerSecond()));
      }
      out.add(String.format(Locale.ROOT,
          "heap: %s retained after loading (knowledge base and models), peak %s during the runs,"
              + " max %s", mib(retainedHeap), mib(peakHeap), mib(maxHeap)));
      return out;
    }

    private List<Integer> threadCounts() {
      return rows.stream().map(r -> r.result.threads()).distinct().sorted().toList();
    }

    private static String mib(long bytes) {
      return String.format(Locale.ROOT, "%,d MiB", bytes >> 20);
    }
  }

  private ThroughputBench() {}

  /**
   * Runs the benchmark on {@code work} with {@code pipeline} (already loaded; {@code
   * retainedHeap} is the heap measured after loading it). {@code progress} gets a line before
   * each part.
   */
  public static Report run(Pipeline pipeline, Workload work, Settings settings, long retainedHeap,
      Consumer<String> progress) {
    Harness.Task full = i -> {
      Document d = pipeline.run(work.articles().get(i));
      return d.entities().size() + d.events().size() + d.claims().size();
    };
    List<Row> rows = new ArrayList<>();
    try (LuceneBaseline baseline = new LuceneBaseline()) {
      Harness.Task lucene = i -> baseline.tokens(work.texts().get(i));
      progress.accept("warming up for " + settings.warmup().toSeconds() + " s");
      Harness.measure(work, full, settings.threads(), settings.warmup());
      Harness.measure(work, lucene, settings.threads(), settings.warmup().dividedBy(4));
      HeapUse.resetPeak();
      List<Integer> threadCounts = settings.threads() == 1 ? List.of(1) : List.of(1, settings.threads());
      for (int t : threadCounts) {
        progress.accept("marsad pipeline, " + t + " thread(s)");
        rows.add(new Row("marsad pipeline", Harness.measure(work, full, t, settings.measure())));
      }
      long peak = HeapUse.peak();
      for (int t : threadCounts) {
        progress.accept("lucene ArabicAnalyzer, " + t + " thread(s)");
        rows.add(new Row("lucene ArabicAnalyzer",
            Harness.measure(work, lucene, t, settings.measure().dividedBy(2))));
      }
      return new Report(work.size(), work.totalWords(), rows, retainedHeap, peak, HeapUse.max());
    }
  }
}
