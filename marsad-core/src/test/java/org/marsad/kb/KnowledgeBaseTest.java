package org.marsad.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
  @Test
  void shippedFilesAreValid() {
    KnowledgeBase kb = KnowledgeBase.standard();
    assertEquals(List.of(), kb.validate());
    assertTrue(kb.size() > 900, "entries: " + kb.size());
  }

  @Test
  void everyRoleIsDatedAndNamesAnExistingOrganization() {
    KnowledgeBase kb = KnowledgeBase.standard();
    for (KbEntry e : kb.entries()) {
      for (KbEntry.Role r : e.roles()) {
        assertTrue(r.from() != null && !r.from().isEmpty(), e.id() + " " + r);
        assertTrue(kb.get(r.organization()).isPresent(), e.id() + " names unknown " + r.organization());
      }
    }
  }

  @Test
  void everyPlaceHasItsCountrysBox() {
    for (KbEntry e : KnowledgeBase.standard().entries()) {
      if (e.kind() == KbEntry.Kind.PLACE && e.country() != null) {
        assertTrue(CountryBounds.has(e.country()), "no bounding box for " + e.country());
      }
    }
    assertTrue(CountryBounds.contains("LBY", 32.9, 13.2));
    assertTrue(!CountryBounds.contains("LBY", 48.8, 2.3), "Paris is not in Libya");
  }

  @Test
  void loadsFast() throws IOException {
    long t0 = System.nanoTime();
    KnowledgeBase.standard().entries().size();
    assertTrue((System.nanoTime() - t0) / 1e9 < 1.0);
  }

  private static List<String> problems(String actors, String places, String outlets)
      throws IOException {
    try (Reader a = new StringReader(actors);
        Reader p = new StringReader(places);
        Reader o = new StringReader(outlets)) {
      return KnowledgeBase.load(a, p, o).validate();
    }
  }

  @Test
  void duplicateIdsAreReported() throws IOException {
    String row = "x\tPERSON\tX\tإكس\t\tLBY\tGOV\t\n";
    assertEquals(1, problems(row + row, "", "").size());
  }

  @Test
  void undatedRolesAreReported() throws IOException {
    assertEquals(1, problems("x\tPERSON\tX\tإكس\t\tLBY\tGOV\tminister@gov@..\n", "", "").size());
    assertEquals(1, problems("x\tPERSON\tX\tإكس\t\tLBY\tGOV\tminister@gov\n", "", "").size());
    assertEquals(0, problems("x\tPERSON\tX\tإكس\t\tLBY\tGOV\tminister@gov@2016..\n", "", "").size());
  }

  @Test
  void badRowsAreReported() throws IOException {
    assertEquals(1, problems("x\tPERSON\tX\n", "", "").size());
    assertEquals(1, problems("x\tSHIP\tX\tإكس\t\tLBY\tGOV\t\n", "", "").size());
    assertEquals(1, problems("", "t\tcity\tT\tتي\t\tLBY\t\t95\t13\n", "").size());
  }
}
