package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word clusters learned from a small corpus written for the test. */
class ClusterTrainerTest {
  @TempDir Path dir;

  /** Sentences where person names and town names each fill their own slots. */
  private Path corpus() throws IOException {
    String[] persons = {"سالم", "خالد", "فاطمه", "مريم", "يوسف", "عمر"};
    String[] towns = {"سبها", "درنه", "غات", "مرزق", "زواره", "اجدابيا"};
    String[] verbs = {"قال", "اكد", "اعلن", "صرح"};
    Random rnd = new Random(7);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      String p = persons[rnd.nextInt(persons.length)];
      String t = towns[rnd.nextInt(towns.length)];
      String v = verbs[rnd.nextInt(verbs.length)];
      lines.add(v + " " + p + " إن الوضع في " + t + " هادئ، وزار " + p + " مدينة " + t + ".");
    }
    Path file = dir.resolve("corpus.txt");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private String build(Path corpus, int threads) throws IOException {
    StringWriter out = new StringWriter();
    ClusterTrainer.build(List.of(corpus),
        new ClusterTrainer.Options(1000, 2, List.of(4, 8), 10, threads), out, line -> {});
    return out.toString();
  }

  static String sha256(Path file) throws IOException {
    return java.util.HexFormat.of().formatHex(
        ClusterCorpus.sha256().digest(Files.readAllBytes(file)));
  }

  @Test
  void theSameCorpusGivesTheSameFileOnAnyNumberOfThreads() throws IOException {
    Path corpus = corpus();
    String one = build(corpus, 1);
    assertEquals(one, build(corpus, 2));
    assertEquals(one, build(corpus, 1));
  }

  @Test
  void theHeaderRecordsTheInputsHashAndTheOptions() throws IOException {
    Path corpus = corpus();
    String file = build(corpus, 2);
    assertTrue(file.contains("# input corpus.txt sha256 " + sha256(corpus)), file);
    assertTrue(file.contains("# options --vocabulary 1000 --min-count 2 --iterations 10"
        + " --classes 4,8\n"), file);
    assertTrue(file.contains("# classes 4 8\n"), file);
  }

  @Test
  void wordsUsedAlikeShareAClass() throws IOException {
    WordClusters c = WordClusters.read(new ByteArrayInputStream(
        build(corpus(), 2).getBytes(StandardCharsets.UTF_8)), "test");
    assertArrayEquals(c.of("سالم"), c.of("مريم"));
    assertArrayEquals(c.of("سبها"), c.of("مرزق"));
    assertNotEquals(c.of("سالم")[1], c.of("سبها")[1]);
    assertNull(c.of("طرابلس"));
  }

  @Test
  void wordsAreSplitIntoCliticsAndStemLikeTheTagger() {
    assertEquals(List.of("وبال+", "سوق"), ClusterCorpus.pieces("وبالسوق"));
    assertEquals(List.of("سيارت", "+هم"), ClusterCorpus.pieces("سيارتهم"));
    assertEquals(List.of("سبها"), ClusterCorpus.pieces("سبها"));
  }
}
