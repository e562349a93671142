package org.marsad.entity;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Word clusters by predictive exchange clustering (Uszkoreit and Brants 2008, "Distributed Word
 * Clustering for Large Scale Class-Based Language Modeling in Machine Translation"): each word
 * {@code w} of the vocabulary gets a class {@code c(w)} so that the predictive class bigram model
 * {@code p(w | v) = p(c(w) | v) p(w | c(w))} fits the text best, that is so as to maximize
 * {@code sum N(v, c) log N(v, c) - sum N(c) log N(c)} over words {@code v} and classes {@code c},
 * where {@code N(v, c)} counts {@code v} followed by a word of class {@code c}. Each iteration
 * visits the words from the most frequent and moves each to the class that raises that sum most.
 *
 * <p>Parallel and deterministic: the words are taken in batches of {@value #BATCH}; the best class
 * of each word of a batch is found on all threads against the counts as they were before the batch,
 * then the moves are made in order, each word that would move after another word of its batch
 * moved being weighed again on the counts of the moment (moves made on stale counts undo one
 * another). Most words stay put after the first iterations, so most of the work is parallel. The
 * result does not depend on the number of threads.
 *
 * <p>The vocabulary is the {@code vocabulary} most frequent pieces ({@link ClusterCorpus}) that
 * occur at least {@code minCount} times; bigrams with another piece are left out. Each granularity
 * (number of classes) is clustered on its own, from classes assigned round-robin by frequency.
 */
public final class ClusterTrainer {
  static final int BATCH = 256;
  /** The defaults of {@code marsad train-clusters}, with which the shipped clusters are built. */
  public static final int VOCABULARY = 50_000;
  public static final int MIN_COUNT = 3;
  public static final int ITERATIONS = 12;
  public static final String CLASSES = "64,256,1024";
  /** x log x is tabulated below this count. */
  private static final int TABLE = 1 << 20;
  private static final double[] X_LOG_X = table();

  /** What a clustering is asked to do. */
  public record Options(int vocabulary, int minCount, List<Integer> classes, int iterations,
      int threads) {
    public Options {
      classes = List.copyOf(classes);
      if (vocabulary < 2 || minCount < 1 || iterations < 0 || threads < 1 || classes.isEmpty()) {
        throw new IllegalArgumentException("bad clustering options: " + vocabulary + " words, "
            + "count >= " + minCount + ", " + iterations + " iterations, " + threads + " threads, "
            + "classes " + classes);
      }
      for (int c : classes) {
        if (c < 2) {
          throw new IllegalArgumentException("a clustering needs at least 2 classes: " + c);
        }
      }
    }
  }

  private final int words;
  private final int[] count;
  /** Per successor word, the predecessors (compressed rows: from, ids, counts). */
  private final int[] from;
  private final int[] predecessor;
  private final int[] pairCount;

  private ClusterTrainer(int words, int[] count, int[] from, int[] predecessor, int[] pairCount) {
    this.words = words;
    this.count = count;
    this.from = from;
    this.predecessor = predecessor;
    this.pairCount = pairCount;
  }

  /** What a build read and wrote. */
  public record Stats(long words, long pieces, int vocabulary) {}

  /**
   * Reads {@code corpus} ({@link ClusterCorpus#read}), clusters it and writes the cluster file,
   * whose header records the inputs' SHA-256 and the options.
   */
  public static Stats build(List<Path> corpus, Options o, Writer out, Consumer<String> progress)
      throws IOException {
    ClusterCorpus text = ClusterCorpus.read(corpus, progress);
    WordClusters clusters = train(text, o, progress);
    List<String> header = new ArrayList<>();
    header.add("Word clusters of Marsad's name tagger, built by `marsad train-clusters`:"
        + " predictive exchange clustering of normalized, clitic-split text.");
    for (String input : text.inputs) {
      header.add("input " + input);
    }
    header.add(String.format(Locale.ROOT, "words %d pieces %d", text.words, text.length));
    header.add(options(o));
    clusters.write(out, header);
    return new Stats(text.words, text.length, clusters.size());
  }

  /** The header line that records the options. */
  static String options(Options o) {
    return "options --vocabulary " + o.vocabulary() + " --min-count " + o.minCount()
        + " --iterations " + o.iterations() + " --classes "
        + o.classes().stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** Clusters the vocabulary of {@code corpus} at each granularity of {@code o}. */
  static WordClusters train(ClusterCorpus corpus, Options o, Consumer<String> progress) {
    Integer[] order = new Integer[corpus.pieces.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingInt(i -> -corpus.counts[i])
        .thenComparing(i -> corpus.pieces.get(i)));
    int v = 0;
    while (v < order.length && v < o.vocabulary() && corpus.counts[order[v]] >= o.minCount()) {
      v++;
    }
    int[] rank = new int[order.length];
    Arrays.fill(rank, -1);
    String[] vocabulary = new String[v];
    for (int r = 0; r < v; r++) {
      rank[order[r]] = r;
      vocabulary[r] = corpus.pieces.get(order[r]);
    }
    ClusterTrainer t = bigrams(corpus, rank, v);
    progress.accept(String.format("%,d pieces, vocabulary %,d, %,d bigram types", corpus.length,
        v, t.predecessor.length));
    int[][] classes = new int[o.classes().size()][];
    ForkJoinPool pool = new ForkJoinPool(o.threads());
    try {
      for (int g = 0; g < classes.length; g++) {
        classes[g] = t.cluster(o.classes().get(g), o.iterations(), pool, progress);
      }
    } finally {
      pool.shutdown();
    }
    return new WordClusters(List.of(vocabulary), o.classes(), classes);
  }

  private static ClusterTrainer bigrams(ClusterCorpus corpus, int[] rank, int v) {
    long[] keys = new long[corpus.length];
    int n = 0;
    for (int i = 1; i < corpus.length; i++) {
      int a = corpus.ids[i - 1];
      int b = corpus.ids[i];
      if (a != ClusterCorpus.BREAK && b != ClusterCorpus.BREAK && rank[a] >= 0 && rank[b] >= 0) {
        keys[n++] = (long) rank[b] * v + rank[a]; // grouped by successor
      }
    }
    keys = Arrays.copyOf(keys, n);
    Arrays.sort(keys);
    int types = 0;
    for (int i = 0; i < n; i++) {
      types += i == 0 || keys[i] != keys[i - 1] ? 1 : 0;
    }
    int[] from = new int[v + 1];
    int[] pred = new int[types];
    int[] pc = new int[types];
    int[] count = new int[v];
    int k = -1;
    for (int i = 0; i < n; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        k++;
        pred[k] = (int) (keys[i] % v);
        from[(int) (keys[i] / v) + 1] = k + 1;
      }
      pc[k]++;
      count[(int) (keys[i] / v)]++;
    }
    for (int w = 1; w <= v; w++) {
      from[w] = Math.max(from[w], from[w - 1]);
    }
    return new ClusterTrainer(v, count, from, pred, pc);
  }

  /** The class of each word, for {@code c} classes, numbered by their most frequent word. */
  private int[] cluster(int c, int iterations, ForkJoinPool pool, Consumer<String> progress) {
    int[] cls = new int[words];
    int[] nvc = new int[words * c];
    long[] nc = new long[c];
    for (int w = 0; w < words; w++) {
      cls[w] = w % c;
      for (int j = from[w]; j < from[w + 1]; j++) {
        nvc[predecessor[j] * c + cls[w]] += pairCount[j];
      }
      nc[cls[w]] += count[w];
    }
    ThreadLocal<double[]> scratch = ThreadLocal.withInitial(() -> new double[c]);
    int[] best = new int[BATCH];
    for (int it = 1; it <= iterations; it++) {
      long t0 = System.nanoTime();
      int moves = 0;
      for (int start = 0; start < words; start += BATCH) {
        int s = start;
        int end = Math.min(words, start + BATCH);
        run(pool, () -> IntStream.range(s, end).parallel()
            .forEach(w -> best[w - s] = best(w, c, cls, nvc, nc, scratch.get())));
        boolean changed = false;
        for (int w = s; w < end; w++) {
          int to = best[w - s];
          if (to != cls[w] && changed) {
            to = best(w, c, cls, nvc, nc, scratch.get()); // the counts moved since
          }
          if (to != cls[w]) {
            move(w, to, c, cls, nvc, nc);
            moves++;
            changed = true;
          }
        }
      }
      progress.accept(String.format("%d classes, iteration %d: %,d words moved, objective %.6e"
          + " (%.1f s)", c, it, moves, objective(nvc, nc), (System.nanoTime() - t0) / 1e9));
      if (moves == 0) {
        break;
      }
    }
    return renumbered(cls, c);
  }

  private static void run(ForkJoinPool pool, Runnable task) {
    try {
      pool.submit(task).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("clustering interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The class that raises the objective most for word {@code w}; its own on a tie. */
  private int best(int w, int c, int[] cls, int[] nvc, long[] nc, double[] delta) {
    int k = cls[w];
    Arrays.fill(delta, 0);
    for (int j = from[w]; j < from[w + 1]; j++) {
      int n = pairCount[j];
      double fn = f(n);
      int row = predecessor[j] * c;
      for (int x = 0; x < c; x++) {
        int m = nvc[row + x];
        if (m > 0) {
          delta[x] += f(m + n) - f(m) - fn;
        }
      }
      // in its own class the counts include w itself: take it out
      int m = nvc[row + k];
      delta[k] -= f(m + n) - f(m) - fn;
      int without = m - n;
      if (without > 0) {
        delta[k] += f(without + n) - f(without) - fn;
      }
    }
    long cw = count[w];
    int bestClass = k;
    double bestScore = delta[k] - (f(nc[k]) - f(nc[k] - cw));
    for (int x = 0; x < c; x++) {
      if (x != k) {
        double score = delta[x] - (f(nc[x] + cw) - f(nc[x]));
        if (score > bestScore + 1e-9) {
          bestScore = score;
          bestClass = x;
        }
      }
    }
    return bestClass;
  }

  private void move(int w, int to, int c, int[] cls, int[] nvc, long[] nc) {
    int k = cls[w];
    for (int j = from[w]; j < from[w + 1]; j++) {
      int row = predecessor[j] * c;
      nvc[row + k] -= pairCount[j];
      nvc[row + to] += pairCount[j];
    }
    nc[k] -= count[w];
    nc[to] += count[w];
    cls[w] = to;
  }

  private static double objective(int[] nvc, long[] nc) {
    double sum = 0;
    for (int m : nvc) {
      sum += f(m);
    }
    for (long m : nc) {
      sum -= f(m);
    }
    return sum;
  }

  /** Classes numbered in the order of their most frequent word. */
  private static int[] renumbered(int[] cls, int c) {
    int[] number = new int[c];
    Arrays.fill(number, -1);
    int next = 0;
    int[] out = new int[cls.length];
    for (int w = 0; w < cls.length; w++) {
      if (number[cls[w]] < 0) {
        number[cls[w]] = next++;
      }
      out[w] = number[cls[w]];
    }
    return out;
  }

  private static double f(long x) {
    return x < TABLE ? X_LOG_X[(int) x] : x * Math.log(x);
  }

  private static double[] table() {
    double[] t = new double[TABLE];
    for (int x = 1; x < TABLE; x++) {
      t[x] = x * Math.log(x);
    }
    return t;
  }
}
