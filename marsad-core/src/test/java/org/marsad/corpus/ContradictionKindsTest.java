package org.marsad.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.model.Document;

/**
 * Contradictions on a small corpus written for the purpose ({@code small-corpus.jsonl}), read by
 * the real pipeline: one pair of each kind, and none where the accounts agree, where they speak of
 * different times, or where one text republishes the other.
 */
class ContradictionKindsTest {
  private static List<Document> docs;
  private static List<Contradiction> found;

  @BeforeAll
  static void extract() throws IOException {
    docs = CorpusFixtures.extract(List.of(CorpusFixtures.resource("small-corpus.jsonl")));
    found = Contradictions.find(Corpus.of(docs));
  }

  private static Set<String> pairs() {
    return found.stream().map(c -> c.kind() + " " + c.a().doc() + " " + c.b().doc())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void oneOfEachKind() {
    Set<String> pairs = pairs();
    assertTrue(pairs.contains("opposite opp-1 opp-2"), pairs.toString());
    assertTrue(pairs.contains("denied den-1 den-2"), pairs.toString());
    assertTrue(pairs.contains("control ctl-1 ctl-2"), pairs.toString());
    assertTrue(pairs.contains("control ctl-1 ctl-3"), "took control vs still held: " + pairs);
    assertTrue(pairs.contains("casualties cas-1 cas-2"), pairs.toString());
  }

  @Test
  void differentTimesAgreementAndCopiesAreNotContradictions() {
    for (String pair : pairs()) {
      assertTrue(!pair.contains("old-1"), "relations a year apart: " + pair);
      assertTrue(!pair.contains("same-"), "the same relation told twice: " + pair);
      assertTrue(!pair.contains("dup-1 dup-2"), "a republished copy: " + pair);
      assertTrue(!pair.contains("ctl-2 ctl-3"), "one actor takes and holds a place: " + pair);
    }
    assertEquals(5, found.size(), pairs().toString());
  }

  @Test
  void everyPairNamesOutletsSpeakersAndEvidence() {
    Map<String, Document> byId =
        docs.stream().collect(Collectors.toMap(Document::id, Function.identity()));
    for (Contradiction c : found) {
      for (Contradiction.Side s : List.of(c.a(), c.b())) {
        assertNotNull(s.outlet(), c.toString());
        assertNotNull(s.speaker(), c.toString());
        assertTrue(s.evidence().agreesWith(byId.get(s.doc()).text()), c.toString());
      }
      assertEquals("yes", c.time().overlap(), c.toString());
      assertTrue(!c.reason().isBlank());
    }
  }

  @Test
  void casualtyPairGivesBothCounts() {
    Contradiction c = found.stream().filter(x -> x.kind().equals("casualties")).findFirst()
        .orElseThrow();
    assertEquals(7, c.a().casualties().killed());
    assertEquals(3, c.b().casualties().killed());
  }
}
