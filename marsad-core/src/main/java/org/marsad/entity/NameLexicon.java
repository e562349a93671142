package org.marsad.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What labelled data says about each stem ({@link NerFeatures#stem}): the entity type it most
 * often belongs to, marked {@code +} when that is at least half of its occurrences and {@code -}
 * otherwise ({@code PERSON+}, {@code ORGANIZATION-}), or {@code never} for a stem seen only outside
 * names. Unseen stems have no tag. The tagger uses these tags as features; so that it learns how
 * far to trust them on unseen text, training computes them for each part of the data from the
 * other parts only ({@link NerTraining}). Immutable and thread-safe.
 */
final class NameLexicon {
  static final String NEVER = "never";
  private static final List<String> TYPES = List.of("PERSON", "LOCATION", "ORGANIZATION", "MISC");

  private final Map<String, String> tags;

  private NameLexicon(Map<String, String> tags) {
    this.tags = tags;
  }

  /** The lexicon of {@code data}'s tokens and tags. */
  static NameLexicon count(List<Conll.Sentence> data) {
    Map<String, int[]> counts = new HashMap<>(); // per stem: one count per type, then all
    for (Conll.Sentence s : data) {
      List<String> norms = Conll.norms(s.tokens());
      for (int i = 0; i < norms.size(); i++) {
        int[] c = counts.computeIfAbsent(NerFeatures.stem(norms.get(i)),
            k -> new int[TYPES.size() + 1]);
        c[TYPES.size()]++;
        String tag = s.tags().get(i);
        if (!tag.equals("O")) {
          int type = TYPES.indexOf(tag.substring(2));
          if (type >= 0) {
            c[type]++;
          }
        }
      }
    }
    Map<String, String> tags = new HashMap<>(counts.size() * 2);
    for (var e : counts.entrySet()) {
      int[] c = e.getValue();
      int best = 0;
      for (int k = 1; k < TYPES.size(); k++) {
        if (c[k] > c[best]) {
          best = k;
        }
      }
      tags.put(e.getKey(), c[best] == 0 ? NEVER
          : TYPES.get(best) + (2 * c[best] >= c[TYPES.size()] ? "+" : "-"));
    }
    return new NameLexicon(tags);
  }

  int size() {
    return tags.size();
  }

  /** The tag of each token of a sentence (null where the stem is unknown). */
  List<String> tags(List<String> norms) {
    return tags(NerFeatures.stems(norms));
  }

  /** The tag of each stem (null where it is unknown). */
  List<String> tags(String[] stems) {
    List<String> out = new ArrayList<>(stems.length);
    for (String s : stems) {
      out.add(tags.get(s));
    }
    return out;
  }

  void writeTo(DataOutputStream d) throws IOException {
    d.writeInt(tags.size());
    for (var e : new TreeMap<>(tags).entrySet()) {
      d.writeUTF(e.getKey());
      d.writeUTF(e.getValue());
    }
  }

  static NameLexicon readFrom(DataInputStream d) throws IOException {
    int n = d.readInt();
    Map<String, String> tags = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String stem = d.readUTF();
      tags.put(stem, d.readUTF());
    }
    return new NameLexicon(tags);
  }
}
