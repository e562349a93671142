package org.marsad.arabic;

/** Named Arabic code points, so that no rule in the code base spells a bare code point literal. */
public final class ArabicLetters {
  private ArabicLetters() {}

  public static final char COMMA = '\u060C';
  public static final char SEMICOLON = '\u061B';
  public static final char QUESTION_MARK = '\u061F';
  public static final char FULL_STOP = '\u06D4';
  public static final char HAMZA = '\u0621';
  public static final char ALEF_MADDA = '\u0622';
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  public static final char WAW_HAMZA = '\u0624';
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  public static final char YEH_HAMZA = '\u0626';
  public static final char ALEF = '\u0627';
  public static final char BEH = '\u0628';
  public static final char TEH_MARBUTA = '\u0629';
  public static final char TEH = '\u062A';
  public static final char KAF = '\u0643';
  public static final char LAM = '\u0644';
  public static final char MEEM = '\u0645';
  public static final char NOON = '\u0646';
  public static final char HEH = '\u0647';
  public static final char WAW = '\u0648';
  public static final char ALEF_MAKSURA = '\u0649';
  public static final char YEH = '\u064A';
  public static final char FEH = '\u0641';
  public static final char SEEN = '\u0633';
  public static final char TATWEEL = '\u0640';
  public static final char FATHATAN = '\u064B';
  public static final char DAMMATAN = '\u064C';
  public static final char KASRATAN = '\u064D';
  public static final char SUKUN = '\u0652';
  public static final char SUPERSCRIPT_ALEF = '\u0670';
  public static final char ALEF_WASLA = '\u0671';
  public static final char FARSI_YEH = '\u06CC';
  public static final char KEHEH = '\u06A9';
  public static final char ARABIC_ZERO = '\u0660';
  public static final char ARABIC_NINE = '\u0669';
  public static final char EXT_ZERO = '\u06F0';
  public static final char EXT_NINE = '\u06F9';

  /** True for letters of the Arabic block and its presentation forms (not digits or marks). */
  public static boolean isArabicLetter(char c) {
    return (c >= HAMZA && c <= YEH)
        || (c >= '\u0671' && c <= '\u06D3')
        || c == '\u06D5'
        || (c >= '\u06EE' && c <= '\u06EF')
        || (c >= '\u06FA' && c <= '\u06FF')
        || (c >= '\u0750' && c <= '\u077F')
        || (c >= '\uFB50' && c <= '\uFDFF' && Character.isLetter(c))
        || (c >= '\uFE70' && c <= '\uFEFC' && Character.isLetter(c));
  }

  /** True for harakat, tanwin, shadda, sukun, superscript alef and Quranic marks. */
  public static boolean isDiacritic(char c) {
    return (c >= FATHATAN && c <= '\u065F')
        || c == SUPERSCRIPT_ALEF
        || (c >= '\u0610' && c <= '\u061A')
        || (c >= '\u06D6' && c <= '\u06ED');
  }

  /** Letters, diacritics and tatweel: what may appear inside an Arabic word. */
  public static boolean isWordPart(char c) {
    return isArabicLetter(c) || isDiacritic(c) || c == TATWEEL;
  }

  /** Counts of letters in a text: Arabic letters, and all letters (any script). */
  public record LetterCount(int arabic, int letters) {}

  public static LetterCount count(CharSequence s) {
    int arabic = 0;
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isArabicLetter(c)) {
        arabic++;
        letters++;
      } else if (Character.isLetter(c)) {
        letters++;
      }
    }
    return new LetterCount(arabic, letters);
  }

  public static boolean isArabicDigit(char c) {
    return (c >= ARABIC_ZERO && c <= ARABIC_NINE) || (c >= EXT_ZERO && c <= EXT_NINE);
  }
}
