package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.extract.Extractor;
import org.marsad.ingest.Limits;
import org.marsad.model.Document;
import org.marsad.model.EventType;
import org.marsad.model.RecordJson;
import org.marsad.pipeline.Pipeline;

/**
 * "القاهرة ستواصل دعم حفتر" is Egypt's act in the store's event rows, so Egypt's actor page lists
 * it; a store written before parties were keyed so is keyed again when it is next opened.
 */
class CapitalActsForItsStateInTheStoreTest {
  @TempDir Path dir;

  private static Document cairoBacksHaftar(Path dir) throws Exception {
    Path in = dir.resolve("cairo.jsonl");
    Files.writeString(in, "{\"id\": \"cairo\", \"date\": \"2020-06-12\", \"text\":"
        + " \"أكد مصدر حكومي أن القاهرة ستواصل دعم حفتر في حربه ضد الإرهاب.\"}\n");
    StringWriter out = new StringWriter();
    new Extractor(Pipeline.standard(), Limits.DEFAULT).extract(List.of(in), out, line -> { });
    return RecordJson.parse(out.toString().strip());
  }

  private static List<String> actors(Store s) {
    return s.events(new Filter(null, EventType.AID, null, null, null), 0, 10).items().stream()
        .map(Rows.EventRow::actor_key).toList();
  }

  @Test
  void eventRowsKeyACapitalActingAsItsState() throws Exception {
    Document doc = cairoBacksHaftar(dir);
    Path db = dir.resolve("db");
    try (Store s = Store.open(db)) {
      s.add(doc, null);
      assertEquals(List.of("kb:egy"), actors(s));
      assertEquals(1, s.events(new Filter("kb:egy", null, null, null, null), 0, 10).total());
      assertEquals(1, s.documents(new Filter("kb:egy", null, null, null, null), 0, 10).total());
    }
    // the rows as a store written before wrote them
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.resolve("store.db"));
        Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE events SET actor_key = 'kb:cairo' WHERE actor_key = 'kb:egy'");
      st.executeUpdate("DELETE FROM meta WHERE key = 'event_party_keys'");
    }
    try (Store s = Store.openReading(db)) {
      assertEquals(List.of("kb:cairo"), actors(s), "a reader does not rewrite the store");
    }
    try (Store s = Store.open(db)) {
      assertEquals(List.of("kb:egy"), actors(s));
      assertEquals(List.of(), s.verify());
    }
  }
}
