package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.bench.LoadGenerator;
import org.marsad.store.Filter;
import org.marsad.store.Rows.DocumentSummary;
import org.marsad.store.Store;
import org.marsad.store.StoreIngest;

/**
 * The server under a bounded load on loopback (mixed search and detail calls, with
 * concurrency) answers every request, and malformed or oversized requests get 4xx, never 500.
 * The figures are printed; nothing here asserts a time.
 */
@Tag("load")
class ServerUnderLoadTest {
  static final Path EXAMPLES = Path.of(System.getProperty("marsad.root", ".."), "examples");
  @TempDir Path dir;

  @Test
  void mixedLoadHasNoErrorsAndBadRequestsGet4xx() throws Exception {
    try (Store store = Store.open(dir)) {
      new StoreIngest(org.marsad.pipeline.Pipeline.standard(), new org.marsad.ingest.Limits(4 << 20), store)
          .run(List.of(EXAMPLES), l -> {}, (d, n, s) -> {});
      List<String> ids = store.documents(Filter.NONE, 0, 50).items().stream()
          .map(DocumentSummary::id).toList();
      try (Server server = Server.start(store, "127.0.0.1", 0)) {
        List<String> paths = mix(ids, 2000);
        LoadGenerator.Result r = LoadGenerator.run(URI.create("http://127.0.0.1:" + server.port()),
            paths, 8);
        System.out.println("marsad load test: " + r.line());
        assertEquals(0, r.errors(), r.firstErrors().toString());

        Map<String, String> bad = LoadGenerator.malformed("127.0.0.1", server.port());
        System.out.println("marsad malformed requests: " + bad);
        bad.forEach((what, status) -> assertTrue(status.matches("HTTP/1\\.1 4\\d\\d.*"),
            what + " got " + status));
      }
    }
  }

  /** Search (half), document detail, entity detail and event listings, in a fixed order. */
  static List<String> mix(List<String> ids, int n) {
    String[] words = {"حفتر", "طرابلس", "الوطية", "مصر", "الإمارات", "قوات", "طائرات مسيرة"};
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String w = URLEncoder.encode(words[i % words.length], StandardCharsets.UTF_8);
      out.add(switch (i % 8) {
        case 0, 1, 2, 3 -> "/api/search?q=" + w + "&offset=" + (i % 3) + "&limit=10";
        case 4, 5 -> "/api/documents/" + ids.get(i % ids.size());
        case 6 -> "/api/entities/kb:haftar";
        default -> "/api/events?entity=kb:haftar&limit=50";
      });
    }
    return out;
  }
}
