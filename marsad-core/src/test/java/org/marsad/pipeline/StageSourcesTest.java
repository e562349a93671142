package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The claim and event stages are small readings over the shared analysis: no source file of
 * theirs grows past 400 lines, and none tokenizes the text again (the analysis did, once).
 */
class StageSourcesTest {
  private static final int MAX_LINES = 400;

  private static List<Path> sources() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String pkg : List.of("claim", "event")) {
      try (Stream<Path> files = Files.list(Path.of("src/main/java/org/marsad", pkg))) {
        files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  @Test
  void noSourceFileOfTheClaimOrEventStageIsAboveFourHundredLines() throws IOException {
    List<Path> sources = sources();
    assertTrue(sources.size() > 20, "sources found: " + sources);
    List<String> tooLong = new ArrayList<>();
    for (Path p : sources) {
      int lines = Files.readAllLines(p, StandardCharsets.UTF_8).size();
      if (lines > MAX_LINES) {
        tooLong.add(p.getFileName() + " (" + lines + " lines)");
      }
    }
    assertEquals(List.of(), tooLong);
  }

  @Test
  void theClaimAndEventStagesDoNotTokenizeTheText() throws IOException {
    List<String> tokenizing = new ArrayList<>();
    for (Path p : sources()) {
      if (Files.readString(p, StandardCharsets.UTF_8).contains("Tokenizer.tokenize(")) {
        tokenizing.add(p.getFileName().toString());
      }
    }
    assertEquals(List.of(), tokenizing);
  }
}
