package org.marsad.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A sequence tagger: an averaged structured perceptron over string features with first-order
 * Viterbi decoding. Per token, the features from {@link NerFeatures} score each label; between
 * tokens, the previous label ({@code t1=}) and the previous label paired with the word ({@code
 * t1w=}) score each transition. Decoding keeps the BIO constraint: an {@code I-X} label only
 * after {@code B-X} or {@code I-X}, never first. Training decodes each sentence with the current
 * weights and, where the best sequence differs from the gold one, moves weight from the
 * predicted features to the gold ones (Collins 2002); the returned weights are averaged over all
 * steps. Training is deterministic for a given seed. A trained tagger is immutable and
 * thread-safe.
 */
public final class Tagger {
  private static final String START = "<s>";
  private static final String MAGIC = "marsad-tagger/1";
  /** The feature every token has ({@link NerFeatures}): its weights are the labels' biases. */
  static final String BIAS = "b";

  private final String[] labels;
  private final Map<String, float[]> weights;
  /** Whether a label (column) may follow a history (row: the labels, then the start). */
  private final boolean[][] allowed;
  /**
   * For a tagger whose weights no longer change: the transition weights per history, and the
   * history-and-word weights ({@code t1w=}) grouped by word, so that decoding looks each word up
   * once instead of once per history. Null while training, when weights change after each
   * sentence.
   */
  private final float[][] transitions;

  private final Map<String, float[][]> byWord;

  private Tagger(String[] labels, Map<String, float[]> weights, boolean frozen) {
    this.labels = labels;
    this.weights = weights;
    int nl = labels.length;
    this.allowed = new boolean[nl + 1][nl];
    for (int p = 0; p <= nl; p++) {
      for (int k = 0; k < nl; k++) {
        allowed[p][k] = allowed(history(p), labels[k]);
      }
    }
    this.transitions = frozen ? new float[nl + 1][] : null;
    this.byWord = frozen ? new HashMap<>() : null;
    if (frozen) {
      Map<String, Integer> history = new HashMap<>();
      for (int p = 0; p <= nl; p++) {
        transitions[p] = weights.get("t1=" + history(p));
        history.put(history(p), p);
      }
      for (var e : weights.entrySet()) {
        String key = e.getKey();
        int bar = key.indexOf('|');
        if (key.startsWith("t1w=") && bar > 0) {
          Integer p = history.get(key.substring(4, bar));
          if (p != null) {
            byWord.computeIfAbsent(key.substring(bar + 1), w -> new float[nl + 1][])[p] =
                e.getValue();
          }
        }
      }
    }
  }

  public List<String> labels() {
    return List.of(labels);
  }

  public int features() {
    return weights.size();
  }

  /** Tags for one sentence, given its per-token features (without the tag-history ones). */
  public String[] tag(List<List<String>> tokenFeatures) {
    int[] best = decode(tokenFeatures);
    String[] out = new String[best.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = labels[best[i]];
    }
    return out;
  }

  /** The label of index {@code p} as a history value; {@code labels.length} is the start. */
  private String history(int p) {
    return p == labels.length ? START : labels[p];
  }

  /** The weights of one feature per label, or null where the model has none. */
  float[] weight(String feature) {
    return weights.get(feature);
  }

  /** The number of labels: the length of every weight vector and emission row. */
  int labelCount() {
    return labels.length;
  }

  /**
   * For a tagger read or trained whole: the history-and-word weights ({@code t1w=}) of the word
   * whose word feature ({@code w=}) is {@code wordFeature}, per history (the labels, then the
   * start), or null where the word has none.
   */
  float[][] wordTransitions(String wordFeature) {
    return byWord.get(wordFeature);
  }

  /**
   * Tags for one sentence given, per token, the summed feature weights of each label ({@code
   * emissions}) and the word's history-and-word weights ({@link #wordTransitions}, null entries
   * allowed): the same tags as {@link #tag(List)} on the features those sums came from.
   */
  String[] tag(double[][] emissions, float[][][] wordRows) {
    int[] best = viterbi(emissions, wordRows);
    String[] out = new String[best.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = labels[best[i]];
    }
    return out;
  }

