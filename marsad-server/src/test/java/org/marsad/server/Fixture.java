package org.marsad.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.ingest.Limits;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.Store;
import org.marsad.store.StoreIngest;

/** A real store of the bundled examples and the test articles, served by a real server. */
final class Fixture implements AutoCloseable {
  /**
   * Test articles: two that contradict each other, one with markup and script in its text, and
   * two a year apart where Egypt first backs Haftar and then turns away (a change, not a
   * contradiction).
   */
  static final String[] FILES = {"contradiction.jsonl", "hostile.jsonl", "change.jsonl"};
  static final Path EXAMPLES = Path.of(System.getProperty("marsad.root", ".."), "examples");

  final Store store;
  final Server server;

  private Fixture(Store store, Server server) {
    this.store = store;
    this.server = server;
  }

  static Fixture start(Path dir) throws IOException {
    return start(dir, List.of());
  }

  /** The examples, the test articles and the folders {@code more} (read where they are). */
  static Fixture start(Path dir, List<Path> more) throws IOException {
    Path input = dir.resolve("input");
    Files.createDirectories(input);
    for (String name : FILES) {
      try (InputStream in = Fixture.class.getResourceAsStream("/fixture/" + name)) {
        Files.copy(in, input.resolve(name));
      }
    }
    Store store = Store.open(dir.resolve("db"));
    new StoreIngest(Pipeline.standard(), new Limits(4 << 20), store)
        .run(Stream.concat(Stream.of(EXAMPLES, input), more.stream()).toList(),
            line -> {}, (d, n, s) -> {});
    return new Fixture(store, Server.start(store, "127.0.0.1", 0));
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
