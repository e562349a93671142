package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The search syntax, one rule a test: words, OR, "phrases", -exclusions, and what is lenient. */
class SearchQueryTest {
  private static void check(String query, List<List<String>> required, List<String> excluded) {
    SearchQuery q = SearchQuery.parse(query);
    assertEquals(required, q.required(), query);
    assertEquals(excluded, q.excluded(), query);
  }

  @Test
  void everyWordIsRequired() {
    check("حفتر مصر", List.of(List.of("حفتر"), List.of("مصر")), List.of());
  }

  @Test
  void orJoinsTheClausesBesideIt() {
    check("حفتر OR مصر", List.of(List.of("حفتر", "مصر")), List.of());
    check("a b OR c d", List.of(List.of("a"), List.of("b", "c"), List.of("d")), List.of());
    check("a | b", List.of(List.of("a", "b")), List.of());
    check("a OR b OR c", List.of(List.of("a", "b", "c")), List.of());
  }

  @Test
  void quotesMakeAPhrase() {
    check("\"قاعدة الوطية\" تركيا", List.of(List.of("قاعدة الوطية"), List.of("تركيا")), List.of());
    check("\"a b\" OR c", List.of(List.of("a b", "c")), List.of());
  }

  @Test
  void minusExcludes() {
    check("حفتر -روسيا", List.of(List.of("حفتر")), List.of("روسيا"));
    check("-\"الجيش الوطني\" حفتر", List.of(List.of("حفتر")), List.of("الجيش الوطني"));
  }

  @Test
  void lenientWhereTheSyntaxIsIncomplete() {
    check("", List.of(), List.of());
    check("OR", List.of(), List.of());
    check("a OR", List.of(List.of("a")), List.of());
    check("- a", List.of(List.of("-"), List.of("a")), List.of());
    check("\"unclosed phrase", List.of(List.of("unclosed phrase")), List.of());
    check("\"\" a", List.of(List.of("a")), List.of());
    check("or a", List.of(List.of("or"), List.of("a")), List.of()); // only OR in capitals
  }

  @Test
  void onlyExclusionsMatchAll() {
    assertEquals(true, SearchQuery.parse("-روسيا").matchesAll());
    assertEquals(false, SearchQuery.parse("حفتر").matchesAll());
  }
}
