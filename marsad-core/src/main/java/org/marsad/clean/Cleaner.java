package org.marsad.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.arabic.ArabicLetters;
import org.marsad.arabic.Clitics;
import org.marsad.model.RemovalReason;
import org.marsad.model.Removed;

/**
 * Separates the article body from boilerplate, block by block, with no rule keyed to one site.
 *
 * <p>A block is boilerplate only on evidence, never for being short or for ending in the middle
 * of a sentence (scraped excerpts are often cut off). First, lines of scraped text that the page
 * broke in the middle of a sentence are joined ({@link LineJoins}). Then, in order:
 *
 * <ol>
 *   <li>blocks the page structure marks (comment sections, captions, navigation) are removed;
 *   <li>a block repeated right after itself is removed; two near-identical blocks side by side
 *       that are not sentences are a photo's caption and its alternative text;
 *   <li>the head: blocks before the title (the last headline-like block of three or more words
 *       before the first prose) that are one or two words or a menu bar are navigation;
 *   <li>known phrases ({@code boilerplate.tsv}) remove their block; a "zone" phrase (اقرأ أيضاً,
 *       محتوى ذو صلة) also removes the headline-like blocks after it up to the next prose; an
 *       "end" phrase in the second half (اترك تعليقاً, Written by, Exit mobile version) removes
 *       everything after it;
 *   <li>short blocks that are mostly links are related links;
 *   <li>a list of related headlines: two or more headlines of other articles in a row (blocks
 *       of {@value #HEADLINE_MIN_WORDS} to {@value #HEADLINE_MAX_WORDS} words, or from {@value
 *       #TAIL_MIN_WORDS} words when the list ends the page, that are not sentences and have no
 *       comma inside). A single block is never removed by this rule.
 * </ol>
 *
 * Everything removed is returned with its reason. Pure and thread-safe.
 */
public final class Cleaner {
  /** Blocks at least this long are prose even without final punctuation. */
  static final int PROSE_WORDS = 30;

  /** The words of a headline in a list of related articles, at least and at most. */
  static final int HEADLINE_MIN_WORDS = 6;

  static final int HEADLINE_MAX_WORDS = 25;

  /** The words of a headline in a list that ends the page, at least. */
  static final int TAIL_MIN_WORDS = 4;

  private final PhraseList phrases;
  private final LineJoins joins;

  Cleaner(PhraseList phrases) {
    this.phrases = phrases;
    this.joins = LineJoins.load(phrases);
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
    List<Block> blocks = joinBrokenLines(input);
    int n = blocks.size();
    RemovalReason[] reason = new RemovalReason[n];
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
      if (reason[i] == RemovalReason.BOILERPLATE) {
        // outside the article: name what it is when a known phrase says so
        reason[i] = phrase.get(i).map(PhraseList.Phrase::reason).orElse(reason[i]);
      }
    }

    // 2. a block repeated side by side: the copy, or a caption and its alternative text
    for (int i = 0; i + 1 < n; i++) {
      if (reason[i] != null || reason[i + 1] != null) {
        continue;
      }
      Block a = blocks.get(i);
      Block b = blocks.get(i + 1);
      if (PhraseList.key(a.text()).equals(PhraseList.key(b.text()))) {
        reason[i + 1] = RemovalReason.BOILERPLATE;
      } else if (!isProse(a) && !isProse(b) && nearlySame(a.text(), b.text())) {
        reason[i] = RemovalReason.CAPTION;
        reason[i + 1] = RemovalReason.CAPTION;
      }
    }

