package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.Limits;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.StoreIngest;

/**
 * A served store takes new articles while the server runs: the server reads the store (SQLite in
 * WAL mode, the search index without its lock) while a writer adds to it, and the API answers
 * with the new documents, in listings, search and the cross-document results, without a restart.
 */
class IngestWhileServingTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void articlesIngestedWhileServingAppearWithoutARestart() throws Exception {
    Path db = dir.resolve("db");
    try (Store writer = Store.open(db)) {
      ingest(writer, Fixture.EXAMPLES);
    }
    try (Store reader = Store.openReading(db);
        Server server = Server.start(reader, "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + server.port();
      long before = get(base, "/api/stats").get("documents").asLong();
      assertTrue(before >= 7, "the examples are served: " + before);
      assertEquals(0, get(base, "/api/search?q=" + q("أبوظبي") + "&outlet=" + q("الشرق"))
          .get("total").asLong());
      JsonNode contradictionsBefore = get(base, "/api/contradictions?entity=kb:are");
      assertThrows(StoreException.class, () -> reader.add(null, null), "the server never writes");

      Path input = dir.resolve("input");
      Files.createDirectories(input);
      try (InputStream in = getClass().getResourceAsStream("/fixture/contradiction.jsonl")) {
        Files.copy(in, input.resolve("contradiction.jsonl"));
      }
      try (Store writer = Store.open(db)) { // while the server keeps running
        ingest(writer, input);
        JsonNode stats = get(base, "/api/stats");
        assertEquals(before + 2, stats.get("documents").asLong(), stats.toString());
        assertEquals(200, status(base, "/api/documents/uae-keeps"));
        // the search index follows once the writer commits it (it does at the end of an ingest)
        JsonNode found = get(base, "/api/search?q=" + q("الإمارات") + "&outlet=" + q("الشرق"));
        assertEquals("uae-keeps", found.get("items").get(0).get("id").asText(), found.toString());
        JsonNode contradictions = get(base, "/api/contradictions?entity=kb:are");
        assertTrue(contradictions.get("total").asLong()
            > contradictionsBefore.get("total").asLong(), contradictions.toString());
      }
    }
  }

  @Test
  void aFolderWithoutAStoreIsNotOpenedForReading() {
    StoreException e = assertThrows(StoreException.class,
        () -> Store.openReading(dir.resolve("mistyped")));
    assertTrue(e.getMessage().contains("no store at"), e.getMessage());
    assertTrue(Files.notExists(dir.resolve("mistyped")), "nothing is created");
  }

  private static void ingest(Store store, Path input) {
    new StoreIngest(Pipeline.standard(), new Limits(4 << 20), store)
        .run(List.of(input), line -> {}, (d, n, s) -> {});
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static int status(String base, String path) throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static JsonNode get(String base, String path) throws IOException, InterruptedException {
    HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return JSON.readTree(r.body());
  }
}
