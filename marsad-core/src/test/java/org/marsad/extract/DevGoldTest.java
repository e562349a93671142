package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.Limits;
import org.marsad.model.Document;
import org.marsad.model.RecordJson;
import org.marsad.pipeline.Pipeline;

/**
 * The seed articles and the dev gold, when {@code ../shared} is beside the repository: five
 * records whose spans agree with their text, and the evaluation's scores (by {@code
 * shared/eval/score.py}): cleaning accuracy of at least 0.97, and floors for the extraction stages.
 */
class DevGoldTest {
  private static final Path ROOT = Path.of(System.getProperty("marsad.root", ".."));
  private static final Path SHARED = ROOT.resolve("../shared").normalize();

  private static void extractSeeds(Writer out) throws IOException {
    Path seeds = SHARED.resolve("corpus/seeds");
    assumeTrue(Files.isDirectory(seeds), "no seeds at " + seeds);
    List<String> errors = new ArrayList<>();
    Extractor.Summary s = new Extractor(Pipeline.standard(), Limits.DEFAULT)
        .extract(List.of(seeds), out, errors::add);
    assertEquals(List.of(), errors);
    assertEquals(5, s.documents());
  }

  @Test
  void seedsGiveFiveRecordsWhoseSpansAgree() throws IOException {
    StringWriter out = new StringWriter();
    extractSeeds(out);
    List<String> lines = out.toString().lines().toList();
    assertEquals(5, lines.size());
    for (String line : lines) {
      Document d = RecordJson.parse(line);
      assertEquals("marsad/1", d.format());
      assertEquals("ar", d.language());
      assertTrue(d.text().length() > 1000, d.id());
      assertNull(Records.problem(d), d.id());
    }
  }

  @Test
  void scoresOnTheDevGold(@TempDir Path tmp) throws Exception {
    Path score = SHARED.resolve("eval/score.py");
    assumeTrue(Files.isRegularFile(score), "no scorer at " + score);
    Path out = tmp.resolve("out.jsonl");
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      extractSeeds(w);
    }
    Process p = new ProcessBuilder("python3", score.toString(),
        SHARED.resolve("eval/dev").toString(), out.toString(), "--json")
        .redirectErrorStream(true).start();
    String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), json);
    JsonNode micro = new ObjectMapper().readTree(json).get("micro");
    double cleaning = micro.get("cleaning").get("accuracy").asDouble();
    assertTrue(cleaning >= 0.97, "cleaning accuracy " + cleaning);
    // guards against regressions of the extraction stages (measured: entities 0.942, claims 0.889)
    double entities = micro.get("entities").get("f1").asDouble();
    assertTrue(entities >= 0.90, "entity F1 " + entities);
    double claims = micro.get("claims").get("f1").asDouble();
    double events = micro.get("events").get("f1").asDouble();
    assertTrue(events >= 0.65, "event F1 " + events + " (measured 0.710)");
    assertTrue(claims >= 0.85, "claim F1 " + claims);
  }
}
