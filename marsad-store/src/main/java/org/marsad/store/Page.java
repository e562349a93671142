package org.marsad.store;

import java.util.List;

/** One page of a listing: the total number of matches and the items from {@code offset}. */
public record Page<T>(long total, int offset, int limit, List<T> items) {
  /** The largest page a caller may ask for. */
  public static final int MAX_LIMIT = 200;
  /** The deepest offset a caller may ask for. */
  public static final int MAX_OFFSET = 100_000;

  public Page {
    items = List.copyOf(items);
  }

  /** Checks a requested window; throws with a message naming the bad value. */
  public static void check(int offset, int limit) {
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ": " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
    }
  }
}
