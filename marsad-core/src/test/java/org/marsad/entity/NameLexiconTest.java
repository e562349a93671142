package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexicon of stems and the entity types they have in labelled data. */
class NameLexiconTest {
  private static Conll.Sentence sentence(String tokens, String tags) {
    return new Conll.Sentence(List.of(tokens.split(" ")), List.of(tags.split(" ")));
  }

  private static final NameLexicon LEXICON = NameLexicon.count(List.of(
      sentence("قال حفتر إن طرابلس", "O B-PERSON O B-LOCATION"),
      sentence("وحفتر في طرابلس", "B-PERSON O O"),
      sentence("زار المجلس طرابلس", "O B-ORGANIZATION B-LOCATION"),
      sentence("المجلس قرر", "O O"),
      sentence("المجلس انعقد", "O O")));

  private static void check(String tokens, String... expected) {
    assertEquals(Arrays.asList(expected), LEXICON.tags(Conll.norms(List.of(tokens.split(" ")))));
  }

  @Test
  void typeMarkedByHowOftenTheStemIsInAName() {
    check("حفتر", "PERSON+");
    check("طرابلس", "LOCATION+"); // 2 of 3 occurrences
    check("المجلس", "ORGANIZATION-"); // 1 of 3
  }

  @Test
  void stemsAreCliticFree() {
    check("ولحفتر بطرابلس", "PERSON+", "LOCATION+");
  }

  @Test
  void seenOnlyOutsideNamesOrNotSeen() {
    check("قال زيد", NameLexicon.NEVER, null);
  }

  @Test
  void emptySentence() {
    assertEquals(List.of(), LEXICON.tags(List.of()));
  }
}
