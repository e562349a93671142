package org.marsad.bench;

/** How benchmarks count words: maximal runs of non-whitespace characters, as {@code wc -w} does. */
public final class Words {
  private Words() {}

  public static int count(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0';
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }
}
