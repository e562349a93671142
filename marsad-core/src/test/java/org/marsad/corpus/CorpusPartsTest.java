package org.marsad.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Entity;

/** The small parts of the cross-document step: casualty counts, time spans, copy detection. */
class CorpusPartsTest {
  private static void casualties(String sentence, Integer killed, Integer injured) {
    assertEquals(killed == null && injured == null ? Optional.empty()
        : Optional.of(new Casualties.Count(killed, injured)), Casualties.read(sentence), sentence);
  }

  @Test
  void casualtyCounts() {
    casualties("أسفر القصف عن مقتل 7 مدنيين وإصابة 12 آخرين", 7, 12);
    casualties("ما أدى إلى مقتل ٣ أشخاص", 3, null);
    casualties("سقط 5 قتلى و10 جرحى في الهجوم", 5, 10);
    casualties("بمقتل ما لا يقل عن 14 مقاتلا", 14, null);
    casualties("مصرع خمسة عناصر من قوات حفتر", 5, null);
    casualties("قصفت الطائرات مواقع في ترهونة", null, null);
    casualties("سيطرت القوات على المدينة عام 2019", null, null);
    casualties("", null, null);
  }

  @Test
  void timeSpans() {
    assertEquals(Optional.of(new TimeSpan(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 31))),
        TimeSpan.of(new DateValue("2020-05", "month", null)));
    assertEquals(Optional.of(new TimeSpan(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))),
        TimeSpan.of(new DateValue("2020", "year", null)));
    assertEquals(Optional.empty(), TimeSpan.of(DateValue.UNKNOWN));
    assertEquals(Optional.empty(), TimeSpan.of(new DateValue("bad", "day", null)));
    TimeSpan may = TimeSpan.of(new DateValue("2020-05", "month", null)).orElseThrow();
    TimeSpan june20 = TimeSpan.of(new DateValue("2020-06-20", "day", null)).orElseThrow();
    TimeSpan june10 = TimeSpan.of(new DateValue("2020-06-10", "day", null)).orElseThrow();
    assertFalse(may.near(june20, 14));
    assertTrue(may.near(june10, 14));
    assertTrue(june10.near(may, 14));
  }

  @Test
  void nearDuplicates() {
    String base = "قال مسؤولون مصريون إن مصر قررت التخلي عن حفتر بعد هزائمه الأخيرة في غرب ليبيا،"
        + " وأضافوا أن القاهرة تبحث عن بديل في الشرق الليبي منذ أسابيع.";
    String copy = base + " تابعونا على تويتر.";
    String other = "قصفت الطائرات التركية مواقع في ترهونة يوم الثلاثاء وأسفر القصف عن قتلى.";
    assertArrayEquals(new int[] {0, 0, 2, 3}, NearDuplicates.groups(List.of(base, copy, other, "")));
    assertTrue(NearDuplicates.similarity(base, copy) >= NearDuplicates.THRESHOLD);
    assertTrue(NearDuplicates.similarity(base, other) < 0.2);
  }

  @Test
  void holdingStatements() throws IOException {
    Path dir = Files.createTempDirectory("held");
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "ترهونة\n\nقال مصدر محلي إن مدينة ترهونة لا تزال تحت"
        + " سيطرة قوات حفتر. أما غريان فلم تعد تحت سيطرة قوات حفتر منذ العام الماضي.");
    Document doc = CorpusFixtures.extract(List.of(f)).get(0);
    List<Holdings.Holding> held = Holdings.read(doc);
    assertEquals(1, held.size(), held.toString());
    Holdings.Holding h = held.get(0);
    assertEquals("tarhuna", entity(doc, h.place()).kb());
    assertEquals("lna", entity(doc, h.holder()).kb());
    assertTrue(h.claim() != null, "said by a local source");
  }

  private static Entity entity(Document doc, String id) {
    return doc.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }
}
