package org.marsad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.TokenizedSentence;

/** The closed-class words and the one analysis of a text that the stages share. */
class WordsTest {
  @Test
  void wordClassesAreReadFromTheDataFileNormalized() {
    assertTrue(Words.of("preposition").contains("علي"));
    assertTrue(Words.of("proposition-marker").contains("بان"));
    assertTrue(Words.of("complementizer").containsAll(Words.of("proposition-marker")));
    assertTrue(Words.of("control-verb").contains("تمكنت"));
    assertTrue(Words.of("announce-verb").contains("اعلنت"));
    assertTrue(Words.of("time-word").contains("الجمعه"));
  }

  @Test
  void anUnknownWordClassIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Words.of("no-such-class"));
    assertTrue(e.getMessage().contains("no-such-class"), e.getMessage());
  }

  @Test
  void articleStrippingKeepsShortWords() {
    assertEquals("قوات", Words.withoutArticle("القوات", 3));
    assertEquals("قوات", Words.withoutArticle("للقوات", 3));
    assertEquals("الي", Words.withoutArticle("الي", 3));
  }

  @Test
  void aTextIsTokenizedOncePerThread() {
    String text = "قصفت قوات حفتر طرابلس. وردت قوات الوفاق.";
    List<TokenizedSentence> first = Analysis.sentences(text);
    assertTrue(first == Analysis.sentences(text), "the same text gives the same analysis");
    assertEquals(2, first.size());
    assertTrue(first != Analysis.sentences(new String(text)), "another text is analysed anew");
  }
}
