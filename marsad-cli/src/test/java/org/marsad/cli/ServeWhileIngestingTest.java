package org.marsad.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code marsad serve} in a child JVM and {@code marsad ingest} in this one, on one store at once:
 * the server reads while the ingest writes (SQLite in WAL mode, the search index read without its
 * lock), and the API shows the new articles without a restart.
 */
class ServeWhileIngestingTest {
  static final Path EXAMPLES = Path.of(System.getProperty("marsad.root", ".."), "examples");
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void articlesIngestedByAnotherProcessAreServedWithoutARestart() throws Exception {
    Path db = dir.resolve("db");
    Path log = dir.resolve("serve.log");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process serve = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        "org.marsad.cli.Main", "serve", "--db", db.toString(), "--create", "--port",
        Integer.toString(port))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      String base = "http://127.0.0.1:" + port;
      JsonNode empty = waitFor(base + "/api/stats", serve, log);
      assertEquals(0, empty.get("documents").asLong(), empty.toString());

      CliRun ingest = CliRun.of("ingest", "--db", db.toString(), "--progress", "lines",
          EXAMPLES.toString());
      assertEquals(0, ingest.exit(), ingest.err());
      assertTrue(ingest.err().contains("8 articles stored"), ingest.err());

      JsonNode stats = get(base + "/api/stats");
      assertEquals(8, stats.get("documents").asLong(), stats.toString());
      JsonNode found = get(base + "/api/search?q=%D8%AD%D9%81%D8%AA%D8%B1"); // حفتر
      assertTrue(found.get("total").asLong() >= 3, found.toString());
      assertTrue(get(base + "/api/graph").get("edges").size() > 0, "cross-document results too");
    } finally {
      serve.destroy();
      serve.waitFor();
    }
  }

  private static JsonNode waitFor(String url, Process serve, Path log) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      try {
        return get(url);
      } catch (IOException e) {
        if (!serve.isAlive() || System.nanoTime() > until) {
          throw new AssertionError("the server did not start: " + Files.readString(log, UTF_8), e);
        }
        Thread.sleep(200);
      }
    }
  }

  private static JsonNode get(String url) throws IOException, InterruptedException {
    HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), url + ": " + r.body());
    return JSON.readTree(r.body());
  }
}
