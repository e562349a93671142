package org.marsad.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores of names seen and unseen in training, apart: a name (gold or found) is seen when its
 * words, normalized, were a name of the same type in the training data. A tagger that only
 * remembers names does well on the seen ones; the unseen ones show how it generalizes.
 */
public final class SeenUnseen {
  private final Set<String> seen = new HashSet<>();

  /** The names of {@code training}, by type and words. */
  public SeenUnseen(List<Conll.Sentence> training) {
    for (Conll.Sentence s : training) {
      for (String span : Conll.spans(s.tags())) {
        seen.add(key(s, span));
      }
    }
  }

  /** Whether the name {@code span} ("type:start:end") of sentence {@code s} was seen. */
  boolean seen(Conll.Sentence s, String span) {
    return seen.contains(key(s, span));
  }

  /** Exact-span scores on the names of {@code type} (null: all) seen, or unseen, in training. */
  public NerTraining.Scores score(List<Conll.Sentence> test, List<String[]> predicted, String type,
      boolean wantSeen) {
    int tp = 0;
    int gold = 0;
    int found = 0;
    for (int i = 0; i < test.size(); i++) {
      Conll.Sentence s = test.get(i);
      Set<String> g = pick(s, Conll.spans(s.tags()), type, wantSeen);
      Set<String> p = pick(s, Conll.spans(List.of(predicted.get(i))), type, wantSeen);
      gold += g.size();
      found += p.size();
      for (String x : p) {
        tp += g.contains(x) ? 1 : 0;
      }
    }
    return NerTraining.Scores.of(tp, gold, found);
  }

  private Set<String> pick(Conll.Sentence s, List<String> spans, String type, boolean wantSeen) {
    Set<String> out = new HashSet<>();
    for (String x : spans) {
      if ((type == null || x.startsWith(type + ":")) && seen(s, x) == wantSeen) {
        out.add(x);
      }
    }
    return out;
  }

  private static String key(Conll.Sentence s, String span) {
    String[] p = span.split(":");
    List<String> words = new ArrayList<>();
    for (int i = Integer.parseInt(p[1]); i < Integer.parseInt(p[2]); i++) {
      words.add(s.tokens().get(i));
    }
    return p[0] + ":" + String.join(" ", Conll.norms(words));
  }
}
