package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;

/**
 * The event stage on the golden cases ({@code golden/events/cases.jsonl}, hand-written sentences
 * with every event a coder would code, and negative cases), scored by {@link GoldenEvents}.
 * Precision and recall are over all cases, with floors; the types and features (negation,
 * hypotheticals, coordinated actors, relative dates) read right must stay read right.
 */
class EventGoldenTest {
  @Test
  void goldenCases() throws IOException {
    List<GoldenEvents.Case> cases = GoldenEvents.load("cases.jsonl");
    GoldenEvents.Score s = GoldenEvents.score(cases, x -> false);
    Set<String> typesFound = new TreeSet<>();
    Set<String> featuresFound = new TreeSet<>();
    for (GoldenEvents.Case c : cases) {
      for (JsonNode x : c.expected()) {
        if (GoldenEvents.found(c, x)) {
          typesFound.add(x.get("type").get(0).asText());
          featuresFound.addAll(features(c, x));
        }
      }
    }
    String report = s.report("golden events") + "types read right: " + typesFound
        + "\nfeatures read right: " + featuresFound + "\n";
    System.out.println(report);
    // measured: P 0.650 R 0.548 F1 0.595 on 135 cases, acts with the actor alone required (an
    // air defence's downing of a drone, read since the detector tells a drone from a march, is
    // coded with its unnamed actor where the case wants none)
    assertTrue(s.f1() >= 0.57, report);
    assertTrue(s.precision() >= 0.63, report);
    Set<String> reached = EnumSet.complementOf(
        EnumSet.of(EventType.AGREE, EventType.PROTEST, EventType.REJECT)).stream()
        .map(EventType::name).collect(Collectors.toSet());
    assertTrue(typesFound.containsAll(reached), "types no longer read right: " + report);
    assertTrue(featuresFound.containsAll(Set.of("negated", "coordinated", "relative-date",
        "hypothetical")), report);
  }

  /** What a case tests beyond the type, from its expectation and its name. */
  private static List<String> features(GoldenEvents.Case c, JsonNode x) {
    List<String> out = new ArrayList<>();
    if (x.path("negated").asBoolean(false)) {
      out.add("negated");
    }
    if (x.path("hypothetical").asBoolean(false)) {
      out.add("hypothetical");
    }
    if (c.name().contains("coordinated")) {
      out.add("coordinated");
    }
    String precision = x.path("precision").asText("unknown");
    if (!precision.equals("unknown")) {
      boolean relative = c.name().matches(".*(yesterday|today|day-before|monday|tuesday|"
          + "wednesday|thursday|friday|saturday|sunday|last-|this-|early-month|next-month).*");
      out.add(relative ? "relative-date" : "absolute-date");
    }
    return out;
  }
}
