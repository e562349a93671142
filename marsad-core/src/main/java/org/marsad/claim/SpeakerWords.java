package org.marsad.claim;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.data.TsvRows;

/**
 * The closed word classes of {@code speaker-words.tsv} (form, class, note), normalized like the
 * text ({@link ArabicNormalizer}). A word may be in several classes (بعد is a stop and a temporal
 * conjunction). Immutable and thread-safe.
 */
final class SpeakerWords {
  static final Set<String> CLASSES = Set.of("anonymous", "commentator", "outlet", "document",
      "quantifier", "stop", "resumptive", "linker", "auxiliary", "temporal", "relative", "medium");

  private final Map<String, Set<String>> byClass = new HashMap<>();

  static SpeakerWords load() {
    SpeakerWords w = new SpeakerWords();
    for (TsvRows.Row row : TsvRows.resource(SpeakerWords.class, "speaker-words.tsv")) {
      String[] f = row.fields();
      if (f.length != 3 || !CLASSES.contains(f[1].strip())) {
        throw new IllegalStateException("speaker-words.tsv:" + row.line()
            + ": expected form, class (one of " + CLASSES + ") and note");
      }
      w.byClass.computeIfAbsent(f[1].strip(), k -> new HashSet<>())
          .add(ArabicNormalizer.normalize(f[0].strip()));
    }
    return w;
  }

  /** Whether the normalized word {@code norm} is in class {@code cls}. */
  boolean is(String cls, String norm) {
    if (!CLASSES.contains(cls)) {
      throw new IllegalArgumentException("unknown word class: " + cls);
    }
    return byClass.getOrDefault(cls, Set.of()).contains(norm);
  }
}
