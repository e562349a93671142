package org.marsad.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** Training and CoNLL-style evaluation of the name tagger. */
public final class NerTraining {
  private NerTraining() {}

  /** Precision, recall and F1 of exact entity spans, overall. */
  public record Scores(double precision, double recall, double f1, int gold, int found) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (gold %d, found %d)", precision,
          recall, f1, gold, found);
    }
  }

  public static Tagger train(List<Conll.Sentence> data, Function<List<String>, List<String>> gazetteer,
      int epochs) {
    List<Tagger.Example> ex = new ArrayList<>();
    for (Conll.Sentence s : data) {
      List<String> norms = Conll.norms(s.tokens());
      ex.add(new Tagger.Example(NerFeatures.of(norms, gazetteer.apply(norms)), s.tags()));
    }
    return Tagger.train(ex, epochs, 1);
  }

  /** The tagger's tags for every sentence of {@code data}. */
  public static List<String[]> predict(Tagger t, List<Conll.Sentence> data,
      Function<List<String>, List<String>> gazetteer) {
    List<String[]> out = new ArrayList<>(data.size());
    for (Conll.Sentence s : data) {
      List<String> norms = Conll.norms(s.tokens());
      out.add(t.tag(NerFeatures.of(norms, gazetteer.apply(norms))));
    }
    return out;
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
    double pr = found == 0 ? 0 : tp / (double) found;
    double rc = gold == 0 ? 0 : tp / (double) gold;
    double f = pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc);
    return new Scores(pr, rc, f, gold, found);
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
