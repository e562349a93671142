package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The constructions that hand an act's doer and party acted on to the reading ({@code
 * golden/events/frames.jsonl}, sentences written for these tests): verbs that pass their subject
 * on (تمكنت من، نجحت في، أعلنت), words between the parts (a weekday, a date, a place), acts with
 * the actor alone, idioms and light verbs, parties named through their leader or capital, and
 * verbs whose object is the recipient. Each category keeps a floor of recall, and all of them
 * together a floor of precision.
 */
class ClauseFrameGoldenTest {
  @Test
  void eachConstructionIsReadForMostOfItsCases() throws IOException {
    List<GoldenEvents.Case> cases = GoldenEvents.load("frames.jsonl");
    GoldenEvents.Score all = GoldenEvents.score(cases, x -> false);
    Map<String, List<GoldenEvents.Case>> byCategory = cases.stream()
        .collect(Collectors.groupingBy(GoldenEvents.Case::category, TreeMap::new,
            Collectors.toList()));
    StringBuilder report = new StringBuilder(all.report("clause frames"));
    Map<String, Double> recall = new TreeMap<>();
    byCategory.forEach((category, in) -> {
      GoldenEvents.Score s = GoldenEvents.score(in, x -> false);
      recall.put(category, s.recall());
      report.append(String.format("%s: P %.3f R %.3f (%d/%d)%n", category, s.precision(),
          s.recall(), s.found(), s.expected()));
    });
    System.out.println(report);
    assertTrue(all.precision() >= FLOOR_PRECISION, report.toString());
    recall.forEach((category, r) ->
        assertTrue(r >= FLOOR_RECALL, category + " recall " + r + "\n" + report));
  }

  // measured: P 0.711 R 0.559 on 119 cases; the weakest category (words between the parts) at
  // recall 0.40
  private static final double FLOOR_PRECISION = 0.66;
  private static final double FLOOR_RECALL = 0.35;
}
