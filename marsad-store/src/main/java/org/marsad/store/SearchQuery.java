package org.marsad.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A search query as the reader writes it, parsed into clauses:
 *
 * <ul>
 *   <li>words separated by spaces must all match: {@code حفتر مصر};
 *   <li>{@code OR} (or {@code |}) between two clauses lets either match: {@code حفتر OR مصر};
 *       {@code a b OR c d} is a, then b or c, then d;
 *   <li>double quotes make a phrase, its words in that order: {@code "قاعدة الوطية"};
 *   <li>a minus sign before a word or phrase excludes the documents that have it:
 *       {@code حفتر -روسيا}.
 * </ul>
 *
 * Anything else is a word: a lone minus sign or quote, or an unclosed quote (the rest of the query
 * is then the phrase), never makes the query fail. Words are given as written; the index's analyzer
 * splits and normalizes them. Immutable.
 */
record SearchQuery(List<List<String>> required, List<String> excluded) {
  SearchQuery {
    required = required.stream().map(List::copyOf).toList();
    excluded = List.copyOf(excluded);
  }

  /** True when nothing is required (only exclusions, or nothing at all). */
  boolean matchesAll() {
    return required.isEmpty();
  }

  /** Every word or phrase the query asks for, for highlighting. */
  List<String> wanted() {
    return required.stream().flatMap(List::stream).toList();
  }

  static SearchQuery parse(String query) {
    List<List<String>> required = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    if (query == null) {
      return new SearchQuery(required, excluded);
    }
    boolean or = false;
    int i = 0;
    int n = query.length();
    while (i < n) {
      char c = query.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean minus = c == '-' && i + 1 < n && !Character.isWhitespace(query.charAt(i + 1));
      if (minus) {
        i++;
      }
      String atom;
      if (query.charAt(i) == '"') {
        int close = query.indexOf('"', i + 1);
        int end = close < 0 ? n : close;
        atom = query.substring(i + 1, end).strip();
        i = close < 0 ? n : close + 1;
      } else {
        int start = i;
        while (i < n && !Character.isWhitespace(query.charAt(i))) {
          i++;
        }
        atom = query.substring(start, i);
        if (!minus && (atom.equals("OR") || atom.equals("|"))) {
          or = !required.isEmpty();
          continue;
        }
      }
      if (atom.isEmpty()) {
        continue;
      }
      if (minus) {
        excluded.add(atom);
      } else if (or) {
        required.get(required.size() - 1).add(atom);
      } else {
        List<String> group = new ArrayList<>();
        group.add(atom);
        required.add(group);
      }
      or = false;
    }
    return new SearchQuery(required, excluded);
  }
}
