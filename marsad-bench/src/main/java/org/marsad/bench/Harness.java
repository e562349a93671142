package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a task over the items of a workload, round after round, on a number of threads until a
 * time is up; each thread takes the next item from a shared counter, so a slow item does not hold
 * the others back. The task's results are folded into a sink so that the work cannot be optimized
 * away.
 */
public final class Harness {
  /** The work on one item: returns any number derived from the result. */
  @FunctionalInterface
  public interface Task {
    long run(int item) throws Exception;
  }

  /**
   * What a measurement gave: items and words done, wall-clock time, and the CPU time the working
   * threads used (on a busy machine, throughput per CPU second is the steadier figure).
   */
  public record Result(int threads, long items, long words, long nanos, long cpuNanos) {
    public double itemsPerSecond() {
      return items * 1e9 / nanos;
    }

    public double wordsPerSecond() {
      return words * 1e9 / nanos;
    }

    /** Words per second of CPU time used by the working threads. */
    public double wordsPerCpuSecond() {
      return words * 1e9 / cpuNanos;
    }
  }

  private static final AtomicLong SINK = new AtomicLong();
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private Harness() {}

  /** Runs {@code task} on {@code threads} threads for about {@code time}. */
  public static Result measure(Workload work, Task task, int threads, Duration time) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    AtomicLong next = new AtomicLong();
    long start = System.nanoTime();
    long deadline = start + time.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "marsad-bench");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<long[]>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          long cpu = CPU.getCurrentThreadCpuTime();
          long items = 0;
          long words = 0;
          long sink = 0;
          while (System.nanoTime() < deadline) {
            int i = (int) (next.getAndIncrement() % work.size());
            sink += task.run(i);
            items++;
            words += work.words(i);
          }
          SINK.addAndGet(sink);
          return new long[] {items, words, CPU.getCurrentThreadCpuTime() - cpu};
        }));
      }
      long items = 0;
      long words = 0;
      long cpu = 0;
      for (Future<long[]> f : futures) {
        long[] r = f.get();
        items += r[0];
        words += r[1];
        cpu += r[2];
      }
      return new Result(threads, items, words, System.nanoTime() - start, Math.max(1, cpu));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("benchmark task failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
