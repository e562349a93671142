package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marsad.event.EventReadingsTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A country adjective on a noun of a decision or a measure names the state that took it; the
 * object of a verb follows where its subject spoke; and congratulations and a reinforced presence
 * are coded, on sentences written for these tests.
 */
class OwnerAdjectivesTest {
  @Test
  void condemningAStatesDecisionAccusesThatState() {
    assertEquals(List.of("ACCUSE فرنسا -> الإيراني"),
        events("وأدانت فرنسا القرار الإيراني بطرد المفتشين."));
    assertEquals(List.of("ACCUSE الجزائر -> الفرنسية"),
        events("وانتقدت الجزائر التصريحات الفرنسية."));
  }

  @Test
  void rejectingAStatesMeasuresRejectsThatState() {
    assertEquals(List.of("REJECT مصر -> الإثيوبية"),
        events("وأكد الوزير رفض مصر للإجراءات الإثيوبية."));
  }

  @Test
  void anAdjectiveOnANounOfNoActStaysAnAdjective() {
    assertEquals(List.of(), events("وأدانت فرنسا الطقس الإيراني."));
  }

  @Test
  void congratulatingSupportsAndReinforcingAPresenceMobilizes() {
    assertEquals(List.of("SUPPORT الولايات المتحدة -> -"),
        events("وهنأت الولايات المتحدة الرئيس الجديد."));
    assertEquals(List.of("MOBILIZE البنتاغون -> -"),
        events("وقال مسؤولون إن البنتاغون عزز وجوده البحري في الخليج."));
  }

  @Test
  void theObjectFollowsTheStatementTheSubjectSpokeInWithoutCommas() {
    assertEquals(List.of("ACCUSE الخارجية الإيرانية -> الولايات المتحدة"),
        events("واتهمت الخارجية الإيرانية في بيان الولايات المتحدة بدعم الإرهاب."));
    assertEquals(List.of("REQUEST فرنسا -> الحكومة السورية"),
        events("ودعت فرنسا في بيان مشترك الحكومة السورية إلى ضمان المحاسبة."));
  }
}
