package org.marsad.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.model.Corroboration;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.RecordJson;
import org.xml.sax.InputSource;

/**
 * Stories, corroboration and the actor graph on the small corpus of {@code small-corpus.jsonl}:
 * a republished copy is grouped with its original and counts as one source; articles sharing an
 * event join one story; the graph's edges carry outlets and anonymity and export as GraphML.
 */
class StoriesCorroborationAndGraphTest {
  private static Corpus corpus;
  private static List<Story> stories;

  @BeforeAll
  static void extract() throws IOException {
    corpus = Corpus.of(
        CorpusFixtures.extract(List.of(CorpusFixtures.resource("small-corpus.jsonl"))));
    stories = Stories.group(corpus);
  }

  private static List<String> members(String storyId) {
    return stories.stream().filter(s -> s.id().equals(storyId)).findFirst().orElseThrow()
        .documents().stream().map(Story.Member::doc).toList();
  }

  @Test
  void copiesAndSharedEventsMakeStories() {
    assertEquals(List.of("opp-1", "dup-1", "dup-2"), members("story-opp-1"));
    Story s = stories.stream().filter(x -> x.id().equals("story-opp-1")).findFirst().orElseThrow();
    assertEquals(List.of(List.of("dup-1", "dup-2")), s.copies());
    assertEquals(1, s.sources(), "one outlet and a copy of its text");
    assertEquals(List.of("same-1", "same-2"), members("story-same-1"));
    assertEquals(List.of("den-1", "den-2"), members("story-den-1"));
  }

  @Test
  void relationsAYearApartAreNotOneStory() {
    Map<String, String> storyOf = Stories.storyOf(stories);
    assertTrue(!storyOf.get("old-1").equals(storyOf.get("opp-2")));
    assertEquals(stories.size(), Stories.group(corpus).size(), "grouping is deterministic");
  }

  @Test
  void copiesCountOnceInCorroboration() {
    Map<String, Document> byId = Corroborations.annotate(corpus).stream()
        .collect(Collectors.toMap(Document::id, d -> d));
    Event copied = byId.get("dup-2").events().get(0);
    Corroboration c = copied.corroboration();
    assertEquals(1, c.outlets(), c.toString());
    assertEquals(List.of("موقع الأول"), c.sources());
    Corroboration twoOutlets = byId.get("same-1").events().get(0).corroboration();
    assertEquals(2, twoOutlets.outlets(), twoOutlets.toString());
    assertEquals(2, byId.get("same-1").claims().get(0).corroboration().outlets());
    Document back = RecordJson.parse(RecordJson.line(byId.get("same-1")));
    assertEquals(twoOutlets, back.events().get(0).corroboration(), "a record round trip");
  }

  @Test
  void graphEdgesCarryOutletsAndExportAsGraphMl() throws Exception {
    ActorGraph g = ActorGraph.build(corpus);
    ActorGraph.Edge support = g.edges().stream()
        .filter(e -> e.source().equals("kb:tur") && e.target().equals("kb:gna"))
        .findFirst().orElseThrow();
    assertEquals("supports", support.relation());
    assertEquals("2020-06", support.period());
    assertEquals(List.of("وكالة الثالث", "موقع الرابع"), support.outlets());
    assertTrue(support.anonymous_only(), "an unnamed official and an unnamed diplomat");
    ActorGraph.Edge abandon = g.edges().stream()
        .filter(e -> e.source().equals("kb:egy") && e.relation().equals("opposes"))
        .findFirst().orElseThrow();
    assertFalse(abandon.anonymous_only(), "the headline is the outlet's own voice");
    StringWriter xml = new StringWriter();
    GraphMl.write(g, xml);
    org.w3c.dom.Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(xml.toString())));
    assertEquals(g.nodes().size(), dom.getElementsByTagName("node").getLength());
    assertEquals(g.edges().size(), dom.getElementsByTagName("edge").getLength());
  }
}
