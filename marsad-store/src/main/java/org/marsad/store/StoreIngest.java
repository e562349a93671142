package org.marsad.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.marsad.ingest.Ingest;
import org.marsad.ingest.InputError;
import org.marsad.ingest.Limits;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.ReadResult;
import org.marsad.model.Document;
import org.marsad.pipeline.Pipeline;

/**
 * Reads files and folders, runs the pipeline and adds each article to a store. An input already
 * stored (same raw content) is skipped before the pipeline runs, so a rerun after an interrupted
 * ingest only processes what is missing. Bad inputs never stop the run: each gets one line through
 * {@code report}. Not thread-safe: one run at a time.
 */
public final class StoreIngest {
  private final Pipeline pipeline;
  private final Ingest ingest;
  private final Store store;

  public StoreIngest(Pipeline pipeline, Limits limits, Store store) {
    this.pipeline = pipeline;
    this.ingest = new Ingest(limits);
    this.store = store;
  }

  /** Progress of a run, after each file. */
  public interface Progress {
    void update(int filesDone, int files, Summary sofar);
  }

  /** Counts of a run: articles stored, already in the store, failed, and stored but not Arabic. */
  public record Summary(int files, int stored, int duplicates, int failed, int notArabic) {
    public String line() {
      return String.format(Locale.ROOT,
          "marsad: %d file%s read, %d article%s stored, %d already in the store, %d failed%s",
          files, files == 1 ? "" : "s", stored, stored == 1 ? "" : "s", duplicates, failed,
          notArabic > 0 ? ", " + notArabic + " not in Arabic" : "");
    }

    Summary plus(int s, int d, int f, int n) {
      return new Summary(files, stored + s, duplicates + d, failed + f, notArabic + n);
    }
  }

  public Summary run(List<Path> paths, Consumer<String> report, Progress progress) {
    List<Path> files = Ingest.expand(paths);
    Summary sum = new Summary(files.size(), 0, 0, 0, 0);
    if (files.isEmpty()) {
      report.accept("marsad: no input files under " + paths);
      return sum.plus(0, 0, 1, 0);
    }
    int done = 0;
    for (Path file : files) {
      ReadResult r = ingest.read(file);
      for (InputError e : r.errors()) {
        report.accept("marsad: " + e);
        sum = sum.plus(0, 0, 1, 0);
      }
      for (RawArticle a : r.articles()) {
        String rawHash = Hashes.sha256(a.markup().name(), a.content());
        if (store.hasInput(rawHash)) {
          sum = sum.plus(0, 1, 0, 0);
          continue;
        }
        Document doc;
        try {
          doc = pipeline.run(a);
        } catch (RuntimeException | StackOverflowError e) {
          report.accept("marsad: " + a.path() + ": could not be processed: " + e);
          sum = sum.plus(0, 0, 1, 0);
          continue;
        }
        Store.Added added = store.add(doc, rawHash);
        boolean arabic = "ar".equals(doc.language());
        if (added.stored() && !arabic) {
          report.accept("marsad: " + a.path() + ": not Arabic (language " + doc.language()
              + "): text and metadata only, no extraction");
        }
        sum = added.stored() ? sum.plus(1, 0, 0, arabic ? 0 : 1) : sum.plus(0, 1, 0, 0);
      }
      progress.update(++done, files.size(), sum);
    }
    store.commit();
    return sum;
  }
}
