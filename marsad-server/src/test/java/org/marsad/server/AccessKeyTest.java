package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Store;

/**
 * A server listening beyond the loopback address (all addresses, reached here through
 * 127.0.0.1) asks the API for its access key: a request without it or with another key gets a
 * 401 with the JSON error body; the key in its header, as a bearer token or in its cookie is
 * served. On the loopback address no key is needed.
 */
class AccessKeyTest {
  static final String KEY = "k3y-for-the-tests_0123456789";
  static final HttpClient CLIENT = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static Store store;
  static Server open;
  static Server guarded;

  @BeforeAll
  static void start() throws IOException {
    store = Store.open(dir.resolve("db"));
    open = Server.start(store, "127.0.0.1", 0);
    guarded = Server.start(store, "0.0.0.0", 0, AccessKey.of(KEY));
  }

  @AfterAll
  static void stop() {
    guarded.close();
    open.close();
    store.close();
  }

  static HttpResponse<String> get(Server server, String path, String header, String value)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET();
    if (header != null) {
      b.header(header, value);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static void assertRefused(HttpResponse<String> r) throws IOException {
    assertEquals(401, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode body = JSON.readTree(r.body());
    assertEquals(401, body.path("status").asInt());
    assertTrue(body.path("error").asText().contains("access key"), r.body());
    assertFalse(r.body().contains(KEY), "the answer never repeats the key");
  }

  @Test
  void withoutTheKeyTheApiAnswers401InJson() throws Exception {
    assertRefused(get(guarded, "/api/documents", null, null));
    assertRefused(get(guarded, "/api/openapi.json", null, null));
    assertRefused(get(guarded, "/api/nope", null, null));
  }

  @Test
  void aWrongKeyIsRefused() throws Exception {
    assertRefused(get(guarded, "/api/documents", AccessKey.HEADER, KEY + "x"));
    assertRefused(get(guarded, "/api/documents", AccessKey.HEADER, KEY.substring(1)));
    assertRefused(get(guarded, "/api/documents", AccessKey.HEADER, "short"));
    assertRefused(get(guarded, "/api/documents", "Authorization", "Bearer wrong-key-0123456789"));
    assertRefused(get(guarded, "/api/documents", "Cookie", AccessKey.COOKIE + "=nope"));
  }

  @Test
  void theRightKeyInHeaderBearerOrCookieIsServed() throws Exception {
    for (String[] h : new String[][] {{AccessKey.HEADER, KEY}, {"Authorization", "Bearer " + KEY},
        {"Cookie", "theme=dark; " + AccessKey.COOKIE + "=" + KEY}}) {
      HttpResponse<String> r = get(guarded, "/api/documents", h[0], h[1]);
      assertEquals(200, r.statusCode(), h[0] + ": " + r.body());
      assertTrue(JSON.readTree(r.body()).has("total"), r.body());
    }
    assertEquals(404, get(guarded, "/api/nope", AccessKey.HEADER, KEY).statusCode(),
        "with the key, the usual answers");
  }

  @Test
  void thePageItselfLoadsWithoutTheKeySoThatItCanAskForIt() throws Exception {
    HttpResponse<String> r = get(guarded, "/", null, null);
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("app.js"), r.body());
    assertEquals(200, get(guarded, "/assets/app.js", null, null).statusCode());
  }

  @Test
  void onTheLoopbackAddressNoKeyIsNeeded() throws Exception {
    assertEquals(200, get(open, "/api/documents", null, null).statusCode());
  }

  @Test
  void offTheLoopbackAddressAServerWithoutAKeyDoesNotStart() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Server.start(store, "0.0.0.0", 0, AccessKey.none()));
    assertTrue(e.getMessage().contains("access key"), e.getMessage());
  }

  @Test
  void aKeyTooShortOrWithCharactersACookieCannotCarryIsRefusedWithoutEchoingIt() {
    for (String bad : new String[] {"short-key", "a key with spaces in it", "semi;colon;key;0123"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> AccessKey.of(bad));
      assertFalse(e.getMessage().contains(bad), e.getMessage());
    }
    assertFalse(AccessKey.of(KEY).toString().contains(KEY));
  }

  @Test
  void loopbackNamesAreKnown() {
    assertTrue(AccessKey.loopback("127.0.0.1"));
    assertTrue(AccessKey.loopback("localhost"));
    assertTrue(AccessKey.loopback("::1"));
    assertFalse(AccessKey.loopback("0.0.0.0"));
    assertFalse(AccessKey.loopback(""));
  }
}
