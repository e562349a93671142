package org.marsad.extract;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps inputs to outputs on a fixed number of threads, and gives the results back in input
 * order: the result of the i-th input is always the i-th result, whatever the number of threads
 * and however long each input takes. With a function that is deterministic for each input, the
 * results are the same for any number of threads, one included.
 *
 * <p>Use: {@code try (var p = new OrderedParallel(threads, timeout)) { for (var r : (Iterable<...>)
 * () -> p.map(inputs, work)) { ... } }}. The returned iterator is lazy: it pulls inputs from
 * {@code inputs} on the caller's thread only while fewer than {@link #window()} results are
 * pending (so at most that many inputs and outputs are held at once, however long the input),
 * and hands each result to the caller's thread, where it can be written without locks.
 *
 * <p>Time limit: an input whose work has run longer than {@code timeout} (counted from when a
 * thread started on it, not from when it was queued) gives {@link Outcome.TimedOut}; its thread
 * is interrupted and, until it returns, an extra thread takes its place, so a stuck input costs
 * one core but never stops the run. Work that ignores interruption keeps its thread until it
 * ends; the threads are daemons, so it never keeps the JVM alive. Exceptions and errors thrown by
 * the work (OutOfMemoryError and StackOverflowError included) give {@link Outcome.Failed}.
 *
 * <p>Threads: the work runs on this runner's threads (a stack of {@link #STACK_BYTES} each), so it
 * must be thread-safe; the iterator itself is for one consumer thread. Closing stops the threads.
 */
public final class OrderedParallel implements AutoCloseable {
  /** The stack size of a worker thread: deep enough for recursive parsers on odd input. */
  public static final long STACK_BYTES = 16L << 20;

  private static final AtomicInteger RUNNERS = new AtomicInteger();

  private final int threads;
  private final long timeoutNanos;
  private final ThreadPoolExecutor pool;
  private final Object poolSize = new Object();
  private int extraThreads;

  /**
   * @param threads how many inputs are worked on at once, at least 1
   * @param timeout the time limit of one input's work; zero for none
   */
  public OrderedParallel(int threads, Duration timeout) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative: " + timeout);
    }
    this.threads = threads;
    this.timeoutNanos = timeout.toNanos();
    int runner = RUNNERS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(null, r, "marsad-" + runner + "-" + n.incrementAndGet(), STACK_BYTES);
      t.setDaemon(true);
      return t;
    };
    this.pool = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), factory);
  }

  /** The number of available processors: the default number of threads. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** How many results may be pending at once: four per thread. */
  public int window() {
    return 4 * threads;
  }

  /** One input and how its work ended. */
  public record Result<I, O>(I input, Outcome<O> outcome) {}

  /**
   * The results of {@code work} over {@code inputs}, in input order. {@code inputs} is read on
   * the thread that calls the iterator's methods. If that thread is interrupted while waiting,
   * the iterator throws {@link CancellationException} with the thread's interrupt status set.
   */
  public <I, O> Iterator<Result<I, O>> map(
      Iterator<? extends I> inputs, Function<? super I, ? extends O> work) {
    return new Iterator<>() {
      private final Deque<Task<I, O>> pending = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        fill();
        return !pending.isEmpty();
      }

      @Override
      public Result<I, O> next() {
        fill();
        if (pending.isEmpty()) {
          throw new NoSuchElementException();
        }
        Task<I, O> head = pending.removeFirst();
        return new Result<>(head.input, await(head));
      }

      private void fill() {
        while (pending.size() < window() && inputs.hasNext()) {
          Task<I, O> t = new Task<>(inputs.next(), work);
          pending.addLast(t);
          pool.execute(t);
        }
      }
    };
  }

  private <I, O> Outcome<O> await(Task<I, O> t) {
    try {
      if (timeoutNanos == 0) {
        return outcome(t);
      }
      while (!t.started) {
        // queued: its clock has not begun
        try {
          return outcome(t, TimeUnit.MILLISECONDS.toNanos(20));
        } catch (TimeoutException e) {
          // look again
        }
      }
      long left = t.startedAt + timeoutNanos - System.nanoTime();
      while (left > 0) {
        try {
          return outcome(t, left);
        } catch (TimeoutException e) {
          left = t.startedAt + timeoutNanos - System.nanoTime();
        }
      }
      synchronized (poolSize) {
        if (t.running && !t.abandoned) {
          t.abandoned = true;
          resize(+1);
        }
      }
      // a task that ended in the meantime keeps its result
      return t.cancel(true)
          ? new Outcome.TimedOut<>(TimeUnit.NANOSECONDS.toMillis(timeoutNanos))
          : outcome(t);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for a result");
    }
  }

  private static <O> Outcome<O> outcome(FutureTask<O> t) throws InterruptedException {
    try {
      return new Outcome.Done<>(t.get());
    } catch (ExecutionException e) {
      return new Outcome.Failed<>(e.getCause());
    }
  }

  private static <O> Outcome<O> outcome(FutureTask<O> t, long nanos)
      throws InterruptedException, TimeoutException {
    try {
      return new Outcome.Done<>(t.get(nanos, TimeUnit.NANOSECONDS));
    } catch (ExecutionException e) {
      return new Outcome.Failed<>(e.getCause());
    }
  }

  /** Adds or removes a thread beside an abandoned task; called holding {@code poolSize}. */
  private void resize(int delta) {
    extraThreads += delta;
    int size = threads + extraThreads;
    if (delta > 0) {
      pool.setMaximumPoolSize(size);
      pool.setCorePoolSize(size);
    } else {
      pool.setCorePoolSize(size);
      pool.setMaximumPoolSize(size);
    }
  }

  /** A unit of work that knows when it started and whether it was given up on. */
  private final class Task<I, O> extends FutureTask<O> {
    final I input;
    volatile long startedAt;
    volatile boolean started;
    boolean running;
    boolean abandoned;

    Task(I input, Function<? super I, ? extends O> work) {
      super(() -> work.apply(input));
      this.input = input;
    }

    @Override
    public void run() {
      synchronized (poolSize) {
        running = true;
      }
      startedAt = System.nanoTime();
      started = true;
      try {
        super.run();
      } finally {
        synchronized (poolSize) {
          running = false;
          if (abandoned) {
            resize(-1);
          }
        }
        Thread.interrupted(); // an interrupt meant for this task must not reach the next one
      }
    }
  }

  /** Stops the threads, interrupting work still running. */
  @Override
  public void close() {
    pool.shutdownNow();
  }
}
