package org.marsad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.marsad.entity.ClusterTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad train-clusters}: the word clusters the name tagger reads. */
@Command(name = "train-clusters", mixinStandardHelpOptions = true,
    description = "Learns word clusters from unlabelled Arabic text (predictive exchange"
        + " clustering of normalized, clitic-split words) for the name tagger (train-ner"
        + " --clusters).")
final class ClustersCommand implements Callable<Integer> {
  static final String SHIPPED =
      "marsad-core/src/main/resources/org/marsad/entity/word-clusters.txt.gz";

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "FILE", arity = "1..*",
      defaultValue = CommonNounsCommand.DEFAULT_CORPUS,
      description = "Unlabelled text, UTF-8, gzip when it ends in .gz (default: ${DEFAULT-VALUE}).")
  List<Path> corpus;

  @Option(names = "--out", paramLabel = "FILE", required = true,
      description = "Where to write the clusters (gzip when it ends in .gz); the shipped ones are "
          + SHIPPED + ".")
  Path out;

  @Option(names = "--vocabulary", paramLabel = "N",
      defaultValue = "" + ClusterTrainer.VOCABULARY,
      description = "The most frequent words clustered (default: ${DEFAULT-VALUE}).")
  int vocabulary;

  @Option(names = "--min-count", paramLabel = "N",
      defaultValue = "" + ClusterTrainer.MIN_COUNT,
      description = "The fewest occurrences of a word clustered (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--classes", paramLabel = "N,N...", split = ",",
      defaultValue = ClusterTrainer.CLASSES,
      description = "The number of classes of each granularity, coarsest first"
          + " (default: ${DEFAULT-VALUE}).")
  List<Integer> classes;

  @Option(names = "--iterations", paramLabel = "N",
      defaultValue = "" + ClusterTrainer.ITERATIONS,
      description = "The most passes over the vocabulary per granularity"
          + " (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = {"-j", "--threads"}, paramLabel = "N",
      description = "Threads (default: the number of processors); the clusters do not depend"
          + " on it.")
  Integer threads;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    for (Path p : corpus) {
      if (!Files.isReadable(p)) {
        err.println("marsad: " + p + ": cannot read the file");
        return 2;
      }
    }
    ClusterTrainer.Options o;
    try {
      o = new ClusterTrainer.Options(vocabulary, minCount, classes, iterations,
          threads == null ? Runtime.getRuntime().availableProcessors() : threads);
    } catch (IllegalArgumentException e) {
      err.println("marsad: " + e.getMessage());
      return 2;
    }
    long t0 = System.nanoTime();
    Path tmp = out.resolveSibling(out.getFileName() + ".part");
    ClusterTrainer.Stats stats;
    try (OutputStream file = Files.newOutputStream(tmp);
        OutputStream gz = out.toString().endsWith(".gz") ? new GZIPOutputStream(file) : file;
        Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
      stats = ClusterTrainer.build(corpus, o, w, line -> {
        err.printf("  %s (%.0f s)%n", line, (System.nanoTime() - t0) / 1e9);
        err.flush();
      });
    }
    Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    err.printf("%,d words (%,d pieces): %,d words clustered into %s classes, written to %s in"
        + " %.1f s%n", stats.words(), stats.pieces(), stats.vocabulary(), classes, out,
        (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
