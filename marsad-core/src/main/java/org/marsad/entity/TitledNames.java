package org.marsad.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.analysis.Words;
import org.marsad.arabic.Token;

/**
 * Persons named right after their title whom the name tagger misses (وزير الداخلية كمال الفقي،
 * وزير الأمن محمدو سانا): a noun of a role, its definite genitives and adjectives or a name the
 * tagger found (وزير خارجية تركيا), then two to four words that begin with a listed person-name
 * token, none of them a word of the sentence's frame nor a common noun of running text that the
 * name lists give rarely (كمال is listed often). The span is tagged a person where the tagger
 * tagged nothing. Stateless and thread-safe.
 */
final class TitledNames {
  private TitledNames() {}

  private static final Set<String> ROLES = Words.of("role-noun");
  private static final Set<String> TITLES = Words.of("title");
  private static final Set<String> ON_BEHALF = Words.of("on-behalf");
  private static final Set<String> ROLE_PREPS = Words.of("role-preposition");
  private static final Set<String> CLOSED = closed();
  private static final int TITLE = 4;
  private static final int NAME = 4;
  /** How often the name lists must list a word that is also a common noun. */
  static final int OFTEN = 20;

  /** Tags in {@code tags} (BIO, per token of {@code toks}) the persons named after a title. */
  static void mark(List<Token> toks, String[] tags, NameList persons) {
    for (int i = 0; i < toks.size(); i++) {
      if (!outside(tags, i) || !role(toks.get(i))) {
        continue;
      }
      int j = i + 1;
      while (j < toks.size() && j - i <= TITLE && toks.get(j).kind() == Token.Kind.ARABIC) {
        if (!outside(tags, j) && !tags[j].endsWith("PERSON")) {
          j++; // a place or body in the title: وزير خارجية تركيا
        } else if (outside(tags, j) && (toks.get(j).norm().startsWith("ال")
            || ON_BEHALF.contains(toks.get(j).norm())) && !role(toks.get(j))) {
          j++; // وزير الداخلية، المتحدث العسكري، المتحدث باسم الفصائل
        } else if (outside(tags, j) && ROLE_PREPS.contains(toks.get(j).norm())
            && j + 1 < toks.size() && !outside(tags, j + 1) && !tags[j + 1].endsWith("PERSON")) {
          j++; // سفير الولايات المتحدة في ليبيا، المبعوث الأممي إلى السودان
        } else {
          break;
        }
      }
      int end = nameEnd(toks, tags, persons, j);
      if (end - j >= 2) {
        tags[j] = "B-PERSON";
        for (int k = j + 1; k < end; k++) {
          tags[k] = "I-PERSON";
        }
        i = end - 1;
      }
    }
  }

  /** Where a name that begins at {@code from} ends, or {@code from} where none begins. */
  private static int nameEnd(List<Token> toks, String[] tags, NameList persons, int from) {
    if (from >= toks.size() || toks.get(from).norm().startsWith("ال")
        || !nameWord(toks, tags, persons, from, false)) {
      return from;
    }
    int end = from + 1;
    while (end < toks.size() && end - from < NAME && nameWord(toks, tags, persons, end, true)) {
      end++;
    }
    return end;
  }

  /**
   * Whether token {@code k} may be a word of a name: an Arabic word the tagger left outside
   * names, no role or word of the sentence's frame, listed as a person-name token (often, or
   * else no common noun: كمال is a name as often as a noun); a later word may instead carry the
   * article and be no common noun (الفقي).
   */
  private static boolean nameWord(List<Token> toks, String[] tags, NameList persons, int k,
      boolean later) {
    Token t = toks.get(k);
    String w = Words.bare(t);
    if (t.kind() != Token.Kind.ARABIC || !outside(tags, k) || role(t) || frame(t)
        || w.length() < 2) {
      return false;
    }
    boolean common = commonWord(w);
    int listed = persons.count(t.norm());
    return listed >= OFTEN || (!common && (listed > 0 || (later && w.startsWith("ال"))));
  }

  /**
   * Words of the sentence's frame that no name holds: prepositions, complementizers, copulas,
   * times (كان، باسم: not the names Kan and Basim here).
   */
  private static Set<String> closed() {
    Set<String> out = new HashSet<>();
    for (String c : List.of("preposition", "complementizer", "time-word", "title",
        "honorific", "relative", "negator", "conditional", "quantity", "number-word", "copula",
        "past-copula", "on-behalf", "role-preposition", "demonstrative", "all-word",
        "pronoun")) {
      out.addAll(Words.of(c));
    }
    return Set.copyOf(out);
  }

  /**
   * Whether a word is one of the sentence's frame that no name holds (a preposition, a
   * complementizer, a time, a pronoun: على، إن، كان، هما).
   */
  static boolean frame(Token t) {
    return CLOSED.contains(Words.bare(t)) || CLOSED.contains(t.norm());
  }

  /** Whether a word, without its article, is a common noun of running text (كمال، سريع). */
  static boolean commonWord(String w) {
    return CommonNouns.standard().contains(w.startsWith("ال") ? w.substring(2) : w);
  }

  /**
   * Whether a word may stand right before a name as the end of its title: a title, a role noun or
   * a definite adjective (السفير، وزير، الباكستاني).
   */
  static boolean afterTitle(Token t) {
    String w = Words.bare(t);
    return TITLES.contains(w) || ROLES.contains(w) || Words.definiteAdjective(w);
  }

  /** A noun of a role, as written or after its conjunction (وزير is no و + زير). */
  static boolean role(Token t) {
    return ROLES.contains(t.norm()) || ROLES.contains(Words.bare(t));
  }

  private static boolean outside(String[] tags, int k) {
    return tags == null || tags[k] == null || tags[k].equals("O");
  }
}
