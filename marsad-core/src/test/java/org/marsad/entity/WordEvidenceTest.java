package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tagger's features from word clusters and name lists. */
class WordEvidenceTest {
  private static final WordClusters CLUSTERS = new WordClusters(List.of("سالم", "سبها", "في"),
      List.of(2, 8), new int[][] {{0, 1, 1}, {3, 5, 6}});
  private static final WordEvidence EVIDENCE = new WordEvidence(CLUSTERS,
      new NameList(Map.of("سالم", 9, "كاترين", 1)),
      new NameList(Map.of("سبها", 1, "ولايه قندهار", 1)));

  private static List<String> local(String norm) {
    List<String> f = new ArrayList<>();
    NerFeatures.local(EVIDENCE, norm, NerFeatures.stem(norm), f);
    return f;
  }

  private static List<String> neighbour(String position, String norm) {
    List<String> f = new ArrayList<>();
    EVIDENCE.neighbour(position, norm, NerFeatures.stem(norm), f);
    return f;
  }

  @Test
  void aStemGivesItsClassAtEachGranularity() {
    List<String> f = local("وسالم");
    assertTrue(f.containsAll(List.of("c2=0", "c8=3")), f.toString());
    assertFalse(f.contains("c=?"), f.toString());
  }

  @Test
  void aStemOutsideTheClustersIsMarkedUnknown() {
    assertTrue(local("طرابلس").contains("c=?"));
  }

  @Test
  void personNameTokensAreMarkedAndFrequentOnesToo() {
    assertTrue(local("سالم").containsAll(List.of("pn", "pn+")));
    List<String> rare = local("كاترين");
    assertTrue(rare.contains("pn") && !rare.contains("pn+"), rare.toString());
    assertFalse(local("سبها").contains("pn"));
  }

  @Test
  void oneWordCitiesWithOrWithoutCliticsAndWordsOfLongerNames() {
    assertTrue(local("بسبها").contains("city"));
    assertTrue(local("قندهار").contains("cityw"));
    assertFalse(local("قندهار").contains("city"));
  }

  @Test
  void adjacentNeighboursGiveEveryGranularityFartherOnesTheCoarsest() {
    assertEquals(List.of("c2-1=0", "c8-1=3", "pn-1"), neighbour(NerFeatures.PREVIOUS, "سالم"));
    assertEquals(List.of("c2+2=1"), neighbour(NerFeatures.SECOND_NEXT, "سبها"));
    assertEquals(List.of("c+1=?"), neighbour(NerFeatures.NEXT, "طرابلس"));
  }

  @Test
  void noEvidenceAddsNoFeature() {
    List<String> with = new ArrayList<>();
    NerFeatures.local(WordEvidence.NONE, "سالم", "سالم", with);
    List<String> without = new ArrayList<>();
    NerFeatures.local(EVIDENCE, "سالم", "سالم", without);
    assertEquals(without.subList(0, with.size()), with);
    assertTrue(without.size() > with.size());
  }

  @Test
  void theEvidenceRoundTripsInsideAModel() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EVIDENCE.writeTo(new DataOutputStream(bytes));
    WordEvidence back = WordEvidence.readFrom(
        new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    for (String w : List.of("سالم", "بسبها", "قندهار", "كاترين", "طرابلس")) {
      List<String> f = new ArrayList<>();
      NerFeatures.local(back, w, NerFeatures.stem(w), f);
      assertEquals(local(w), f, w);
    }
  }
}
