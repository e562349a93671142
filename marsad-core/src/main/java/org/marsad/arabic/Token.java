package org.marsad.arabic;

import java.util.Objects;

/**
 * A token of a text: offsets into the original text, the original spelling, its normalized form
 * ({@link ArabicNormalizer}) and its kind.
 */
public record Token(int start, int end, String text, String norm, Kind kind) {
  /** What a token is made of. */
  public enum Kind {
    ARABIC,
    LATIN,
    NUMBER,
    PUNCT
  }

  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(norm, "norm");
    Objects.requireNonNull(kind, "kind");
    if (end - start != text.length()) {
      throw new IllegalArgumentException("token offsets do not match its text: " + text);
    }
  }

  public boolean isWord() {
    return kind == Kind.ARABIC || kind == Kind.LATIN;
  }
}
