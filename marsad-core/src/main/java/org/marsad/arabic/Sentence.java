package org.marsad.arabic;

/** A sentence of a text: offsets {@code [start, end)} into it, trimmed of surrounding space. */
public record Sentence(int start, int end) {
  public Sentence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad sentence [" + start + ", " + end + ")");
    }
  }

  public String of(String text) {
    return text.substring(start, end);
  }
}
