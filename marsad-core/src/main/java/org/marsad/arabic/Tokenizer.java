package org.marsad.arabic;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into tokens with offsets: runs of Arabic letters (with their diacritics and
 * tatweel), runs of Latin letters, numbers (Arabic-Indic or ASCII digits with inner separators:
 * {@code 5+5} stays apart, {@code 3.5} and {@code 1,500} stay whole), and single punctuation marks.
 * Whitespace and invisible format characters separate tokens and are not tokens. Stateless and
 * thread-safe.
 */
public final class Tokenizer {
  private Tokenizer() {}

  public static List<Token> tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  /** Tokens of {@code text[from, to)}, with offsets into the whole text. */
  public static List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT || c == '\u00A0') {
        i++;
        continue;
      }
      int j = i + 1;
      Token.Kind kind;
      if (ArabicLetters.isWordPart(c)) {
        kind = Token.Kind.ARABIC;
        while (j < to && ArabicLetters.isWordPart(text.charAt(j))) {
          j++;
        }
      } else if (isDigit(c)) {
        kind = Token.Kind.NUMBER;
        while (j < to) {
          char d = text.charAt(j);
          if (isDigit(d)) {
            j++;
          } else if ((d == '.' || d == ',' || d == '\u066B' || d == '\u066C')
              && j + 1 < to && isDigit(text.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
      } else if (Character.isLetter(c)) {
        kind = Token.Kind.LATIN;
        while (j < to && (Character.isLetterOrDigit(text.charAt(j))
            && !ArabicLetters.isWordPart(text.charAt(j)))) {
          j++;
        }
      } else {
        kind = Token.Kind.PUNCT;
        if (Character.isHighSurrogate(c) && j < to && Character.isLowSurrogate(text.charAt(j))) {
          j++;
        }
      }
      String t = text.substring(i, j);
      String norm = kind == Token.Kind.LATIN ? t.toLowerCase(java.util.Locale.ROOT)
          : ArabicNormalizer.normalize(t);
      out.add(new Token(i, j, t, norm, kind));
      i = j;
    }
    return out;
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || ArabicLetters.isArabicDigit(c);
  }
}
