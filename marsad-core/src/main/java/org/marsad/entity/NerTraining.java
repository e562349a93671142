package org.marsad.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Training and CoNLL-style evaluation of the name recognizer ({@link NameRecognizer}).
 *
 * <p>Training, on sentences in document order: the data is cut into {@code folds} contiguous
 * parts (contiguous, so that a name repeated within one article stays in one part). For each
 * part, a first-pass tagger and a lexicon are trained on the other parts and applied to it; the
 * second tagger then learns from lexicon and document tags as noisy as they will be on new text.
 * The shipped first tagger and lexicon are trained on all the data.
 */
public final class NerTraining {
  private NerTraining() {}

  /** Precision, recall and F1 of exact entity spans, overall. */
  public record Scores(double precision, double recall, double f1, int gold, int found) {
    /** The scores of {@code correct} names found out of {@code gold}, {@code found} in all. */
    static Scores of(int correct, int gold, int found) {
      double pr = found == 0 ? 0 : correct / (double) found;
      double rc = gold == 0 ? 0 : correct / (double) gold;
      double f = pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc);
      return new Scores(pr, rc, f, gold, found);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (gold %d, found %d)", precision,
          recall, f1, gold, found);
    }
  }

  /**
   * Trains a recognizer that uses {@code knowledgeBase}'s names as features; {@code progress} hears
   * a line per step.
   */
  public static NameRecognizer train(List<Conll.Sentence> data, NameIndex knowledgeBase,
      int epochs, int folds, Consumer<String> progress) {
    return train(data, knowledgeBase, WordEvidence.NONE, epochs, folds, progress);
  }

  /**
   * Trains a recognizer that also uses {@code evidence}'s word clusters and name lists as
   * features, and keeps them in the model.
   */
  public static NameRecognizer train(List<Conll.Sentence> data, NameIndex knowledgeBase,
      WordEvidence evidence, int epochs, int folds, Consumer<String> progress) {
    if (folds < 2 || folds > data.size()) {
      throw new IllegalArgumentException("folds must be in [2, " + data.size() + "]: " + folds);
    }
    List<List<String>> norms = new ArrayList<>(data.size());
    List<List<String>> kb = new ArrayList<>(data.size());
    for (Conll.Sentence s : data) {
      norms.add(Conll.norms(s.tokens()));
      kb.add(knowledgeBase.tags(norms.get(norms.size() - 1)));
    }
    List<String[]> firstPass = new ArrayList<>(data.size());
    List<List<String>> lexiconTags = new ArrayList<>(data.size());
    for (int f = 0; f < folds; f++) {
      int from = data.size() * f / folds;
      int to = data.size() * (f + 1) / folds;
      List<Integer> rest = new ArrayList<>();
      for (int j = 0; j < data.size(); j++) {
        if (j < from || j >= to) {
          rest.add(j);
        }
      }
      Tagger t = Tagger.train(examples(evidence, data, norms, rest, kb, null, null), epochs, 1);
      NameLexicon lexicon = NameLexicon.count(rest.stream().map(data::get).toList());
      for (int j = from; j < to; j++) {
        firstPass.add(t.tag(NerFeatures.of(evidence, norms.get(j), kb.get(j), null, null)));
        lexiconTags.add(lexicon.tags(norms.get(j)));
      }
      progress.accept("part " + (f + 1) + " of " + folds + " tagged by the others");
    }
    List<List<String>> documentTags =
        NameRecognizer.documentTags(norms.stream().map(NerFeatures::stems).toList(), firstPass);
    List<Integer> all = new ArrayList<>();
    for (int j = 0; j < data.size(); j++) {
      all.add(j);
    }
    Tagger second = Tagger.train(
        examples(evidence, data, norms, all, kb, lexiconTags, documentTags), epochs, 1);
    progress.accept("second tagger trained");
    Tagger first = Tagger.train(examples(evidence, data, norms, all, kb, null, null), epochs, 1);
    progress.accept("first tagger trained");
    return new NameRecognizer(knowledgeBase, evidence, first, NameLexicon.count(data), second);
  }

  private static List<Tagger.Example> examples(WordEvidence evidence, List<Conll.Sentence> data,
      List<List<String>> norms, List<Integer> which, List<List<String>> kb,
          List<List<String>> lexicon,
      List<List<String>> document) {
    List<Tagger.Example> out = new ArrayList<>(which.size());
    for (int j : which) {
      out.add(new Tagger.Example(NerFeatures.of(evidence, norms.get(j), kb.get(j),
          lexicon == null ? null : lexicon.get(j), document == null ? null : document.get(j)),
          data.get(j).tags()));
    }
    return out;
  }

  /** The recognizer's tags for every sentence of {@code data}, read as one running text. */
  public static List<String[]> predict(NameRecognizer r, List<Conll.Sentence> data) {
    List<List<String>> norms = new ArrayList<>(data.size());
    for (Conll.Sentence s : data) {
      norms.add(Conll.norms(s.tokens()));
    }
    return r.tag(norms);
  }

  /** Exact-span scores of {@code predicted} tags against {@code data}, for {@code types} (null: all). */
  public static Scores score(List<Conll.Sentence> data, List<String[]> predicted,
      Set<String> types) {
    int tp = 0;
    int gold = 0;
    int found = 0;
    for (int i = 0; i < data.size(); i++) {
      Set<String> g = filter(Conll.spans(data.get(i).tags()), types);
      Set<String> p = filter(Conll.spans(List.of(predicted.get(i))), types);
      gold += g.size();
      found += p.size();
      for (String x : p) {
        if (g.contains(x)) {
          tp++;
        }
      }
    }
    return Scores.of(tp, gold, found);
  }

  private static Set<String> filter(List<String> spans, Set<String> types) {
    Set<String> out = new HashSet<>();
    for (String s : spans) {
      if (types == null || types.contains(s.substring(0, s.indexOf(':')))) {
        out.add(s);
      }
    }
    return out;
  }
}
