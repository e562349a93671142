package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marsad.event.EventReadingsTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An attack condemned by its noun alone is the one told before, and its doer the party accused,
 * on sentences written for these tests.
 */
class CondemnedActsTest {
  private static final String CLAIMED =
      "وتبنت حركة الشباب المرتبطة بتنظيم القاعدة الهجوم في بيان. ";

  private static List<String> accusations(String text) {
    return events(text).stream().filter(e -> e.startsWith("ACCUSE")).toList();
  }

  @Test
  void theAttackCondemnedPastAPlaceOrAnAbbreviationIsTheOneToldBefore() {
    assertEquals(List.of("ACCUSE السفارة الأمريكية -> حركة الشباب"),
        accusations(CLAIMED + "كما نددت السفارة الأمريكية في مقديشو بالهجوم."));
    assertEquals(List.of("ACCUSE بعثة الاتحاد الأفريقي الانتقالية في الصومال -> حركة الشباب"),
        accusations(CLAIMED + "من جهتها، أدانت بعثة الاتحاد الأفريقي الانتقالية في الصومال "
            + "(أتميس) \"الهجوم الإرهابي الشنيع\"."));
  }

  @Test
  void theAttackCondemnedIsTheOneToldSomeSentencesBefore() {
    String between = "وأمر الرئيس بفتح تحقيق عاجل. ".repeat(6);
    assertEquals(List.of("ACCUSE قطر -> حركة الشباب"),
        accusations(CLAIMED + between + "وأدانت قطر الهجوم."));
  }

  @Test
  void theUnnamedForcesOfAStateWhoseAttackIsCondemnedAreAccused() {
    assertEquals(List.of("ACCUSE مصر -> القصف الإسرائيلي"),
        accusations("وأدانت مصر القصف الإسرائيلي على رفح."));
    assertEquals(List.of("ACCUSE نجيب ميقاتي -> الغارات الإسرائيلية"),
        accusations("ودان رئيس الحكومة نجيب ميقاتي الغارات الإسرائيلية على الجنوب."));
    // the people an attack kills are not accused of it
    assertEquals(List.of("ACCUSE قطر -> -"),
        accusations("وأدانت قطر قتل المدنيين الفلسطينيين في غزة."));
  }

  @Test
  void whoCondemnsAnAttackPastATitleOrAnAdverbIsNotItsDoer() {
    assertEquals(List.of(), events("رسميا، دان رئيس الجمهورية العماد جوزاف عون الغارات.").stream().filter(e -> e.startsWith("ASSAULT")).toList());
    assertEquals(List.of(), events("إقليميا، أدانت دولة الإمارات بشدة الهجوم الإرهابي في"
        + " مقديشو.").stream().filter(e -> e.startsWith("ASSAULT")).toList());
    assertEquals(List.of(), events("كما دان الأمين العام لجامعة الدول العربية أحمد أبو الغيط"
        + " التفجير.").stream().filter(e -> e.startsWith("ASSAULT")).toList());
  }
}
