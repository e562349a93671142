package org.marsad.jmh;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Which article a thread takes next: each benchmark thread goes through the corpus in turn. */
@State(Scope.Thread)
public class Cursor {
  private int next;

  int next(Corpus corpus) {
    int i = next;
    next = (next + 1) % corpus.size();
    return i;
  }
}
