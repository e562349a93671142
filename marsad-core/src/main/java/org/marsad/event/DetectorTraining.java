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
  private static final TriggerLexicon LEXICON = TriggerLexicon.load();

  /** One labelled sentence: its features and whether it reports an event of the type. */
  public record Example(Set<String> features, boolean yes) {}

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
    TriggerLexicon lexicon = LEXICON;
    Set<String> out = new LinkedHashSet<>();
    for (Overlay o : Analysis.overlays(doc, KnowledgeBase.standard())) {
      out.addAll(EventDetector.features(o, lexicon.find(o.tokens(), o.nameMask())));
    }
    return out;
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
    int yes = 0;
    int found = 0;
    int right = 0;
    for (Example e : data) {
      boolean said = m.logit(e.features()) >= m.threshold();
      yes += e.yes() ? 1 : 0;
      found += said ? 1 : 0;
      right += said && e.yes() ? 1 : 0;
    }
    return new Scores(yes, found, right);
  }

  /** Writes {@code models} (by type) as the detector's model file. */
  public static void write(Map<EventType, EventDetector.Model> models, Writer out)
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

  /** The threshold on the logit with the best F1 over {@code scores}. */
  static double bestThreshold(List<Example> data, double[] scores) {
    double best = 0;
    double bestF1 = -1;
    for (int s = -40; s <= 40; s++) {
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
      double f1 = found + yes == 0 ? 0 : 2.0 * right / (found + yes);
      if (f1 > bestF1 + 1e-9) {
        bestF1 = f1;
        best = t;
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
