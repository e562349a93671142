package org.marsad.kb;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.arabic.Tokenizer;
import org.marsad.data.TsvRows;

/**
 * Country adjectives ({@code demonyms.tsv}): مصري، المصرية، مصريون، الليبيين name a country
 * without being a mention of it; and adjectives of armed groups ({@code party-adjectives.tsv}:
 * حوثي), which are. A word is read without its proclitics and the article, then
 * without a feminine, dual or plural ending (ة، ان، ون، ين، ات، تان، تين) after the nisba ي.
 * Immutable and thread-safe.
 */
public final class Demonyms {
  private Demonyms() {}

  private static final Map<String, String> COUNTRY = load("demonyms.tsv");
  private static final Map<String, String> PARTY = load("party-adjectives.tsv");
  private static final String[] ENDINGS = {"تين", "تان", "ون", "ين", "ان", "ات", "ه"};
  /** The letters a country's or a group's adjective may end with, in any of its forms. */
  private static final Set<Character> LAST_LETTERS = lastLetters();

  private static Set<Character> lastLetters() {
    Set<Character> out = new HashSet<>();
    for (Map<String, String> map : List.of(COUNTRY, PARTY)) {
      for (String w : map.keySet()) {
        out.add(w.charAt(w.length() - 1));
      }
    }
    for (String e : ENDINGS) {
      out.add(e.charAt(e.length() - 1));
    }
    return Set.copyOf(out);
  }

  private static Map<String, String> load(String file) {
    Map<String, String> out = new HashMap<>();
    for (TsvRows.Row row : TsvRows.resource(Demonyms.class, file)) {
      out.put(ArabicNormalizer.normalize(row.fields()[0].strip()), row.fields()[1].strip());
    }
    return out;
  }

  /**
   * Whether a normalized word ends as a country's or a group's adjective may: a cheap test before
   * {@link #country} or {@link #party} looks it up.
   */
  public static boolean mayBe(String norm) {
    return !norm.isEmpty() && LAST_LETTERS.contains(norm.charAt(norm.length() - 1));
  }

  /** The country (ISO alpha-3) a normalized word is the adjective of, if it is one. */
  public static Optional<String> country(String norm) {
    return lookUp(COUNTRY, norm);
  }

  /**
   * The knowledge-base id of the armed group or party a normalized word is the adjective of
   * ({@code party-adjectives.tsv}: قصف حوثي، قياديين حوثيين، الميليشيا الحوثية: the Houthis), if it
   * is one; not the masculine singular with the article (الحوثي), which is also a surname.
   */
  public static Optional<String> party(String norm) {
    Optional<String> id = lookUp(PARTY, norm);
    return id.filter(x -> Clitics.withoutProclitics(norm).stream()
        .noneMatch(s -> s.startsWith("ال") && PARTY.containsKey(s.substring(2))));
  }

  private static Optional<String> lookUp(Map<String, String> map, String norm) {
    for (String s : Clitics.withoutProclitics(norm)) {
      String c = map.get(s);
      for (int k = 0; c == null && k < ENDINGS.length; k++) {
        String e = ENDINGS[k];
        if (s.endsWith("ي" + e) && s.length() > e.length() + 2) {
          c = map.get(s.substring(0, s.length() - e.length()));
        }
      }
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The country of the first country adjective in {@code text}, if any. */
  public static Optional<String> firstIn(String text) {
    for (Token t : Tokenizer.tokenize(text)) {
      Optional<String> c = country(t.norm());
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }
}
