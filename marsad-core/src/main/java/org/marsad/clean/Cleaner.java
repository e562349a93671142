package org.marsad.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.arabic.ArabicLetters;
import org.marsad.arabic.Clitics;
import org.marsad.model.Removed;

/**
 * Separates the article body from boilerplate, block by block, with no rule keyed to one site.
 *
 * <p>Features: whether a block is prose (ends like a sentence, or is long), its length in words,
 * its position (head, body, tail, share of the text before it), its link density, known phrases
 * ({@code boilerplate.tsv}) and what the page structure already said. Rules, in order:
 *
 * <ol>
 *   <li>blocks the page structure marks (comment sections, captions, navigation) are removed;
 *   <li>the head: blocks before the title (the last headline-like block of three or more words
 *       before the first prose) are navigation;
 *   <li>known phrases remove their block; a "zone" phrase (اقرأ أيضاً, محتوى ذو صلة) also removes
 *       the headline-like blocks after it up to the next prose; an "end" phrase in the second half
 *       (اترك تعليقاً, Written by, Exit mobile version) removes everything after it;
 *   <li>in the body, short blocks that are mostly links are related links;
 *   <li>the tail: headline-like blocks after the last prose block are related-article lists.
 * </ol>
 *
 * Everything removed is returned with its reason. Pure and thread-safe.
 */
public final class Cleaner {
  /** Blocks at least this long are prose even without final punctuation. */
  static final int PROSE_WORDS = 30;

  private final PhraseList phrases;

  Cleaner(PhraseList phrases) {
    this.phrases = phrases;
  }

