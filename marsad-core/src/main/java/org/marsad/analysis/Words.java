package org.marsad.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.data.TsvRows;

/**
 * The closed-class words the stages read ({@code closed-class.tsv}: prepositions,
 * complementizers, relatives, negators, conditionals, ...), and the two ways of taking a word's
 * clitics off that they share. Immutable and thread-safe.
 */
public final class Words {
  private static final Map<String, Set<String>> CLASSES = load();
  /** Words that start with ب and open no charge (see {@link #charge}). */
  private static final Set<String> NOT_CHARGE = of("not-charge");

  private Words() {}

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> out = new HashMap<>();
    for (TsvRows.Row row : TsvRows.resource(Words.class, "closed-class.tsv")) {
      if (row.fields().length != 2 || row.fields()[1].isBlank()) {
        throw new IllegalStateException("closed-class.tsv:" + row.line()
            + ": expected class<TAB>word");
      }
      String word = row.fields()[1].strip();
      Set<String> words = out.computeIfAbsent(row.fields()[0].strip(), k -> new HashSet<>());
      words.add(word);
      words.add(ArabicNormalizer.normalize(word)); // مئات also as the text reads it: ميات
    }
    out.replaceAll((k, v) -> Set.copyOf(v));
    return Map.copyOf(out);
  }

  /**
   * The words of class {@code name}, as the file writes them and normalized as text is (مئات and
   * ميات); an unknown class is an error.
   */
  public static Set<String> of(String name) {
    Set<String> words = CLASSES.get(name);
    if (words == null) {
      throw new IllegalArgumentException("no word class " + name + " in closed-class.tsv");
    }
    return words;
  }

  /** The words of class {@code first} and of the classes {@code more} together. */
  public static Set<String> of(String first, String... more) {
    Set<String> out = new HashSet<>(of(first));
    for (String name : more) {
      out.addAll(of(name));
    }
    return Set.copyOf(out);
  }

  /**
   * A normalized word that opens what a party is charged with or asked for after ب (بمحاولة،
   * بأنه، بـ): ب alone or on a word of more than three letters, not one of the words that start
   * with ب and name a time or a turn (closed class "not-charge": بعد، بين، بدوره).
   */
  public static boolean charge(String n) {
    return n.startsWith("ب") && (n.length() == 1 || n.length() > 3) && !NOT_CHARGE.contains(n);
  }

  /** True when the token carries the conjunction و (وسحب، والحركة). */
  public static boolean withWaw(Token t) {
    return !bare(t).equals(t.norm()) && t.norm().startsWith("و");
  }

  /** A token's normalized form without the conjunction و/ف (words of three letters keep it). */
  public static String bare(Token t) {
    return Clitics.withoutConjunction(t.norm(), 2);
  }

  /** A definite relational adjective, normalized (التركي، الليبية). */
  public static boolean definiteAdjective(String n) {
    return n.startsWith("ال") && n.length() > 4 && (n.endsWith("ي") || n.endsWith("يه"));
  }

  /**
   * A normalized word without the preposition ب or ل written on it (بوزير: وزير; للرئيس: الرئيس),
   * when more than three letters are written; else null.
   */
  public static String withoutPreposition(String n) {
    if (n.length() <= 3 || (n.charAt(0) != 'ب' && n.charAt(0) != 'ل')) {
      return null;
    }
    return n.startsWith("لل") ? "ال" + n.substring(2) : n.substring(1);
  }

  /**
   * True when tokens {@code j} and {@code j + 1} read "each of" (كل من), which opens no phrase of
   * its own before the parties it counts (لدى كل من مالي والنيجر، أدانت كل من مصر والإمارات).
   */
  public static boolean eachOf(List<Token> toks, int j) {
    return j + 1 < toks.size() && bare(toks.get(j)).equals("كل")
        && bare(toks.get(j + 1)).equals("من");
  }

  /**
   * A normalized word without its article ال or ل + ال (لل), when at least {@code keep} letters
   * remain.
   */
  public static String withoutArticle(String n, int keep) {
    if (n.startsWith("لل") && n.length() >= keep + 2) {
      return n.substring(2);
    }
    if (n.startsWith("ال") && n.length() >= keep + 2) {
      return n.substring(2);
    }
    return n;
  }
}
