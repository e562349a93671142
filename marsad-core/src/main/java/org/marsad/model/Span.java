package org.marsad.model;

import java.util.Objects;

/**
 * A stretch of a document's text: UTF-16 offsets, {@code start} inclusive, {@code end} exclusive,
 * and the covered text itself, so that {@code text.substring(start, end).equals(this.text)}.
 */
public record Span(int start, int end, String text) {
  public Span {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    if (end - start != text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") does not match text of length " + text.length());
    }
  }

  /** The span {@code [start, end)} of {@code documentText}. */
  public static Span of(String documentText, int start, int end) {
    return new Span(start, end, documentText.substring(start, end));
  }

  /** True when this span's text is exactly {@code documentText[start, end)}. */
  public boolean agreesWith(String documentText) {
    return agrees(documentText, start, text);
  }

  /** True when {@code documentText} holds {@code text} at {@code start}. */
  public static boolean agrees(String documentText, int start, String text) {
    return start >= 0 && start + text.length() <= documentText.length()
        && documentText.startsWith(text, start);
  }
}
