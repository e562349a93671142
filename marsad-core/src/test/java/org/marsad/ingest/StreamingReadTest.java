package org.marsad.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading hands over articles as they are read: a truncated {@code .jsonl.gz} keeps
 * the articles before the damage (it used to lose the whole file), and a receiver's own failure
 * is passed on, not reported as the file's.
 */
class StreamingReadTest {
  @TempDir Path dir;

  private static String line(int i) {
    return "{\"id\": \"n" + i + "\", \"text\": \"قال الوزير إن مصر تدعم الحل السياسي في ليبيا رقم "
        + i + ".\"}\n";
  }

  private Path truncatedGzip() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 200; i++) {
      lines.append(line(i));
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
      z.write(lines.toString().getBytes(UTF_8));
    }
    byte[] b = gz.toByteArray();
    Path f = dir.resolve("wire.jsonl.gz");
    Files.write(f, Arrays.copyOf(b, b.length * 2 / 3));
    return f;
  }

  @Test
  void aTruncatedGzipFileKeepsTheArticlesBeforeTheDamage() throws IOException {
    Path f = truncatedGzip();
    ReadResult r = new Ingest(Limits.DEFAULT).read(f);
    assertTrue(r.articles().size() > 50, r.articles().size() + " articles");
    for (int i = 0; i < r.articles().size(); i++) {
      assertEquals("n" + (i + 1), r.articles().get(i).id());
    }
    assertEquals(1, r.errors().size(), r.errors()::toString);
    InputError e = r.errors().get(0);
    int next = r.articles().size() + 1;
    assertTrue(e.path().equals(f + ":" + next) || e.path().equals(f + ":" + (next + 1)),
        e::toString);
    assertTrue(e.message().startsWith("damaged or truncated after line "), e::toString);
  }

  @Test
  void articlesAreHandedOverInFileOrderAsTheyAreRead() throws IOException {
    Path f = dir.resolve("wire.jsonl");
    Files.writeString(f, line(1) + "{broken\n" + line(3), UTF_8);
    List<String> seen = new ArrayList<>();
    new Ingest(Limits.DEFAULT).read(f, new Ingest.Sink() {
      @Override
      public void article(RawArticle a) {
        seen.add(a.id());
      }

      @Override
      public void error(InputError e) {
        seen.add(e.path().substring(e.path().lastIndexOf(':')));
      }
    });
    assertEquals(List.of("n1", ":2", "n3"), seen);
  }

  @Test
  void aReceiversFailureIsPassedOn() throws IOException {
    Path f = dir.resolve("wire.jsonl");
    Files.writeString(f, line(1) + line(2), UTF_8);
    IllegalStateException full = new IllegalStateException("receiver full");
    var thrown = assertThrows(IllegalStateException.class,
        () -> new Ingest(Limits.DEFAULT).read(f, new Ingest.Sink() {
          @Override
          public void article(RawArticle a) {
            throw full;
          }

          @Override
          public void error(InputError e) {
            throw new AssertionError("not the file's error: " + e);
          }
        }));
    assertSame(full, thrown);
  }
}
