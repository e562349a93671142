package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped word clusters are the ones {@code marsad train-clusters} builds with its defaults
 * from the Wikipedia text its header names: the header's hash is checked against the text in
 * {@code ../shared/data} when it is there, and the options against the defaults (rebuilding
 * takes minutes; {@link ClusterTrainerTest} shows the build is deterministic).
 */
class ShippedWordClustersTest {
  private static final Path ROOT = Path.of(System.getProperty("marsad.root", ".."));
  private static final Path CORPUS =
      ROOT.resolve("../shared/data/unlabelled/arwiki-2017-ar.txt.gz").normalize();

  @Test
  void theHeaderRecordsTheDefaultOptions() {
    List<String> header = WordClusters.standard().header();
    String options = ClusterTrainer.options(new ClusterTrainer.Options(ClusterTrainer.VOCABULARY,
        ClusterTrainer.MIN_COUNT, List.of(64, 256, 1024), ClusterTrainer.ITERATIONS, 1));
    assertTrue(header.contains("# " + options), header.toString());
    assertEquals("64,256,1024", ClusterTrainer.CLASSES);
    assertTrue(header.contains("# classes 64 256 1024"), header.toString());
  }

  @Test
  void theHeaderRecordsTheHashOfTheSharedWikipediaText() throws IOException {
    assumeTrue(Files.isRegularFile(CORPUS), "no Wikipedia text at " + CORPUS);
    List<String> header = WordClusters.standard().header();
    String input = "# input arwiki-2017-ar.txt.gz sha256 " + ClusterTrainerTest.sha256(CORPUS);
    assertTrue(header.contains(input), header + " lacks " + input);
  }

  @Test
  void theShippedClustersLoadInUnderASecondOfCpu() {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long t0 = bean.getCurrentThreadCpuTime();
    WordClusters c = WordClusters.standard();
    long cpu = bean.getCurrentThreadCpuTime() - t0;
    assertTrue(cpu < 1_000_000_000L, "loading took " + cpu / 1e6 + " ms of CPU");
    assertEquals(ClusterTrainer.VOCABULARY, c.size());
    assertNotNull(c.of("في"));
  }
}
