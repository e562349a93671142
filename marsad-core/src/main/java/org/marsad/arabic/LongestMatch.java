package org.marsad.arabic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * The left-to-right scan the lexicons share (names, reporting cues, event triggers): at each
 * token the best match starting there, if any, is taken and the scan goes on after it;
 * otherwise it moves one token on. Matches therefore never overlap.
 */
public final class LongestMatch {
  private LongestMatch() {}

  /**
   * @param size the number of tokens
   * @param matchAt the best match starting at a token, or null
   * @param end the token index just after a match
   */
  public static <M> List<M> scan(int size, IntFunction<M> matchAt, ToIntFunction<M> end) {
    List<M> out = new ArrayList<>();
    int i = 0;
    while (i < size) {
      M best = matchAt.apply(i);
      if (best != null) {
        out.add(best);
        i = Math.max(i + 1, end.applyAsInt(best));
      } else {
        i++;
      }
    }
    return out;
  }
}
