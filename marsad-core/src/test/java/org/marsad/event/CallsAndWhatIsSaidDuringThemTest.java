package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A call made to a person named through his title, with the preposition written on the title
 * (اتصالا برئيس ولاية ...), what the caller does "during it" (أشاد خلاله), and a trip announced
 * to a capital (سيتوجه إلى طهران), on sentences written for these tests.
 */
class CallsAndWhatIsSaidDuringThemTest {
  private static List<String> events(String text) {
    return EventReadingsTest.events(text);
  }

  @Test
  void thePersonCalledMayStandAfterATitleCarryingThePreposition() {
    assertEquals(List.of("CONSULT حسن شيخ محمود -> علي عبد الله حسين جودلاوي"),
        events("وأجرى الرئيس الصومالي حسن شيخ محمود اتصالا هاتفيا برئيس ولاية هيرشبيلي علي"
            + " عبد الله حسين جودلاوي."));
  }

  @Test
  void theFirstNameAliIsNoPreposition() {
    // علي written with ي before a name is Ali; the preposition is written على
    assertEquals(List.of("CONSULT أحمد عطاف -> علي حسن جودلاوي"),
        events("والتقى وزير الخارجية الجزائري أحمد عطاف رئيس البرلمان الصومالي علي حسن"
            + " جودلاوي."));
  }

  @Test
  void whatIsDoneDuringACallIsTheCallersAct() {
    assertEquals(List.of("CONSULT حسن شيخ محمود -> عبد الفتاح السيسي",
            "SUPPORT حسن شيخ محمود -> مصر"),
        events("وأجرى الرئيس الصومالي حسن شيخ محمود اتصالا هاتفيا بالرئيس المصري عبد الفتاح"
            + " السيسي، أشاد خلاله بدور مصر."));
  }

  @Test
  void twoWhoDiscussDuringACallAreItsParties() {
    assertEquals(List.of("CONSULT أسيمي غويتا -> فلاديمير بوتين"),
        events("وأجرى رئيس مالي أسيمي غويتا اتصالا هاتفيا بالرئيس الروسي فلاديمير بوتين، بحثا"
            + " خلاله تعزيز التعاون."));
  }

  @Test
  void aTripAnnouncedToACapitalIsAVisitToIt() {
    assertEquals(List.of("CONSULT رافائيل غروسي -> طهران"),
        events("وقال المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي إنه سيتوجه إلى"
            + " طهران الأسبوع المقبل."));
  }
}
