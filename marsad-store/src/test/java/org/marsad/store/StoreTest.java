package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Source;
import org.marsad.store.Rows.SearchHit;

class StoreTest {
  @TempDir Path dir;

  static Document doc(String id, String outlet, String date, String text) {
    return Document.of(id, new Source(id + ".txt", null, outlet), "ar", null,
        date == null ? DateValue.UNKNOWN : new DateValue(date, "day", null), text, List.of());
  }

  private static List<String> ids(Page<SearchHit> page) {
    return page.items().stream().map(SearchHit::id).sorted().toList();
  }

  @Test
  void theSameTextIsStoredOnce() {
    try (Store s = Store.open(dir)) {
      assertTrue(s.add(doc("a", null, null, "نص أول"), "raw1").stored());
      Store.Added again = s.add(doc("b", null, null, "نص أول"), "raw2");
      assertFalse(again.stored());
      assertEquals("a", again.id());
      assertEquals(1, s.count());
      assertTrue(s.hasInput("raw1"));
      assertTrue(s.hasInput("raw2"), "a duplicate's input is remembered too");
    }
  }

  @Test
  void aTakenIdGetsASuffix() {
    try (Store s = Store.open(dir)) {
      s.add(doc("a", null, null, "نص أول"), null);
      assertEquals("a-2", s.add(doc("a", null, null, "نص ثان"), null).id());
      assertTrue(s.document("a-2").isPresent());
      assertEquals("a-2", s.document("a-2").get().id());
    }
  }

  @Test
  void searchFindsAWordWithItsAttachedPrepositionsAndConjunctions() {
    try (Store s = Store.open(dir)) {
      s.add(doc("with-lam", null, null, "قدمت مصر دعما لحفتر في الشرق"), null);
      s.add(doc("with-waw", null, null, "التقى السيسي وحفتر في القاهرة"), null);
      s.add(doc("bare", null, null, "قال حفتر إن قواته ستتقدم"), null);
      s.add(doc("other", null, null, "عقد مجلس النواب جلسة في طبرق"), null);
      assertEquals(List.of("bare", "with-lam", "with-waw"), ids(s.search("حفتر", Filter.NONE, 0, 10)));
      SearchHit hit = s.search("حفتر", Filter.NONE, 0, 10).items().stream()
          .filter(h -> h.id().equals("with-lam")).findFirst().orElseThrow();
      var h = hit.highlights().get(0);
      assertEquals("لحفتر", hit.snippet().substring(h.start(), h.end()));
      // normalization: hamza forms and teh marbuta
      assertEquals(List.of("bare"), ids(s.search("ان قواته", Filter.NONE, 0, 10)));
      assertEquals(List.of("other"), ids(s.search("الجلسة", Filter.NONE, 0, 10)));
    }
  }

  @Test
  void searchFiltersByOutletAndDateAndPages() {
    try (Store s = Store.open(dir)) {
      s.add(doc("may", "وكالة أ", "2020-05-17", "غارات على الوطية"), null);
      s.add(doc("june", "وكالة أ", "2020-06-02", "غارات قرب الوطية"), null);
      s.add(doc("other", "موقع ب", "2020-05-20", "غارات في الوطية"), null);
      assertEquals(List.of("june", "may"), ids(s.search("الوطية", new Filter(null, null, "وكالة أ", null, null), 0, 10)));
      assertEquals(List.of("may", "other"), ids(s.search("الوطية", new Filter(null, null, null, "2020-05", "2020-05"), 0, 10)));
      Page<SearchHit> first = s.search("", Filter.NONE, 0, 2);
      assertEquals(3, first.total());
      assertEquals(List.of("june", "other"), first.items().stream().map(SearchHit::id).toList(),
          "an empty query lists newest first");
      assertEquals(List.of("may"), s.search("", Filter.NONE, 2, 2).items().stream().map(SearchHit::id).toList());
      assertEquals(2, s.documents(new Filter(null, null, null, "2020-05-01", "2020-05-31"), 0, 10).total());
    }
  }

  @Test
  void theTotalIsExactPastAThousandHits() {
    try (Store s = Store.open(dir)) {
      for (int i = 0; i < 1200; i++) {
        s.add(doc("d" + i, null, null, "خبر عن طرابلس رقم " + i), null);
      }
      assertEquals(1200, s.search("طرابلس", Filter.NONE, 0, 10).total());
      assertEquals(1200, s.search("", Filter.NONE, 0, 10).total());
    }
  }

  @Test
  void valuesNeverBecomeSql() {
    try (Store s = Store.open(dir)) {
      s.add(doc("a", "x", null, "نص"), null);
      assertEquals(0, s.documents(new Filter(null, null, "x' OR '1'='1", null, null), 0, 10).total());
      assertEquals(0, s.entities(null, "%", 0, 10).total());
    }
  }

  @Test
  void badWindowsAndFiltersAreRejectedWithTheirValue() {
    try (Store s = Store.open(dir)) {
      assertThrows(IllegalArgumentException.class, () -> s.documents(Filter.NONE, 0, 100_000));
      assertThrows(IllegalArgumentException.class, () -> s.documents(Filter.NONE, -1, 10));
      var e = assertThrows(IllegalArgumentException.class, () -> Filter.of(null, "BOMB", null,
          null, null));
      assertTrue(e.getMessage().contains("BOMB"));
      assertThrows(IllegalArgumentException.class, () -> new Filter(null, null, null, "May 2020", null));
    }
  }

  @Test
  void aLostSearchIndexIsRebuiltFromTheDatabaseOnOpen() throws IOException {
    try (Store s = Store.open(dir)) {
      s.add(doc("a", null, null, "قدمت مصر دعما لحفتر"), null);
    }
    try (Stream<Path> files = Files.walk(dir.resolve("search"))) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    try (Store s = Store.open(dir)) {
      assertEquals(List.of(), s.verify());
      assertEquals(1, s.search("حفتر", Filter.NONE, 0, 10).total());
    }
  }

  @Test
  void aSecondOpenOfTheSameStoreIsRefusedClearly() {
    try (Store s = Store.open(dir)) {
      StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
      assertTrue(e.getMessage().contains("in use"), e.getMessage());
      assertEquals(0, s.count(), "the first store still works");
    }
  }

  @Test
  void theCacheIsValidForOneGeneration() {
    try (Store s = Store.open(dir)) {
      s.add(doc("a", null, null, "نص"), null);
      s.cache("stories", "[1]");
      assertEquals("[1]", s.cached("stories").orElseThrow());
      s.add(doc("b", null, null, "نص آخر"), null);
      assertTrue(s.cached("stories").isEmpty());
    }
  }
}
