package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.extract.Records;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Source;

/**
 * Coreference by office: "الرئيس التركي" is a mention of the Turkish president of the
 * article's date, when the article names him; the knowledge base's dated roles decide who.
 */
class OfficeHolderCoreferenceTest {
  static List<Entity> entities(String text, String published) {
    DateValue pub = published == null ? DateValue.UNKNOWN
        : DateValue.day(LocalDate.parse(published));
    Document d = Document.of("t", new Source("t", null, null), "ar", null, pub, text, List.of());
    Document out = EntityStage.standard().process(d);
    assertNull(Records.problem(out));
    return out.entities();
  }

  static List<String> mentions(List<Entity> es, String kb) {
    return es.stream().filter(e -> kb.equals(e.kb())).flatMap(e -> e.mentions().stream())
        .map(m -> m.text()).toList();
  }

  @Test
  void anOfficeAndCountryJoinTheNamedHolder() {
    List<Entity> es = entities("استقبل رجب طيب أردوغان فائز السراج في إسطنبول. وقال الرئيس"
        + " التركي إن بلاده ستواصل دعم حكومة الوفاق.", "2020-05-20");
    assertEquals(List.of("رجب طيب أردوغان", "الرئيس التركي"), mentions(es, "erdogan"));
  }

  @Test
  void aConjunctionBeforeTheOfficeIsNotPartOfTheMention() {
    List<Entity> es = entities("التقى السيسي وفدا ليبيا. والرئيس المصري يدعم الحل السياسي.",
        "2020-06-06");
    assertEquals(List.of("السيسي", "الرئيس المصري"), mentions(es, "sisi"));
  }

  @Test
  void anOfficeBeforeTheNameTitlesIt() {
    List<Entity> es = entities("التقى الرئيس المصري عبد الفتاح السيسي بالقائد العام للقوات.",
        "2020-06-06");
    assertEquals(List.of("عبد الفتاح السيسي"), mentions(es, "sisi"));
  }

  @Test
  void theOfficeAloneBringsInNoOne() {
    List<Entity> es = entities("وقال الرئيس التركي إن بلاده ستواصل دعم حكومة الوفاق.",
        "2020-05-20");
    assertTrue(mentions(es, "erdogan").isEmpty(), es.toString());
  }

  @Test
  void theArticlesDateDecidesWhoHeldTheOffice() {
    // in 2013 el-Sisi was defence minister, not president: the office is someone else's
    List<Entity> es = entities("التقى السيسي قادة الجيش. وقال الرئيس المصري إن الانتخابات"
        + " قريبة.", "2013-09-01");
    assertEquals(List.of("السيسي"), mentions(es, "sisi"));
    assertFalse(es.stream().anyMatch(e -> e.mentions().stream()
        .anyMatch(m -> m.text().equals("الرئيس المصري"))), es.toString());
  }

  @Test
  void rolesCompareOnTheirCommonPrecision() {
    assertTrue(RoleHolders.during("2016", "2014-08", null));
    assertTrue(RoleHolders.during("2020-05-19", "2016-03", "2021-03"));
    assertFalse(RoleHolders.during("2021-04-01", "2016-03", "2021-03"));
    assertFalse(RoleHolders.during("2013-09-01", "2014-06", null));
    assertTrue(RoleHolders.during(null, "2014-06", null));
  }
}
