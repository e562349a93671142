package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.arabic.Clitics;

/**
 * Features of each token of a sentence for the name tagger. Input: normalized token forms and,
 * optionally, three per-token tag lists (a null list or a null entry means "nothing known"): the
 * knowledge-base name the token is part of ({@link NameIndex#tags}), what the training data says
 * about the token's stem ({@link NameLexicon}), and what a first tagging pass found for the same
 * stem elsewhere in the document ({@link NameRecognizer}). The first feature
 * of every token is the bias ({@value Tagger#BIAS}), the second its word form ({@code w=}), which
 * the tagger pairs with the previous tag.
 *
 * <p>Features: the word; its shortest clitic-free reading, the stem (affixes after clitic
 * stripping: و، ف، ب، ل، ك، ال and attached pronouns); prefixes and suffixes of both up to four
 * letters; whether it carries the article or a conjunction; its shape (Latin, digits, length); the
 * two words and stems on each side; word and stem bigrams; what {@link WordEvidence} (word
 * clusters, name lists) says of the token's stem and its neighbours'; and the knowledge-base,
 * lexicon and
 * document tags of the token and its neighbours, the token's paired with its stem. Pure and
 * thread-safe.
 */
public final class NerFeatures {
  private NerFeatures() {}

  public static List<List<String>> of(List<String> norms) {
    return of(WordEvidence.NONE, norms, null, null, null);
  }

  public static List<List<String>> of(WordEvidence evidence, List<String> norms,
      List<String> knowledgeBase, List<String> lexicon, List<String> document) {
    String[] stems = stems(norms);
    return extended(of(evidence, norms, stems, knowledgeBase), stems, lexicon, document);
  }

  /** The stem ({@link #stem}) of each token. */
  static String[] stems(List<String> norms) {
    String[] stems = new String[norms.size()];
    for (int i = 0; i < stems.length; i++) {
      stems[i] = stem(norms.get(i));
    }
    return stems;
  }

  /**
   * The features of {@code base} (as {@link #of} gave them without lexicon and document tags)
   * followed by the lexicon and document ones: the same lists as {@link #of} with all four
   * arguments, without computing the shared features twice. Returns {@code base} when both are
   * null.
   */
  static List<List<String>> extended(List<List<String>> base, String[] stems,
      List<String> lexicon, List<String> document) {
    if (lexicon == null && document == null) {
      return base;
    }
    List<List<String>> out = new ArrayList<>(base.size());
    for (int i = 0; i < base.size(); i++) {
      List<String> f = new ArrayList<>(base.get(i).size() + 8);
      f.addAll(base.get(i));
      if (lexicon != null) {
        tagFeatures(f, "g", lexicon, i, stems[i]);
      }
      if (document != null) {
        tagFeatures(f, "d", document, i, stems[i]);
      }
      out.add(f);
    }
    return out;
  }

  /** The word, stem, context and knowledge-base features of each token. */
  static List<List<String>> of(WordEvidence evidence, List<String> norms, String[] stems,
      List<String> knowledgeBase) {
    int n = norms.size();
    List<List<String>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String w = norms.get(i);
      String s = stems[i];
      List<String> f = new ArrayList<>(40);
      local(evidence, w, s, f);
      String pw = i > 0 ? norms.get(i - 1) : START;
      String ps = i > 0 ? stems[i - 1] : START;
      String nw = i + 1 < n ? norms.get(i + 1) : END;
      String ns = i + 1 < n ? stems[i + 1] : END;
      neighbour(evidence, PREVIOUS, pw, ps, f);
      neighbour(evidence, NEXT, nw, ns, f);
      neighbour(evidence, SECOND_PREVIOUS, i > 1 ? norms.get(i - 2) : START,
          i > 1 ? stems[i - 2] : START, f);
      neighbour(evidence, SECOND_NEXT, i + 2 < n ? norms.get(i + 2) : END,
          i + 2 < n ? stems[i + 2] : END, f);
      pairWithPrevious(pw, ps, w, s, f);
      pairWithNext(w, s, nw, ns, f);
      if (knowledgeBase != null) {
        tagFeatures(f, "k", knowledgeBase, i, s);
      }
      out.add(f);
    }
    return out;
  }

  /** What stands for the word and stem before a sentence's first token. */
  static final String START = "<s>";
  /** What stands for the word and stem after a sentence's last token. */
  static final String END = "</s>";
  /** Neighbour positions, as they appear in feature names. */
  static final String PREVIOUS = "-1";
  static final String NEXT = "+1";
  static final String SECOND_PREVIOUS = "-2";
  static final String SECOND_NEXT = "+2";

  /**
   * The features of a token that depend on its word alone (the stem is the word's): the bias,
   * the word (second), the stem, affixes, shape, article, clitics and length.
   */
  static void local(WordEvidence evidence, String w, String s, List<String> f) {
    f.add(Tagger.BIAS);
    f.add("w=" + w);
    f.add("s=" + s);
    for (int k = 1; k <= 4; k++) {
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
    evidence.local(w, s, f);
  }

  /** The features a neighbour's word and stem give a token, at {@code position}. */
  static void neighbour(WordEvidence evidence, String position, String w, String s,
      List<String> f) {
    f.add("w" + position + "=" + w);
    f.add("s" + position + "=" + s);
    evidence.neighbour(position, w, s, f);
  }

  /** The word and stem bigrams of a token ({@code w}, {@code s}) with the word before it. */
  static void pairWithPrevious(String pw, String ps, String w, String s, List<String> f) {
    f.add("w-1w=" + pw + "|" + w);
    f.add("s-1s=" + ps + "|" + s);
  }

  /** The word and stem bigrams of a token ({@code w}, {@code s}) with the word after it. */
  static void pairWithNext(String w, String s, String nw, String ns, List<String> f) {
    f.add("ww+1=" + w + "|" + nw);
    f.add("ss+1=" + s + "|" + ns);
  }

  static void tagFeatures(List<String> f, String name, List<String> tags, int i,
      String stem) {
    f.add(tagFeature(name, "", tags.get(i)));
    f.add(tagFeature(name, PREVIOUS, i > 0 ? tags.get(i - 1) : null));
    f.add(tagFeature(name, NEXT, i + 1 < tags.size() ? tags.get(i + 1) : null));
    if (tags.get(i) != null) {
      f.add(tagStemFeature(name, tags.get(i), stem));
    }
  }

  /** The feature of a tag (null: none) of the token's or a neighbour's ({@code position}). */
  static String tagFeature(String name, String position, String tag) {
    return name + position + "=" + (tag == null ? "none" : tag);
  }

  /** The feature of a token's tag paired with its stem. */
  static String tagStemFeature(String name, String tag, String stem) {
    return name + "s=" + tag + "|" + stem;
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
