package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The API over HTTP: a real store, a real server on a free port, a real client. */
class ApiTest {
  @TempDir static Path dir;
  static Fixture fixture;
  static final HttpClient CLIENT = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException {
    fixture = Fixture.start(dir);
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  record Answer(int status, String contentType, JsonNode body) {}

  static Answer get(String pathAndQuery) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(fixture.base() + pathAndQuery)).GET().build());
  }

  static Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    String type = r.headers().firstValue("Content-Type").orElse("");
    return new Answer(r.statusCode(), type,
        type.startsWith("application/json") ? JSON.readTree(r.body()) : null);
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "/api/nope | 404",
    "/api | 404",
    "/api/search?limit=0 | 400",
    "/api/search?limit=201 | 400",
    "/api/search?limit=ten | 400",
    "/api/search?offset=-1 | 400",
    "/api/search?offset=100001 | 400",
    "/api/search?type=BOMB | 400",
    "/api/search?from=May | 400",
    "/api/search?bogus=1 | 400",
    "/api/search?q=a&q=b | 400",
    "/api/documents/missing | 404",
    "/api/entities/missing | 404",
    "/api/entities?type=ALIEN | 400",
    "/api/timeline?by=week | 400",
    "/api/claims?modality=shouted | 400",
    "/api/graph?min=0 | 400",
    "/api/events?undated=yes | 400",
    "/api/events?undated=true | 200",
    "/assets/../pom.xml | 404",
    "/assets/app.js%00.html | 400",
    "/nothing-here | 404",
    "/api/search | 200",
    "/api/events?outlet=x&type=AID&from=2020&to=2020-06 | 200",
    "/api/timeline?outlet=x&by=day | 200",
    "/api/places?outlet=x | 200",
    "/api/claims?outlet=x&modality=denied | 200",
    "/api/openapi.json | 200",
  })
  void statusOf(String path, int status) throws Exception {
    Answer a = get(path);
    assertEquals(status, a.status(), path);
    assertTrue(a.contentType().startsWith("application/json"), a.contentType());
    if (status >= 400) {
      assertEquals(status, a.body().get("status").asInt());
      assertFalse(a.body().get("error").asText().isBlank());
    }
  }

  @Test
  void otherMethodsBodiesAndLongUrisAreRefusedWith4xx() throws Exception {
    URI search = URI.create(fixture.base() + "/api/search");
    assertEquals(405, send(HttpRequest.newBuilder(search)
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build()).status());
    assertEquals(413, send(HttpRequest.newBuilder(search)
        .method("GET", HttpRequest.BodyPublishers.ofString("x".repeat(10_000))).build()).status());
    assertEquals(414, get("/api/search?q=" + "a".repeat(5000)).status());
    assertEquals(400, get("/api/search?q=" + "a".repeat(600)).status());
  }

  @Test
  void searchFindsHaftarWithAttachedLetters() throws Exception {
    Answer a = get("/api/search?q=" + q("حفتر") + "&limit=50");
    assertEquals(200, a.status());
    Set<String> ids = new HashSet<>();
    boolean attached = false;
    for (JsonNode hit : a.body().get("items")) {
      ids.add(hit.get("id").asText());
      String snippet = hit.get("snippet").asText();
      for (JsonNode h : hit.get("highlights")) {
        String word = snippet.substring(h.get("start").asInt(), h.get("end").asInt());
        assertTrue(word.endsWith("حفتر"), word);
        attached |= !word.equals("حفتر");
      }
    }
    assertTrue(ids.contains("hostile"), "لحفتر in the hostile article is found: " + ids);
    assertTrue(ids.contains("02-cairo-position"), ids.toString());
    assertTrue(attached, "some highlight is حفتر with a letter attached");
  }

  @Test
  void searchFiltersAndPages() throws Exception {
    JsonNode all = get("/api/search?q=" + q("حفتر")).body();
    JsonNode byOutlet = get("/api/search?q=" + q("حفتر") + "&outlet=" + q("الأفق العربي")).body();
    assertTrue(byOutlet.get("total").asLong() >= 1);
    assertTrue(byOutlet.get("total").asLong() < all.get("total").asLong());
    for (JsonNode hit : byOutlet.get("items")) {
      assertEquals("الأفق العربي", hit.get("outlet").asText());
    }
    JsonNode may = get("/api/search?from=2020-05&to=2020-05&limit=50").body();
    for (JsonNode hit : may.get("items")) {
      assertTrue(hit.get("published").asText().startsWith("2020-05"), hit.toString());
    }
    JsonNode page2 = get("/api/search?q=" + q("حفتر") + "&offset=1&limit=1").body();
    assertEquals(all.get("items").get(1).get("id"), page2.get("items").get(0).get("id"));
    JsonNode byEntity = get("/api/search?entity=kb:haftar&type=AID").body();
    assertTrue(byEntity.get("total").asLong() >= 1);
  }

  @Test
  void documentEntityEventsClaimsTimelineAndCorpusRoutes() throws Exception {
    JsonNode doc = get("/api/documents/02-cairo-position").body();
    assertEquals("marsad/1", doc.get("format").asText());
    String e1 = doc.get("entities").get(0).get("id").asText();
    assertTrue(doc.get("entity_keys").has(e1));

    JsonNode haftar = get("/api/entities/kb:haftar").body();
    assertEquals("خليفة حفتر", haftar.get("entity").get("name_ar").asText());
    assertTrue(haftar.get("relations").size() > 0);

    JsonNode events = get("/api/events?entity=kb:haftar&limit=200").body();
    for (JsonNode e : events.get("items")) {
      assertTrue(e.get("actor_key").asText().equals("kb:haftar")
          || e.get("recipient_key").asText().equals("kb:haftar"));
    }
    assertTrue(get("/api/claims?limit=5").body().get("total").asLong() > 0);
    assertTrue(get("/api/timeline?by=month").body().size() > 0);
    assertTrue(get("/api/places").body().size() > 0);
    assertTrue(get("/api/stories").body().get("total").asLong() > 0);
    JsonNode contradictions = get("/api/contradictions?entity=kb:are").body();
    assertTrue(contradictions.get("total").asLong() > 0, "the test articles contradict each other");
    JsonNode graph = get("/api/graph").body();
    assertTrue(graph.get("nodes").size() > 0 && graph.get("edges").size() > 0);

    String pairDoc = contradictions.get("items").get(0).get("a").get("doc").asText();
    JsonNode corroboration = get("/api/corroboration/" + pairDoc).body();
    JsonNode first = corroboration.get("events").elements().next();
    assertTrue(first.get("outlets").asInt() >= 1, corroboration.toString());
    assertTrue(first.get("sources").size() == first.get("outlets").asInt(), first.toString());
    assertEquals(404, get("/api/corroboration/no-such-document").status());
  }

  @Test
  void searchSyntaxOrPhrasesAndExclusion() throws Exception {
    long haftar = get("/api/search?q=" + q("حفتر")).body().get("total").asLong();
    long egypt = get("/api/search?q=" + q("مصر")).body().get("total").asLong();
    long both = get("/api/search?q=" + q("حفتر مصر")).body().get("total").asLong();
    long either = get("/api/search?q=" + q("حفتر OR مصر")).body().get("total").asLong();
    assertTrue(haftar > 0 && egypt > 0, haftar + " " + egypt);
    assertEquals(haftar + egypt - both, either, "OR finds the documents with either word");
    long notEgypt = get("/api/search?q=" + q("حفتر -مصر")).body().get("total").asLong();
    assertEquals(haftar - both, notEgypt, "-مصر leaves out the documents that have مصر");
    assertTrue(notEgypt < haftar);
    JsonNode phrase = get("/api/search?q=" + q("\"الوفاق الوطني\"") + "&limit=50").body();
    JsonNode words = get("/api/search?q=" + q("الوطني الوفاق") + "&limit=50").body();
    assertTrue(phrase.get("total").asLong() > 0, phrase.toString());
    assertTrue(phrase.get("total").asLong() <= words.get("total").asLong());
    JsonNode reversed = get("/api/search?q=" + q("\"الوطني الوفاق\"")).body();
    assertTrue(reversed.get("total").asLong() < phrase.get("total").asLong(),
        "a phrase keeps its word order");
    assertEquals(200, get("/api/search?q=" + q("\" - OR \"unclosed")).status());
  }

  @Test
  void partOfAnOutletNameFilters() throws Exception {
    JsonNode part = get("/api/search?outlet=" + q("الأفق")).body();
    assertTrue(part.get("total").asLong() >= 1, part.toString());
    for (JsonNode hit : part.get("items")) {
      assertEquals("الأفق العربي", hit.get("outlet").asText());
    }
    assertEquals(part.get("total").asLong(),
        get("/api/documents?outlet=" + q("الأفق")).body().get("total").asLong());
    assertTrue(get("/api/events?outlet=" + q("الأفق")).body().get("total").asLong() >= 1);
  }

  @Test
  void bareEntityKeysAreResolved() throws Exception {
    JsonNode withPrefix = get("/api/events?entity=kb:haftar").body();
    JsonNode bare = get("/api/events?entity=haftar").body();
    assertTrue(withPrefix.get("total").asLong() > 0);
    assertEquals(withPrefix.get("total"), bare.get("total"));
    assertEquals("kb:haftar", get("/api/entities/haftar").body().get("entity").get("key").asText());
    assertEquals(get("/api/search?entity=kb:haftar").body().get("total"),
        get("/api/search?entity=haftar").body().get("total"));
    Answer unknown = get("/api/events?entity=haftarr");
    assertEquals(400, unknown.status());
    assertTrue(unknown.body().get("error").asText().contains("haftarr"));
    assertEquals(404, get("/api/entities/haftarr").status());
  }

  @Test
  void undatedEventsAreListedApartAndCountedInTheTimeline() throws Exception {
    JsonNode undated = get("/api/events?undated=true&limit=200").body();
    assertTrue(undated.get("total").asLong() > 0, "01-tarhuna-clashes has neither date");
    for (JsonNode e : undated.get("items")) {
      assertTrue(e.get("day").isNull(), e.toString());
    }
    long counted = 0;
    for (JsonNode b : get("/api/timeline").body()) {
      if (b.get("period").asText().equals("unknown")) {
        counted += b.get("events").asLong();
      }
    }
    assertTrue(counted > 0 && counted <= undated.get("total").asLong(), counted + " " + undated);
  }

  @Test
  void relationsAYearApartAreAChangeNotAContradiction() throws Exception {
    JsonNode all = get("/api/contradictions?entity=kb:egy&limit=200").body();
    for (JsonNode c : all.get("items")) {
      String pair = c.get("a").get("doc").asText() + " " + c.get("b").get("doc").asText();
      assertFalse(pair.contains("egypt-backs-2019") && pair.contains("egypt-leaves-2020"), pair);
    }
    boolean supports2019 = false;
    boolean opposes2020 = false;
    for (JsonNode e : get("/api/graph").body().get("edges")) {
      if (e.get("source").asText().equals("kb:egy") && e.get("target").asText().equals("kb:haftar")) {
        supports2019 |= e.get("relation").asText().equals("supports")
            && e.get("period").asText().equals("2019-04");
        opposes2020 |= e.get("relation").asText().equals("opposes")
            && e.get("period").asText().equals("2020-06");
      }
    }
    assertTrue(supports2019 && opposes2020, "the graph keeps both, each in its month");
  }

  @Test
  void theStateActsForItsCapitalOnTheActorPage() throws Exception {
    JsonNode egypt = get("/api/events?entity=kb:egy&type=AID&limit=200").body();
    boolean cairoPosition = false;
    for (JsonNode e : egypt.get("items")) {
      cairoPosition |= e.get("document").asText().equals("02-cairo-position")
          && e.get("actor_key").asText().equals("kb:egy");
    }
    assertTrue(cairoPosition, "القاهرة تواصل دعم حفتر is Egypt's act: " + egypt);
    for (String route : new String[] {"documents", "search"}) {
      boolean listed = false;
      for (JsonNode d : get("/api/" + route + "?entity=kb:egy&limit=200").body().get("items")) {
        listed |= d.get("id").asText().equals("03-abu-dhabi-shift");
      }
      assertTrue(listed, route + ": the article where only Cairo acts is among Egypt's");
    }
    for (JsonNode r : get("/api/entities/kb:haftar").body().get("relations")) {
      assertFalse(r.get("key").asText().equals("kb:cairo"), r.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "/api/search?q=%D8",
    "/api/search?q=%D8%20",
    "/api/entities/%D8%A7%D8",
    "/api/entities/%C3%28",
    "/api/search?outlet=%FF",
  })
  void escapesThatAreNotUtf8GetAJsonError(String path) throws Exception {
    Answer a = get(path);
    assertEquals(400, a.status(), path);
    assertTrue(a.contentType().startsWith("application/json"), a.contentType());
    assertTrue(a.body().get("error").asText().contains("UTF-8")
        || a.body().get("error").asText().contains("percent-encoding"), a.body().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "GET /api/search?q=%zz HTTP/1.1",
    "GET /api/search?q=a%2 HTTP/1.1",
    "GET /api/entities/%zz HTTP/1.1",
    "GET /api/entities/%D8%ZZ HTTP/1.1",
    "GET /api/search?q=%D8 HTTP/1.1",
    "GET /api/../../etc/passwd HTTP/1.1",
    "\u0001\u0002 nonsense",
  })
  void requestLinesThatDoNotParseGetAJsonError(String requestLine) throws Exception {
    RawAnswer a = raw(requestLine.getBytes(StandardCharsets.US_ASCII));
    assertEquals(400, a.status(), a.toString());
    assertTrue(a.contentType().startsWith("application/json"), a.toString());
    assertEquals(400, JSON.readTree(a.body()).get("status").asInt());
    assertFalse(JSON.readTree(a.body()).get("error").asText().isBlank());
  }

  @Test
  void rawUtf8InTheUrlIsReadAsUtf8() throws Exception {
    RawAnswer a = raw("GET /api/search?q=حفتر HTTP/1.1".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, a.status(), a.toString());
    assertEquals(get("/api/search?q=" + q("حفتر")).body().get("total"),
        JSON.readTree(a.body()).get("total"));
    RawAnswer name = raw(("GET /api/entities/" + "خليفة حفتر".replace(" ", "%20")
        + " HTTP/1.1").getBytes(StandardCharsets.UTF_8));
    assertTrue(name.status() == 200 || name.status() == 404, name.toString());
    assertTrue(name.contentType().startsWith("application/json"), name.toString());
    RawAnswer bad = raw(new byte[] {'G', 'E', 'T', ' ', '/', 'a', 'p', 'i', '/', 's', 'e', 'a',
        'r', 'c', 'h', '?', 'q', '=', (byte) 0xD8, 'x', ' ', 'H', 'T', 'T', 'P', '/', '1', '.',
        '1'});
    assertEquals(400, bad.status(), bad.toString());
    assertTrue(bad.contentType().startsWith("application/json"), bad.toString());
  }

  record RawAnswer(int status, String contentType, String body) {}

  /** Sends one request line as bytes, as a client that does not encode its URL would. */
  static RawAnswer raw(byte[] requestLine) throws IOException {
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", fixture.server.port())) {
      s.setSoTimeout(10_000);
      var out = s.getOutputStream();
      out.write(requestLine);
      out.write("\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int headEnd = answer.indexOf("\r\n\r\n");
      String head = headEnd < 0 ? answer : answer.substring(0, headEnd);
      int status = Integer.parseInt(head.split(" ", 3)[1]);
      String type = "";
      for (String line : head.split("\r\n")) {
        if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
          type = line.substring(13).strip();
        }
      }
      return new RawAnswer(status, type, headEnd < 0 ? "" : answer.substring(headEnd + 4));
    }
  }

  @Test
  void theOpenApiDescriptionListsEveryRoute() throws Exception {
    JsonNode paths = get("/api/openapi.json").body().get("paths");
    for (String p : new String[] {"/api/search", "/api/documents/{id}", "/api/entities/{key}",
        "/api/events", "/api/claims", "/api/timeline", "/api/stories", "/api/contradictions",
        "/api/graph", "/api/places", "/api/corroboration/{id}"}) {
      assertTrue(paths.has(p), p);
    }
  }

  @Test
  void thePageAndItsAssetsAreServed() throws Exception {
    HttpResponse<String> page = CLIENT.send(HttpRequest.newBuilder(URI.create(fixture.base() + "/")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("dir=\"rtl\""));
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    for (String asset : new String[] {"/assets/app.js", "/assets/app.css",
        "/assets/vendor/cytoscape/cytoscape.min.js", "/assets/vendor/map/lby.json",
        "/assets/vendor/font/files/noto-naskh-arabic-arabic-400-normal.woff2"}) {
      HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create(fixture.base() + asset)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, r.statusCode(), asset);
      assertTrue(r.body().length > 100, asset);
    }
  }

  @Test
  void hostileTextIsReturnedAsPlainJsonText() throws Exception {
    JsonNode doc = get("/api/documents/hostile").body();
    assertTrue(doc.get("text").asText().contains("<script>"), "kept as text, escaped by JSON");
  }
}
