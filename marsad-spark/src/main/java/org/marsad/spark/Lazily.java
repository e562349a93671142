package org.marsad.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * An iterator over the lists that {@code f} gives for each input, computing each list only when
 * the previous one is used up, so that a partition is never held in memory whole.
 */
final class Lazily {
  private Lazily() {}

  static <A, B> Iterator<B> flatMap(Iterator<A> in, Function<A, List<B>> f) {
    return new Iterator<>() {
      private Iterator<B> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && in.hasNext()) {
          current = f.apply(in.next()).iterator();
        }
        return current.hasNext();
      }

      @Override
      public B next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
