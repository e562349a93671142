package org.marsad.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.ingest.EncodingDetector;

/**
 * Real article text to mutate: the bundled examples, and the seed articles when {@code
 * ../shared/corpus/seeds} is beside the repository. Plain texts and HTML pages are kept apart.
 */
final class Seeds {
  private Seeds() {}

  private static final Path ROOT = Path.of(System.getProperty("marsad.root", ".."));

  static final List<String> TEXTS = new ArrayList<>();
  static final List<String> PAGES = new ArrayList<>();

  static {
    List<Path> files = new ArrayList<>(list(ROOT.resolve("examples")));
    files.addAll(list(ROOT.resolve("../shared/corpus/seeds").normalize()));
    for (Path f : files) {
      String name = f.getFileName().toString();
      String text = EncodingDetector.decode(read(f)).text();
      if (name.endsWith(".html")) {
        PAGES.add(text);
      } else if (name.endsWith(".txt")) {
        TEXTS.add(text);
      } else if (name.endsWith(".jsonl")) {
        text.lines().map(Seeds::textField).filter(t -> !t.isEmpty()).forEach(TEXTS::add);
      }
    }
    if (TEXTS.isEmpty() || PAGES.isEmpty()) {
      throw new IllegalStateException("no example articles under " + ROOT.resolve("examples"));
    }
  }

  private static String textField(String jsonLine) {
    try {
      var node = org.marsad.model.RecordJson.mapper().readTree(jsonLine).get("text");
      return node == null ? "" : node.asText();
    } catch (IOException e) {
      return "";
    }
  }

  private static List<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
