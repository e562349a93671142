package org.marsad.event;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.marsad.analysis.Analysis;
import org.marsad.analysis.Overlay;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Document;
import org.marsad.model.EventType;

/**
 * Training and cross-validation of the {@link EventDetector}: L2-regularized logistic regression
 * over the features of labelled sentences, the positive class weighted by the square root of the
 * ratio of negatives to positives (a rare type is not drowned by its trigger's other senses), and
 * a decision threshold chosen as the one with the best F1 over out-of-fold scores of the training
 * data. Cross-validated figures are nested: each test fold's threshold is chosen on its own
 * training folds, so no figure is measured on data the model or its threshold saw.
 */
public final class DetectorTraining {
  private DetectorTraining() {}

  /**
   * Passes of gradient descent from zero weights. Stopping early keeps the weights of words seen
   * in few sentences small, so that the model fits its own training sentences less closely than
   * after 300 passes, with about the same cross-validated F1.
   */
  private static final int EPOCHS = 100;
  private static final double RATE = 0.5;
  private static final double L2 = 1.0;
  /**
   * Features seen in fewer training sentences are left out: a word of a few sentences is chance.
   */
  private static final int MIN_COUNT = 10;
  /**
   * The threshold's F1 is its mean with those of the thresholds up to this many steps (of 0.1)
   * on either side: the F1 of out-of-fold scores is flat and jagged around its best, whose exact
   * step moves with the split by more than the weights of one split and another differ.
   */
  private static final int SMOOTHING = 3;
  private static final TriggerLexicon LEXICON = TriggerLexicon.load();

  /**
   * One labelled sentence: its features, whether it reports an event of the type, and the {@link
   * EventDetector#key keys} of the sentences it was split into (none: it trains every part of a
   * cross-fitted detector).
   */
  public record Example(Set<String> features, boolean yes, Set<Integer> keys) {
    public Example {
      keys = Collections.unmodifiableSet(new LinkedHashSet<>(keys));
    }

    public Example(Set<String> features, boolean yes) {
      this(features, yes, Set.of());
    }
  }

  /** Detection figures: precision, recall, F1 over the examples. */
  public record Scores(int yes, int found, int right) {
    public double precision() {
      return found == 0 ? 0 : (double) right / found;
    }

