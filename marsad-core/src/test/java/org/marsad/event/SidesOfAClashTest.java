package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marsad.event.EventReadingsTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sides of a clash, on sentences written for these tests. */
class SidesOfAClashTest {
  @Test
  void tribalFightersClashWithTheNamedParty() {
    assertEquals(List.of("ASSAULT مقاتلي العشائر -> قوات سوريا الديمقراطية"),
        events("اندلعت اشتباكات عنيفة بين مقاتلي العشائر وقوات سوريا الديمقراطية في دير الزور."));
  }

  @Test
  void twoPartiesOnOneSideEachFightTheOtherSide() {
    assertEquals(List.of("ASSAULT قوات الجيش -> مليشيا الحوثي",
            "ASSAULT مقاتلي القبائل -> مليشيا الحوثي"),
        events("وقال مصدر ميداني إن معارك عنيفة اندلعت أمس بين قوات الجيش ومقاتلي القبائل من جهة، "
            + "ومليشيا الحوثي من جهة أخرى."));
  }

  @Test
  void aCountryNamedAsAHeadlinesTopicIsNoParty() {
    assertEquals(List.of("ASSAULT مقاتلي العشائر -> قسد"),
        events("سوريا: اشتباكات دامية بين مقاتلي العشائر و\"قسد\" في دير الزور"));
  }
}
