package org.marsad.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.export.EventExport;
import org.marsad.export.EventSelection;
import org.marsad.model.Document;

/**
 * Cross-document results that respect time and identity, on articles written for the purpose
 * ({@code time-and-identity.jsonl}) and read by the real pipeline: a support told of April 2019
 * and a withdrawal told without a date are no contradiction; undated reports of one act put no
 * two articles into one story; and "Cairo will keep backing Haftar" is Egypt's act in the
 * contradictions, the graph and the ACLED export.
 */
class CrossDocumentTimeAndIdentityTest {
  private static List<Document> docs;
  private static Corpus corpus;
  private static List<Contradiction> found;

  @BeforeAll
  static void extract() throws IOException {
    docs = CorpusFixtures.extract(List.of(CorpusFixtures.resource("time-and-identity.jsonl")));
    corpus = Corpus.of(docs);
    found = Contradictions.find(corpus);
  }

  private static String pairs() {
    return found.stream().map(c -> c.kind() + " " + c.a().doc() + " " + c.b().doc() + " "
        + c.time().overlap()).collect(Collectors.joining("; "));
  }

  @Test
  void aDatedReportIsNotSetAgainstAnUndatedOneThatNothingPlacesInItsPeriod() {
    for (Contradiction c : found) {
      assertFalse(c.a().doc().equals("backs-2019") || c.b().doc().equals("backs-2019"),
          "support in April 2019 against a withdrawal of unknown or later date: " + pairs());
    }
  }

  @Test
  void reportsWhosePeriodsOverlapStillContradict() {
    assertTrue(pairs().contains("opposite away-2020 cairo-backs yes"), pairs());
    assertEquals(1, found.size(), pairs());
  }

  @Test
  void theUndatedReportIsPlacedNoEarlierThanTheDatesItsArticleGives() {
    int backs = index("backs-2019");
    int undated = index("away-undated");
    assertEquals("2019-04-01", corpus.notBefore(backs).orElseThrow().toString());
    assertTrue(corpus.notBefore(undated).isEmpty());
    assertEquals("2020-06-10", corpus.notBefore(index("away-2020")).orElseThrow().toString());
  }

  @Test
  void undatedReportsOfOneActMakeNoStory() {
    for (Story s : corpus.stories()) {
      List<String> members = s.documents().stream().map(Story.Member::doc).toList();
      assertFalse(members.contains("aid-undated-1") && members.contains("aid-undated-2"),
          "two undated reports of Turkey's aid joined: " + members);
    }
    // both articles do report the same act, as the pipeline reads them
    assertEquals(1, docs.get(index("aid-undated-1")).events().size());
    assertEquals(1, docs.get(index("aid-undated-2")).events().size());
  }

  @Test
  void aCapitalActingIsItsStateInContradictionsAndTheGraph() {
    Contradiction c = found.get(0);
    assertEquals("kb:egy", c.subject().key());
    assertEquals("مصر", c.subject().name_ar());
    ActorGraph g = ActorGraph.build(corpus);
    assertTrue(g.nodes().stream().noneMatch(n -> n.key().equals("kb:cairo")), g.nodes().toString());
    assertTrue(g.edges().stream().anyMatch(e -> e.source().equals("kb:egy")
        && e.target().equals("kb:haftar")
        && e.evidence().stream().anyMatch(x -> x.doc().equals("cairo-backs"))),
        g.edges().toString());
  }

  @Test
  void graphMlEdgesCarryTheirMonthAsATimeInterval() throws Exception {
    ActorGraph g = ActorGraph.build(corpus);
    java.io.StringWriter xml = new java.io.StringWriter();
    GraphMl.write(g, xml);
    org.w3c.dom.Document dom = javax.xml.parsers.DocumentBuilderFactory.newInstance()
        .newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(
            xml.toString())));
    java.util.Map<String, String> keys = new java.util.HashMap<>();
    org.w3c.dom.NodeList keyList = dom.getElementsByTagName("key");
    for (int i = 0; i < keyList.getLength(); i++) {
      org.w3c.dom.Element k = (org.w3c.dom.Element) keyList.item(i);
      if (k.getAttribute("for").equals("edge")) {
        keys.put(k.getAttribute("id"), k.getAttribute("attr.name"));
      }
    }
    assertTrue(keys.containsValue("start") && keys.containsValue("end"), keys.toString());
    org.w3c.dom.NodeList edges = dom.getElementsByTagName("edge");
    int dated = 0;
    for (int i = 0; i < edges.getLength(); i++) {
      java.util.Map<String, String> data = new java.util.HashMap<>();
      org.w3c.dom.NodeList d = ((org.w3c.dom.Element) edges.item(i)).getElementsByTagName("data");
      for (int j = 0; j < d.getLength(); j++) {
        org.w3c.dom.Element x = (org.w3c.dom.Element) d.item(j);
        data.put(keys.get(x.getAttribute("key")), x.getTextContent());
      }
      if (data.get("period").equals("unknown")) {
        assertFalse(data.containsKey("start"), data.toString());
        continue;
      }
      dated++;
      java.time.YearMonth m = java.time.YearMonth.parse(data.get("period"));
      assertEquals(m.atDay(1).toString(), data.get("start"));
      assertEquals(m.atEndOfMonth().toString(), data.get("end"));
    }
    assertTrue(dated > 0, "the 2020 reports give dated edges");
  }

  @Test
  void theAcledExportGivesTheStateAsActor1() throws IOException {
    StringWriter out = new StringWriter();
    EventExport acled = EventExport.acledCsv(EventSelection.FACTUAL, false);
    acled.begin(out);
    acled.write(docs.get(index("cairo-backs")), out);
    String csv = out.toString();
    assertTrue(csv.contains(",Egypt,"), csv);
    assertFalse(csv.contains("Cairo"), csv);
  }

  private static int index(String id) {
    for (int i = 0; i < docs.size(); i++) {
      if (docs.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no document " + id);
  }
}
