package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.arabic.Clitics;

/**
 * Features of each token of a sentence for the name tagger. Input: normalized token forms and,
 * per token, a gazetteer tag from the knowledge base ({@code B-PERSON}, {@code I-LOCATION}, ...) or
 * null. The second feature of every token is always its word form ({@code w=}), which the tagger
 * pairs with the previous tag.
 *
 * <p>Features: the word; its shortest clitic-free reading (affixes after clitic stripping: و، ف،
 * ب، ل، ك، ال and attached pronouns); prefixes and suffixes of both; whether it carries the
 * article or a conjunction; its shape (Latin, digits, length); the two words on each side and
 * their clitic-free readings; word bigrams; and the gazetteer tags of the token and its
 * neighbours. Pure and thread-safe.
 */
public final class NerFeatures {
  private NerFeatures() {}

  public static List<List<String>> of(List<String> norms, List<String> gazetteer) {
    int n = norms.size();
    String[] stems = new String[n];
    for (int i = 0; i < n; i++) {
      stems[i] = stem(norms.get(i));
    }
    List<List<String>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String w = norms.get(i);
      String s = stems[i];
      List<String> f = new ArrayList<>(40);
      f.add("b");
      f.add("w=" + w);
      f.add("s=" + s);
      for (int k = 1; k <= 3; k++) {
        if (w.length() > k) {
          f.add("p" + k + "=" + w.substring(0, k));
          f.add("x" + k + "=" + w.substring(w.length() - k));
        }
        if (s.length() > k) {
          f.add("sp" + k + "=" + s.substring(0, k));
          f.add("sx" + k + "=" + s.substring(s.length() - k));
        }
      }
      f.add("shape=" + shape(w));
      if (w.startsWith("ال")) {
        f.add("al");
      }
      if (!s.equals(w)) {
        f.add("clitic=" + w.substring(0, Math.max(0, w.indexOf(s))));
      }
      f.add("len=" + Math.min(w.length(), 8));
      String pw = i > 0 ? norms.get(i - 1) : "<s>";
      String ps = i > 0 ? stems[i - 1] : "<s>";
      String nw = i + 1 < n ? norms.get(i + 1) : "</s>";
      String ns = i + 1 < n ? stems[i + 1] : "</s>";
      f.add("w-1=" + pw);
      f.add("s-1=" + ps);
      f.add("w+1=" + nw);
      f.add("s+1=" + ns);
      f.add("w-2=" + (i > 1 ? norms.get(i - 2) : "<s>"));
      f.add("w+2=" + (i + 2 < n ? norms.get(i + 2) : "</s>"));
      f.add("w-1w=" + pw + "|" + w);
      f.add("ww+1=" + w + "|" + nw);
      f.add("s-1s=" + ps + "|" + s);
      if (gazetteer != null) {
        String g = gazetteer.get(i);
        f.add("g=" + (g == null ? "O" : g));
        f.add("g-1=" + (i > 0 && gazetteer.get(i - 1) != null ? gazetteer.get(i - 1) : "O"));
        f.add("g+1=" + (i + 1 < n && gazetteer.get(i + 1) != null ? gazetteer.get(i + 1) : "O"));
        if (g != null) {
          f.add("gw=" + g + "|" + s);
        }
      }
      out.add(f);
    }
    return out;
  }

  /** The shortest reading of a token once clitics are stripped. */
  static String stem(String norm) {
    String best = norm;
    for (String s : Clitics.stems(norm)) {
      if (s.length() < best.length()) {
        best = s;
      }
    }
    return best;
  }

  private static String shape(String w) {
    boolean digit = false;
    boolean latin = false;
    boolean arabic = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (c < 0x0600 && Character.isLetter(c)) {
        latin = true;
      } else if (Character.isLetter(c)) {
        arabic = true;
      }
    }
    return (arabic ? "A" : "") + (latin ? "L" : "") + (digit ? "D" : "") + (w.length() == 1 ? "1" : "");
  }
}
