package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.Limits;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.Rows.EventRow;

/** The bundled examples through the real pipeline into a real store. */
class StoreIngestTest {
  static final Path EXAMPLES = Path.of(System.getProperty("marsad.root", ".."), "examples");
  static Pipeline pipeline;

  @TempDir Path dir;

  @BeforeAll
  static void pipeline() {
    pipeline = Pipeline.standard();
  }

  @Test
  void theStoreIsTheSameForAnyNumberOfThreads() {
    List<String> one = records(dir.resolve("one"), 1);
    List<String> three = records(dir.resolve("three"), 3);
    assertEquals(8, one.size());
    assertEquals(one, three);
  }

  private static List<String> records(Path db, int threads) {
    try (Store s = Store.open(db)) {
      new StoreIngest(pipeline, new Limits(4 << 20), s, threads).run(List.of(EXAMPLES), l -> {},
          (d, n, sum) -> {});
      List<String> out = new ArrayList<>();
      s.eachDocument(100, d -> out.add(org.marsad.model.RecordJson.line(d)));
      return out;
    }
  }

  @Test
  void examplesAreStoredOnceAndQueryable() {
    List<String> report = new ArrayList<>();
    StoreIngest.Summary first;
    try (Store s = Store.open(dir)) {
      first = new StoreIngest(pipeline, new Limits(4 << 20), s).run(List.of(EXAMPLES), report::add,
          (d, n, sum) -> {});
      assertEquals(8, first.stored(), first.line());
      assertEquals(1, first.notArabic());
      assertEquals(0, first.failed());
    }
    try (Store s = Store.open(dir)) {
      StoreIngest.Summary again = new StoreIngest(pipeline, new Limits(4 << 20), s)
          .run(List.of(EXAMPLES), report::add, (d, n, sum) -> {});
      assertEquals(0, again.stored(), again.line());
      assertEquals(8, again.duplicates());
      assertEquals(8, s.count());
      assertEquals(List.of(), s.verify());

      assertTrue(s.entity("kb:haftar").isPresent(), "Haftar is named in the examples");
      Page<EventRow> events = s.events(new Filter("kb:haftar", null, null, null, null), 0, 50);
      assertFalse(events.items().isEmpty());
      for (EventRow e : events.items()) {
        assertTrue("kb:haftar".equals(e.actor_key()) || "kb:haftar".equals(e.recipient_key()), e.toString());
      }
      assertFalse(s.timeline(Filter.NONE, "month").isEmpty());
      assertFalse(s.relations("kb:haftar", 20).isEmpty());
      assertTrue(s.search("حفتر", Filter.NONE, 0, 10).total() >= 3);
      assertEquals(s.search("حفتر", new Filter("kb:haftar", null, null, null, null), 0, 10).total(),
          s.documents(new Filter("kb:haftar", null, null, null, null), 0, 10).total());
    }
  }
}
