package org.marsad.arabic;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences. A sentence ends at a line break, or after {@code .}, {@code !},
 * {@code ?}, the Arabic question mark {@code ؟}, the Arabic full stop, or an ellipsis, together
 * with closing quotes and brackets that follow. A period between digits (3.5) or after a single
 * letter (an initial: د. or U.N.) does not end a sentence. The Arabic comma and semicolon
 * ({@code ، ؛}) separate clauses, not sentences: see {@link #clauses}. Stateless and thread-safe.
 */
public final class SentenceSplitter {
  private SentenceSplitter() {}

  public static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int end = -1;
      if (c == '\n' || c == '\r' || c == '\u2029') {
        end = i;
      } else if (isTerminal(c) && !isInnerPeriod(text, i)) {
        int j = i + 1;
        while (j < n && (isTerminal(text.charAt(j)) || isCloser(text.charAt(j)))) {
          j++;
        }
        end = j;
        i = j - 1;
      }
      if (end >= 0) {
        add(text, start, end, out);
        start = end;
      }
      i++;
    }
    add(text, start, n, out);
    return out;
  }

  /** Clauses of {@code [from, to)}: split further at the Arabic comma and semicolon and at ; */
  public static List<Sentence> clauses(String text, int from, int to) {
    List<Sentence> out = new ArrayList<>();
    int start = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ArabicLetters.COMMA || c == ArabicLetters.SEMICOLON || c == ';') {
        add(text, start, i + 1, out);
        start = i + 1;
      }
    }
    add(text, start, to, out);
    return out;
  }

  private static void add(String text, int s, int e, List<Sentence> out) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Sentence(s, e));
    }
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == ArabicLetters.QUESTION_MARK
        || c == ArabicLetters.FULL_STOP || c == '\u2026';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == ')'
        || c == ']' || c == '\u201C';
  }

  /** A period inside a number (3.5) or after a one-letter word (an initial), or in "..". */
  private static boolean isInnerPeriod(String text, int i) {
    if (text.charAt(i) != '.') {
      return false;
    }
    boolean digitBefore = i > 0 && Character.isDigit(text.charAt(i - 1));
    boolean digitAfter = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
    if (digitBefore && digitAfter) {
      return true;
    }
    boolean singleLetter = i > 0 && Character.isLetter(text.charAt(i - 1))
        && (i == 1 || !Character.isLetter(text.charAt(i - 2)));
    boolean followedByWord = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))
        && Character.isLetter(text.charAt(i + 1));
    return singleLetter && (followedByWord || i + 2 < text.length());
  }
}
