package org.marsad.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One shape of dateline per test, on paragraphs written for the tests. */
class DatelinesTest {
  private static final Datelines DATELINES = Datelines.standard();

  private static Datelines.Found read(String paragraph) {
    return DATELINES.read(paragraph)
        .orElseThrow(() -> new AssertionError("no dateline: " + paragraph));
  }

  private static void check(String paragraph, String text, String place, String date,
      String agency) {
    Datelines.Found f = read(paragraph);
    assertEquals(text, f.dateline().text(), paragraph);
    assertEquals(place, f.dateline().place(), paragraph);
    assertEquals(date == null ? null : LocalDate.parse(date), f.date(), paragraph);
    assertEquals(agency, f.dateline().agency(), paragraph);
  }

  @Test
  void placeDateAndAgencyCodeBeforeADash() {
    check("مصراتة 12 مارس 2021 (وال) – افتتحت البلدية سوقا جديدا للخضار.",
        "مصراتة 12 مارس 2021 (وال) –", "مصراتة", "2021-03-12", "وكالة الأنباء الليبية");
  }

  @Test
  void levantineMonthAndAFrenchAgencyCode() {
    check("بيروت 3 كانون الثاني 2021 (أ ف ب) - أعلنت الحكومة خطة جديدة للكهرباء.",
        "بيروت 3 كانون الثاني 2021 (أ ف ب) -", "بيروت", "2021-01-03",
        "وكالة الصحافة الفرنسية");
  }

  @Test
  void aLatinCodeAfterAPlaceAndItsCountry() {
    check("الدوحة، قطر (CNN)-- قال وزير الخارجية إن المحادثات ستستأنف قريبا.",
        "الدوحة، قطر (CNN)--", "الدوحة، قطر", null, "سي إن إن");
  }

  @Test
  void agenciesAfterADashNameNoOutlet() {
    check("القاهرة - وكالات: ارتفعت أسعار الذهب في السوق المحلية اليوم.", "القاهرة - وكالات:",
        "القاهرة", null, null);
  }

  @Test
  void anAgencyNameAfterADash() {
    check("الرياض - واس: وصل وفد تجاري إلى العاصمة صباح اليوم.", "الرياض - واس:", "الرياض", null,
        "وكالة الأنباء السعودية");
  }

  @Test
  void aCodeOpeningTheParagraph() {
    check("(رويترز) - ارتفعت أسعار النفط في التعاملات المبكرة.", "(رويترز) -", null, null,
        "رويترز");
  }

  @Test
  void anOutletInQuotesAfterThePlace() {
    check("عمان – «الغد»: بدأت أمس أعمال تأهيل الطريق الصحراوي جنوب المدينة.",
        "عمان – «الغد»:", "عمان", null, "الغد");
  }

  @Test
  void aPlaceAndADashAlone() {
    check("صبراتة - بدأت البلدية حملة لتنظيف الشاطئ بمشاركة المتطوعين.", "صبراتة -", "صبراتة",
        null, null);
  }

  @Test
  void aLineThatIsADate() {
    check("14/03/2021", "14/03/2021", null, "2021-03-14", null);
    check("الأحد 14 آذار 2021", "الأحد 14 آذار 2021", null, "2021-03-14", null);
  }

  @Test
  void aCodeInTheMiddleOfASentenceIsNoDateline() {
    assertEquals(Optional.empty(),
        DATELINES.read("وقالت شبكة (CNN) إن المفاوضات ستستمر أسبوعا آخر في جنيف."));
    assertEquals(Optional.empty(),
        DATELINES.read("أعلنت البلدية، في بيان، أن الطريق سيغلق ثلاثة أيام للصيانة."));
  }

  @Test
  void theTitleIsSkippedAndOnlyTheOpeningIsRead() {
    String title = "افتتاح سوق جديد في مصراتة";
    String text = title + "\n\nمصراتة 12 مارس 2021 (وال) – افتتحت البلدية سوقا جديدا.";
    assertEquals("مصراتة", DATELINES.find(text, title).orElseThrow().dateline().place());
    String late = title + "\n\nافتتحت البلدية سوقا جديدا.\n\nوقال رئيس البلدية إن السوق كبير."
        + "\n\nوأضاف أن العمل بدأ.\n\nطرابلس 12 مارس 2021 (وال) – خبر آخر.";
    assertTrue(DATELINES.find(late, title).isEmpty());
  }
}
