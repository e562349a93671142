package org.marsad.arabic;

import static org.marsad.arabic.ArabicLetters.*;

/**
 * Orthographic normalization for matching only; stored text keeps its original spelling.
 *
 * <p>Rules, in order:
 *
 * <ul>
 *   <li>presentation forms (U+FB50-U+FEFF) are folded to their base letters (NFKC);
 *   <li>diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic marks) and tatweel
 *       are removed;
 *   <li>alef with madda, hamza above, hamza below and alef wasla become bare alef;
 *   <li>alef maksura and Farsi yeh become yeh; keheh becomes kaf;
 *   <li>teh marbuta becomes heh;
 *   <li>waw with hamza becomes waw, yeh with hamza becomes yeh (as the scorer does);
 *   <li>Arabic-Indic digits become ASCII digits.
 * </ul>
 *
 * This follows Lucene's {@code ArabicNormalizer} and extends it with the hamza-carrier and digit
 * rules used by the evaluation. Pure: knows nothing about tokens.
 */
public final class ArabicNormalizer {
  private ArabicNormalizer() {}

  /** The normalized form of {@code s}; its length may differ from the input's. */
  public static String normalize(CharSequence s) {
    // a char array rather than a StringBuilder, which starts as Latin-1 and copies itself at the
    // first Arabic letter
    char[] out = new char[s.length() + 8];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String folded = c >= '\uFB50' && c <= '\uFEFF'
          ? java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC)
          : null;
      int m = folded == null ? 1 : folded.length();
      for (int k = 0; k < m; k++) {
        char f = normalizeChar(folded == null ? c : folded.charAt(k));
        if (f != 0) {
          if (n == out.length) { // a presentation form folded into more than one letter
            out = java.util.Arrays.copyOf(out, out.length * 2);
          }
          out[n++] = f;
        }
      }
    }
    return new String(out, 0, n);
  }

  /** The normalized char, or 0 when the char is dropped (diacritics, tatweel, zero-width marks). */
  public static char normalizeChar(char c) {
    if (isDiacritic(c) || c == TATWEEL || c == '\u200C' || c == '\u200D' || c == '\u200E'
        || c == '\u200F' || c == '\u061C' || c == '\uFEFF') {
      return 0;
    }
    switch (c) {
      case ALEF_MADDA:
      case ALEF_HAMZA_ABOVE:
      case ALEF_HAMZA_BELOW:
      case ALEF_WASLA:
        return ALEF;
      case ALEF_MAKSURA:
      case FARSI_YEH:
      case YEH_HAMZA:
        return YEH;
      case WAW_HAMZA:
        return WAW;
      case TEH_MARBUTA:
        return HEH;
      case KEHEH:
        return KAF;
      default:
        if (c >= ARABIC_ZERO && c <= ARABIC_NINE) {
          return (char) ('0' + (c - ARABIC_ZERO));
        }
        if (c >= EXT_ZERO && c <= EXT_NINE) {
          return (char) ('0' + (c - EXT_ZERO));
        }
        return c;
    }
  }
}
