package org.marsad.arabic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CliticsTest {
  private static void reads(String token, String stem) {
    String n = ArabicNormalizer.normalize(token);
    assertTrue(Clitics.stems(n).contains(ArabicNormalizer.normalize(stem)),
        token + " should read as " + stem + ": " + Clitics.stems(n));
  }

  @Test
  void conjunctionsAndPrepositions() {
    reads("وحفتر", "حفتر");
    reads("لحفتر", "حفتر");
    reads("بالسراج", "السراج");
    reads("بالسراج", "سراج");
    reads("فالقاهرة", "القاهرة");
    reads("كالعادة", "العادة");
  }

  @Test
  void lamAlefLamIsLamPlusArticle() {
    reads("للجيش", "الجيش");
    reads("وللقوات", "القوات");
  }

  @Test
  void attachedPronouns() {
    reads("قواته", "قوات");
    reads("وداعميه", "داعمي");
    reads("حكومتها", "حكومة");
    reads("مواقعهم", "مواقع");
  }

  @Test
  void shortWordsAreNotStripped() {
    assertFalse(Clitics.stems("ول").contains("ل"));
    assertTrue(Clitics.stems("بن").contains("بن"));
    assertFalse(Clitics.stems("بن").contains("ن"));
  }
}
