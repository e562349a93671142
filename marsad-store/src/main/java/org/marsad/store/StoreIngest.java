package org.marsad.store;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.marsad.extract.OrderedParallel;
import org.marsad.extract.Outcome;
import org.marsad.extract.Records;
import org.marsad.ingest.Ingest;
import org.marsad.ingest.Manifest;
import org.marsad.ingest.InputError;
import org.marsad.ingest.Limits;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.ReadResult;
import org.marsad.model.Document;
import org.marsad.pipeline.Pipeline;

/**
 * Reads files and folders, runs the pipeline and adds each article to a store, in input order.
 * An input already stored (same raw content) is skipped before the pipeline runs, so a rerun after
 * an interrupted ingest only processes what is missing. The pipeline runs on several threads
 * ({@link OrderedParallel}) within the bounds of {@link Limits}; the store is written from the
 * calling thread only, in input order, so the result does not depend on the number of threads.
 * Bad inputs never stop the run: each gets one line through {@code report}. One run at a time.
 */
public final class StoreIngest {
  private final Pipeline pipeline;
  private final Ingest ingest;
  private final Limits limits;
  private final Store store;
  private final int threads;

  public StoreIngest(Pipeline pipeline, Limits limits, Store store) {
    this(pipeline, limits, store, OrderedParallel.defaultThreads());
  }

  public StoreIngest(Pipeline pipeline, Limits limits, Store store, int threads) {
    this(pipeline, limits, store, threads, null);
  }

  /** An ingest that gives the files a manifest names its metadata ({@code null}: none). */
  public StoreIngest(Pipeline pipeline, Limits limits, Store store, int threads,
      Manifest.Binding manifest) {
    this.pipeline = pipeline.limitedTo(limits);
    this.ingest = new Ingest(limits, manifest);
    this.limits = limits;
    this.store = store;
    this.threads = threads;
  }

  /** Progress of a run, after each file. */
  public interface Progress {
    void update(int filesDone, int files, Summary sofar);
  }

  /**
   * Counts of a run: articles stored, already in the store, failed, stored but not Arabic, and
   * stored with extraction from the first {@code --max-chars} characters only.
   */
  public record Summary(int files, int stored, int duplicates, int failed, int notArabic,
      int partial) {
    public String line() {
      return String.format(Locale.ROOT,
          "marsad: %d file%s read, %d article%s stored, %d already in the store, %d failed%s%s",
          files, files == 1 ? "" : "s", stored, stored == 1 ? "" : "s", duplicates, failed,
          notArabic > 0 ? ", " + notArabic + " not in Arabic" : "",
          partial > 0 ? ", " + partial + " analysed in part" : "");
    }

    Summary plus(int s, int d, int f, int n) {
      return new Summary(files, stored + s, duplicates + d, failed + f, notArabic + n, partial);
    }

    Summary plusPartial() {
      return new Summary(files, stored, duplicates, failed, notArabic, partial + 1);
    }
  }

  /**
   * One thing to handle in input order: an error met reading a file, or an article (with the
   * hash of its raw content, and whether the store has it already). {@code lastOfFile} marks the
   * file's last unit, after which progress is reported.
   */
  private record Unit(int file, boolean lastOfFile, InputError error, RawArticle article,
      String rawHash, boolean known) {}

  public Summary run(List<Path> paths, Consumer<String> report, Progress progress) {
    List<Path> files = Ingest.expand(paths);
    Summary sum = new Summary(files.size(), 0, 0, 0, 0, 0);
    if (files.isEmpty()) {
      report.accept("marsad: no input files under " + paths);
      return sum.plus(0, 0, 1, 0);
    }
    try (OrderedParallel parallel = new OrderedParallel(threads, limits.timeout())) {
      Iterator<OrderedParallel.Result<Unit, Document>> results = parallel.map(units(files),
          u -> u.article() == null || u.known() ? null : pipeline.run(u.article()));
      while (results.hasNext()) {
        OrderedParallel.Result<Unit, Document> r = results.next();
        sum = take(r.input(), r.outcome(), sum, report);
        if (r.input().lastOfFile()) {
          progress.update(r.input().file() + 1, files.size(), sum);
        }
      }
    }
    store.commit();
    return sum;
  }

  private Summary take(Unit u, Outcome<Document> outcome, Summary sum, Consumer<String> report) {
    if (u.error() != null) {
      report.accept("marsad: " + u.error());
      return sum.plus(0, 0, 1, 0);
    }
    if (u.article() == null) {
      return sum; // a file with nothing in it: only its progress
    }
    if (u.known()) {
      return sum.plus(0, 1, 0, 0);
    }
    String path = u.article().path();
    if (outcome instanceof Outcome.TimedOut<Document>) {
      report.accept("marsad: " + path + ": " + limits.timedOut());
      return sum.plus(0, 0, 1, 0);
    }
    if (outcome instanceof Outcome.Failed<Document> f) {
      report.accept("marsad: " + path + ": could not be processed: " + f.error());
      return sum.plus(0, 0, 1, 0);
    }
    Document doc = ((Outcome.Done<Document>) outcome).value();
    String problem = Records.problem(doc);
    if (problem != null) {
      report.accept("marsad: " + path + ": internal error, record not stored: " + problem);
      return sum.plus(0, 0, 1, 0);
    }
    Store.Added added = store.add(doc, u.rawHash());
    if (!added.stored()) {
      return sum.plus(0, 1, 0, 0);
    }
    boolean arabic = "ar".equals(doc.language());
    if (!arabic) {
      report.accept("marsad: " + path + ": not Arabic (language " + doc.language()
          + "): text and metadata only, no extraction");
    } else if (doc.text().length() > pipeline.maxAnalysedChars()) {
      report.accept("marsad: " + path + ": "
          + limits.analysedInPart(doc.text().length(), pipeline.maxAnalysedChars()));
      sum = sum.plusPartial();
    }
    return sum.plus(1, 0, 0, arabic ? 0 : 1);
  }

  /** The units of the files, read one file at a time as they are asked for. */
  private Iterator<Unit> units(List<Path> files) {
    Deque<Unit> read = new ArrayDeque<>();
    return new Iterator<>() {
      int next;

      @Override
      public boolean hasNext() {
        while (read.isEmpty() && next < files.size()) {
          int f = next++;
          ReadResult r = ingest.read(files.get(f));
          int n = r.errors().size() + r.articles().size();
          int k = 0;
          for (InputError e : r.errors()) {
            read.add(new Unit(f, ++k == n, e, null, null, false));
          }
          for (RawArticle a : r.articles()) {
            String hash = Hashes.sha256(a.markup().name(), a.content());
            read.add(new Unit(f, ++k == n, null, a, hash, store.hasInput(hash)));
          }
          if (n == 0) {
            read.add(new Unit(f, true, null, null, null, false));
          }
        }
        return !read.isEmpty();
      }

      @Override
      public Unit next() {
        hasNext();
        return read.remove();
      }
    };
  }
}
