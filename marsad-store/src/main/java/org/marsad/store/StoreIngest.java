package org.marsad.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.marsad.batch.Batch;
import org.marsad.batch.Item;
import org.marsad.batch.Source;
import org.marsad.batch.Status;
import org.marsad.extract.OrderedParallel;
import org.marsad.ingest.Ingest;
import org.marsad.ingest.Limits;
import org.marsad.ingest.Manifest;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;

/**
 * Reads files and folders, runs the pipeline and adds each article to a store, in input order.
 * An input already stored (same raw content) is skipped before the pipeline runs, so a rerun after
 * an interrupted ingest only processes what is missing. Files are read and run by a {@link Batch},
 * as {@code marsad extract} reads and runs them: one article at a time (a JSON Lines or WARC file
 * of any size is never held in memory), on several threads, within the bounds of {@link Limits};
 * the store is written from the calling thread only, in input order, each article in its own
 * transaction, so the result does not depend on the number of threads and bad input never
 * touches what was stored. Bad inputs never stop the run: each gets one line through {@code
 * report}, in the batch's words. One run at a time.
 */
public final class StoreIngest {
  private final Batch batch;
  private final Store store;

  public StoreIngest(Pipeline pipeline, Limits limits, Store store) {
    this(pipeline, limits, store, OrderedParallel.defaultThreads());
  }

  public StoreIngest(Pipeline pipeline, Limits limits, Store store, int threads) {
    this(pipeline, limits, store, threads, null);
  }

  /** An ingest that gives the files a manifest names its metadata ({@code null}: none). */
  public StoreIngest(Pipeline pipeline, Limits limits, Store store, int threads,
      Manifest.Binding manifest) {
    this.batch = new Batch(pipeline, limits, threads, manifest);
    this.store = store;
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

  public Summary run(List<Path> paths, Consumer<String> report, Progress progress) {
    List<Path> files = Ingest.expand(paths);
    Summary sum = new Summary(files.size(), 0, 0, 0, 0, 0);
    if (files.isEmpty()) {
      report.accept("marsad: no input files under " + paths);
      return sum.plus(0, 0, 1, 0);
    }
    // called on this thread, as the store is: before the pipeline runs on the article
    Predicate<RawArticle> stored = a -> store.hasInput(rawHash(a));
    try (Batch.Run run = batch.start(files.stream().map(Source::of).toList(), stored)) {
      while (run.hasNext()) {
        Item item = run.next();
        if (item.status() == Status.END_OF_FILE) {
          progress.update(item.file() + 1, files.size(), sum);
        } else {
          sum = take(item, sum, report);
        }
      }
    }
    store.commit();
    return sum;
  }

  private Summary take(Item item, Summary sum, Consumer<String> report) {
    if (item.status() == Status.ALREADY_DONE) {
      return sum.plus(0, 1, 0, 0);
    }
    if (item.status().failed()) {
      report.accept(item.line());
      return sum.plus(0, 0, 1, 0);
    }
    Store.Added added = store.add(item.document(), rawHash(item.article()));
    if (!added.stored()) {
      return sum.plus(0, 1, 0, 0);
    }
    if (item.line() != null) {
      report.accept(item.line());
    }
    if (item.status() == Status.ANALYSED_IN_PART) {
      sum = sum.plusPartial();
    }
    return sum.plus(1, 0, 0, item.status() == Status.NOT_ARABIC ? 1 : 0);
  }

  /** The hash by which an input already stored is known: of its raw content and markup. */
  private static String rawHash(RawArticle a) {
    return Hashes.sha256(a.markup().name(), a.content());
  }
}
