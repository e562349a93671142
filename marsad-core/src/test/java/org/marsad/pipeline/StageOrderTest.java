package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.claim.ClaimStage;
import org.marsad.clean.Cleaning;
import org.marsad.entity.EntityStage;
import org.marsad.event.EventStage;

/** A pipeline is composed by the layers its stages read and fill, not by a list taken on trust. */
class StageOrderTest {
  @Test
  void eventsBeforeClaimsAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Pipeline(Cleaning.standard(), List.of(EntityStage.standard(),
            EventStage.standard(), ClaimStage.standard())));
    assertEquals("EventStage needs [CLAIMS], which no stage before it gives", e.getMessage());
  }

  @Test
  void claimsWithoutEntitiesAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new Pipeline(Cleaning.standard(), List.of(ClaimStage.standard())));
  }

  @Test
  void aLayerGivenTwiceIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new Pipeline(Cleaning.standard(), List.of(EntityStage.standard(),
            EntityStage.standard())));
  }

  @Test
  void theStandardOrderIsAccepted() {
    Pipeline.standard();
  }
}
