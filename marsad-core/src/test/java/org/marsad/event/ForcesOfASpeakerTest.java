package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.event.EventReadingsTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forces named with a pronoun (قواتنا، طائراته) are those of the speaker or of the body the
 * speaker speaks for, on sentences written for these tests.
 */
class ForcesOfASpeakerTest {
  @Test
  void ourForcesInASpokesmansWordsAreHisBodys() {
    assertEquals(List.of("ASSAULT القوات المسلحة السودانية -> الدعم السريع"),
        events("وقال المتحدث باسم القوات المسلحة السودانية العميد نبيل عبد الله، في بيان، إن "
            + "\"قواتنا قصفت مواقع الدعم السريع في أم درمان\"."));
  }

  @Test
  void hisForcesInTheNextSentenceAreThoseTheSpeakerBeforeSpeaksFor() {
    assertEquals(List.of("ASSAULT الجيش الإسرائيلي -> حزب الله"),
        events("قال الجيش الإسرائيلي إنه رصد إطلاق صواريخ من لبنان. وأضاف أن طائراته الحربية "
            + "أغارت على منصات إطلاق تابعة لحزب الله في بلدة عيترون."));
    assertEquals(List.of("ASSAULT الجيش الإسرائيلي -> حزب الله"),
        events("وقال المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي إن الجيش رصد إطلاق صواريخ. "
            + "وأضاف أن طائراته الحربية أغارت على مواقع لحزب الله في بلدة عيترون."));
  }

  @Test
  void hisForcesAfterAPartyNamedInTheSentenceAreThatPartys() {
    assertEquals(List.of("ASSAULT الجيش الأمريكي -> سوريا"),
        events("قال الرئيس الأمريكي جو بايدن إن الوضع خطير. وأعلن الجيش الأمريكي أن قواته "
            + "قصفت مخازن أسلحة في سوريا."));
  }

  @Test
  void theBodysUnitsArePastAPhraseOfPlaceOrAQuote() {
    assertEquals(List.of("COERCE وزارة الداخلية السورية -> درعا"),
        events("وأعلنت وزارة الداخلية السورية أن وحداتها في ريف درعا اعتقلت ثلاثة أشخاص."));
    assertEquals(List.of("COERCE الجيش اللبناني -> -"),
        events("وقال الجيش اللبناني إن وحداته في الجنوب اعتقلت مطلوبين."));
  }

  @Test
  void forcesAfterAPrepositionAreActedOnNotDoers() {
    // its men were captured: the seizure after them is not theirs
    List<String> read = events("وقال المتحدث باسم الجيش، في بيان، إن القوات المسلحة صدت"
        + " \"هجوما واسعا\" شنته \"مليشيا الدعم السريع\" على الأحياء الشرقية، مشيرا إلى أسر 17"
        + " من عناصرها والاستيلاء على 12 عربة قتالية.");
    assertTrue(read.stream().noneMatch(e -> e.startsWith("COERCE الدعم السريع")), read.toString());
  }
}
