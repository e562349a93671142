package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ordered parallel runner: order, errors, time limits, laziness. */
class OrderedParallelTest {
  private static <O> List<OrderedParallel.Result<Integer, O>> run(int threads, Duration timeout,
      List<Integer> inputs, Function<Integer, O> work) {
    List<OrderedParallel.Result<Integer, O>> out = new ArrayList<>();
    try (OrderedParallel p = new OrderedParallel(threads, timeout)) {
      p.map(inputs.iterator(), work).forEachRemaining(out::add);
    }
    return out;
  }

  private static void sleep(long millis) {
    LockSupport.parkNanos(millis * 1_000_000);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 8})
  void resultsComeInInputOrderWhateverEachTakes(int threads) {
    List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
    Random random = new Random(threads);
    int[] delays = IntStream.range(0, 200).map(i -> random.nextInt(3)).toArray();
    var results = run(threads, Duration.ZERO, inputs, i -> {
      sleep(delays[i]);
      return "r" + i;
    });
    assertEquals(inputs, results.stream().map(OrderedParallel.Result::input).toList());
    for (var r : results) {
      assertEquals(new Outcome.Done<>("r" + r.input()), r.outcome());
    }
  }

  @Test
  void workRunsOnSeveralThreadsAtOnce() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    run(4, Duration.ZERO, IntStream.range(0, 40).boxed().toList(), i -> {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      sleep(5);
      return running.decrementAndGet();
    });
    assertTrue(most.get() > 1, "at most " + most.get() + " at once");
  }

  @Test
  void anErrorIsTheResultOfItsInputOnly() {
    var results = run(2, Duration.ZERO, List.of(1, 2, 3, 4), i -> {
      if (i == 2) {
        throw new IllegalStateException("bad input " + i);
      }
      if (i == 3) {
        throw new StackOverflowError();
      }
      return i * 10;
    });
    assertEquals(new Outcome.Done<>(10), results.get(0).outcome());
    var failed = assertInstanceOf(Outcome.Failed.class, results.get(1).outcome());
    assertEquals("bad input 2", failed.error().getMessage());
    assertInstanceOf(StackOverflowError.class,
        assertInstanceOf(Outcome.Failed.class, results.get(2).outcome()).error());
    assertEquals(new Outcome.Done<>(40), results.get(3).outcome());
  }

  /**
   * Work that never ends and ignores interruption is abandoned after the limit, and the inputs
   * after it are still done, on a thread that takes its place.
   */
  @Test
  void workThatNeverEndsTimesOutAndTheRunGoesOn() {
    AtomicBoolean release = new AtomicBoolean();
    try {
      var results = run(1, Duration.ofMillis(200), List.of(1, 2, 3, 4), i -> {
        if (i == 2) {
          while (!release.get()) {
            Thread.onSpinWait(); // deaf to interrupts
          }
        }
        if (i == 3) {
          sleep(10_000); // wakes up when interrupted, and returns late
        }
        return i;
      });
      assertEquals(new Outcome.Done<>(1), results.get(0).outcome());
      assertEquals(new Outcome.TimedOut<>(200), results.get(1).outcome());
      assertEquals(new Outcome.TimedOut<>(200), results.get(2).outcome());
      assertEquals(new Outcome.Done<>(4), results.get(3).outcome());
    } finally {
      release.set(true);
    }
  }

  @Test
  void theClockStartsWhenTheWorkStarts() {
    // ten inputs of 100 ms on one thread: the last waits 900 ms in the queue, within 300 ms each
    var results = run(1, Duration.ofMillis(300), IntStream.range(0, 10).boxed().toList(), i -> {
      sleep(100);
      return i;
    });
    for (var r : results) {
      assertEquals(new Outcome.Done<>(r.input()), r.outcome());
    }
  }

  @Test
  void inputsArePulledOnlyAsResultsAreTaken() {
    AtomicInteger pulled = new AtomicInteger();
    Iterator<Integer> inputs = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true; // endless
      }

      @Override
      public Integer next() {
        return pulled.incrementAndGet();
      }
    };
    try (OrderedParallel p = new OrderedParallel(2, Duration.ZERO)) {
      var results = p.map(inputs, i -> i);
      for (int taken = 1; taken <= 50; taken++) {
        assertEquals(taken, results.next().input());
        assertTrue(pulled.get() <= taken + p.window(), pulled.get() + " pulled, " + taken
            + " taken");
      }
    }
  }

  @Test
  void badSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new OrderedParallel(0, Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> new OrderedParallel(1, Duration.ofMillis(-1)));
  }
}
