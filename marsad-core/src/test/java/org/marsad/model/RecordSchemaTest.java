package org.marsad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.corpus.Corpus;
import org.marsad.corpus.Corroborations;
import org.marsad.extract.Extractor;
import org.marsad.ingest.Limits;
import org.marsad.pipeline.Pipeline;

/**
 * Every record made from the examples and the seed articles (when they are beside the
 * repository) is valid against the schema of the record format, {@code docs/record.schema.json},
 * and so are they with the corroboration that {@code marsad corroborate} adds; records that break
 * the contract are not; and fields the contract does not name are allowed,
 * since extensions are added without a change of format.
 */
class RecordSchemaTest {
  static final Path ROOT = Path.of(System.getProperty("marsad.root", ".."));
  static final ObjectMapper JSON = new ObjectMapper();
  static Schema schema;
  static List<JsonNode> records;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = Files.newInputStream(ROOT.resolve("docs/record.schema.json"))) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(in);
    }
    List<Path> inputs = new ArrayList<>(List.of(ROOT.resolve("examples")));
    Path seeds = ROOT.resolve("../shared/corpus/seeds").normalize();
    if (Files.isDirectory(seeds)) {
      inputs.add(seeds);
    }
    StringWriter out = new StringWriter();
    new Extractor(Pipeline.standard(), Limits.DEFAULT).extract(inputs, out, line -> { });
    records = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      records.add(JSON.readTree(line));
    }
  }

  static List<Error> errors(JsonNode record) {
    return schema.validate(record);
  }

  @Test
  void everyRecordOfTheExamplesAndSeedsIsValid() {
    assertTrue(records.size() >= 8, "records: " + records.size());
    for (JsonNode r : records) {
      assertEquals(List.of(), errors(r).stream().map(Error::toString).toList(),
          r.path("id").asText());
    }
  }

  @Test
  void corroboratedRecordsAreValidToo() {
    List<Document> docs = records.stream().map(r -> RecordJson.parse(r.toString())).toList();
    List<Document> annotated = Corroborations.annotate(Corpus.of(docs));
    assertTrue(annotated.stream().anyMatch(d -> d.events().stream()
        .anyMatch(v -> v.corroboration() != null)), "some events are corroborated");
    for (Document d : annotated) {
      JsonNode r = readTree(RecordJson.line(d));
      assertEquals(List.of(), errors(r).stream().map(Error::toString).toList(), d.id());
    }
  }

  private static JsonNode readTree(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theRecordsUseWhatTheSchemaDescribes() {
    assertTrue(records.stream().anyMatch(r -> r.path("events").size() > 0), "events");
    assertTrue(records.stream().anyMatch(r -> r.path("claims").size() > 0), "claims");
    assertTrue(records.stream().anyMatch(r -> r.path("entities").size() > 0), "entities");
  }

  @Test
  void theSchemasValueListsAreTheCodes() throws IOException {
    JsonNode defs = JSON.readTree(ROOT.resolve("docs/record.schema.json").toFile()).path("$defs");
    assertEquals(names(EntityType.values()),
        values(defs.path("entity").path("properties").path("type")));
    JsonNode event = defs.path("event").path("properties");
    assertEquals(names(EventType.values()), values(event.path("type")));
    assertEquals(names(EventMode.values()), values(event.path("mode").path("anyOf").path(1)));
    JsonNode claim = defs.path("claim").path("properties");
    assertEquals(names(ClaimModality.values()), values(claim.path("modality")),
        "a new modality goes into docs/record.schema.json and docs/records.md too");
    assertEquals(names(SpeakerKind.values()),
        values(claim.path("speaker").path("properties").path("kind")));
    JsonNode removed = JSON.readTree(ROOT.resolve("docs/record.schema.json").toFile())
        .path("properties").path("removed").path("items").path("properties");
    assertEquals(names(RemovalReason.values()), values(removed.path("reason")));
  }

  /** The record format's names of an enum's constants. */
  private static Set<String> names(Enum<?>[] constants) {
    Set<String> out = new HashSet<>();
    for (Enum<?> c : constants) {
      out.add(c instanceof Code code ? code.wire() : c.name());
    }
    return out;
  }

  private static Set<String> values(JsonNode enumeration) {
    Set<String> out = new HashSet<>();
    enumeration.path("enum").forEach(v -> out.add(v.asText()));
    return out;
  }

  @Test
  void newOptionalFieldsAreAllowedEverywhere() {
    JsonNode r = changed(d -> {
      d.put("summary", "an extension");
      ((ObjectNode) d.path("source")).put("crawl", "2020-05");
      ((ObjectNode) d.path("entities").get(0)).put("wikidata", "Q1");
      ((ObjectNode) d.path("events").get(0)).putObject("certainty").put("level", 2);
      ((ObjectNode) d.path("claims").get(0).path("speaker")).put("role", "spokesman");
    });
    assertEquals(List.of(), errors(r).stream().map(Error::toString).toList());
  }

  @Test
  void aRecordThatBreaksTheContractIsInvalid() {
    List<Consumer<ObjectNode>> breaks = List.of(
        d -> d.remove("format"),
        d -> d.put("format", "marsad/2"),
        d -> d.remove("text"),
        d -> ((ObjectNode) d.path("published")).put("precision", "week"),
        d -> ((ObjectNode) d.path("entities").get(0)).put("type", "ANIMAL"),
        d -> ((ObjectNode) d.path("entities").get(0)).remove("mentions"),
        d -> ((ObjectNode) d.path("entities").get(0).path("mentions").get(0)).put("start", -1),
        d -> ((ObjectNode) d.path("events").get(0)).put("type", "BOMB"),
        d -> ((ObjectNode) d.path("events").get(0)).put("negated", "no"),
        d -> ((ObjectNode) d.path("events").get(0)).remove("evidence"),
        d -> ((ObjectNode) d.path("events").get(0)).put("confidence", 1.5),
        d -> ((ObjectNode) d.path("claims").get(0)).put("modality", "shouted"),
        d -> ((ObjectNode) d.path("claims").get(0).path("speaker")).put("kind", "ghost"));
    for (int i = 0; i < breaks.size(); i++) {
      assertFalse(errors(changed(breaks.get(i))).isEmpty(), "break " + i + " is found");
    }
  }

  /** A copy of the first record with events, claims and entities, changed by {@code change}. */
  private static JsonNode changed(Consumer<ObjectNode> change) {
    JsonNode first = records.stream().filter(r -> r.path("events").size() > 0
        && r.path("claims").size() > 0).findFirst().orElseThrow();
    ObjectNode copy = first.deepCopy();
    change.accept(copy);
    return copy;
  }
}
