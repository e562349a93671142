package org.marsad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.clean.CleanerTest.clean;
import static org.marsad.clean.CleanerTest.reasonOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cleaning removes a block only on evidence (links, a known phrase, a caption, a repeated block,
 * a list of headlines), never for being short or cut off, and joins the lines a page broke in
 * the middle of a sentence before judging them. The texts are written for these tests.
 */
class CleaningKeepsProseTest {
  private static final String TITLE = "البلدية تفتتح جسرا جديدا فوق الوادي";
  private static final String P1 =
      "افتتحت بلدية المدينة، صباح الخميس، جسرا جديدا يربط الحي الشرقي بوسط المدينة.";
  private static final String P2 =
      "وقال رئيس البلدية إن الجسر سيخفف الازدحام على الطريق الساحلي خلال ساعات الذروة.";

  @Test
  void aLastParagraphCutOffMidWordIsKept() {
    String cut = "وأضاف رئيس البلدية أن أعمال الصيانة ستشمل الطرق الفرعية في الأحي";
    Cleaner.Result r = clean(TITLE, P1, P2, cut);
    assertTrue(r.kept().contains(cut), r.removed().toString());
  }

  @Test
  void aShortLastParagraphCutOffIsKept() {
    String cut = "ويبلغ طول الجسر نحو";
    Cleaner.Result r = clean(TITLE, P1, P2, cut);
    assertTrue(r.kept().contains(cut), r.removed().toString());
  }

  @Test
  void aSubheadingAndACutParagraphAtTheEndAreKept() {
    Cleaner.Result r = clean(TITLE, P1, "كلفة المشروع", "وبلغت كلفة المشروع نحو ثلاثة ملا");
    assertEquals(4, r.kept().size(), r.removed().toString());
  }

  @Test
  void aSentenceBrokenAfterACommaIsJoined() {
    Cleaner.Result r = clean(TITLE, "قال رئيس البلدية، سالم الهادي، مساء الأربعاء،",
        "إن الجسر الجديد سيفتح أمام السيارات الأسبوع المقبل.", P2);
    assertEquals(List.of(TITLE,
        "قال رئيس البلدية، سالم الهادي، مساء الأربعاء، إن الجسر الجديد سيفتح أمام السيارات"
            + " الأسبوع المقبل.", P2), r.kept());
  }

  @Test
  void aSentenceBrokenBeforeARelativeOrAfterAParticleIsJoined() {
    Cleaner.Result r = clean(TITLE, "وأشار المهندس إلى الشركة",
        "التي نفذت المشروع خلال عام واحد، مؤكدا أن",
        "الأعمال جرت وفق المواصفات.");
    assertEquals(List.of(TITLE, "وأشار المهندس إلى الشركة التي نفذت المشروع خلال عام واحد، مؤكدا"
        + " أن الأعمال جرت وفق المواصفات."), r.kept());
  }

  @Test
  void proseBrokenBeforeAPrepositionIsJoined() {
    Cleaner.Result r = clean(TITLE, "وأوضح رئيس البلدية، في مؤتمر صحفي، أن العمل سيتواصل",
        "في الجسر الثاني حتى نهاية العام.");
    assertEquals(2, r.kept().size(), r.kept().toString());
  }

  @Test
  void aTitleIsNotJoinedToTheParagraphAfterIt() {
    Cleaner.Result r = clean(TITLE, "في خطوة طال انتظارها، افتتحت البلدية الجسر الجديد.", P2);
    assertEquals(TITLE, r.title().orElseThrow());
    assertEquals(3, r.kept().size());
  }

  @Test
  void aCaptionWrittenTwiceUnderTheTitleIsRemovedAndTheTitleKept() {
    String caption = "عمال يضعون اللمسات الأخيرة على الجسر الجديد فوق الوادي قرب وسط المدينة";
    String alt = "عمال يضعون اللمسات الأخيرة على الجسر الجديد فوق الوادي";
    Cleaner.Result r = clean("افتتاح جسر الوادي", caption, alt, P1, P2);
    assertEquals("caption", reasonOf(r, caption));
    assertEquals("caption", reasonOf(r, alt));
    assertEquals("افتتاح جسر الوادي", r.title().orElseThrow());
    assertEquals(List.of("افتتاح جسر الوادي", P1, P2), r.kept());
  }

  @Test
  void aBlockRepeatedRightAfterItselfIsRemovedOnce() {
    Cleaner.Result r = clean(TITLE, TITLE, P1, P2);
    assertEquals(List.of(TITLE, P1, P2), r.kept());
    assertEquals(1, r.removed().size());
  }

  @Test
  void twoHeadlinesOfOtherArticlesInTheBodyAreRelated() {
    String h1 = "هل تنجح خطة النقل الجديدة في إنهاء أزمة الازدحام في العاصمة؟";
    String h2 = "وزارة المواصلات تعلن موعد تشغيل خط الحافلات السريع بين المدن";
    Cleaner.Result r = clean(TITLE, P1, h1, h2, P2);
    assertEquals("related", reasonOf(r, h1));
    assertEquals("related", reasonOf(r, h2));
    assertEquals(List.of(TITLE, P1, P2), r.kept());
  }

  @Test
  void oneSubheadingInTheBodyIsKept() {
    String sub = "مشروعات أخرى تنتظر التمويل من الحكومة المركزية هذا العام";
    Cleaner.Result r = clean(TITLE, P1, sub, P2);
    assertNull(reasonOf(r, sub));
  }

  @Test
  void readAlsoHeadlinesAndCaptionsInsidePlainTextAreRemoved() {
    assertRemovedInBody("اقرأ أيضاً: البلدية تبدأ صيانة الطريق الساحلي", "related");
    assertRemovedInBody("صورة أرشيفية لوادي المدينة قبل بناء الجسر", "caption");
  }

  private static void assertRemovedInBody(String block, String reason) {
    Cleaner.Result r = clean(TITLE, P1, block, P2);
    assertEquals(reason, reasonOf(r, block));
    assertEquals(List.of(TITLE, P1, P2), r.kept());
  }
}
