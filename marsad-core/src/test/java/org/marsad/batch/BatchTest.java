package org.marsad.batch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.clean.Cleaning;
import org.marsad.ingest.InputError;
import org.marsad.ingest.Limits;
import org.marsad.pipeline.Pipeline;

/** The batch path's outcomes, in input order, through a pipeline that only cleans. */
class BatchTest {
  private static final String ARTICLE =
      "قال وزير الخارجية المصري سامح شكري إن القاهرة تدعم الحل السياسي في ليبيا.";
  private static final Pipeline CLEANING = new Pipeline(Cleaning.standard(), List.of());

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }

  private static List<Item> all(Batch.Run run) {
    List<Item> items = new ArrayList<>();
    try (run) {
      run.forEachRemaining(items::add);
    }
    return items;
  }

  private static String describe(Item i) {
    return i.file() + "/" + i.index() + " " + i.status();
  }

  @Test
  void itemsComeInInputOrderEachFileEndingWithItsMark() throws IOException {
    String line = "{\"text\":\"" + ARTICLE + "\"}";
    List<Path> files = List.of(write("a.txt", ARTICLE),
        write("b.jsonl", line + "\n{\"text\":\n" + "{\"text\":\"" + ARTICLE.repeat(20) + "\"}\n"),
        write("c.txt", ""));
    Batch batch = new Batch(CLEANING, new Limits(1000, 100_000, Duration.ZERO), 2, null);
    List<Item> items = all(batch.start(files));
    assertEquals(List.of("0/0 OK", "0/1 END_OF_FILE", "1/0 OK", "1/1 UNREADABLE",
        "1/2 TOO_LARGE", "1/3 END_OF_FILE", "2/0 UNREADABLE", "2/1 END_OF_FILE"),
        items.stream().map(BatchTest::describe).toList());
    assertEquals("marsad: " + dir.resolve("b.jsonl") + ":3: skipped: too large (2.6 KiB, the"
        + " limit is 1000 bytes; raise it with --max-size)", items.get(4).line());
    assertEquals("marsad: " + dir.resolve("c.txt") + ": empty: no text", items.get(6).line());
    assertNull(items.get(0).line(), "nothing to say about a document written whole");
    assertTrue(items.get(2).document().text().contains("سامح شكري"));
  }

  @Test
  void aTextOverMaxCharsIsWrittenWholeWithANotice() throws IOException {
    Path f = write("long.txt", (ARTICLE + " ").repeat(40));
    Batch batch = new Batch(CLEANING, new Limits(1 << 20, 1000, Duration.ZERO), 1, null);
    Item item = all(batch.start(List.of(f))).get(0);
    assertEquals(Status.ANALYSED_IN_PART, item.status());
    assertTrue(item.document().text().length() > 1000);
    assertTrue(item.message().startsWith("text of 2,959 characters: "), item.message());
  }

  @Test
  void anArticleTheCallerHasAlreadyIsLeftOutBeforeThePipeline() throws IOException {
    Path a = write("a.txt", ARTICLE);
    Path b = write("b.txt", ARTICLE + " وأضاف أن مصر ترفض التدخل.");
    Batch batch = new Batch(CLEANING, Limits.DEFAULT, 1, null);
    List<Item> items = all(batch.start(List.of(Source.of(a), Source.of(b)),
        article -> article.id().equals("a")));
    assertEquals(List.of("0/0 ALREADY_DONE", "0/1 END_OF_FILE", "1/0 OK", "1/1 END_OF_FILE"),
        items.stream().map(BatchTest::describe).toList());
    assertNull(items.get(0).document());
    assertNull(items.get(0).line());
  }

  @Test
  void aSourceThatThrowsEndsTheRunAfterWhatItHandedOver() throws IOException {
    Path a = write("a.txt", ARTICLE);
    Source broken = (ingest, out) -> {
      out.error(new InputError("remote", "no such file"));
      throw new IllegalStateException("the file system went away");
    };
    Batch batch = new Batch(CLEANING, Limits.DEFAULT, 1, null);
    try (Batch.Run run = batch.start(List.of(Source.of(a), broken), x -> false)) {
      List<String> seen = new ArrayList<>();
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> run.forEachRemaining(i -> seen.add(describe(i))));
      assertEquals(List.of("0/0 OK", "0/1 END_OF_FILE", "1/0 UNREADABLE"), seen);
      assertTrue(e.getMessage().contains("the file system went away"), e.getMessage());
    }
  }
}
