package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests at the edges of what the server reads, sent as raw bytes: raw bytes that are not
 * UTF-8 in a path, methods other than GET and HEAD (a method-override header included), HEAD,
 * paths that differ from a route by a slash or a letter's case, and paths that try to reach the
 * API of a keyed server around its key. Each gets its status with the JSON error body, or for
 * HEAD the headers alone; the API's answers carry nosniff and no-store, and no server version.
 * And gzip, for the clients that accept it.
 */
class RequestEdgesTest {
  static final String KEY = "k3y-for-the-edge-tests_0123456789";
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static Fixture fixture;
  static Server guarded;

  @BeforeAll
  static void start() throws IOException {
    fixture = Fixture.start(dir);
    guarded = Server.start(fixture.store, "0.0.0.0", 0, AccessKey.of(KEY));
  }

  @AfterAll
  static void stop() {
    guarded.close();
    fixture.close();
  }

  record Raw(int status, String head, String body) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":")) {
          return line.substring(name.length() + 1).strip();
        }
      }
      return null;
    }

    JsonNode json() throws IOException {
      assertTrue(String.valueOf(header("Content-Type")).startsWith("application/json"), head);
      return JSON.readTree(body);
    }
  }

  /** Sends {@code requestLine} (bytes as they are) and {@code headers}; reads the whole answer. */
  static Raw send(Server server, byte[] requestLine, String headers) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      var out = s.getOutputStream();
      out.write(requestLine);
      out.write(("\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headers + "\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = answer.indexOf("\r\n\r\n");
      String head = end < 0 ? answer : answer.substring(0, end);
      return new Raw(Integer.parseInt(head.split(" ", 3)[1]), head,
          end < 0 ? "" : answer.substring(end + 4));
    }
  }

  static Raw send(String requestLine, String headers) throws IOException {
    return send(fixture.server, requestLine.getBytes(StandardCharsets.UTF_8), headers);
  }

  static void assertJsonError(int status, Raw r) throws IOException {
    assertEquals(status, r.status(), r.head() + "\n" + r.body());
    JsonNode body = r.json();
    assertEquals(status, body.get("status").asInt());
    assertFalse(body.get("error").asText().isBlank());
  }

  @Test
  void rawBytesThatAreNotUtf8InAPathGetTheJsonError() throws Exception {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    line.writeBytes("GET /api/entities/".getBytes(StandardCharsets.US_ASCII));
    line.write(0xD8); // the first byte of an Arabic letter, without its second
    line.write(0xFF); // never in UTF-8
    line.writeBytes(" HTTP/1.1".getBytes(StandardCharsets.US_ASCII));
    assertJsonError(400, send(fixture.server, line.toByteArray(), ""));
    assertJsonError(400, send("GET /assets/%C3%28.js HTTP/1.1", ""));
  }

  @Test
  void rawArabicInAPathIsReadAsUtf8() throws Exception {
    Raw r = send("GET /api/entities/حفتر%D8%A7 HTTP/1.1", "");
    assertJsonError(404, r);
    assertTrue(r.json().get("error").asText().contains("حفترا"), r.body());
  }

  @Test
  void aMethodOverrideHeaderDoesNotMakeAPostAGet() throws Exception {
    Raw r = send("POST /api/search HTTP/1.1",
        "X-HTTP-Method-Override: GET\r\nContent-Length: 0\r\n");
    assertJsonError(405, r);
    assertEquals("GET, HEAD", r.header("Allow"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"OPTIONS", "PUT", "DELETE", "PATCH", "TRACE", "BREW"})
  void methodsOtherThanGetAndHeadGet405(String method) throws Exception {
    assertJsonError(405, send(method + " /api/search HTTP/1.1", ""));
  }

  @Test
  void headGivesTheHeadersOfGetWithoutTheBody() throws Exception {
    Raw found = send("HEAD /api/documents/hostile HTTP/1.1", "");
    assertEquals(200, found.status(), found.head());
    assertTrue(found.header("Content-Type").startsWith("application/json"), found.head());
    assertEquals("", found.body());
    Raw missing = send("HEAD /api/documents/missing HTTP/1.1", "");
    assertEquals(404, missing.status(), missing.head());
    assertEquals(200, send("HEAD /assets/app.js HTTP/1.1", "").status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/search/", "/API/search", "/api//search", "/api/search.json",
      "/assets/", "/index.htm"})
  void pathsBesideARouteAreNotFound(String path) throws Exception {
    assertJsonError(404, send("GET " + path + " HTTP/1.1", ""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/documents", "//api/documents", "/api//documents",
      "/api/./documents", "/%61pi/documents", "/api/%64ocuments", "/api/documents/",
      "/assets/../api/documents", "/api/documents;x=1", "/API/documents"})
  void noPathReachesTheApiOfAKeyedServerWithoutTheKey(String path) throws Exception {
    Raw r = send(guarded, ("GET " + path + " HTTP/1.1").getBytes(StandardCharsets.US_ASCII), "");
    assertNotEquals(200, r.status(), path + ": " + r.body());
    assertFalse(r.body().contains("\"total\""), path + ": " + r.body());
    assertTrue(r.status() >= 400 && r.status() < 500, path + ": " + r.head());
    r.json();
    Raw keyed = send(guarded, "GET /api/documents HTTP/1.1".getBytes(StandardCharsets.US_ASCII),
        AccessKey.HEADER + ": " + KEY + "\r\n");
    assertEquals(200, keyed.status());
  }

  @Test
  void apiAnswersAreNotSniffedNotStoredAndNameNoServer() throws Exception {
    for (String path : new String[] {"/api/stats", "/api/nope"}) {
      Raw r = send("GET " + path + " HTTP/1.1", "");
      assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
      assertEquals("no-store", r.header("Cache-Control"), path);
      assertEquals(null, r.header("Server"), path);
    }
    Raw page = send("GET / HTTP/1.1", "");
    assertTrue(page.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    assertEquals("nosniff", page.header("X-Content-Type-Options"));
  }

  /**
   * A client that accepts gzip gets JSON and the page's text files gzip-compressed, and they
   * decompress to exactly what a client without it gets; fonts (compressed already) and answers
   * too small to gain are sent as they are.
   */
  @Nested
  class GzipAnswers {
    HttpResponse<byte[]> get(String path, boolean gzip)
        throws IOException, InterruptedException {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fixture.base() + path));
      if (gzip) {
        b.header("Accept-Encoding", "gzip");
      }
      return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    byte[] gunzip(byte[] body) throws IOException {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
        return in.readAllBytes();
      }
    }

    String encoding(HttpResponse<?> r) {
      return r.headers().firstValue("Content-Encoding").orElse("none");
    }

    @Test
    void jsonIsGzippedForAClientThatAcceptsItAndDecompressesToTheSameJson() throws Exception {
      String path = "/api/search?q=" + URLEncoder.encode("حفتر", StandardCharsets.UTF_8)
          + "&limit=50";
      HttpResponse<byte[]> plain = get(path, false);
      HttpResponse<byte[]> zipped = get(path, true);
      assertEquals(200, zipped.statusCode());
      assertEquals("none", encoding(plain));
      assertEquals("gzip", encoding(zipped));
      assertTrue(zipped.headers().firstValue("Content-Type").orElse("")
          .startsWith("application/json"));
      assertTrue(zipped.headers().allValues("Vary").toString().contains("Accept-Encoding"));
      byte[] unzipped = gunzip(zipped.body());
      assertTrue(zipped.body().length < unzipped.length / 2,
          zipped.body().length + " bytes for " + unzipped.length);
      JsonNode expected = JSON.readTree(plain.body());
      assertTrue(expected.get("items").size() > 1, expected.toString());
      assertEquals(expected, JSON.readTree(unzipped));
    }

    @Test
    void thePageAndItsScriptsAreGzippedFontsAreNot() throws Exception {
      for (String asset : new String[] {"/assets/app.js", "/assets/app.css",
          "/assets/vendor/cytoscape/cytoscape.min.js", "/assets/vendor/map/lby.json"}) {
        HttpResponse<byte[]> plain = get(asset, false);
        HttpResponse<byte[]> zipped = get(asset, true);
        assertEquals("gzip", encoding(zipped), asset);
        assertArrayEquals(plain.body(), gunzip(zipped.body()), asset);
        assertTrue(zipped.headers().firstValue("Content-Security-Policy").isPresent(), asset);
      }
      HttpResponse<byte[]> font =
          get("/assets/vendor/font/files/noto-naskh-arabic-arabic-400-normal.woff2", true);
      assertEquals(200, font.statusCode());
      assertEquals("none", encoding(font));
    }

    @Test
    void smallAnswersAreSentAsTheyAre() throws Exception {
      HttpResponse<byte[]> r = get("/api/nope", true);
      assertEquals(404, r.statusCode());
      assertEquals("none", encoding(r));
      assertEquals(404, JSON.readTree(r.body()).get("status").asInt());
      HttpResponse<byte[]> page = get("/", true);
      assertTrue(page.body().length < Server.MIN_GZIP_BYTES, "the page's HTML is small");
      assertEquals("none", encoding(page));
    }
  }
}
