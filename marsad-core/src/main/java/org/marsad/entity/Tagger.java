package org.marsad.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A sequence tagger: an averaged perceptron over string features with greedy left-to-right
 * decoding, the previous two tags as features, and the BIO constraint (an {@code I-X} tag only
 * after {@code B-X} or {@code I-X}). Features come from {@link NerFeatures}. Training is
 * deterministic for a given seed. A trained tagger is immutable and thread-safe.
 */
public final class Tagger {
  private final String[] labels;
  private final Map<String, float[]> weights;

  private Tagger(String[] labels, Map<String, float[]> weights) {
    this.labels = labels;
    this.weights = weights;
  }

  public List<String> labels() {
    return List.of(labels);
  }

  public int features() {
    return weights.size();
  }

  /** Tags for one sentence, given its per-token features (without the tag-history ones). */
  public String[] tag(List<List<String>> tokenFeatures) {
    String[] out = new String[tokenFeatures.size()];
    double[] scores = new double[labels.length];
    for (int i = 0; i < out.length; i++) {
      String p1 = i > 0 ? out[i - 1] : "<s>";
      String p2 = i > 1 ? out[i - 2] : "<s>";
      java.util.Arrays.fill(scores, 0);
      for (String f : tokenFeatures.get(i)) {
        add(scores, weights.get(f));
      }
      add(scores, weights.get("t1=" + p1));
      add(scores, weights.get("t2=" + p2 + "|" + p1));
      add(scores, weights.get("t1w=" + p1 + "|" + tokenFeatures.get(i).get(1)));
      out[i] = labels[best(scores, p1)];
    }
    return out;
  }

  private static void add(double[] scores, float[] w) {
    if (w != null) {
      for (int k = 0; k < scores.length; k++) {
        scores[k] += w[k];
      }
    }
  }

  private int best(double[] scores, String prev) {
    int best = -1;
    for (int k = 0; k < labels.length; k++) {
      if (!allowed(prev, labels[k])) {
        continue;
      }
      if (best < 0 || scores[k] > scores[best]) {
        best = k;
      }
    }
    return best;
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
    Map<String, float[]> w = new HashMap<>();
    Map<String, float[]> total = new HashMap<>(); // sum of updates weighted by their timestamp
    Tagger current = new Tagger(labels, w);
    List<Example> order = new ArrayList<>(examples);
    Random rnd = new Random(seed);
    long c = 1;
    for (int epoch = 0; epoch < epochs; epoch++) {
      java.util.Collections.shuffle(order, rnd);
      for (Example ex : order) {
        String[] guess = current.tag(ex.features());
        for (int i = 0; i < guess.length; i++) {
          String gold = ex.tags().get(i);
          // history features use the gold history, as the tagger would see a correct prefix
          String g1 = i > 0 ? ex.tags().get(i - 1) : "<s>";
          String g2 = i > 1 ? ex.tags().get(i - 2) : "<s>";
          String[] hist = {"t1=" + g1, "t2=" + g2 + "|" + g1,
              "t1w=" + g1 + "|" + ex.features().get(i).get(1)};
          String[] guessHist = {"t1=" + (i > 0 ? guess[i - 1] : "<s>"),
              "t2=" + (i > 1 ? guess[i - 2] : "<s>") + "|" + (i > 0 ? guess[i - 1] : "<s>"),
              "t1w=" + (i > 0 ? guess[i - 1] : "<s>") + "|" + ex.features().get(i).get(1)};
          if (!guess[i].equals(gold) || !java.util.Arrays.equals(hist, guessHist)) {
            int gi = index.get(gold);
            int pi = index.get(guess[i]);
            for (String f : ex.features().get(i)) {
              update(w, total, f, gi, pi, c, labels.length);
            }
            for (int h = 0; h < hist.length; h++) {
              update(w, total, hist[h], gi, -1, c, labels.length);
              update(w, total, guessHist[h], -1, pi, c, labels.length);
            }
          }
          c++;
        }
      }
    }
    // averaging: w_avg = w - total / c
    Map<String, float[]> avg = new HashMap<>();
    for (var e : w.entrySet()) {
      float[] t = total.get(e.getKey());
      float[] a = new float[labels.length];
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
    return new Tagger(labels, avg);
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
    d.writeUTF("marsad-tagger/1");
    d.writeInt(labels.length);
    for (String l : labels) {
      d.writeUTF(l);
    }
    d.writeInt(weights.size());
    for (var e : new java.util.TreeMap<>(weights).entrySet()) {
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
    d.flush();
    gz.finish();
  }

  /** Reads a model written by {@link #write}. */
  public static Tagger read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new GZIPInputStream(in, 1 << 16));
    String magic = d.readUTF();
    if (!magic.equals("marsad-tagger/1")) {
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
    return new Tagger(labels, w);
  }
}
