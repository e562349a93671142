package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marsad.event.EventReadingsTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What continues a clause after its verb and its object, on sentences written for these tests: a
 * participle after a comma, and a country adjective on the object that a trigger ends in.
 */
class ClauseContinuationsTest {
  @Test
  void anAccusingParticipleAfterACommaIsTheActOfTheOneWhoSpeaks() {
    // no act named by a verb before the comma: the speaker accuses
    assertEquals(List.of("REQUEST حسن شيخ محمود -> -"),
        events("وأعلن الرئيس الصومالي حسن شيخ محمود انتصار الجيش، مطالبا المجتمع الدولي بتسريع"
            + " المساعدات."));
    assertEquals(List.of("THREATEN يحيى سريع -> -"),
        events("وقال المتحدث العسكري يحيى سريع إن الجماعة استهدفت سفينة، متوعدا بمواصلة"
            + " العمليات."));
  }

  @Test
  void aParticipleAfterACommaIsNoObjectOfTheNounOfAnActBeforeIt() {
    // المبادرة، متهما: the comma ends what the initiative takes
    assertEquals(List.of("ACCUSE روسيا -> واشنطن"),
        events("وقال لافروف إن روسيا مستعدة للعودة إلى المبادرة، متهما واشنطن بعرقلة"
            + " تنفيذها."));
  }

  @Test
  void theCountryOfAnEnvoyExpelledIsTheRecipientNotTheSubject() {
    assertEquals(List.of("SANCTION الحكومة الجزائرية -> المغربي"),
        events("وقررت الحكومة الجزائرية طرد السفير المغربي."));
    assertEquals(List.of("SANCTION النيجر -> الفرنسي"),
        events("وطردت النيجر السفير الفرنسي."));
  }
}