  /** The summed weights of the features, per label. */
  double[] emission(List<String> features) {
    double[] emit = new double[labels.length];
    for (String x : features) {
      add(emit, weights.get(x));
    }
    return emit;
  }

  /** The highest-scoring label sequence that keeps the BIO constraint (first-order Viterbi). */
  private int[] decode(List<List<String>> tokenFeatures) {
    int n = tokenFeatures.size();
    int nl = labels.length;
    double[][] emit = new double[n][];
    float[][][] rows = new float[n][][];
    for (int i = 0; i < n; i++) {
      List<String> f = tokenFeatures.get(i);
      emit[i] = emission(f);
      String word = f.get(1);
      if (byWord != null) {
        rows[i] = byWord.get(word);
      } else {
        rows[i] = new float[nl + 1][];
        for (int p = 0; p <= nl; p++) {
          rows[i][p] = weights.get("t1w=" + history(p) + "|" + word);
        }
      }
    }
    return viterbi(emit, rows);
  }

  private int[] viterbi(double[][] emit, float[][][] wordRows) {
    int n = emit.length;
    int nl = labels.length;
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    // transition scores from every history (the labels, then the start) to every label
    double[][] trans = new double[nl + 1][nl];
    for (int p = 0; p <= nl; p++) {
      add(trans[p], transitions != null ? transitions[p] : weights.get("t1=" + history(p)));
    }
    double[] prev = new double[nl + 1];
    double[] cur = new double[nl + 1];
    int[][] back = new int[n][nl];
    for (int i = 0; i < n; i++) {
      float[][] rows = wordRows[i];
      Arrays.fill(cur, Double.NEGATIVE_INFINITY);
      for (int p = 0; p <= nl; p++) {
        boolean reachable = i == 0 ? p == nl : p < nl && prev[p] > Double.NEGATIVE_INFINITY;
        if (!reachable) {
          continue;
        }
        double base = i == 0 ? 0 : prev[p];
        float[] withWord = rows == null ? null : rows[p];
        for (int k = 0; k < nl; k++) {
          if (!allowed[p][k]) {
            continue;
          }
          // the same order of additions as the sums were made in since the start
          double s = base + trans[p][k];
          if (withWord != null) {
            s += withWord[k];
          }
          s += emit[i][k];
          if (s > cur[k]) {
            cur[k] = s;
            back[i][k] = p;
          }
        }
      }
      double[] t = prev;
      prev = cur;
      cur = t;
    }
    int k = 0;
    for (int j = 1; j < nl; j++) {
      if (prev[j] > prev[k]) {
        k = j;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      out[i] = k;
      k = back[i][k];
    }
    return out;
  }

  static void add(double[] scores, float[] w) {
    if (w != null) {
      for (int k = 0; k < scores.length; k++) {
        scores[k] += w[k];
      }
    }
  }

  static boolean allowed(String prev, String label) {
    if (!label.startsWith("I-")) {
      return true;
    }
    String type = label.substring(2);
    return prev.equals("B-" + type) || prev.equals("I-" + type);
  }

  /** One training sentence: per-token features and gold tags. */
  public record Example(List<List<String>> features, List<String> tags) {}

  /** Trains an averaged perceptron for {@code epochs} passes over shuffled examples. */
  public static Tagger train(List<Example> examples, int epochs, long seed) {
    List<String> labelList = new ArrayList<>();
    for (Example e : examples) {
      for (String t : e.tags()) {
        if (!labelList.contains(t)) {
          labelList.add(t);
        }
      }
    }
    labelList.sort(null);
    String[] labels = labelList.toArray(new String[0]);
    Map<String, Integer> index = new HashMap<>();
    for (int k = 0; k < labels.length; k++) {
      index.put(labels[k], k);
    }
    int nl = labels.length;
    Map<String, float[]> w = new HashMap<>();
    Map<String, float[]> total = new HashMap<>(); // sum of updates weighted by their timestamp
    Tagger current = new Tagger(labels, w, false);
    List<Example> order = new ArrayList<>(examples);
    Random rnd = new Random(seed);
    long c = 1;
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, rnd);
      for (Example ex : order) {
        int[] guess = current.decode(ex.features());
        int[] gold = new int[guess.length];
        for (int i = 0; i < gold.length; i++) {
          gold[i] = index.get(ex.tags().get(i));
        }
        for (int i = 0; i < guess.length; i++) {
          int gp = i > 0 ? gold[i - 1] : nl;
          int pp = i > 0 ? guess[i - 1] : nl;
          if (gold[i] != guess[i]) {
            for (String f : ex.features().get(i)) {
              update(w, total, f, gold[i], guess[i], c, nl);
            }
          }
          if (gold[i] != guess[i] || gp != pp) {
            String word = ex.features().get(i).get(1);
            String gh = gp == nl ? START : labels[gp];
            String ph = pp == nl ? START : labels[pp];
            update(w, total, "t1=" + gh, gold[i], -1, c, nl);
            update(w, total, "t1=" + ph, -1, guess[i], c, nl);
            update(w, total, "t1w=" + gh + "|" + word, gold[i], -1, c, nl);
            update(w, total, "t1w=" + ph + "|" + word, -1, guess[i], c, nl);
          }
        }
        c++;
      }
    }
    // averaging: w_avg = w - total / c
    Map<String, float[]> avg = new HashMap<>();
    for (var e : w.entrySet()) {
      float[] t = total.get(e.getKey());
      float[] a = new float[nl];
      boolean any = false;
      for (int k = 0; k < a.length; k++) {
        float x = e.getValue()[k] - t[k] / c;
        // tiny averaged weights change no decision; dropping them keeps the model small
        a[k] = Math.abs(x) < 0.05f ? 0 : x;
        any |= a[k] != 0;
      }
      if (any) {
        avg.put(e.getKey(), a);
      }
    }
    return new Tagger(labels, avg, true);
  }

  private static void update(Map<String, float[]> w, Map<String, float[]> total, String f, int plus,
      int minus, long c, int n) {
    if (plus == minus) {
      return;
    }
    float[] wf = w.computeIfAbsent(f, k -> new float[n]);
    float[] tf = total.computeIfAbsent(f, k -> new float[n]);
    if (plus >= 0) {
      wf[plus] += 1;
      tf[plus] += c;
    }
    if (minus >= 0) {
      wf[minus] -= 1;
      tf[minus] -= c;
    }
  }

  /** Writes the model (gzip-compressed). */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    DataOutputStream d = new DataOutputStream(gz);
    writeTo(d);
    d.flush();
    gz.finish();
  }

  /** Reads a model written by {@link #write}. */
  public static Tagger read(InputStream in) throws IOException {
    return readFrom(new DataInputStream(new GZIPInputStream(in, 1 << 16)));
  }

  void writeTo(DataOutputStream d) throws IOException {
    d.writeUTF(MAGIC);
    d.writeInt(labels.length);
    for (String l : labels) {
      d.writeUTF(l);
    }
    d.writeInt(weights.size());
    for (var e : new TreeMap<>(weights).entrySet()) {
      d.writeUTF(e.getKey());
      float[] v = e.getValue();
      int nonZero = 0;
      for (float x : v) {
        nonZero += x != 0 ? 1 : 0;
      }
      d.writeByte(nonZero);
      for (int k = 0; k < v.length; k++) {
        if (v[k] != 0) {
          d.writeByte(k);
          d.writeFloat(v[k]);
        }
      }
    }
  }

  static Tagger readFrom(DataInputStream d) throws IOException {
    String magic = d.readUTF();
    if (!magic.equals(MAGIC)) {
      throw new IOException("not a Marsad tagger model: " + magic);
    }
    String[] labels = new String[d.readInt()];
    for (int k = 0; k < labels.length; k++) {
      labels[k] = d.readUTF();
    }
    int n = d.readInt();
    Map<String, float[]> w = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String f = d.readUTF();
      float[] v = new float[labels.length];
      int nonZero = d.readUnsignedByte();
      for (int j = 0; j < nonZero; j++) {
        int k = d.readUnsignedByte();
        v[k] = d.readFloat();
      }
      w.put(f, v);
    }
    return new Tagger(labels, w, true);
  }
}