    public double recall() {
      return yes == 0 ? 0 : (double) right / yes;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (yes %d, detected %d, right %d)",
          precision(), recall(), f1(), yes, found, right);
    }
  }

  /** The detector's features of an analysed document (entities and claims filled). */
  public static Set<String> features(Document doc) {
    return example(doc, false).features();
  }

  /** The labelled example of an analysed document (entities and claims filled). */
  public static Example example(Document doc, boolean yes) {
    Set<String> features = new LinkedHashSet<>();
    Set<Integer> keys = new LinkedHashSet<>();
    for (Overlay o : Analysis.overlays(doc, KnowledgeBase.standard())) {
      features.addAll(EventDetector.features(o, LEXICON.find(o.tokens(), o.nameMask())));
      keys.add(EventDetector.key(o.tokens()));
    }
    return new Example(features, yes, keys);
  }

  /**
   * A cross-fitted detector of {@code parts} parts: part {@code k} is {@link #train trained} on
   * the examples none of whose sentences' keys name it, its threshold chosen on those examples'
   * folds, so that each labelled sentence is decided by a part that never saw it, and figures on
   * the training data are held-out figures, not training fit. Unseen text is decided by one part,
   * trained on about {@code (parts - 1) / parts} of the data. One part is trained on all.
   */
  public static List<EventDetector.Model> crossFit(List<Example> data, int parts, int folds,
      long seed) {
    if (parts == 1) {
      return List.of(train(data, folds, seed));
    }
    List<EventDetector.Model> out = new ArrayList<>();
    for (int k = 0; k < parts; k++) {
      int part = k;
      out.add(train(data.stream().filter(e -> e.keys().stream()
          .noneMatch(key -> EventDetector.part(key, parts) == part)).toList(), folds, seed + k));
    }
    return out;
  }

  /** The part of {@code parts} that decides {@code e}: the one its first key names. */
  private static EventDetector.Model partOf(List<EventDetector.Model> parts, Example e) {
    return parts.get(e.keys().isEmpty() ? 0
        : EventDetector.part(e.keys().iterator().next(), parts.size()));
  }

  /**
   * How the cross-fitted {@code parts} decide {@code data}, each sentence by the part its first
   * key names (a single model: how closely it fits its own training data).
   */
  public static Scores score(List<EventDetector.Model> parts, List<Example> data) {
    int yes = 0;
    int found = 0;
    int right = 0;
    for (Example e : data) {
      EventDetector.Model m = partOf(parts, e);
      boolean said = m.logit(e.features()) >= m.threshold();
      yes += e.yes() ? 1 : 0;
      found += said ? 1 : 0;
      right += said && e.yes() ? 1 : 0;
    }
    return new Scores(yes, found, right);
  }

  /** A model trained on all {@code data}, its threshold from {@code folds}-fold scores. */
  public static EventDetector.Model train(List<Example> data, int folds, long seed) {
    double threshold = bestThreshold(data, outOfFold(data, folds, seed));
    EventDetector.Model m = fit(data);
    return new EventDetector.Model(m.weights(), m.bias(), threshold);
  }

  /** Nested {@code folds}-fold cross-validated figures of {@link #train}. */
  public static Scores crossValidate(List<Example> data, int folds, long seed) {
    List<Integer> order = shuffled(data.size(), seed);
    int yes = 0;
    int found = 0;
    int right = 0;
    for (int f = 0; f < folds; f++) {
      List<Example> train = new ArrayList<>();
      List<Example> test = new ArrayList<>();
      for (int k = 0; k < order.size(); k++) {
        (k % folds == f ? test : train).add(data.get(order.get(k)));
      }
      Scores s = score(train(train, folds, seed + f + 1), test);
      yes += s.yes();
      found += s.found();
      right += s.right();
    }
    return new Scores(yes, found, right);
  }

  /** How {@code m} decides {@code data} (on its own training data: how closely it fits them). */
  public static Scores score(EventDetector.Model m, List<Example> data) {
    return score(List.of(m), data);
  }

  /** Writes {@code models} (by type) as the detector's model file. */
  public static void write(Map<EventType, List<EventDetector.Model>> models, Writer out)
      throws IOException {
    EventDetector.write(models, out);
  }

  private static double[] outOfFold(List<Example> data, int folds, long seed) {
    List<Integer> order = shuffled(data.size(), seed);
    double[] scores = new double[data.size()];
    for (int f = 0; f < folds; f++) {
      List<Example> train = new ArrayList<>();
      for (int k = 0; k < order.size(); k++) {
        if (k % folds != f) {
          train.add(data.get(order.get(k)));
        }
      }
      EventDetector.Model m = fit(train);
      for (int k = f; k < order.size(); k += folds) {
        scores[order.get(k)] = m.logit(data.get(order.get(k)).features());
      }
    }
    return scores;
  }

  /** The threshold on the logit with the best F1 over {@code scores}, {@link #SMOOTHING smoothed}. */
  static double bestThreshold(List<Example> data, double[] scores) {
    int lo = -40;
    int hi = 40;
    double[] f1s = new double[hi - lo + 1];
    for (int s = lo; s <= hi; s++) {
      double t = s / 10.0;
      int found = 0;
      int right = 0;
      int yes = 0;
      for (int k = 0; k < scores.length; k++) {
        boolean said = scores[k] >= t;
        found += said ? 1 : 0;
        right += said && data.get(k).yes() ? 1 : 0;
        yes += data.get(k).yes() ? 1 : 0;
      }
      f1s[s - lo] = found + yes == 0 ? 0 : 2.0 * right / (found + yes);
    }
    int w = SMOOTHING;
    double best = 0;
    double bestF1 = -1;
    for (int s = lo; s <= hi; s++) {
      double sum = 0;
      int n = 0;
      for (int d = -w; d <= w; d++) {
        if (s + d >= lo && s + d <= hi) {
          sum += f1s[s + d - lo];
          n++;
        }
      }
      double f1 = sum / n;
      if (f1 > bestF1 + 1e-9) {
        bestF1 = f1;
        best = s / 10.0;
      }
    }
    return best;
  }

  /**
   * Logistic regression by full-batch gradient descent over features seen in {@link #MIN_COUNT}
   * sentences or more.
   */
  static EventDetector.Model fit(List<Example> data) {
    Map<String, Integer> count = new HashMap<>();
    for (Example e : data) {
      for (String f : e.features()) {
        count.merge(f, 1, Integer::sum);
      }
    }
    Map<String, Integer> index = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (var c : count.entrySet()) {
      if (c.getValue() >= MIN_COUNT) {
        index.put(c.getKey(), names.size());
        names.add(c.getKey());
      }
    }
    int[][] x = new int[data.size()][];
    int positives = 0;
    for (int k = 0; k < data.size(); k++) {
      x[k] = data.get(k).features().stream().filter(index::containsKey).mapToInt(index::get)
          .toArray();
      positives += data.get(k).yes() ? 1 : 0;
    }
    int negatives = data.size() - positives;
    double weightYes = positives == 0 ? 1 : Math.sqrt(Math.max(1.0, (double) negatives / positives));
    double[] w = new double[names.size()];
    double b = 0;
    int n = data.size();
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      double[] grad = new double[w.length];
      double gb = 0;
      for (int k = 0; k < n; k++) {
        double z = b;
        for (int j : x[k]) {
          z += w[j];
        }
        double p = 1 / (1 + Math.exp(-z));
        boolean yes = data.get(k).yes();
        double g = (p - (yes ? 1 : 0)) * (yes ? weightYes : 1);
        for (int j : x[k]) {
          grad[j] += g;
        }
        gb += g;
      }
      for (int j = 0; j < w.length; j++) {
        w[j] -= RATE * (grad[j] / n + L2 * w[j] / n);
      }
      b -= RATE * gb / n;
    }
    Map<String, Double> weights = new HashMap<>();
    for (int j = 0; j < w.length; j++) {
      weights.put(names.get(j), w[j]);
    }
    return new EventDetector.Model(weights, b, 0);
  }

  /** 0 .. n-1 in the order {@code seed} shuffles them to. */
  static List<Integer> shuffled(int n, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      order.add(k);
    }
    Collections.shuffle(order, new Random(seed));
    return order;
  }
}
