package org.marsad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** One test per normalization rule, through {@link #check}. */
class ArabicNormalizerTest {
  private static void check(String input, String expected) {
    assertEquals(expected, ArabicNormalizer.normalize(input), "normalize(" + input + ")");
  }

  @Test
  void diacriticsAreRemoved() {
    check("مُسَيَّرَة", "مسيره");
    check("تعليقاً", "تعليقا");
  }

  @Test
  void tatweelIsRemoved() {
    check("حفـــتر", "حفتر");
  }

  @Test
  void alefFormsBecomeBareAlef() {
    check("أحمد", "احمد");
    check("إبراهيم", "ابراهيم");
    check("آمال", "امال");
    check("ٱلله", "الله");
  }

  @Test
  void alefMaksuraBecomesYeh() {
    check("مستشفى", "مستشفي");
  }

  @Test
  void tehMarbutaBecomesHeh() {
    check("فاطمة", "فاطمه");
  }

  @Test
  void hamzaOnCarriersIsUnified() {
    check("مؤتمر", "موتمر");
    check("رئيس", "رييس");
  }

  @Test
  void presentationFormsAreFolded() {
    check("\uFEDF\uFEE4\uFEAE", "لمر");
  }

  @Test
  void ligaturesThatFoldIntoTwoLettersFitAtAnyLength() {
    // lam-alef (U+FEFB) folds into two letters: the output is twice as long as the input
    for (int n : new int[] {1, 2, 7, 8, 9, 100}) {
      check("\uFEFB".repeat(n) + "و", "لا".repeat(n) + "و");
      check("و" + "\uFEFB".repeat(n), "و" + "لا".repeat(n));
    }
  }

  @Test
  void digitsBecomeAscii() {
    check("٢٠٢٠", "2020");
    check("۱۹", "19");
  }

  @Test
  void invisibleMarksAreRemoved() {
    check("حف\u200Cتر\u200F", "حفتر");
  }

  @Test
  void otherTextIsUnchanged() {
    check("LNA 5+5", "LNA 5+5");
    check("", "");
  }

  @Test
  void randomInputNeverGrowsMuchOrFails() {
    Random rnd = new Random(7);
    for (int i = 0; i < 1000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = rnd.nextInt(40); k > 0; k--) {
        sb.append((char) rnd.nextInt(0x10000));
      }
      String n = ArabicNormalizer.normalize(sb);
      assertTrue(n.length() <= 3 * sb.length());
    }
  }
}
