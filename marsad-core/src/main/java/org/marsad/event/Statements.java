package org.marsad.event;

import java.util.Set;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;

/**
 * The phrase that says where a party spoke, written between a verb's subject and its object
 * without commas (اتهمت الخارجية الإيرانية في بيان الولايات المتحدة، دعت فرنسا في بيان مشترك
 * الحكومة السورية): في, a noun of a statement ({@code statement-noun}) without the article, and
 * at most one word that qualifies it ({@code statement-modifier}: مشترك، رسمي، لها). Stateless.
 */
final class Statements {
  private static final Set<String> NOUNS = Words.of("statement-noun");
  private static final Set<String> MODIFIERS = Words.of("statement-modifier");

  private Statements() {}

  /** True when a phrase of where a party spoke opens at token {@code j} (في بيان، في تدوينة). */
  static boolean opens(Overlay o, int j) {
    return j + 1 < o.tokens().size() && o.n(j).equals("في") && NOUNS.contains(o.n(j + 1))
        && o.at(j + 1) == null;
  }

  /** The token after such a phrase starting at token {@code j}, or {@code j} where none does. */
  static int past(Overlay o, int j) {
    int size = o.tokens().size();
    if (j + 2 >= size || !opens(o, j)) {
      return j;
    }
    int k = j + 2;
    return MODIFIERS.contains(o.n(k)) && o.at(k) == null && k + 1 < size ? k + 1 : k;
  }
}
