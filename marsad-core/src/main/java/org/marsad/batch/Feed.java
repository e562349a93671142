package org.marsad.batch;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.marsad.ingest.Ingest;
import org.marsad.ingest.InputError;
import org.marsad.ingest.RawArticle;

/**
 * The articles and read errors of a list of sources, in input order, read on a thread of their
 * own into a queue of bounded length: reading goes on while the pipeline works, and a container
 * file of any size (JSON Lines, WARC) is never held in memory, only the next {@code capacity}
 * units. After each source's last unit comes one that marks its end. The iterator is for one
 * consumer thread; closing stops the reading thread.
 */
final class Feed implements Iterator<Feed.Unit>, AutoCloseable {
  /**
   * One thing to hand over in input order: an article to run, an error met reading a source, or
   * (neither) the end of source {@code file}; {@code index} counts the source's units from 0.
   */
  record Unit(int file, int index, RawArticle article, InputError error) {
    boolean endOfFile() {
      return article == null && error == null;
    }
  }

  private static final Unit END = new Unit(-1, -1, null, null);

  /** Thrown inside the reading thread once the feed is closed, to stop it where it is. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }

  private final BlockingQueue<Unit> queue;
  private final Thread reader;
  private volatile boolean closed;
  private volatile Throwable failure;
  private Unit next;

  Feed(Ingest ingest, List<? extends Source> sources, int capacity) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.reader = new Thread(() -> {
      try {
        for (int f = 0; f < sources.size(); f++) {
          int file = f;
          int[] index = {0};
          sources.get(f).read(ingest, new Ingest.Sink() {
            @Override
            public void article(RawArticle a) {
              put(new Unit(file, index[0]++, a, null));
            }

            @Override
            public void error(InputError e) {
              put(new Unit(file, index[0]++, null, e));
            }
          });
          put(new Unit(file, index[0], null, null));
        }
        put(END);
      } catch (Stopped e) {
        // closed: the consumer wants no more
      } catch (RuntimeException | Error e) {
        failure = e; // a source that threw instead of reporting: the run rethrows it at its end
        put(END);
      }
    }, "marsad-read");
    reader.setDaemon(true);
    reader.start();
  }

  private void put(Unit u) {
    try {
      while (!queue.offer(u, 100, TimeUnit.MILLISECONDS)) {
        if (closed) {
          throw new Stopped();
        }
      }
    } catch (InterruptedException e) {
      throw new Stopped();
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted while reading input");
      }
    }
    return next != END;
  }

  /** What a source threw instead of reporting, once the feed has ended; null when nothing. */
  Throwable failure() {
    return failure;
  }

  @Override
  public Unit next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Unit u = next;
    next = null;
    return u;
  }

  @Override
  public void close() {
    closed = true;
    reader.interrupt();
  }
}
