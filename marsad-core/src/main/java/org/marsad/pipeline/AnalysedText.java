package org.marsad.pipeline;

import org.marsad.arabic.ArabicLetters;

/**
 * Where the analysed part of a long text ends: at the last paragraph break before the limit,
 * else the last sentence end, else the last space, provided it keeps at least half of the limit;
 * otherwise at the limit itself. Never between the two halves of a surrogate pair. Stateless.
 */
final class AnalysedText {
  private AnalysedText() {}

  /** The end offset of the part of {@code text} to analyse: its length when within {@code max}. */
  static int end(String text, int max) {
    if (text.length() <= max) {
      return text.length();
    }
    int floor = max / 2;
    int paragraph = text.lastIndexOf("\n\n", max - 2);
    if (paragraph >= floor) {
      return paragraph;
    }
    for (int i = max - 1; i >= floor; i--) {
      if (isSentenceEnd(text.charAt(i))) {
        return i + 1;
      }
    }
    for (int i = max - 1; i >= floor; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return Character.isLowSurrogate(text.charAt(max)) && Character.isHighSurrogate(
        text.charAt(max - 1)) ? max - 1 : max;
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == ArabicLetters.QUESTION_MARK
        || c == ArabicLetters.FULL_STOP || c == '\n';
  }
}
