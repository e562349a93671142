package org.marsad.meta;

import org.marsad.arabic.ArabicLetters;

/**
 * The language of a text, by script and a few function words: {@code ar} when Arabic letters are
 * at least half of all letters; otherwise {@code en} or {@code fr} by their commonest words, else
 * {@code und}. Pure and thread-safe.
 */
public final class Language {
  private Language() {}

  public static String of(String text) {
    ArabicLetters.LetterCount n = ArabicLetters.count(text);
    if (n.letters() == 0) {
      return "und";
    }
    if (n.arabic() >= n.letters() - n.arabic()) {
      return "ar";
    }
    String lower = " " + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
    int en = count(lower, " the ") + count(lower, " and ") + count(lower, " of ") + count(lower, " to ");
    int fr = count(lower, " le ") + count(lower, " la ") + count(lower, " les ") + count(lower, " des ");
    if (en == 0 && fr == 0) {
      return "und";
    }
    return en >= fr ? "en" : "fr";
  }

  private static int count(String s, String w) {
    int n = 0;
    for (int i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
      n++;
    }
    return n;
  }
}
