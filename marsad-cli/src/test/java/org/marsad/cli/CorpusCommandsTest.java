package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-document commands end to end: articles or records in, stories, contradictions, the
 * graph and corroborated records out, and clear errors for bad input.
 */
class CorpusCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path articles() throws IOException {
    Path f = dir.resolve("articles.jsonl");
    Files.write(f, List.of(
        "{\"id\":\"a\",\"outlet\":\"موقع الأول\",\"date\":\"2020-06-10\",\"text\":\"قال مسؤولون"
            + " مصريون إن مصر قررت التخلي عن حفتر بعد هزائمه الأخيرة.\"}",
        "{\"id\":\"b\",\"outlet\":\"صحيفة الثاني\",\"date\":\"2020-06-12\",\"text\":\"أكد مصدر"
            + " حكومي مصري أن مصر ستواصل دعم حفتر في حربه ضد الإرهاب.\"}",
        "{\"id\":\"c\",\"outlet\":\"وكالة الثالث\",\"date\":\"2020-06-13\",\"text\":\"قال مسؤولون"
            + " مصريون إن مصر قررت التخلي عن حفتر بعد هزائمه الأخيرة.\"}"),
        StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void contradictionsFromArticlesAndFromRecords() throws IOException {
    Path in = articles();
    CliRun fromArticles = CliRun.withStdio(new byte[0], "contradictions", in.toString());
    assertEquals(0, fromArticles.exit(), fromArticles.err());
    List<String> lines = fromArticles.out().lines().toList();
    assertEquals(1, lines.size(), "the copy c says what a says: " + lines);
    JsonNode pair = JSON.readTree(lines.get(0));
    assertEquals("opposite", pair.get("kind").asText());
    assertEquals("a", pair.get("a").get("doc").asText());
    assertEquals("b", pair.get("b").get("doc").asText());
    assertEquals("موقع الأول", pair.get("a").get("outlet").asText());
    assertEquals("صحيفة الثاني", pair.get("b").get("outlet").asText());

    Path records = dir.resolve("records.jsonl");
    assertEquals(0, CliRun.of("extract", "--out", records.toString(), in.toString()).exit());
    CliRun fromRecords = CliRun.withStdio(new byte[0], "contradictions", records.toString());
    assertEquals(fromArticles.out(), fromRecords.out());
  }

  @Test
  void storiesGraphAndCorroborationWriteTheirFiles() throws IOException {
    Path in = articles();
    Path stories = dir.resolve("stories.jsonl");
    assertEquals(0, CliRun.of("stories", "--out", stories.toString(), in.toString()).exit());
    JsonNode story = JSON.readTree(Files.readString(stories).lines().findFirst().orElseThrow());
    assertEquals(2, story.get("documents").size(), "b reports another act: " + story);
    assertEquals("[[\"a\",\"c\"]]", story.get("copies").toString());

    Path graphml = dir.resolve("g.graphml");
    assertEquals(0, CliRun.of("graph", "--format", "graphml", "--out", graphml.toString(),
        in.toString()).exit());
    assertTrue(Files.readString(graphml).contains("<graphml"));
    CliRun bad = CliRun.of("graph", "--format", "dot", in.toString());
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("unknown format 'dot'"), bad.err());

    CliRun corroborated = CliRun.withStdio(new byte[0], "corroborate", in.toString());
    assertEquals(0, corroborated.exit(), corroborated.err());
    JsonNode c = JSON.readTree(corroborated.out().lines().toList().get(2));
    JsonNode count = c.get("events").get(0).get("corroboration");
    assertEquals(1, count.get("outlets").asInt(), "a copy is not corroboration: " + count);
  }

  @Test
  void badRecordLinesAreReportedAndTheRestIsRead() throws IOException {
    Path records = dir.resolve("records.jsonl");
    assertEquals(0, CliRun.of("extract", "--out", records.toString(), articles().toString())
        .exit());
    Files.writeString(records, "{\"format\":\"marsad/1\", broken\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    CliRun r = CliRun.withStdio(new byte[0], "contradictions", records.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("records.jsonl:4:"), r.err());
    assertEquals(1, r.out().lines().count());
    r.assertNoStackTrace();
  }

  @Test
  void corpusBenchPrintsTimesAndGrowth() {
    CliRun r = CliRun.of("corpus-bench", "--sizes", "100,200", "--repeat", "1");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("x2.0 records"), r.out());
  }
}