  public static Cleaner standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Cleaner STANDARD = new Cleaner(PhraseList.load());
  }

  /** The kept blocks' texts (the title first when there is one) and what was removed. */
  public record Result(List<String> kept, int titleIndex, List<Removed> removed) {
    public Result {
      kept = List.copyOf(kept);
      removed = List.copyOf(removed);
    }

    public Optional<String> title() {
      return titleIndex >= 0 ? Optional.of(kept.get(titleIndex)) : Optional.empty();
    }
  }

  Result clean(List<Block> input) {
    List<Block> blocks = new ArrayList<>();
    for (Block b : input) {
      if (hasLetterOrDigit(b.text())) {
        blocks.add(new Block(b.text().strip(), b.kind(), b.linkDensity(), b.removedAs()));
      }
    }
    int n = blocks.size();
    String[] reason = new String[n];
    long total = 0;
    long[] before = new long[n];
    for (int i = 0; i < n; i++) {
      before[i] = total;
      total += blocks.get(i).text().length();
    }

    // each block's known phrase, matched once
    List<Optional<PhraseList.Phrase>> phrase = new ArrayList<>(n);
    for (Block b : blocks) {
      phrase.add(phrases.match(b.text()));
    }

    // 1. what the page structure marks
    for (int i = 0; i < n; i++) {
      reason[i] = blocks.get(i).removedAs();
      if ("boilerplate".equals(reason[i])) {
        // outside the article: name what it is when a known phrase says so
        reason[i] = phrase.get(i).map(PhraseList.Phrase::reason).orElse(reason[i]);
      }
    }

    // 2. the head: navigation before the title
    int firstProse = -1;
    for (int i = 0; i < n; i++) {
      if (reason[i] == null && phrase.get(i).isEmpty() && isBodyProse(blocks.get(i))) {
        firstProse = i;
        break;
      }
    }
    int title = -1;
    int fallback = -1;
    int headEnd = firstProse < 0 ? n : firstProse;
    for (int i = 0; i < headEnd && title < 0; i++) {
      Block b = blocks.get(i);
      if (reason[i] != null || words(b.text()) < 3 || phrase.get(i).isPresent()
          || isBullet(b.text())) {
        continue;
      }
      if (looksLikeMenu(b.text())) {
        fallback = i;
      } else {
        title = i;
      }
    }
    if (title < 0) {
      title = fallback;
    }
    for (int i = 0; i < (title < 0 ? headEnd : title); i++) {
      if (reason[i] == null && (words(blocks.get(i).text()) <= 2
          || (title >= 0 && looksLikeMenu(blocks.get(i).text())))) {
        reason[i] = "navigation";
      }
    }

    // 3. known phrases, zones and the end of the article
    boolean zone = false;
    String ended = null;
    for (int i = Math.max(title, 0); i < n; i++) {
      if (reason[i] != null) {
        continue;
      }
      Block b = blocks.get(i);
      Optional<PhraseList.Phrase> p = i == title ? Optional.empty() : phrase.get(i);
      if (ended != null) {
        reason[i] = p.map(PhraseList.Phrase::reason).orElse(isProse(b) ? ended : "related");
        continue;
      }
      if (p.isPresent()) {
        reason[i] = p.get().reason();
        if (p.get().effect() == PhraseList.Effect.ZONE) {
          // a bare marker opens a zone of links; "اقرأ أيضاً: headline" is the link itself
          zone = PhraseList.key(b.text()).equals(p.get().key());
        } else if (p.get().effect() == PhraseList.Effect.END && 2 * before[i] >= total) {
          ended = p.get().reason();
        }
        continue;
      }
      if (zone && !isProse(b)) {
        reason[i] = "related";
        continue;
      }
      zone = false;
      // 4. link lists inside the body
      if (b.linkDensity() > 0.5 && !isProse(b)) {
        reason[i] = "related";
      }
    }

    // 5. the tail: headline lists after the last prose
    for (int i = n - 1; i > Math.max(title, 0); i--) {
      if (reason[i] != null) {
        continue;
      }
      if (isProse(blocks.get(i)) || isBullet(blocks.get(i).text())) {
        break;
      }
      reason[i] = "related";
    }

    List<String> kept = new ArrayList<>();
    List<Removed> removed = new ArrayList<>();
    int titleIndex = -1;
    for (int i = 0; i < n; i++) {
      if (reason[i] == null) {
        if (i == title) {
          titleIndex = kept.size();
        }
        kept.add(blocks.get(i).text());
      } else {
        removed.add(new Removed(blocks.get(i).text(), reason[i]));
      }
    }
    return new Result(kept, titleIndex, removed);
  }

  /** Ends like a sentence, or is long enough to be a paragraph without final punctuation. */
  static boolean isProse(Block b) {
    if (b.kind() == Block.Kind.HEADING) {
      return false;
    }
    String t = b.text().strip();
    if (words(t) >= PROSE_WORDS) {
      return true;
    }
    int end = t.length();
    while (end > 0 && isCloser(t.charAt(end - 1))) {
      end--;
    }
    if (end < t.length() && end > 0 && words(t) >= 3) {
      return true; // a quotation closes the block: quoted speech
    }
    if (end == 0) {
      return false;
    }
    char c = t.charAt(end - 1);
    return c == '.' || c == '!' || c == '?' || c == ArabicLetters.QUESTION_MARK || c == '\u2026'
        || c == ':' || c == ArabicLetters.FULL_STOP;
  }

  /**
   * Prose that can open the body: a sentence of some length, not a question unless long
   * (headlines are often questions). Blocks with a known phrase are excluded by the caller.
   */
  private static boolean isBodyProse(Block b) {
    int w = words(b.text());
    String t = b.text().strip();
    char last = t.charAt(t.length() - 1);
    boolean question = last == '?' || last == ArabicLetters.QUESTION_MARK;
    return isProse(b) && w >= 8 && (!question || w >= PROSE_WORDS);
  }

  private static final java.util.Set<String> FUNCTION_WORDS =
      java.util.Set.of("في", "من", "على", "الى", "عن", "مع", "بعد", "قبل", "حول", "ضد", "بين",
          "لدى", "عند", "منذ", "هل", "لا", "لم", "لن", "ان", "التي", "الذي", "او", "ما", "of",
          "the", "in", "to", "on", "for");

  /**
   * A run of short labels with no function word and no colon, like a menu bar: الرئيسية أخبار
   * اقتصاد رياضة. Headlines almost always carry a preposition, a particle or a colon.
   */
  static boolean looksLikeMenu(String t) {
    if (t.indexOf(':') >= 0 || t.indexOf('?') >= 0 || t.indexOf(ArabicLetters.QUESTION_MARK) >= 0) {
      return false;
    }
    String end = t.strip();
    if (end.endsWith("،") || end.endsWith(",")) {
      return false; // a sentence going on in the next line (قال الرئيس، ... اليوم الثلاثاء،)
    }
    for (String w : PhraseList.key(t).split(" ")) {
      if (FUNCTION_WORDS.contains(w) || FUNCTION_WORDS.contains(Clitics.withoutConjunction(w, 2))) {
        return false;
      }
    }
    return true;
  }

  static boolean isBullet(String t) {
    char c = t.strip().charAt(0);
    return c == '\u2013' || c == '\u2014' || c == '-' || c == '\u2022' || c == '*' || c == '\u25CF';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\u201D' || c == '\u201C' || c == '\u00BB' || c == ')' || c == '\''
        || Character.isWhitespace(c);
  }

  static int words(String t) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < t.length(); i++) {
      boolean w = Character.isLetterOrDigit(t.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  private static boolean hasLetterOrDigit(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetterOrDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
