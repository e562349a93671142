package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The label scores of one trained {@link Tagger} for the tokens of a sentence: per token, the sum
 * of the weights of its {@link NerFeatures}, the same numbers {@link Tagger#tag(List)} computes
 * from the feature strings, found without building most of them. Most of a token's features
 * depend on one word alone: its own ({@link NerFeatures#local}) or a neighbour's at a given
 * position ({@link NerFeatures#neighbour}). Their weights are summed once per word and kept, so a
 * token costs a handful of additions instead of some forty lookups in a map of a million
 * features. The bigram features' sums are kept per pair of adjacent words, and those of the
 * knowledge-base, lexicon and document tags per tag; only a tag paired with a stem is looked up
 * each time.
 *
 * <p>The sums are exact, so their order does not matter: every weight is a float of magnitude
 * between {@code 0.05} (smaller averaged weights are dropped in training) and a few hundred, and
 * sums of up to some thousands of such numbers need fewer than the 53 bits of a double. {@code
 * FastNerScoresMatchFeatureStringsTest} checks that both ways give equal sums.
 *
 * <p>At most {@value #MAX_WORDS} words and {@value #MAX_PAIRS} pairs are kept, the first ones met,
 * which in news are mostly the frequent ones; the rest are summed each time they occur.
 * Thread-safe.
 */
final class NerScores {
  static final int MAX_WORDS = 1 << 16;
  static final int MAX_PAIRS = 1 << 17;

  /** The sums a word gives a token: as the token itself, and as each of its neighbours. */
  record Word(String stem, double[] local, double[] previous, double[] next,
      double[] secondPrevious, double[] secondNext, float[][] transitions) {}

  private final Tagger tagger;
  private final WordEvidence evidence;
  private final ConcurrentHashMap<String, Word> words = new ConcurrentHashMap<>();
  /** Two adjacent words. */
  private record Pair(String first, String second) {}

  /** The sums of the bigram features of adjacent words ({@link #pair}). */
  private final Map<Pair, double[][]> pairs = new ConcurrentHashMap<>();
  /** Per tag list ({@code k}, {@code g}, {@code d}), the sums of each tag ({@link #tagSums}). */
  private final Map<String, Map<String, double[][]>> tagSums = new ConcurrentHashMap<>();
  private final Word start;
  private final Word end;

  NerScores(Tagger tagger, WordEvidence evidence) {
    this.tagger = tagger;
    this.evidence = evidence;
    this.start = word(NerFeatures.START, NerFeatures.START);
    this.end = word(NerFeatures.END, NerFeatures.END);
  }

  Tagger tagger() {
    return tagger;
  }

  /** The words of a sentence with their sums. */
  Word[] words(List<String> norms) {
    Word[] out = new Word[norms.size()];
    for (int i = 0; i < out.length; i++) {
      String w = norms.get(i);
      Word x = words.get(w);
      if (x == null) {
        x = word(w, NerFeatures.stem(w));
        if (words.size() < MAX_WORDS) {
          words.putIfAbsent(w, x);
        }
      }
      out[i] = x;
    }
    return out;
  }

  /** The stem of each word. */
  static String[] stems(Word[] words) {
    String[] out = new String[words.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = words[i].stem();
    }
    return out;
  }

  /**
   * The tags of a sentence: {@link Tagger#tag(List)} of {@link
   * NerFeatures#of(WordEvidence, List, List, List, List)} with the same arguments (a null tag
   * list is left out).
   */
  String[] tag(Word[] ws, List<String> norms, List<String> knowledgeBase, List<String> lexicon,
      List<String> document) {
    float[][][] rows = new float[ws.length][][];
    for (int i = 0; i < ws.length; i++) {
      rows[i] = ws[i].transitions();
    }
    return tagger.tag(emissions(ws, norms, knowledgeBase, lexicon, document), rows);
  }

  /** Per token, the summed weights of its features for each label. */
  double[][] emissions(Word[] ws, List<String> norms, List<String> knowledgeBase,
      List<String> lexicon, List<String> document) {
    int n = ws.length;
    double[][] out = new double[n][];
    List<String> looked = new ArrayList<>(16);
    for (int i = 0; i < n; i++) {
      double[] e = ws[i].local().clone();
      add(e, (i > 0 ? ws[i - 1] : start).previous());
      add(e, (i + 1 < n ? ws[i + 1] : end).next());
      add(e, (i > 1 ? ws[i - 2] : start).secondPrevious());
      add(e, (i + 2 < n ? ws[i + 2] : end).secondNext());
      add(e, pair(i > 0 ? norms.get(i - 1) : NerFeatures.START, i > 0 ? ws[i - 1] : start,
          norms.get(i), ws[i])[1]);
      add(e, pair(norms.get(i), ws[i], i + 1 < n ? norms.get(i + 1) : NerFeatures.END,
          i + 1 < n ? ws[i + 1] : end)[0]);
      looked.clear();
      String s = ws[i].stem();
      tags(e, "k", knowledgeBase, i, s, looked);
      tags(e, "g", lexicon, i, s, looked);
      tags(e, "d", document, i, s, looked);
      for (String f : looked) {
        Tagger.add(e, tagger.weight(f));
      }
      out[i] = e;
    }
    return out;
  }

  /**
   * The sums of the bigram features ({@link NerFeatures#pairs}) of two adjacent words {@code a}
   * and {@code b}: what they give {@code a} (index 0) and {@code b} (index 1).
   */
  private double[][] pair(String a, Word wa, String b, Word wb) {
    Pair key = new Pair(a, b);
    double[][] sums = pairs.get(key);
    if (sums == null) {
      List<String> ofA = new ArrayList<>(2);
      NerFeatures.pairWithNext(a, wa.stem(), b, wb.stem(), ofA);
      List<String> ofB = new ArrayList<>(2);
      NerFeatures.pairWithPrevious(a, wa.stem(), b, wb.stem(), ofB);
      sums = new double[][] {tagger.emission(ofA), tagger.emission(ofB)};
      if (pairs.size() < MAX_PAIRS) {
        pairs.putIfAbsent(key, sums);
      }
    }
    return sums;
  }

  /**
   * Adds the sums of a token's tag and its neighbours' ({@link NerFeatures#tagFeatures}) to
   * {@code e}, and the tag-and-stem feature to those to look up.
   */
  private void tags(double[] e, String name, List<String> tags, int i, String stem,
      List<String> looked) {
    if (tags == null) {
      return;
    }
    add(e, tagSums(name, tags.get(i))[0]);
    add(e, tagSums(name, i > 0 ? tags.get(i - 1) : null)[1]);
    add(e, tagSums(name, i + 1 < tags.size() ? tags.get(i + 1) : null)[2]);
    if (tags.get(i) != null) {
      looked.add(NerFeatures.tagStemFeature(name, tags.get(i), stem));
    }
  }

  /** The sums a tag gives as the token's own, the previous token's and the next token's. */
  private double[][] tagSums(String name, String tag) {
    Map<String, double[][]> byTag = tagSums.computeIfAbsent(name, x -> new ConcurrentHashMap<>());
    String key = tag == null ? "" : tag;
    double[][] sums = byTag.get(key);
    if (sums == null) {
      sums = new double[3][];
      String[] positions = {"", NerFeatures.PREVIOUS, NerFeatures.NEXT};
      for (int p = 0; p < 3; p++) {
        sums[p] = tagger.emission(List.of(NerFeatures.tagFeature(name, positions[p], tag)));
      }
      if (byTag.size() < MAX_WORDS) {
        byTag.putIfAbsent(key, sums);
      }
    }
    return sums;
  }

  private static void add(double[] scores, double[] sums) {
    for (int k = 0; k < scores.length; k++) {
      scores[k] += sums[k];
    }
  }

  private Word word(String w, String s) {
    List<String> f = new ArrayList<>(28);
    NerFeatures.local(evidence, w, s, f);
    return new Word(s, tagger.emission(f), neighbour(NerFeatures.PREVIOUS, w, s),
        neighbour(NerFeatures.NEXT, w, s), neighbour(NerFeatures.SECOND_PREVIOUS, w, s),
        neighbour(NerFeatures.SECOND_NEXT, w, s), tagger.wordTransitions(f.get(1)));
  }

  private double[] neighbour(String position, String w, String s) {
    List<String> f = new ArrayList<>(2);
    NerFeatures.neighbour(evidence, position, w, s, f);
    return tagger.emission(f);
  }
}
