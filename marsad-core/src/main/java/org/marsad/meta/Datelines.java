package org.marsad.meta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.arabic.ArabicDates;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.DatePhrases;
import org.marsad.model.Dateline;

/**
 * The dateline an article opens with, in the first paragraphs after its title:
 *
 * <ul>
 *   <li>a place, a date and an agency code in brackets before a dash: {@code بنغازي 04 فبراير
 *       2020 (وال) –}, {@code دبي، الإمارات العربية المتحدة (CNN)--}, {@code (رويترز) -};
 *   <li>a place and a dash, then an agency or an outlet in quotes and a colon or a dash: {@code
 *       القاهرة - وكالات}, {@code طرابلس – «الوسط»:}, or the place and the dash alone: {@code
 *       طرابلس - قال ...};
 *   <li>a short line that is a date: {@code 22/07/2019}, {@code الأحد 5 أبريل 2020}.
 * </ul>
 *
 * The place is what comes before the date, as written; the agency is the outlet the code stands
 * for ({@link Agencies}). Pure and thread-safe.
 */
public final class Datelines {
  /** How many leading paragraphs of the body may hold the dateline. */
  static final int PARAGRAPHS = 3;

  /** A dateline's text before its code or dash, at most, in words. */
  static final int HEAD_WORDS = 8;

  /** A line that is only a date has at most this many words. */
  static final int DATE_LINE_WORDS = 8;

  private static final Pattern BRACKETED = Pattern.compile("\\(([^()\\n]{1,30})\\)");
  private static final Pattern AFTER_CODE = Pattern.compile("^\\s*(?:--|[-\u2013\u2014\u0640:])+");
  private static final Pattern DASH = Pattern.compile("\\s*(?:--|[-\u2013\u2014\u0640])\\s*");
  private static final Pattern QUOTED_OUTLET =
      Pattern.compile("^[\"«“]\\s*([^\"«»“”\\n]{2,40}?)\\s*[\"»”]\\s*(?::|--|[-\u2013\u2014]|$)");

  private final Agencies agencies;

  public Datelines(Agencies agencies) {
    this.agencies = agencies;
  }

  public static Datelines standard() {
    return new Datelines(Agencies.standard());
  }

  /** A dateline read, and the date it gives (null when it gives none). */
  public record Found(Dateline dateline, LocalDate date) {}

  /** The dateline of a cleaned text (paragraphs separated by blank lines), if it has one. */
  public Optional<Found> find(String text, String title) {
    int seen = 0;
    for (String paragraph : text.split("\n\n")) {
      String p = paragraph.strip();
      if (p.isEmpty() || (title != null && p.equals(title.strip()))) {
        continue;
      }
      Optional<Found> f = read(p);
      if (f.isPresent() || ++seen >= PARAGRAPHS) {
        return f;
      }
    }
    return Optional.empty();
  }

  /** The dateline that {@code paragraph} opens with, if it opens with one. */
  public Optional<Found> read(String paragraph) {
    Optional<Found> f = bracketedCode(paragraph);
    if (f.isEmpty()) {
      f = dashed(paragraph);
    }
    if (f.isEmpty()) {
      f = dateLine(paragraph);
    }
    return f;
  }

  private Optional<Found> bracketedCode(String p) {
    Matcher m = BRACKETED.matcher(p);
    if (!m.find() || words(p.substring(0, m.start())) > HEAD_WORDS) {
      return Optional.empty();
    }
    Optional<Agencies.Code> code = agencies.code(m.group(1));
    Matcher after = AFTER_CODE.matcher(p.substring(m.end()));
    boolean separated = after.lookingAt();
    if (code.isEmpty() || (!separated && m.start() > 0)) {
      return Optional.empty(); // a code in the middle of a sentence: قالت شبكة (CNN) إن
    }
    int end = m.end() + (separated ? after.end() : 0);
    return Optional.of(found(p.substring(0, end), p.substring(0, m.start()),
        code.get().outlet().orElse(null)));
  }

  private Optional<Found> dashed(String p) {
    Matcher d = DASH.matcher(p);
    if (!d.find() || d.start() == 0 || words(p.substring(0, d.start())) > HEAD_WORDS) {
      return Optional.empty();
    }
    String head = p.substring(0, d.start());
    String rest = p.substring(d.end());
    Optional<Agencies.Prefix> code = agencies.prefix(rest);
    if (code.isPresent()) {
      Matcher sep = AFTER_CODE.matcher(rest.substring(code.get().end()));
      int end = d.end() + code.get().end() + (sep.lookingAt() ? sep.end() : 0);
      return Optional.of(found(p.substring(0, end), head,
          code.get().code().outlet().orElse(null)));
    }
    Matcher q = QUOTED_OUTLET.matcher(rest);
    if (q.find()) {
      return Optional.of(found(p.substring(0, d.end() + q.end()), head, q.group(1).strip()));
    }
    Found f = found(p.substring(0, d.end()), head, null);
    boolean placeOnly = f.dateline().place() != null && words(head) <= 3
        && words(rest) >= 5 && head.chars().noneMatch(Character::isDigit);
    return placeOnly || f.date() != null ? Optional.of(f) : Optional.empty();
  }

  private static Optional<Found> dateLine(String p) {
    if (words(p) > DATE_LINE_WORDS || p.indexOf('\n') >= 0) {
      return Optional.empty();
    }
    return ArabicDates.firstDate(p).map(d -> new Found(new Dateline(p, null, null), d));
  }

  /** A dateline of text {@code text} whose head (before its code or dash) is {@code head}. */
  private static Found found(String text, String head, String agency) {
    LocalDate date = ArabicDates.firstDate(head).orElse(null);
    return new Found(new Dateline(text.strip(), place(head), agency), date);
  }

  /** The words of {@code head} before its first word of dates or digits, as written. */
  static String place(String head) {
    List<String> kept = new ArrayList<>();
    for (String w : head.strip().split("\\s+")) {
      String bare = w.replaceAll("[^\\p{L}\\p{N}]", "");
      if (bare.isEmpty()) {
        continue;
      }
      if (Character.isDigit(bare.charAt(0))
          || DatePhrases.isDateWord(ArabicNormalizer.normalize(bare))) {
        break;
      }
      kept.add(w);
    }
    String place = String.join(" ", kept).replaceAll("[\\s،,\\-\u2013\u2014:]+$", "").strip();
    return place.isEmpty() ? null : place;
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }
}
