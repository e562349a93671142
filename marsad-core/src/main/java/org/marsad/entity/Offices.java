package org.marsad.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.data.TsvRows;

/**
 * Offices named by their title ({@code offices.tsv}): the title phrases of an office (الرئيس،
 * وزير الخارجية، الناطق) and the knowledge base's role titles that hold it. Immutable and
 * thread-safe.
 */
public final class Offices {
  /** An office: the words of one of its title phrases (normalized) and its role titles. */
  public record Office(List<String> words, Set<String> titles) {}

  private static final Offices STANDARD = load();

  /** Title phrases, the longest first: رئيس الوزراء before a shorter one it starts with. */
  private final List<Office> offices;

  private Offices(List<Office> offices) {
    this.offices = List.copyOf(offices);
  }

  public static Offices standard() {
    return STANDARD;
  }

  private static Offices load() {
    List<Office> out = new ArrayList<>();
    for (TsvRows.Row row : TsvRows.resource(Offices.class, "offices.tsv")) {
      String[] f = row.fields();
      if (f.length != 2) {
        throw new IllegalStateException("offices.tsv:" + row.line()
            + ": expected title phrases and role titles");
      }
      Set<String> titles = Set.of(f[1].strip().split("\\|"));
      for (String phrase : f[0].strip().split("\\|")) {
        out.add(new Office(List.of(ArabicNormalizer.normalize(phrase).split(" ")), titles));
      }
    }
    out.sort(Comparator.comparingInt((Office o) -> o.words().size()).reversed());
    return new Offices(out);
  }

  /**
   * The office whose title phrase starts at token {@code from} (its first word may carry the
   * conjunction و/ف), or null.
   */
  public Office at(List<Token> toks, int from) {
    for (Office o : offices) {
      if (matches(toks, from, o)) {
        return o;
      }
    }
    return null;
  }

  /** The office whose title phrase begins {@code text} (الناطق الرسمي باسم ...), or null. */
  public Office startOf(String text) {
    String[] words = ArabicNormalizer.normalize(text).split("\\s+");
    if (words.length == 0) {
      return null;
    }
    words[0] = Clitics.withoutConjunction(words[0], 3);
    for (Office o : offices) {
      if (o.words().size() <= words.length
          && o.words().equals(List.of(words).subList(0, o.words().size()))) {
        return o;
      }
    }
    return null;
  }

  private static boolean matches(List<Token> toks, int from, Office o) {
    if (from + o.words().size() > toks.size()) {
      return false;
    }
    for (int k = 0; k < o.words().size(); k++) {
      String n = toks.get(from + k).norm();
      if (!(k == 0 ? Clitics.withoutConjunction(n, 3) : n).equals(o.words().get(k))) {
        return false;
      }
    }
    return true;
  }
}
