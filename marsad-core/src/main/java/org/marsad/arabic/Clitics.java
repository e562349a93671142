package org.marsad.arabic;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Clitic splitting for matching, on normalized tokens ({@link ArabicNormalizer}).
 *
 * <p>Proclitics, outermost first: the conjunctions و and ف; the prepositions ب, ل, ك (and the
 * future marker س is left alone: it would split too many nouns); the article ال, with ل + ال
 * written لل. Enclitics: the attached pronouns ه، ها، هم، هما، هن، ك، كم، كما، نا، ي. A stem
 * keeps at least {@value #MIN_STEM} letters. Teh marbuta written as teh before a pronoun
 * (حكومته) is restored (حكومه, normalized). Lucene's {@code ArabicStemmer} strips similar affixes
 * but returns one stem, not the candidates, and no offsets; here every reading is kept.
 */
public final class Clitics {
  private Clitics() {}

  static final int MIN_STEM = 2;
  private static final String[] PRONOUNS = {"هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه", "ك", "ي"};

  /**
   * {@code norm} without a leading conjunction و or ف, when it is longer than {@code minLength}
   * (shorter words are more often roots that begin with the letter: ولد، فوق).
   */
  public static String withoutConjunction(String norm, int minLength) {
    return norm.length() > minLength && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف')
        ? norm.substring(1) : norm;
  }

  /** Every reading of {@code norm} with zero or more proclitics removed, the token itself first. */
  public static Set<String> withoutProclitics(String norm) {
    Set<String> out = new LinkedHashSet<>();
    out.add(norm);
    String s = withoutConjunction(norm, MIN_STEM + 1);
    out.add(s);
    addPrepositionAndArticle(s, out);
    return out;
  }

  private static void addPrepositionAndArticle(String s, Set<String> out) {
    if (s.length() > MIN_STEM + 2 && s.startsWith("لل")) {
      out.add("ال" + s.substring(2)); // ل + ال
      out.add(s.substring(2));
      out.add(s.substring(1));
    }
    String afterPrep = s;
    if (s.length() > MIN_STEM + 1 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ل' || s.charAt(0) == 'ك')) {
      afterPrep = s.substring(1);
      out.add(afterPrep);
    }
    for (String t : new String[] {s, afterPrep}) {
      if (t.length() > MIN_STEM + 2 && t.startsWith("ال")) {
        out.add(t.substring(2));
      }
    }
  }

  /** Readings with proclitics and, for each, an attached pronoun removed. */
  public static Set<String> stems(String norm) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : withoutProclitics(norm)) {
      out.add(s);
      for (String p : PRONOUNS) {
        if (s.length() >= p.length() + MIN_STEM + 1 && s.endsWith(p)) {
          String stem = s.substring(0, s.length() - p.length());
          out.add(stem);
          if (stem.endsWith("ت")) {
            out.add(stem.substring(0, stem.length() - 1) + "ه");
          }
        }
      }
    }
    return out;
  }
}
