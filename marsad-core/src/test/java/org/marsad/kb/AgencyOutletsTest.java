package org.marsad.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.meta.Agencies;

/** Every outlet an agency code stands for ({@code meta/agencies.tsv}) is in the knowledge base. */
class AgencyOutletsTest {
  @Test
  void everyAgencyCodeNamesAnOutletOfTheKnowledgeBase() {
    OutletIndex outlets = new OutletIndex(KnowledgeBase.standard());
    List<String> unknown = Agencies.standard().outlets().stream()
        .filter(name -> outlets.byName(name).isEmpty()).toList();
    assertTrue(Agencies.standard().outlets().size() > 20);
    assertEquals(List.of(), unknown);
  }
}
