package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.bench.BenchCorpus;
import org.marsad.bench.HeapUse;
import org.marsad.bench.ThroughputBench;
import org.marsad.bench.Workload;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad bench [PATH...]}: throughput of the full pipeline against the Lucene baseline. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the full pipeline's throughput (words and articles per second, on one thread and"
          + " on --threads) after a warm-up, and Lucene's ArabicAnalyzer on the same cleaned text"
          + " in the same process as the baseline; prints both, their ratio and heap figures.",
      "With PATHs, the corpus is the articles in them; without, about --words words of articles"
          + " are generated from the paragraphs of the --from samples."
    })
final class BenchCommand implements Callable<Integer> {
  /** Where the samples are when the command runs from the repository root. */
  static final List<Path> DEFAULT_SAMPLES =
      List.of(Path.of("examples"), Path.of("..", "shared", "corpus", "seeds"));

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Files or folders with the corpus to measure (as it is).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--from", paramLabel = "PATH", split = ",",
      description = "Sample articles to generate a corpus from (default: examples and"
          + " ../shared/corpus/seeds, those that exist).")
  List<Path> from = new ArrayList<>();

  @Option(names = "--words", paramLabel = "N", defaultValue = "200000",
      description = "Size of a generated corpus in words (default: ${DEFAULT-VALUE}).")
  long words;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "8",
      description = "Random seed of the generated corpus (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads for the all-cores runs (default: the number of processors).")
  Integer threads;

  @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "10",
      description = "Warm-up time (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--seconds", paramLabel = "SECONDS", defaultValue = "12",
      description = "Time of each pipeline run; baseline runs take half (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (words < 1 || warmup < 0 || seconds < 1 || (threads != null && threads < 1)) {
      err.println("marsad bench: --words and --seconds must be positive, --warmup not negative,"
          + " --threads at least 1");
      return 2;
    }
    long before = HeapUse.retained();
    Pipeline pipeline = Pipeline.standard();
    pipeline.run(new RawArticle("load", "load", null, null, null, null, RawArticle.Markup.TEXT,
        "قال الرئيس إن الحكومة ستواصل دعم الجيش في طرابلس."));
    long retained = HeapUse.retained() - before;
    Workload work;
    if (!paths.isEmpty()) {
      List<RawArticle> articles = BenchCorpus.read(paths, err::println);
      if (articles.isEmpty()) {
        err.println("marsad bench: no articles under " + paths);
        return 1;
      }
      work = BenchCorpus.of(articles);
    } else {
      List<Path> samples = from.isEmpty()
          ? DEFAULT_SAMPLES.stream().filter(Files::isDirectory).toList() : from;
      List<RawArticle> articles = samples.isEmpty() ? List.of() : BenchCorpus.read(samples, err::println);
      if (articles.isEmpty()) {
        err.println("marsad bench: no sample articles (looked in " + (from.isEmpty()
            ? DEFAULT_SAMPLES : from) + "); give a corpus PATH or --from, or run from the"
            + " repository root");
        return 1;
      }
      try {
        work = BenchCorpus.generate(articles, pipeline, words, seed);
      } catch (IllegalArgumentException e) {
        err.println("marsad bench: " + e.getMessage());
        return 1;
      }
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    ThroughputBench.Report report = ThroughputBench.run(pipeline, work,
        new ThroughputBench.Settings(n, Duration.ofSeconds(warmup), Duration.ofSeconds(seconds)),
        retained, line -> {
          err.println("marsad bench: " + line);
          err.flush();
        });
    report.lines().forEach(out::println);
    out.flush();
    return 0;
  }
}
