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
    CliRun e = CliRun.of("eval-ner", "--model", model.toString(), "--test", data.toString(),
        "--train", data.toString());
    assertEquals(0, e.exit(), e.err());
    List<String> lines = e.out().lines().toList();
    assertEquals(6, lines.indexOf("names seen and unseen in training:"), e.out());
    assertEquals(15, lines.size(), e.out());
    assertTrue(lines.get(0).startsWith("PERS/LOC/ORG  P 1.000 R 1.000 F1 1.000"), e.out());
  }

  @Test
  void evalReportsNamesSeenAndUnseenInTrainingApart() throws IOException {
    Path data = conll();
    Path model = dir.resolve("ner.bin.gz");
    assertEquals(0, CliRun.of("train-ner", "--train", data.toString(), "--test", "none", "--out",
        model.toString(), "--epochs", "2", "--folds", "2").exit());
    Path test = dir.resolve("test.txt");
    Files.writeString(test, "قال O\nزيد B-PERS\nفي O\nمرزق B-LOC\n. O\n", UTF_8);
    CliRun e = CliRun.of("eval-ner", "--model", model.toString(), "--test", test.toString(),
        "--train", data.toString());
    assertEquals(0, e.exit(), e.err());
    List<String> lines = e.out().lines().toList();
    assertTrue(lines.contains("PERSON        seen   P 1.000 R 1.000 F1 1.000 (gold 1, found 1)"),
        e.out());
    // مرزق was never a place in training: whatever the tagger makes of it, it counts as unseen
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("LOCATION      unseen")
        && l.contains("(gold 1, found ")), e.out());
    assertTrue(lines.contains("LOCATION      seen   P 0.000 R 0.000 F1 0.000 (gold 0, found 0)"),
        e.out());
  }

  @Test
  void evalWithoutTrainingDataSaysSo() throws IOException {
    CliRun e = CliRun.of("eval-ner", "--test", conll().toString(), "--train",
        dir.resolve("missing.txt").toString());
    assertEquals(2, e.exit());
    assertTrue(e.err().contains("missing.txt: no training data to tell seen names from unseen"),
        e.err());
  }

  @Test
  void trainClustersWritesAFileThatTrainNerReads() throws IOException {
    Path corpus = dir.resolve("corpus.txt");
    StringBuilder b = new StringBuilder();
    String[] names = {"زيد", "عمرو", "خالد", "سعيد"};
    for (int i = 0; i < 200; i++) {
      b.append("قال ").append(names[i % 4]).append(" إن الوضع في سرت هادئ.\n");
    }
    Files.writeString(corpus, b, UTF_8);
    Path clusters = dir.resolve("clusters.txt.gz");
    CliRun c = CliRun.of("train-clusters", "--corpus", corpus.toString(), "--out",
        clusters.toString(), "--classes", "2,4", "--min-count", "2", "-j", "2");
    assertEquals(0, c.exit(), c.err());
    assertTrue(c.err().contains("2 classes, iteration 1:"), c.err());
    assertTrue(c.err().contains("words clustered into [2, 4] classes, written to " + clusters),
        c.err());
    Path model = dir.resolve("ner.bin.gz");
    CliRun t = CliRun.of("train-ner", "--train", conll().toString(), "--test", "none", "--out",
        model.toString(), "--epochs", "1", "--folds", "2", "--clusters", clusters.toString());
    assertEquals(0, t.exit(), t.err());
    assertTrue(t.err().contains("word clusters: ") && !t.err().contains("50,000"), t.err());
  }

  @Test
  void badClusterOptionsOrInputsAreRefused() throws IOException {
    CliRun c = CliRun.of("train-clusters", "--corpus", conll().toString(), "--out",
        dir.resolve("c.txt").toString(), "--classes", "1");
    assertEquals(2, c.exit());
    assertTrue(c.err().contains("a clustering needs at least 2 classes: 1"), c.err());
    CliRun missing = CliRun.of("train-clusters", "--corpus", dir.resolve("none.txt").toString(),
        "--out", dir.resolve("c.txt").toString());
    assertEquals(2, missing.exit());
    Path bad = dir.resolve("bad-clusters.txt");
    Files.writeString(bad, "سرت\t1\n", UTF_8);
    CliRun t = CliRun.of("train-ner", "--train", conll().toString(), "--clusters",
        bad.toString());
    assertEquals(2, t.exit());
    assertTrue(t.err().contains(bad + ":1: not a word-cluster file"), t.err());
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
  void missingTrainingOrTestDataIsOneLineNamingTheFile() throws IOException {
    Path missing = dir.resolve("missing.txt");
    CliRun t = CliRun.of("train-ner", "--train", missing.toString(), "--held-out", "10");
    assertEquals(2, t.exit());
    assertEquals(List.of("marsad train-ner: " + missing + ": no such file"), t.errLines());
    CliRun e = CliRun.of("eval-ner", "--test", missing.toString(), "--train",
        conll().toString());
    assertEquals(2, e.exit());
    assertEquals(List.of("marsad eval-ner: " + missing + ": no such file"), e.errLines());
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

  @Test
  void extractAndIngestTagNamesWithAModelTrainNerWrote() throws IOException {
    Path model = dir.resolve("own.bin.gz");
    assertEquals(0, CliRun.of("train-ner", "--train", conll().toString(), "--test", "none",
        "--out", model.toString(), "--epochs", "2").exit());
    Path shipped = dir.resolve("shipped.bin.gz");
    try (var in = org.marsad.entity.EntityStage.class.getResourceAsStream("ner.bin.gz")) {
      Files.copy(in, shipped);
    }
    Path text = dir.resolve("article.txt");
    Files.writeString(text, "قال فايز السراج إن حكومة الوفاق سيطرت على قاعدة الوطية.\n");

    String byDefault = extract(text);
    String byShippedPath = extract(text, "--ner-model", shipped.toString());
    String byOwn = extract(text, "--ner-model", model.toString());
    assertEquals(byDefault, byShippedPath, "the shipped model given by path reads as by default");
    assertTrue(!byOwn.equals(byDefault), "a model trained on the tiny file tags otherwise");
    CliRun store = CliRun.of("ingest", "--db", dir.resolve("store").toString(),
        "--ner-model", model.toString(), text.toString());
    assertEquals(0, store.exit(), store.err());
    assertTrue(store.err().contains("1 article stored"), store.err());
  }

  private String extract(Path text, String... options) throws IOException {
    Path out = Files.createTempFile(dir, "out", ".jsonl");
    List<String> args = new java.util.ArrayList<>(List.of("extract", "--out", out.toString()));
    args.addAll(List.of(options));
    args.add(text.toString());
    CliRun r = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    return Files.readString(out).replace(out.toString(), "");
  }

  @Test
  void aModelThatCannotBeReadIsOneLineNamingIt() throws IOException {
    Path text = dir.resolve("article.txt");
    Files.writeString(text, "قال فايز السراج إن حكومة الوفاق سيطرت على قاعدة الوطية.\n");
    Path bad = dir.resolve("bad.bin.gz");
    Files.writeString(bad, "not a model");
    CliRun r = CliRun.of("extract", "--ner-model", bad.toString(), text.toString());
    assertEquals(2, r.exit());
    assertEquals("marsad: cannot read the name tagger model " + bad + ": Not in GZIP format",
        r.err().strip());
    r.assertNoStackTrace();
  }
}
