package org.marsad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> split(String s) {
    return SentenceSplitter.split(s).stream().map(x -> x.of(s)).toList();
  }

  @Test
  void arabicAndLatinTerminators() {
    assertEquals(List.of("قال المصدر ذلك.", "هل انتهى الأمر؟", "نعم!"),
        split("قال المصدر ذلك. هل انتهى الأمر؟ نعم!"));
  }

  @Test
  void lineBreaksEndSentences() {
    assertEquals(List.of("عنوان الخبر", "النص الأول."), split("عنوان الخبر\n\nالنص الأول."));
  }

  @Test
  void closingQuotesStayWithTheirSentence() {
    assertEquals(List.of("وقال: «لن نتراجع.»", "وأضاف أن القرار نهائي."),
        split("وقال: «لن نتراجع.» وأضاف أن القرار نهائي."));
  }

  @Test
  void decimalsAndInitialsDoNotSplit() {
    assertEquals(List.of("بلغ النمو 3.5 في المئة."), split("بلغ النمو 3.5 في المئة."));
    assertEquals(List.of("التقى د. محمد بالوفد."), split("التقى د. محمد بالوفد."));
  }

  @Test
  void commaAndSemicolonSeparateClausesNotSentences() {
    String s = "تقدمت القوات، وسيطرت على البلدة؛ ثم انسحبت.";
    assertEquals(1, SentenceSplitter.split(s).size());
    assertEquals(3, SentenceSplitter.clauses(s, 0, s.length()).size());
  }

  @Test
  void emptyText() {
    assertEquals(List.of(), split(""));
    assertEquals(List.of(), split("  \n "));
  }
}
