package org.marsad.extract;

import java.util.Objects;

/**
 * How the work on one input of an {@link OrderedParallel} run ended: with a value, with an error
 * it threw, or abandoned after the time limit.
 *
 * @param <O> the type of the work's value
 */
public sealed interface Outcome<O> {
  /** The work returned {@code value} (which may be null when the work returns null). */
  record Done<O>(O value) implements Outcome<O> {}

  /** The work threw {@code error} (an exception, or an error such as OutOfMemoryError). */
  record Failed<O>(Throwable error) implements Outcome<O> {
    public Failed {
      Objects.requireNonNull(error, "error");
    }
  }

  /** The work ran longer than the limit, {@code millis}, and was abandoned. */
  record TimedOut<O>(long millis) implements Outcome<O> {}
}
