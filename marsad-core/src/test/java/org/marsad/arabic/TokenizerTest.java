package org.marsad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static List<String> texts(String s) {
    return Tokenizer.tokenize(s).stream().map(Token::text).toList();
  }

  @Test
  void splitsWordsNumbersAndPunctuationWithOffsets() {
    String s = "وقال المسماري، إن تركيا أرسلت 1,500 مقاتل (5+5).";
    assertEquals(List.of("وقال", "المسماري", "،", "إن", "تركيا", "أرسلت", "1,500", "مقاتل", "(",
        "5", "+", "5", ")", "."), texts(s));
    for (Token t : Tokenizer.tokenize(s)) {
      assertEquals(t.text(), s.substring(t.start(), t.end()));
    }
  }

  @Test
  void keepsDiacriticsAndTatweelInsideWords() {
    assertEquals(List.of("المُسَيَّرة", "حفـتر"), texts("المُسَيَّرة حفـتر"));
    assertEquals("المسيره", Tokenizer.tokenize("المُسَيَّرة").get(0).norm());
  }

  @Test
  void separatesArabicFromLatin() {
    assertEquals(List.of("الجيش", "LNA", "الليبي"), texts("الجيش LNA الليبي"));
    assertEquals(Token.Kind.LATIN, Tokenizer.tokenize("LNA").get(0).kind());
  }

  @Test
  void quotesAreTokens() {
    assertEquals(List.of("«", "حفتر", "»"), texts("«حفتر»"));
  }

  @Test
  void randomTextKeepsOffsets() {
    Random rnd = new Random(3);
    for (int i = 0; i < 500; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = rnd.nextInt(60); k > 0; k--) {
        sb.append((char) (rnd.nextInt(4) == 0 ? rnd.nextInt(0x10000) : 0x0600 + rnd.nextInt(0x100)));
      }
      String s = sb.toString();
      int last = 0;
      for (Token t : Tokenizer.tokenize(s)) {
        assertTrue(t.start() >= last);
        assertEquals(t.text(), s.substring(t.start(), t.end()));
        last = t.end();
      }
    }
  }
}
