package org.marsad.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Filter;
import org.marsad.store.Page;
import org.marsad.store.Rows.DocumentSummary;
import org.marsad.store.Store;

/**
 * Crash safety of the store. A real {@code marsad ingest} runs in a child JVM and is
 * killed with SIGKILL at a random point of its ingest, 20 times in a row; after each kill the store
 * is consistent and still holds everything stored before; a last run completes the ingest with
 * every article exactly once.
 */
@Tag("kill")
class KilledIngestLosesNothingTest {
  private static final int ARTICLES = 400;
  private static final int KILLS = 20;
  private static final Path EXAMPLES = Path.of(System.getProperty("marsad.root", ".."), "examples");

  @TempDir Path dir;

  @Test
  void twentyKillsInARowLoseNothingAndTheRerunStoresEveryArticleOnce() throws Exception {
    Path input = dir.resolve("input");
    Set<String> expected = writeArticles(input);
    Path db = dir.resolve("db");
    Random random = new Random(9);
    Set<String> before = Set.of();
    int killedWhileWriting = 0;
    for (int kill = 1; kill <= KILLS; kill++) {
      Child child = Child.start(db, input);
      // A random point: after 1 to 8 files of this run, plus up to 200 ms, so that the kills come
      // during the ingest however fast the machine is.
      int files = 1 + random.nextInt(8);
      boolean writing = child.waitForFiles(files, 120);
      assertTrue(writing, "kill " + kill + ": the ingest did not progress:\n" + child.err());
      Thread.sleep(random.nextInt(200));
      assertTrue(child.process.isAlive(), "kill " + kill + ": the ingest ended before its kill; "
          + "raise ARTICLES\n" + child.err());
      child.process.destroyForcibly(); // SIGKILL
      child.process.waitFor(30, TimeUnit.SECONDS);
      killedWhileWriting += writing ? 1 : 0;

      Set<String> now = storedIds(db);
      assertTrue(now.containsAll(before), "kill " + kill + ": documents were lost");
      before = now;
    }
    assertEquals(KILLS, killedWhileWriting, "every kill came during the ingest");
    assertTrue(before.size() < ARTICLES, "the kills left work for the rerun: " + before.size());

    Child last = Child.start(db, input);
    assertTrue(last.process.waitFor(600, TimeUnit.SECONDS), "the rerun did not finish");
    last.drained.await(10, TimeUnit.SECONDS);
    assertEquals(0, last.process.exitValue(), last.err());
    assertEquals(expected, storedIds(db), "every article exactly once, under its own id");
  }

  /** Opens the store after a kill: checks its consistency and returns the stored ids. */
  private static Set<String> storedIds(Path db) {
    try (Store s = Store.open(db)) {
      assertEquals(List.of(), s.verify());
      Set<String> ids = new TreeSet<>();
      for (int offset = 0; ; offset += Page.MAX_LIMIT) {
        Page<DocumentSummary> page = s.documents(Filter.NONE, offset, Page.MAX_LIMIT);
        page.items().forEach(d -> assertTrue(ids.add(d.id()), "stored twice: " + d.id()));
        if (page.items().size() < Page.MAX_LIMIT) {
          break;
        }
      }
      assertEquals(s.count(), ids.size());
      assertEquals(ids.size(), s.search("", Filter.NONE, 0, 1).total(), "search index complete");
      return ids;
    }
  }

  /** Short articles made from the bundled examples, each with a sentence of its own. */
  private static Set<String> writeArticles(Path input) throws IOException {
    List<String> paragraphs = new ArrayList<>();
    try (Stream<String> lines = Files.lines(EXAMPLES.resolve("01-tarhuna-clashes.txt"), UTF_8)) {
      lines.filter(l -> l.strip().length() > 80).forEach(paragraphs::add);
    }
    assertTrue(paragraphs.size() >= 3, "the example has paragraphs");
    Files.createDirectories(input);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < ARTICLES; i++) {
      String id = String.format(Locale.ROOT, "kill-%04d", i);
      String text = paragraphs.get(i % paragraphs.size()) + "\n\n"
          + paragraphs.get((i + 1) % paragraphs.size()) + "\n\nوهذه الفقرة رقم " + i + " من الاختبار.";
      Files.writeString(input.resolve(id + ".txt"), text, UTF_8);
      ids.add(id);
    }
    return new TreeSet<>(ids);
  }

  /** {@code marsad ingest} in a child JVM on this test's classpath, its stderr read by a thread. */
  private record Child(Process process, AtomicInteger progress, CountDownLatch drained,
      StringBuffer stderr) {
    static Child start(Path db, Path input) throws IOException {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
          "org.marsad.cli.Main", "ingest", "--db", db.toString(), "--progress", "lines",
          input.toString())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      Child c = new Child(p, new AtomicInteger(), new CountDownLatch(1), new StringBuffer());
      Thread t = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), UTF_8))) {
          for (String line; (line = r.readLine()) != null; ) {
            c.stderr.append(line).append('\n');
            if (line.contains(" files, ")) {
              c.progress.incrementAndGet();
            }
          }
        } catch (IOException e) {
          c.stderr.append("(stderr: ").append(e).append(")\n");
        } finally {
          c.drained.countDown();
        }
      });
      t.setDaemon(true);
      t.start();
      return c;
    }

    /** Waits until this run has read {@code files} files; false on timeout or exit. */
    boolean waitForFiles(int files, int seconds) throws InterruptedException {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      while (progress.get() < files) {
        if (!process.isAlive() || System.nanoTime() > until) {
          return false;
        }
        Thread.sleep(5);
      }
      return true;
    }

    String err() {
      return stderr.toString();
    }
  }
}
