package org.marsad.extract;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
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
 * <p>Bounds ({@link Limits}): a document larger than {@code maxDocumentBytes} is skipped by the
 * readers, one still running after {@code timeout} is skipped ({@link OrderedParallel}), and the
 * extraction stages read at most {@code maxAnalysedChars} of a text, which is reported.
 *
 * <p>Files are read on a thread of their own ({@link Feed}), one article at a time, articles run
 * through the pipeline on {@code threads} threads, and {@code sink} and {@code report} are called
 * on the calling thread only; at most a few articles per thread are held at once, whatever the
 * size of the input files. One run at a time per extractor.
 */
public final class Extractor {
  private final Pipeline pipeline;
  private final Ingest ingest;
  private final Limits limits;
  private final int threads;

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
    this.pipeline = pipeline.limitedTo(limits);
    this.ingest = new Ingest(limits, manifest);
    this.limits = limits;
    this.threads = threads;
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
    Tally tally = new Tally();
    try (OrderedParallel parallel = new OrderedParallel(threads, limits.timeout());
        Feed feed = new Feed(ingest, files, parallel.window())) {
      Iterator<OrderedParallel.Result<Feed.Unit, Document>> results =
          parallel.map(feed, u -> u.article() == null ? null : pipeline.run(u.article()));
      while (results.hasNext()) {
        OrderedParallel.Result<Feed.Unit, Document> r = results.next();
        take(r.input(), r.outcome(), tally, sink, report);
      }
    }
    return new Summary(files.size(), tally.docs, tally.failed, tally.notArabic, tally.partial);
  }

  private static final class Tally {
    final Set<String> ids = new HashSet<>();
    int docs;
    int failed;
    int notArabic;
    int partial;
  }

  private void take(Feed.Unit u, Outcome<Document> outcome, Tally t, Sink sink,
      Consumer<String> report) throws IOException {
    if (u.error() != null) {
      report.accept("marsad: " + u.error());
      t.failed++;
      return;
    }
    String path = u.article().path();
    if (outcome instanceof Outcome.TimedOut<Document>) {
      report.accept("marsad: " + path + ": " + limits.timedOut());
      t.failed++;
      return;
    }
    if (outcome instanceof Outcome.Failed<Document> f) {
      report.accept("marsad: " + path + ": " + failure(f.error()));
      t.failed++;
      return;
    }
    Document doc = withUniqueId(((Outcome.Done<Document>) outcome).value(), t.ids);
    String problem = Records.problem(doc);
    if (problem != null) {
      report.accept("marsad: " + path + ": internal error, record not written: " + problem);
      t.failed++;
      return;
    }
    if (!"ar".equals(doc.language())) {
      report.accept("marsad: " + path + ": not Arabic (language " + doc.language()
          + "): text and metadata only, no extraction");
      t.notArabic++;
    } else if (doc.text().length() > pipeline.maxAnalysedChars()) {
      report.accept("marsad: " + path + ": "
          + limits.analysedInPart(doc.text().length(), pipeline.maxAnalysedChars()));
      t.partial++;
    }
    sink.accept(doc);
    t.docs++;
  }

  private static String failure(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return "skipped: out of memory while processing (lower --max-chars or --threads)";
    }
    if (e instanceof StackOverflowError) {
      return "could not be processed: stack overflow";
    }
    return "could not be processed: " + e;
  }

  private static Document withUniqueId(Document doc, Set<String> ids) {
    String id = doc.id();
    for (int k = 2; !ids.add(id); k++) {
      id = doc.id() + "-" + k;
    }
    return id.equals(doc.id()) ? doc : doc.withId(id);
  }
}
