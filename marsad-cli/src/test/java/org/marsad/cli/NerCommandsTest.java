package org.marsad.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train-ner and eval-ner on a tiny CoNLL file. */
class NerCommandsTest {
  @TempDir Path dir;

  private Path conll() throws IOException {
    StringBuilder b = new StringBuilder();
    String[] names = {"زيد", "عمرو", "خالد", "سعيد"};
    for (int i = 0; i < 40; i++) {
      b.append("قال O\n").append(names[i % names.length]).append(" B-PERS\n")
          .append("في O\nسرت B-LOC\n. O\n\n");
    }
    Path f = dir.resolve("data.txt");
    Files.writeString(f, b, UTF_8);
    return f;
  }

  @Test
  void trainWritesAModelThatEvalReads() throws IOException {
    Path data = conll();
    Path model = dir.resolve("ner.bin.gz");
    CliRun t = CliRun.of(
            "train-ner", "--train", data.toString(), "--test", data.toString(), "--out",
        model.toString(), "--epochs", "2", "--folds", "2");
    assertEquals(0, t.exit(), t.err());
    assertTrue(Files.size(model) > 0);
    assertTrue(t.err().contains("model written to " + model), t.err());
    CliRun e = CliRun.of("eval-ner", "--model", model.toString(), "--test", data.toString());
    assertEquals(0, e.exit(), e.err());
    List<String> lines = e.out().lines().toList();
    assertEquals(6, lines.size(), e.out());
    assertTrue(lines.get(0).startsWith("PERS/LOC/ORG  P 1.000 R 1.000 F1 1.000"), e.out());
  }

  @Test
  void heldOutRunScoresTheRestAndWritesNothing() throws IOException {
    Path data = conll();
    Path model = dir.resolve("ner.bin.gz");
    CliRun t = CliRun.of(
            "train-ner", "--train", data.toString(), "--out", model.toString(), "--epochs",
        "2", "--folds", "2", "--held-out", "25");
    assertEquals(0, t.exit(), t.err());
    assertTrue(t.out().startsWith("scores on the 10 held-out sentences:"), t.out());
    assertTrue(Files.notExists(model));
  }

  @Test
  void badHeldOutOrFoldsAreRefused() throws IOException {
    Path data = conll();
    assertEquals(2, CliRun.of("train-ner", "--train", data.toString(), "--held-out", "100").exit());
    assertEquals(2, CliRun.of("train-ner", "--train", data.toString(), "--folds", "1").exit());
  }

  @Test
  void withoutOutTheModelGoesToTheWorkingFolderAndTheShippedOneIsLeftAlone() throws Exception {
    Path data = conll();
    Path shipped = Path.of(System.getProperty("marsad.root", "..")).resolve(
        NerCommands.SHIPPED_MODEL);
    byte[] before = Files.exists(shipped) ? Files.readAllBytes(shipped) : null;
    Path work = Files.createDirectories(dir.resolve("work"));
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "train-ner", "--train", data.toString(), "--test", dir.resolve("none").toString(),
        "--epochs", "1", "--folds", "2")
        .directory(work.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), UTF_8);
    assertEquals(0, p.waitFor(), output);
    assertTrue(Files.size(work.resolve("ner.bin.gz")) > 0, output);
    assertTrue(output.contains("model written to ner.bin.gz"), output);
    if (before != null) {
      assertArrayEquals(before, Files.readAllBytes(shipped), "the shipped model is unchanged");
    }
  }
}
