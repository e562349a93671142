package org.marsad.extract;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.marsad.batch.Batch;
import org.marsad.batch.Item;
import org.marsad.batch.Status;
import org.marsad.ingest.Ingest;
import org.marsad.ingest.Limits;
import org.marsad.ingest.Manifest;
import org.marsad.model.Document;
import org.marsad.model.RecordJson;
import org.marsad.pipeline.Pipeline;

/**
 * Runs the pipeline over files and folders, on several threads, and hands over one record per
 * article in input order. Bad inputs never stop the run: each gets one line through {@code
 * report}, in input order too, so that a run's output and report are the same for any number of
 * threads. Ids are made unique within a run by a numeric suffix ({@code -2}, {@code -3}) in input
 * order, so they are stable for the same inputs.
 *
 * <p>Files are read and run by a {@link Batch}: one article at a time, within the bounds of {@link
 * Limits}, on {@code threads} threads; {@code sink} and {@code report} are called on the calling
 * thread only, with the batch's lines, and at most a few articles per thread are held at once,
 * whatever the size of the input files. One run at a time per extractor.
 */
public final class Extractor {
  private final Batch batch;

  /** An extractor on all available processors. */
  public Extractor(Pipeline pipeline, Limits limits) {
    this(pipeline, limits, OrderedParallel.defaultThreads());
  }

  public Extractor(Pipeline pipeline, Limits limits, int threads) {
    this(pipeline, limits, threads, null);
  }

  /** An extractor that gives the files a manifest names its metadata ({@code null}: none). */
  public Extractor(Pipeline pipeline, Limits limits, int threads, Manifest.Binding manifest) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.batch = new Batch(pipeline, limits, threads, manifest);
  }

  /** Counts of a run; {@code partial}: records whose text was analysed only in part. */
  public record Summary(int files, int documents, int failed, int notArabic, int partial) {
    public Summary(int files, int documents, int failed, int notArabic) {
      this(files, documents, failed, notArabic, 0);
    }

    public String line() {
      return String.format(Locale.ROOT,
          "marsad: %d file%s read, %d record%s written, %d failed%s%s", files,
          files == 1 ? "" : "s", documents, documents == 1 ? "" : "s", failed,
          notArabic > 0 ? ", " + notArabic + " not in Arabic" : "",
          partial > 0 ? ", " + partial + " analysed in part" : "");
    }
  }

  /** Where records go, in input order. */
  public interface Sink {
    void accept(Document doc) throws IOException;
  }

  /** Writes one JSON line per record to {@code out}. */
  public Summary extract(List<Path> paths, Writer out, Consumer<String> report) throws IOException {
    Summary s = run(paths, doc -> {
      out.write(RecordJson.line(doc));
      out.write('\n');
    }, report);
    out.flush();
    return s;
  }

  /** Hands every consistent record to {@code sink} and every problem to {@code report}. */
  public Summary run(List<Path> paths, Sink sink, Consumer<String> report) throws IOException {
    List<Path> files = Ingest.expand(paths);
    if (files.isEmpty()) {
      report.accept("marsad: no input files under " + paths);
      return new Summary(0, 0, 1, 0, 0);
    }
    Set<String> ids = new HashSet<>();
    int docs = 0;
    int failed = 0;
    int notArabic = 0;
    int partial = 0;
    try (Batch.Run run = batch.start(files)) {
      while (run.hasNext()) {
        Item item = run.next();
        if (item.line() != null) {
          report.accept(item.line());
        }
        failed += item.status().failed() ? 1 : 0;
        notArabic += item.status() == Status.NOT_ARABIC ? 1 : 0;
        partial += item.status() == Status.ANALYSED_IN_PART ? 1 : 0;
        if (item.status().written()) {
          sink.accept(withUniqueId(item.document(), ids));
          docs++;
        }
      }
    }
    return new Summary(files.size(), docs, failed, notArabic, partial);
  }

  private static Document withUniqueId(Document doc, Set<String> ids) {
    String id = doc.id();
    for (int k = 2; !ids.add(id); k++) {
      id = doc.id() + "-" + k;
    }
    return id.equals(doc.id()) ? doc : doc.withId(id);
  }
}
