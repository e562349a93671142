package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.corpus.ActorGraph;
import org.marsad.corpus.Contradiction;
import org.marsad.corpus.Contradictions;
import org.marsad.corpus.Corpus;
import org.marsad.corpus.Corroborations;
import org.marsad.corpus.GraphMl;
import org.marsad.corpus.Stories;
import org.marsad.bench.SyntheticCorpus;
import org.marsad.corpus.Story;
import org.marsad.model.Document;
import org.marsad.model.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The cross-document commands: stories, contradictions and the actor graph. */
final class CorpusCommands {
  private CorpusCommands() {}

  /** What every cross-document command reads and where it writes. */
  abstract static class Base implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
        description = "Files of records (JSON Lines from extract), - for records on standard"
            + " input, or articles and folders, which are extracted first.")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
        description = "Write to FILE (written whole or not at all) instead of stdout.")
    Path out;

    /** Writes the result for the corpus; returns a one-line summary for standard error. */
    abstract String write(Corpus corpus, Writer w) throws IOException;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      CorpusInput.Loaded loaded = CorpusInput.load(inputs, err);
      Corpus corpus = Corpus.of(loaded.documents());
      String summary;
      if (out == null) {
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        summary = write(corpus, w);
        w.flush();
      } else {
        try {
          summary = OutputFile.write(out, w -> write(corpus, w));
        } catch (IOException e) {
          err.println("marsad: cannot write " + out + ": " + OutputFile.describe(e));
          err.flush();
          return 1;
        }
      }
      err.println("marsad: " + loaded.documents().size() + " documents read, " + summary
          + (loaded.failed() > 0 ? ", " + loaded.failed() + " failed" : ""));
      err.flush();
      return loaded.failed() > 0 ? 1 : 0;
    }

    static void line(Writer w, Object value) throws IOException {
      w.write(MAPPER.writeValueAsString(value));
      w.write('\n');
    }

    static final ObjectMapper MAPPER = RecordJson.mapper();
  }

  @Command(name = "stories", mixinStandardHelpOptions = true,
      description = {
        "Groups articles that report the same events: republished copies (MinHash over word"
            + " shingles) and articles sharing an event (same type and actors, within a week).",
        "Writes one story a line (JSON): its documents, independent sources, copy groups and"
            + " shared events."
      })
  static final class StoriesCommand extends Base {
    @Option(names = "--all", description = "Also write stories of a single article.")
    boolean all;

    @Override
    String write(Corpus corpus, Writer w) throws IOException {
      int n = 0;
      for (Story s : Stories.group(corpus)) {
        if (all || s.documents().size() > 1) {
          line(w, s);
          n++;
        }
      }
      return n + " stor" + (n == 1 ? "y" : "ies") + " written";
    }
  }

  @Command(name = "contradictions", mixinStandardHelpOptions = true,
      description = {
        "Finds reports from different documents that cannot both hold: opposite relations between"
            + " the same actors, asserted vs denied acts, rival control of a place, different"
            + " casualty counts.",
        "Writes one pair a line (JSON): a, b (document, outlet, speaker, evidence), subject,"
            + " object, relation, kind, reason, time."
      })
  static final class ContradictionsCommand extends Base {
    @Option(names = "--known-time",
        description = "Only pairs whose times are both known and overlap.")
    boolean knownTime;

    @Override
    String write(Corpus corpus, Writer w) throws IOException {
      int n = 0;
      for (Contradiction c : Contradictions.find(corpus)) {
        if (!knownTime || c.time().overlap().equals("yes")) {
          line(w, c);
          n++;
        }
      }
      return n + " contradiction" + (n == 1 ? "" : "s") + " written";
    }
  }

  @Command(name = "corroborate", mixinStandardHelpOptions = true,
      description = {
        "Writes the records back with, in every event and claim, how many independent sources"
            + " report it across the input (corroboration: outlets, texts, and their names);"
            + " republished copies count once."
      })
  static final class CorroborateCommand extends Base {
    @Override
    String write(Corpus corpus, Writer w) throws IOException {
      List<Document> docs = Corroborations.annotate(corpus);
      for (Document d : docs) {
        w.write(RecordJson.line(d));
        w.write('\n');
      }
      return docs.size() + " record" + (docs.size() == 1 ? "" : "s") + " written";
    }
  }

  @Command(name = "graph", mixinStandardHelpOptions = true,
      description = {
        "The actor graph: actors as nodes, dated and typed edges (supports, opposes, meets,"
            + " fights) with the outlets reporting them, whether only anonymous sources do, and"
            + " their evidence.",
        "--format json (default) or graphml (for Gephi)."
      })
  static final class GraphCommand extends Base {
    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
        description = "json or graphml (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
      if (!format.equals("json") && !format.equals("graphml")) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "unknown format '" + format + "': json or graphml");
      }
      return super.call();
    }

    @Override
    String write(Corpus corpus, Writer w) throws IOException {
      ActorGraph graph = ActorGraph.build(corpus);
      if (format.equals("graphml")) {
        GraphMl.write(graph, w);
      } else {
        w.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(graph));
        w.write('\n');
      }
      return graph.nodes().size() + " actors, " + graph.edges().size() + " edges written";
    }
  }

  @Command(name = "corpus-bench", mixinStandardHelpOptions = true,
      description = {
        "Measures the cross-document step (copies, stories, contradictions, graph) on generated"
            + " corpora of growing size and prints the time of each size and the growth rate.",
        "The corpora are generated records, not real news (see SyntheticCorpus)."
      })
  static final class CorpusBenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--sizes", split = ",", defaultValue = "1000,2000,5000,10000",
        paramLabel = "N,N,...", description = "Corpus sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--repeat", defaultValue = "3",
        description = "Runs per size; the fastest is reported (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
      if (largest < 1 || repeat < 1) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--sizes and --repeat must be positive");
      }
      List<Document> all = SyntheticCorpus.generate(largest, 42);
      for (int w = 0; w < 3; w++) {
        run(all); // warm-up: the compiler has seen every path before the first timing
      }
      out.printf(Locale.ROOT, "%8s %10s %10s %12s %10s %10s %14s%n", "records", "copies_ms",
          "stories_ms", "contradict_ms", "graph_ms", "total_ms", "contradictions");
      double firstMs = 0;
      int firstN = 0;
      for (int n : sizes) {
        long[] best = null;
        for (int r = 0; r < repeat; r++) {
          long[] t = run(all.subList(0, n));
          if (best == null || t[4] < best[4]) {
            best = t;
          }
        }
        out.printf(Locale.ROOT, "%8d %10.1f %10.1f %12.1f %10.1f %10.1f %14d%n", n,
            best[0] / 1e6, best[1] / 1e6, best[2] / 1e6, best[3] / 1e6, best[4] / 1e6, best[5]);
        if (firstN == 0) {
          firstN = n;
          firstMs = best[4] / 1e6;
        } else {
          double ratio = best[4] / 1e6 / firstMs;
          out.printf(Locale.ROOT, "         x%.1f records -> x%.2f time (exponent %.2f)%n",
              n / (double) firstN, ratio, Math.log(ratio) / Math.log(n / (double) firstN));
        }
      }
      out.flush();
      return 0;
    }

    /** Nanoseconds of each step and in all, and the number of contradictions. */
    private static long[] run(List<Document> docs) {
      long t0 = System.nanoTime();
      Corpus corpus = Corpus.of(docs);
      long t1 = System.nanoTime();
      int stories = Stories.group(corpus).size();
      long t2 = System.nanoTime();
      int pairs = Contradictions.find(corpus).size();
      long t3 = System.nanoTime();
      int edges = ActorGraph.build(corpus).edges().size();
      long t4 = System.nanoTime();
      if (stories + edges < 0) {
        throw new IllegalStateException();
      }
      return new long[] {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0, pairs};
    }
  }
}
