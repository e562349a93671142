package org.marsad.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.EncodingDetector;
import org.marsad.ingest.Limits;
import org.marsad.model.RecordJson;
import org.marsad.pipeline.Pipeline;

/**
 * A parallel run writes exactly what a single-threaded run writes: the same records,
 * byte for byte, in the same order, and the same report, over the examples, the seeds when they
 * are beside the repository, and variants of them (truncated, spliced, repeated, copied under
 * the same name into several folders so that ids collide, damaged bytes, a WARC and JSON Lines).
 */
class ParallelOutputIsOneThreadsOutputTest {
  private static final Path ROOT = Path.of(System.getProperty("marsad.root", ".."));

  @TempDir Path dir;

  private static List<Path> sources() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path d : List.of(ROOT.resolve("examples"), ROOT.resolve("../shared/corpus/seeds"))) {
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.list(d)) {
          s.filter(f -> !f.toString().endsWith(".md")).sorted().forEach(out::add);
        }
      }
    }
    return out;
  }

  /** Writes the inputs: the sources, and variants made with a fixed seed. */
  private void corpus() throws IOException {
    List<Path> sources = sources();
    Random random = new Random(9);
    for (int k = 0; k < 2; k++) {
      for (Path src : sources) {
        Path copy = dir.resolve("copy" + k).resolve(src.getFileName());
        Files.createDirectories(copy.getParent());
        Files.copy(src, copy);
      }
    }
    List<String> texts = new ArrayList<>();
    for (Path src : sources) {
      if (src.toString().endsWith(".txt")) {
        texts.add(EncodingDetector.decode(Files.readAllBytes(src)).text());
      }
    }
    Path variants = Files.createDirectories(dir.resolve("variants"));
    for (int i = 0; i < 30; i++) {
      String a = texts.get(random.nextInt(texts.size()));
      String b = texts.get(random.nextInt(texts.size()));
      String v = switch (i % 4) {
        case 0 -> a.substring(0, random.nextInt(a.length()));
        case 1 -> a.substring(0, a.length() / 2) + b.substring(b.length() / 2);
        case 2 -> a.repeat(1 + random.nextInt(3));
        default -> b.substring(random.nextInt(b.length() / 2));
      };
      Files.writeString(variants.resolve(String.format("v%02d.txt", i)), v, UTF_8);
    }
    byte[] damaged = Files.readAllBytes(sources.get(0));
    for (int i = 0; i < damaged.length; i += 97) {
      damaged[i] = (byte) random.nextInt(256);
    }
    Files.write(variants.resolve("damaged.txt"), damaged);
    Files.writeString(variants.resolve("empty.txt"), "");
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      jsonl.append(jsonLine("j" + (i % 5), texts.get(i % texts.size()))).append('\n');
    }
    jsonl.append("{broken\n");
    Files.writeString(variants.resolve("wire.jsonl"), jsonl, UTF_8);
  }

  private record Run(String out, List<String> report, Extractor.Summary summary) {}

  private Run extract(int threads) throws IOException {
    StringWriter out = new StringWriter();
    List<String> report = new ArrayList<>();
    Extractor.Summary s = new Extractor(Pipeline.standard(), Limits.DEFAULT, threads)
        .extract(List.of(dir), out, report::add);
    return new Run(out.toString(), report, s);
  }

  @Test
  void parallelRunsWriteWhatOneThreadWrites() throws IOException {
    corpus();
    Run one = extract(1);
    assertTrue(one.summary().documents() >= 50, one.summary()::line);
    assertTrue(one.summary().failed() >= 2, one.summary()::line);
    for (int threads : new int[] {2, 4}) {
      Run many = extract(threads);
      assertEquals(one.out(), many.out(), threads + " threads");
      assertEquals(one.report(), many.report(), threads + " threads");
      assertEquals(one.summary(), many.summary(), threads + " threads");
    }
  }

  private static String jsonLine(String id, String text) {
    return RecordJson.mapper().createObjectNode().put("id", id).put("text", text).toString();
  }
}
