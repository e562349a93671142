package org.marsad.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.model.Dateline;

/** Where the outlet comes from, in order of trust, on texts written for the tests. */
class OutletsTest {
  private static final Outlets OUTLETS = Outlets.standard();
  private static final String BODY = "افتتحت البلدية سوقا جديدا للخضار في وسط المدينة.";

  private static Optional<Outlets.Found> fromText(String text) {
    return OUTLETS.find(Stated.NONE, Stated.NONE, null, null, text);
  }

  @Test
  void aSourceCreditNamesTheOutlet() {
    assertEquals(Optional.of(new Outlets.Found("الجزيرة", "byline")),
        fromText(BODY + "\n\nالمصدر: الجزيرة"));
    assertEquals(Optional.of(new Outlets.Found("الجزيرة", "byline")),
        fromText(BODY + "\n\nالمصدر : الجزيرة + وكالات"));
  }

  @Test
  void aCreditToAnAgencyCodeIsTheAgency() {
    assertEquals(Optional.of(new Outlets.Found("وكالة الصحافة الفرنسية", "byline")),
        fromText(BODY + "\n\nالمصدر: أ ف ب"));
    assertEquals(Optional.of(new Outlets.Found("رويترز", "byline")),
        fromText(BODY + " (رويترز)"));
  }

  @Test
  void aCreditToAgenciesNamesNoOutlet() {
    assertEquals(Optional.empty(), fromText(BODY + "\n\nالمصدر: وكالات"));
  }

  @Test
  void theDatelinesAgency() {
    Dateline d = new Dateline("مصراتة (وال) –", "مصراتة", "وكالة الأنباء الليبية");
    assertEquals(Optional.of(new Outlets.Found("وكالة الأنباء الليبية", "dateline")),
        OUTLETS.find(Stated.NONE, Stated.NONE, null, d, BODY + "\n\nالمصدر: الجزيرة"));
  }

  @Test
  void whatTheInputOrThePageStatesWins() {
    Dateline d = new Dateline("مصراتة (وال) –", "مصراتة", "وكالة الأنباء الليبية");
    assertEquals(Optional.of(new Outlets.Found("الوسط", "manifest")),
        OUTLETS.find(new Stated("الوسط", "manifest"), new Stated("موقع آخر", "page"),
            "https://example.org/a", d, BODY));
    assertEquals(Optional.of(new Outlets.Found("موقع الخبر", "jsonld")),
        OUTLETS.find(Stated.NONE, new Stated("موقع الخبر", "jsonld"), null, d, BODY));
    assertEquals(Optional.of(new Outlets.Found("example.org", "url")),
        OUTLETS.find(Stated.NONE, Stated.NONE, "https://www.example.org/a", d, BODY));
  }
}
