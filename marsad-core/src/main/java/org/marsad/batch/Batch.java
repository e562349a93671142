package org.marsad.batch;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import org.marsad.extract.OrderedParallel;
import org.marsad.extract.Outcome;
import org.marsad.extract.Records;
import org.marsad.ingest.Ingest;
import org.marsad.ingest.Limits;
import org.marsad.ingest.Manifest;
import org.marsad.ingest.RawArticle;
import org.marsad.model.Document;
import org.marsad.pipeline.Pipeline;

/**
 * Runs the pipeline over a list of sources and hands back one {@link Item} per document or
 * problem, in input order, whatever the number of threads. The one path of {@code marsad
 * extract}, the store's ingest and the Spark job, so that all three read the same inputs the same
 * way, within the same {@link Limits}, and report the same problems in the same words.
 *
 * <p>Streaming: sources are read on a thread of their own, one document at a time ({@link Feed}),
 * and at most {@link OrderedParallel#window()} documents are held at once, so a JSON Lines or WARC
 * file of any size is never held in memory. Limits: a document larger than {@code
 * maxDocumentBytes} is not read ({@link Status#TOO_LARGE}), one still running after {@code
 * timeout} is given up ({@link Status#TIMED_OUT}), and the extraction stages read at most {@code
 * maxAnalysedChars} of a text ({@link Status#ANALYSED_IN_PART}).
 *
 * <p>A batch may be started any number of times, one run at a time per thread; a run's iterator
 * is for the thread that started it, and {@code alreadyDone} is called on that thread only.
 */
public final class Batch {
  private final Pipeline pipeline;
  private final Ingest ingest;
  private final Limits limits;
  private final int threads;

  /**
   * @param threads how many documents are processed at once, at least 1
   * @param manifest the metadata of the files a manifest names, or null
   */
  public Batch(Pipeline pipeline, Limits limits, int threads, Manifest.Binding manifest) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.pipeline = pipeline.limitedTo(limits);
    this.ingest = new Ingest(limits, manifest);
    this.limits = limits;
    this.threads = threads;
  }

  /** A run over local files, in this order. */
  public Run start(List<Path> files) {
    return start(files.stream().map(Source::of).toList(), a -> false);
  }

  /**
   * A run over {@code sources}; an article for which {@code alreadyDone} holds is handed back as
   * {@link Status#ALREADY_DONE} without running the pipeline.
   */
  public Run start(List<? extends Source> sources, Predicate<RawArticle> alreadyDone) {
    return new Run(List.copyOf(sources), alreadyDone);
  }

  /** The items of one run, in input order; close it to stop reading and processing. */
  public final class Run implements Iterator<Item>, AutoCloseable {
    /** A unit of the feed, and whether the caller has its article already. */
    private record Pending(Feed.Unit unit, boolean done) {}

    private final OrderedParallel parallel;
    private final Feed feed;
    private final Iterator<OrderedParallel.Result<Pending, Document>> results;

    private Run(List<? extends Source> sources, Predicate<RawArticle> alreadyDone) {
      this.parallel = new OrderedParallel(threads, limits.timeout());
      this.feed = new Feed(ingest, sources, parallel.window());
      Iterator<Pending> pending = new Iterator<>() {
        @Override
        public boolean hasNext() {
          return feed.hasNext();
        }

        @Override
        public Pending next() {
          Feed.Unit u = feed.next();
          return new Pending(u, u.article() != null && alreadyDone.test(u.article()));
        }
      };
      this.results = parallel.map(pending,
          p -> p.unit().article() == null || p.done() ? null : pipeline.run(p.unit().article()));
    }

    /**
     * Whether an item is left. After the last item, a source that threw rather than reported is
     * rethrown, wrapped in an {@link IllegalStateException}.
     */
    @Override
    public boolean hasNext() {
      if (results.hasNext()) {
        return true;
      }
      Throwable failure = feed.failure();
      if (failure != null) {
        throw new IllegalStateException("reading the input failed: " + failure, failure);
      }
      return false;
    }

    @Override
    public Item next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      OrderedParallel.Result<Pending, Document> r = results.next();
      return item(r.input(), r.outcome());
    }

    @Override
    public void close() {
      feed.close();
      parallel.close();
    }
  }

  /** How many characters of a text the extraction stages read. */
  public int maxAnalysedChars() {
    return pipeline.maxAnalysedChars();
  }

  private Item item(Run.Pending p, Outcome<Document> outcome) {
    Feed.Unit u = p.unit();
    if (u.endOfFile()) {
      return new Item(u.file(), u.index(), Status.END_OF_FILE, null, null, null, null);
    }
    if (u.error() != null) {
      return new Item(u.file(), u.index(),
          u.error().tooLarge() ? Status.TOO_LARGE : Status.UNREADABLE, u.error().path(), null,
          null, u.error().message());
    }
    RawArticle a = u.article();
    Status status;
    String message;
    Document doc = null;
    if (p.done()) {
      status = Status.ALREADY_DONE;
      message = null;
    } else if (outcome instanceof Outcome.TimedOut<Document>) {
      status = Status.TIMED_OUT;
      message = limits.timedOut();
    } else if (outcome instanceof Outcome.Failed<Document> f) {
      status = Status.FAILED;
      message = failure(f.error());
    } else {
      doc = ((Outcome.Done<Document>) outcome).value();
      String problem = Records.problem(doc);
      if (problem != null) {
        status = Status.INCONSISTENT;
        message = "internal error, record not written: " + problem;
        doc = null;
      } else if (!"ar".equals(doc.language())) {
        status = Status.NOT_ARABIC;
        message = "not Arabic (language " + doc.language()
            + "): text and metadata only, no extraction";
      } else if (doc.text().length() > pipeline.maxAnalysedChars()) {
        status = Status.ANALYSED_IN_PART;
        message = limits.analysedInPart(doc.text().length(), pipeline.maxAnalysedChars());
      } else {
        status = Status.OK;
        message = null;
      }
    }
    return new Item(u.file(), u.index(), status, a.path(), a, doc, message);
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
}
