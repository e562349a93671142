package org.marsad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.Removed;

/** One rule of {@link Cleaner} per test, through {@link #clean}. */
class CleanerTest {
  private static final String P1 =
      "أعلنت وزارة الصحة، يوم الأحد، افتتاح مستشفى جديد في المدينة بسعة مئتي سرير.";
  private static final String P2 =
      "وقال مدير المستشفى إن العمل سيبدأ الشهر المقبل بعد استكمال تجهيز الأقسام.";

  static Cleaner.Result clean(String... lines) {
    List<Block> blocks = new ArrayList<>();
    for (String l : lines) {
      blocks.add(Block.line(l));
    }
    return Cleaner.standard().clean(blocks);
  }

  static String reasonOf(Cleaner.Result r, String text) {
    for (Removed x : r.removed()) {
      if (x.text().equals(text)) {
        return x.reason().wire();
      }
    }
    return null;
  }

  @Test
  void keepsTitleAndBody() {
    Cleaner.Result r = clean("افتتاح مستشفى جديد في المدينة", P1, P2);
    assertEquals(List.of("افتتاح مستشفى جديد في المدينة", P1, P2), r.kept());
    assertEquals(0, r.titleIndex());
    assertTrue(r.removed().isEmpty());
  }

  @Test
  void menuFragmentsBeforeTheTitleAreNavigation() {
    Cleaner.Result r = clean("in", "الرئيسية أخبار رياضة اقتصاد", "افتتاح مستشفى جديد في المدينة",
        P1);
    assertEquals("navigation", reasonOf(r, "in"));
    assertEquals("navigation", reasonOf(r, "الرئيسية أخبار رياضة اقتصاد"));
    assertEquals("افتتاح مستشفى جديد في المدينة", r.title().orElseThrow());
  }

  @Test
  void anOpeningLineThatGoesOnInTheNextIsKeptAndJoined() {
    String opening = "قال وزير الصحة، محمد علي، اليوم الأحد،";
    String rest = "إن الوزارة ستفتتح مستشفى جديدا في المدينة بسعة مئتي سرير.";
    Cleaner.Result r = clean(opening, rest, P2);
    assertTrue(r.removed().isEmpty(), r.removed().toString());
    assertEquals(opening + " " + rest, r.kept().get(0));
  }

  @Test
  void aQuestionHeadlineIsTheTitle() {
    Cleaner.Result r = clean("هل ينجح المستشفى الجديد في تخفيف الضغط عن مستشفيات المدينة؟", P1);
    assertEquals(0, r.titleIndex());
  }

  @Test
  void shortParagraphsAndSubheadingsInTheBodyAreKept() {
    Cleaner.Result r = clean("افتتاح مستشفى جديد في المدينة", P1, "الأقسام الجديدة", P2,
        "وتبلغ الكلفة مليون دينار.");
    assertEquals(5, r.kept().size());
  }

  @Test
  void commentBoxEndsTheArticle() {
    Cleaner.Result r = clean("عنوان الخبر في سطر واحد", P1, P2, "اترك تعليقاً",
        "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
        "نص طويل بعد صندوق التعليقات لا ينتمي إلى المقال ولو انتهى بنقطة.");
    assertEquals(3, r.kept().size());
    assertEquals("comments", reasonOf(r, "اترك تعليقاً"));
  }

  @Test
  void anEndPhraseInTheFirstHalfOnlyDropsItself() {
    Cleaner.Result r = clean("عنوان الخبر في سطر واحد", "التعليقات", P1, P2, P1 + " " + P2);
    assertEquals(4, r.kept().size());
  }

  @Test
  void relatedZoneDropsHeadlinesUntilProse() {
    Cleaner.Result r = clean("عنوان الخبر في سطر واحد", P1, "اقرأ أيضاً",
        "الحكومة تعلن موعد صرف المرتبات", "افتتاح طريق جديد في الجنوب", P2);
    assertEquals(List.of("عنوان الخبر في سطر واحد", P1, P2), r.kept());
    assertEquals("related", reasonOf(r, "الحكومة تعلن موعد صرف المرتبات"));
  }

  @Test
  void headlinesAfterTheLastParagraphAreRelatedLinks() {
    Cleaner.Result r = clean("عنوان الخبر في سطر واحد", P1, P2,
        "الحكومة تعلن موعد صرف المرتبات", "افتتاح طريق جديد في الجنوب");
    assertEquals(3, r.kept().size());
  }

  @Test
  void bulletsUnderTheTitleAreKept() {
    Cleaner.Result r = clean("عنوان الخبر في سطر واحد", "– الوزارة تفتتح المستشفى", P1);
    assertEquals(3, r.kept().size());
  }

  @Test
  void captionsAreRemovedWhereverTheyAre() {
    Cleaner.Result r = clean("عنوان الخبر في سطر واحد", "أرشيفية - صورة المستشفى من الخارج", P1,
        "(الصورة: وزارة الصحة)", P2);
    assertEquals("caption", reasonOf(r, "أرشيفية - صورة المستشفى من الخارج"));
    assertEquals("caption", reasonOf(r, "(الصورة: وزارة الصحة)"));
    assertEquals(3, r.kept().size());
  }

  @Test
  void aSentenceStartingWithACaptionWordIsKept() {
    String s = "الصورة التي نشرتها الوزارة تظهر المبنى الجديد من الداخل.";
    Cleaner.Result r = clean("عنوان الخبر في سطر واحد", P1, s, P2);
    assertTrue(r.kept().contains(s));
  }

  @Test
  void emptyAndRandomInputNeverFail() {
    assertTrue(clean().kept().isEmpty());
    Random rnd = new Random(42);
    for (int n = 0; n < 200; n++) {
      List<Block> blocks = new ArrayList<>();
      for (int b = rnd.nextInt(8); b > 0; b--) {
        StringBuilder sb = new StringBuilder();
        for (int c = rnd.nextInt(80); c > 0; c--) {
          sb.append((char) (rnd.nextBoolean() ? 0x0600 + rnd.nextInt(0x100) : 0x20 + rnd.nextInt(0x60)));
        }
        blocks.add(Block.line(sb.toString()));
      }
      Cleaner.Result r = Cleaner.standard().clean(blocks);
      assertTrue(r.kept().size() + r.removed().size() <= blocks.size());
    }
  }
}
