package org.marsad.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.arabic.ArabicLetters;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Clitics;
import org.marsad.data.TsvRows;

/**
 * Joins the lines of scraped text that a page broke in the middle of a sentence, so that the
 * cleaner judges whole paragraphs: «قال الرئيس المصري، عبد الفتاح السيسي، اليوم الثلاثاء،» and
 * «إن بلاده ستتصدى ...» on the next line are one paragraph. A line is joined to the next when it
 * does not end a sentence and the break shows it goes on:
 *
 * <ul>
 *   <li>it ends with a comma or a semicolon;
 *   <li>its last word is one a sentence does not end on ({@code no-end} in {@code
 *       line-breaks.tsv}: a preposition, a particle, a complementizer);
 *   <li>the next line starts with a word a sentence does not start with ({@code no-start}: a
 *       relative pronoun);
 *   <li>it is prose (eight words or more with a comma inside) and the next line opens with a
 *       preposition ({@code goes-on}), a genitive or an adjective (في، للأمم، الإقليمية).
 * </ul>
 *
 * A line that ends like a sentence (full stop, question or exclamation mark, colon, ellipsis) is
 * never joined, nor is a bullet or a line a known boilerplate phrase matches. Pure and
 * thread-safe.
 */
final class LineJoins {
  private static final String FILE = "line-breaks.tsv";

  private final Set<String> noEnd;
  private final Set<String> noStart;
  private final Set<String> prepositions;
  private final PhraseList phrases;

  private LineJoins(Set<String> noEnd, Set<String> noStart, Set<String> goesOn,
      PhraseList phrases) {
    this.noEnd = Set.copyOf(noEnd);
    this.noStart = Set.copyOf(noStart);
    this.prepositions = Set.copyOf(goesOn);
    this.phrases = phrases;
  }

  static LineJoins load(PhraseList phrases) {
    Set<String> noEnd = new HashSet<>();
    Set<String> noStart = new HashSet<>();
    Set<String> goesOn = new HashSet<>();
    for (TsvRows.Row row : TsvRows.resource(LineJoins.class, FILE)) {
      String[] f = row.fields();
      if (f.length != 2 || f[1].isBlank()) {
        throw new IllegalStateException(FILE + ":" + row.line() + ": expected class<TAB>word");
      }
      String word = ArabicNormalizer.normalize(f[1].strip());
      switch (f[0]) {
        case "no-end" -> noEnd.add(word);
        case "no-start" -> noStart.add(word);
        case "goes-on" -> goesOn.add(word);
        default -> throw new IllegalStateException(FILE + ":" + row.line() + ": unknown class '"
            + f[0] + "' (no-end, no-start or goes-on)");
      }
    }
    return new LineJoins(noEnd, noStart, goesOn, phrases);
  }

  /** The lines with each broken sentence joined into one line (by a single space). */
  List<String> join(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    StringBuilder current = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (current != null && continues(current.toString(), line)) {
        current.append(' ').append(line);
        continue;
      }
      if (current != null) {
        out.add(current.toString());
      }
      current = new StringBuilder(line);
    }
    if (current != null) {
      out.add(current.toString());
    }
    return out;
  }

  /** Whether {@code next} goes on with the sentence that {@code line} leaves open. */
  boolean continues(String line, String next) {
    if (line.isEmpty() || next.isEmpty() || endsSentence(line) || Cleaner.isBullet(next)
        || Cleaner.isBullet(line)) {
      return false;
    }
    // a known furniture phrase on either side is never joined (matched last: it is the dearest)
    return leavesOpen(line, next) && phrases.match(line).isEmpty()
        && phrases.match(next).isEmpty();
  }

  /** Whether {@code line}'s last word or mark and {@code next}'s first word join them. */
  private boolean leavesOpen(String line, String next) {
    char last = line.charAt(line.length() - 1);
    if (last == ArabicLetters.COMMA || last == ',' || last == ArabicLetters.SEMICOLON
        || last == ';') {
      return true;
    }
    String lastWord = lastWord(line);
    String firstWord = firstWord(next);
    if (lastWord.isEmpty() || firstWord.isEmpty()) {
      return false;
    }
    if (noEnd.contains(lastWord) || noStart.contains(firstWord)) {
      return true;
    }
    return isProse(line) && opensContinuation(firstWord);
  }

  /** Eight words or more with a comma inside: a sentence, not a headline. */
  private static boolean isProse(String line) {
    return Cleaner.words(line) >= 8
        && (line.indexOf(ArabicLetters.COMMA) >= 0 || line.indexOf(',') >= 0);
  }

  /** A preposition, or a word with the article or a preposition on the article (الـ، للـ، بالـ). */
  private boolean opensContinuation(String word) {
    String bare = Clitics.withoutConjunction(word, 2);
    if (!bare.equals(word)) {
      return false; // و/ف opens a new clause
    }
    return prepositions.contains(word) || word.startsWith("ال") || word.startsWith("لل")
        || word.startsWith("بال");
  }

  private static boolean endsSentence(String line) {
    int end = line.length();
    while (end > 0 && isCloser(line.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      return true;
    }
    char c = line.charAt(end - 1);
    return c == '.' || c == '!' || c == '?' || c == ArabicLetters.QUESTION_MARK || c == '\u2026'
        || c == ':' || c == ArabicLetters.FULL_STOP || (end < line.length() && c != ',');
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\u201D' || c == '\u201C' || c == '\u00BB' || c == ')' || c == '\''
        || Character.isWhitespace(c);
  }

  private static String lastWord(String line) {
    String[] words = ArabicNormalizer.normalize(line).split("[^\\p{L}\\p{N}]+");
    for (int i = words.length - 1; i >= 0; i--) {
      if (!words[i].isEmpty()) {
        return words[i];
      }
    }
    return "";
  }

  private static String firstWord(String line) {
    for (String w : ArabicNormalizer.normalize(line).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        return w;
      }
    }
    return "";
  }
}
