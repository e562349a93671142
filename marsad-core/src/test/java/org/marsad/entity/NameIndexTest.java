package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.kb.KnowledgeBase;

/** Knowledge-base names as per-token tags, the recognizer's features. */
class NameIndexTest {
  private static final NameIndex KB = new NameIndex(KnowledgeBase.standard());

  private static void check(String tokens, String... expected) {
    assertEquals(Arrays.asList(expected), KB.tags(Conll.norms(List.of(tokens.split(" ")))));
  }

  @Test
  void namesAreTaggedBeginAndInside() {
    check("التقى خليفة حفتر وفدا", null, "B-PERSON", "I-PERSON", null);
  }

  @Test
  void firstTokenMayCarryClitics() {
    check("وقال لحفتر في طرابلس", null, "B-PERSON", null, "B-LOCATION");
  }

  @Test
  void punctuationStartsNoName() {
    check(". ,", null, null);
  }

  @Test
  void emptySentence() {
    assertEquals(List.of(), KB.tags(List.of()));
  }
}
