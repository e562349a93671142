package org.marsad.meta;

import java.time.LocalDate;
import java.util.Optional;
import org.marsad.arabic.ArabicDates;
import org.marsad.arabic.ArabicLetters;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.DatePhrases;
import org.marsad.model.DateValue;

/**
 * The publication date of an article and where it was read from, in order of trust: the date
 * the input states (a JSON Lines field or a manifest: {@code jsonl}, {@code manifest}), the page's
 * own metadata ({@code page}, {@code jsonld}), the article's dateline ({@code dateline}), and a
 * complete date after a weekday in the first sentence of the body ({@code lead}: نشرت وسائل
 * إعلام، الإثنين 18 مايو/أيار 2020، ...). Other dates of the body are the dates of events, not of
 * the article, and are not used. Pure and thread-safe.
 */
public final class PublicationDate {
  private PublicationDate() {}

  /** How much of the first sentence may hold the date of the lead, in characters. */
  static final int LEAD_CHARS = 300;

  public static DateValue find(Stated input, Stated page, Optional<LocalDate> dateline,
      String text, String title) {
    for (Stated s : new Stated[] {input, page}) {
      if (s != null && s.present()) {
        Optional<DateValue> d = StatedDates.lenient(s.value());
        if (d.isPresent()) {
          return d.get().withBasis(s.basis());
        }
      }
    }
    if (dateline.isPresent()) {
      return DateValue.day(dateline.get()).withBasis("dateline");
    }
    return lead(text, title).map(d -> DateValue.day(d).withBasis("lead"))
        .orElse(DateValue.UNKNOWN);
  }

  /** A complete date right after a weekday in the first sentence of the body. */
  static Optional<LocalDate> lead(String text, String title) {
    String first = null;
    for (String p : text.split("\n\n")) {
      if (!p.isBlank() && (title == null || !p.strip().equals(title.strip()))) {
        first = p.strip();
        break;
      }
    }
    if (first == null) {
      return Optional.empty();
    }
    int end = first.indexOf('.');
    String sentence = ArabicNormalizer.normalize(
        first.substring(0, Math.min(end < 0 ? first.length() : end, LEAD_CHARS)));
    String[] words = sentence.split("\\s+");
    int at = 0;
    for (String w : words) {
      at = sentence.indexOf(w, at) + w.length();
      String bare = w.replaceAll("[^\\p{L}]", "");
      if (!DatePhrases.isWeekday(bare) && !DatePhrases.isWeekday(withoutConjunction(bare))) {
        continue;
      }
      String rest = sentence.substring(at).replaceFirst("^[\\s" + ArabicLetters.COMMA + ",]+", "");
      if (!rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
        Optional<LocalDate> d = ArabicDates.firstDate(rest.substring(0, Math.min(40,
            rest.length())));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private static String withoutConjunction(String w) {
    return w.length() > 3 && (w.charAt(0) == ArabicLetters.WAW || w.charAt(0) == ArabicLetters.FEH)
        ? w.substring(1) : w;
  }
}
