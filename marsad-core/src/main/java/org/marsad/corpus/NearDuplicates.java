package org.marsad.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.marsad.arabic.Token;
import org.marsad.arabic.Tokenizer;

/**
 * Finds republished copies among texts with MinHash over word shingles and locality-sensitive
 * hashing, in time near-linear in the number of texts.
 *
 * <p>Each text becomes the set of its {@value #SHINGLE}-word shingles (normalized words), and its
 * MinHash signature of {@value #HASHES} values. Texts sharing all rows of any of the
 * {@value #BANDS} bands are candidates, and a candidate is a copy when the signatures agree on at
 * least {@link #THRESHOLD} of their values (an estimate of the shingles' Jaccard similarity). Each
 * text is compared with at most {@value #PER_BUCKET} earlier members of a band bucket, so a bucket
 * of many copies costs linear time. Copies form groups (transitively); a group is named by its
 * first text.
 */
public final class NearDuplicates {
  static final int SHINGLE = 5;
  static final int HASHES = 64;
  static final int BANDS = 16;
  static final int ROWS = HASHES / BANDS;
  static final int PER_BUCKET = 8;
  static final double THRESHOLD = 0.6;

  private static final long[] SEEDS = seeds();

  private NearDuplicates() {}

  /** For each text, the index of the first text of its copy group (itself when it has no copy). */
  public static int[] groups(List<String> texts) {
    int n = texts.size();
    long[][] sigs = new long[n][];
    for (int i = 0; i < n; i++) {
      sigs[i] = signature(texts.get(i));
    }
    UnionFind uf = new UnionFind(n);
    for (int band = 0; band < BANDS; band++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < n; i++) {
        if (sigs[i] == null) {
          continue;
        }
        List<Integer> bucket = buckets.computeIfAbsent(bandHash(sigs[i], band), k -> new ArrayList<>());
        int compared = 0;
        for (int j = bucket.size() - 1; j >= 0 && compared < PER_BUCKET; j--) {
          int other = bucket.get(j);
          if (uf.find(other) == uf.find(i)) {
            continue;
          }
          compared++;
          if (similarity(sigs[i], sigs[other]) >= THRESHOLD) {
            uf.union(other, i);
          }
        }
        bucket.add(i);
      }
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = uf.first(i);
    }
    return out;
  }

  /** The estimated Jaccard similarity of two texts' shingle sets. */
  public static double similarity(String a, String b) {
    long[] sa = signature(a);
    long[] sb = signature(b);
    return sa == null || sb == null ? 0 : similarity(sa, sb);
  }

  private static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int k = 0; k < HASHES; k++) {
      if (a[k] == b[k]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  /** The MinHash signature of a text, or null when it has no words. */
  static long[] signature(String text) {
    List<String> words = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(text)) {
      if (t.isWord() || t.kind() == Token.Kind.NUMBER) {
        words.add(t.norm());
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    long[] sig = new long[HASHES];
    Arrays.fill(sig, Long.MAX_VALUE);
    int shingles = Math.max(1, words.size() - SHINGLE + 1);
    for (int s = 0; s < shingles; s++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int w = s; w < Math.min(words.size(), s + SHINGLE); w++) {
        h = mix(h ^ words.get(w).hashCode());
      }
      for (int k = 0; k < HASHES; k++) {
        long v = mix(h ^ SEEDS[k]);
        if (v < sig[k]) {
          sig[k] = v;
        }
      }
    }
    return sig;
  }

  private static long bandHash(long[] sig, int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++) {
      h = mix(h ^ sig[band * ROWS + r]);
    }
    return h;
  }

  /** A 64-bit finalizer (SplitMix64's). */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    SplittableRandom random = new SplittableRandom(20200601L);
    long[] s = new long[HASHES];
    for (int k = 0; k < HASHES; k++) {
      s[k] = random.nextLong();
    }
    return s;
  }
}