    // 3. the head: navigation before the title
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
        reason[i] = RemovalReason.NAVIGATION;
      }
    }

    // 4. known phrases, zones and the end of the article
    RemovalReason zone = null;
    RemovalReason ended = null;
    for (int i = Math.max(title, 0); i < n; i++) {
      if (reason[i] != null) {
        continue;
      }
      Block b = blocks.get(i);
      Optional<PhraseList.Phrase> p = i == title ? Optional.empty() : phrase.get(i);
      if (ended != null) {
        reason[i] = p.map(PhraseList.Phrase::reason).orElse(isProse(b) ? ended
            : RemovalReason.RELATED);
        continue;
      }
      if (p.isPresent()) {
        reason[i] = p.get().reason();
        if (p.get().effect() == PhraseList.Effect.ZONE) {
          // a bare marker opens a zone of links; "اقرأ أيضاً: headline" is the link itself
          zone = PhraseList.key(b.text()).equals(p.get().key()) ? p.get().reason() : null;
        } else if (p.get().effect() == PhraseList.Effect.END && 2 * before[i] >= total) {
          ended = p.get().reason();
        }
        continue;
      }
      if (zone != null && !isProse(b)) {
        reason[i] = zone;
        continue;
      }
      zone = null;
      // 5. link lists inside the body
      if (b.linkDensity() > 0.5 && !isProse(b)) {
        reason[i] = RemovalReason.RELATED;
      }
    }

    // 6. lists of related headlines: two or more in a row; shorter ones when nothing follows them
    for (int i = Math.max(title + 1, 0); i < n; ) {
      int end = i;
      while (end < n && reason[end] == null && isHeadlineOfList(blocks.get(end), TAIL_MIN_WORDS)) {
        end++;
      }
      boolean list = end - i >= 2 && (end == n || allHeadlines(blocks, i, end));
      for (int k = i; list && k < end; k++) {
        reason[k] = RemovalReason.RELATED;
      }
      i = Math.max(end, i + 1);
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

  /** The blocks with letters, stripped, with lines broken mid-sentence joined. */
  private List<Block> joinBrokenLines(List<Block> input) {
    List<Block> blocks = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (Block b : input) {
      if (!hasLetterOrDigit(b.text())) {
        continue;
      }
      if (b.kind() == Block.Kind.LINE && b.removedAs() == null) {
        run.add(b.text().strip());
        continue;
      }
      flushLines(run, blocks);
      blocks.add(new Block(b.text().strip(), b.kind(), b.linkDensity(), b.removedAs()));
    }
    flushLines(run, blocks);
    return blocks;
  }

  private void flushLines(List<String> run, List<Block> out) {
    for (String line : joins.join(run)) {
      out.add(Block.line(line));
    }
    run.clear();
  }

  /**
   * A headline of another article, as related-article lists give them: not a sentence (a
   * question is a headline too), a few words to a long headline, no comma or semicolon inside (a
   * sentence cut off has them).
   */
  private static boolean allHeadlines(List<Block> blocks, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isHeadlineOfList(blocks.get(k), HEADLINE_MIN_WORDS)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHeadlineOfList(Block b, int minWords) {
    String t = b.text();
    int w = words(t);
    char last = t.charAt(t.length() - 1);
    boolean question = last == '?' || last == ArabicLetters.QUESTION_MARK;
    return (question || !isProse(b)) && !isBullet(t) && w >= minWords && w <= HEADLINE_MAX_WORDS
        && t.indexOf(ArabicLetters.COMMA) < 0 && t.indexOf(',') < 0
        && t.indexOf(ArabicLetters.SEMICOLON) < 0 && t.indexOf(';') < 0;
  }

  /**
   * Two texts of four words or more that share nearly all their words (at most a quarter of the
   * words of either is missing from the other): one block written twice with a small change.
   */
  static boolean nearlySame(String a, String b) {
    java.util.Set<String> x = new java.util.HashSet<>(List.of(PhraseList.key(a).split(" ")));
    java.util.Set<String> y = new java.util.HashSet<>(List.of(PhraseList.key(b).split(" ")));
    if (x.size() < 4 || y.size() < 4) {
      return false;
    }
    java.util.Set<String> common = new java.util.HashSet<>(x);
    common.retainAll(y);
    return 4 * common.size() >= 3 * Math.max(x.size(), y.size());
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
