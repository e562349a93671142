package org.marsad.claim;

import static org.marsad.claim.WordShapes.headOf;
import static org.marsad.claim.WordShapes.withoutArticle;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.data.TsvRows;

/**
 * The closed word classes of {@code speaker-words.tsv} (form, class, note), normalized like the
 * text ({@link ArabicNormalizer}). A word may be in several classes (بعد is a stop and a temporal
 * conjunction). Also finds the speaker head of a word. Immutable and thread-safe.
 */
final class SpeakerWords {
  static final Set<String> CLASSES = Set.of("anonymous", "unnamed-role", "commentator", "outlet",
      "document", "quantifier", "stop", "resumptive", "linker", "auxiliary", "temporal",
      "relative", "medium", "nonhuman-plural", "body");

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

  /**
   * The head word of a normalized token as {@link WordShapes#headOf}, and also without a
   * preposition ل or ب when that gives a word of a known class (لمصدر، بحسب لا).
   */
  String head(String norm) {
    // a root waw is tried first: وكالة is not و + كالة
    String asWritten = withoutArticle(norm);
    if (isKnown(asWritten)) {
      return asWritten;
    }
    String h = headOf(norm);
    if (h.length() > 3 && (h.startsWith("ل") || h.startsWith("ب"))) {
      String rest = knownAfterPreposition(h);
      if (rest != null) {
        return rest;
      }
    }
    return h;
  }

  /**
   * The known speaker head of {@code norm} past its first letter, a preposition ل or ب written on
   * it: as written first (لوكالة: ل + وكالة, a root waw), then without a conjunction; or null.
   */
  String knownAfterPreposition(String norm) {
    String written = withoutArticle(norm.substring(1));
    if (isKnown(written)) {
      return written;
    }
    String rest = headOf(norm.substring(1));
    return isKnown(rest) ? rest : null;
  }

  /** Whether {@code head} is a speaker head: anonymous, commentator, outlet or document. */
  boolean isKnown(String head) {
    return is("anonymous", head) || is("commentator", head)
        || is("outlet", head) || is("document", head);
  }

  /**
   * The noun of a body's kind that {@code norm} is, without its article (الوزارة: وزاره, its و
   * a root letter), or null.
   */
  String bodyHead(String norm) {
    String asWritten = withoutArticle(norm);
    return is("body", asWritten) ? asWritten : is("body", headOf(norm)) ? headOf(norm) : null;
  }

  /** The head of an accusative document noun (بيانا، تقريرا), or null. */
  String accusativeDocument(String norm) {
    String n = headOf(norm);
    if (n.length() > 3 && n.endsWith("ا") && is("document", n.substring(0, n.length() - 1))) {
      return n.substring(0, n.length() - 1);
    }
    return null;
  }
}
