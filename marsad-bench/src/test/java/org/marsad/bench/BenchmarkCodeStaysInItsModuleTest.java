package org.marsad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The modules that read news (core, store, server, Spark) never use the benchmark packages: what
 * measures stays in this module, and only the command line wires its commands to it.
 */
class BenchmarkCodeStaysInItsModuleTest {
  private static final Pattern BENCH_USE = Pattern.compile("\\borg\\.marsad\\.(bench|jmh)\\b");
  private static final List<String> PRODUCT_MODULES =
      List.of("marsad-core", "marsad-store", "marsad-server", "marsad-spark");

  @Test
  void noProductModuleImportsTheBenchmarkPackages() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<String> offenders = new ArrayList<>();
    int scanned = 0;
    for (String module : PRODUCT_MODULES) {
      Path sources = root.resolve(module).resolve("src/main");
      assertTrue(Files.isDirectory(sources), "no sources at " + sources);
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")
            || f.toString().endsWith(".scala")).toList()) {
          scanned++;
          if (BENCH_USE.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
            offenders.add(root.relativize(file).toString());
          }
        }
      }
    }
    assertTrue(scanned > 100, "too few sources scanned: " + scanned);
    assertEquals(List.of(), offenders, "benchmark code used outside marsad-bench");
  }

  @Test
  void theRuleSeesABenchmarkImport() {
    assertTrue(BENCH_USE.matcher("import org.marsad.bench.Harness;").find());
    assertTrue(BENCH_USE.matcher("new org.marsad.jmh.Corpus()").find());
    assertTrue(!BENCH_USE.matcher("import org.marsad.benchmarking.X;").find());
  }
}
