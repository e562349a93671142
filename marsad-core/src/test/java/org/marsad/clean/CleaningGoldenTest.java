package org.marsad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.marsad.ingest.RawArticle;
import org.marsad.model.Removed;

/**
 * Golden files for cleaning: {@code golden/clean/NAME.in.txt} or {@code NAME.in.html}, checked
 * two ways. {@code NAME.expect.txt} lists phrases that must survive ({@code KEEP: }) or go ({@code
 * DROP: }); {@code NAME.expected.json} is the whole result (title, text, removed with reasons) in
 * canonical JSON. Run with {@code -Dmarsad.golden.rewrite=true} to rewrite the JSON files after a
 * deliberate change, then review the diff.
 */
class CleaningGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/golden/clean");
  private static final boolean REWRITE = Boolean.getBoolean("marsad.golden.rewrite");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  @TestFactory
  Stream<DynamicTest> golden() throws IOException {
    List<Path> inputs;
    try (Stream<Path> s = Files.list(DIR)) {
      inputs = s.filter(p -> p.getFileName().toString().contains(".in.")).sorted().toList();
    }
    assertFalse(inputs.isEmpty(), "no golden inputs in " + DIR.toAbsolutePath());
    return inputs.stream().map(p -> DynamicTest.dynamicTest(name(p), () -> check(p)));
  }

  private static String name(Path input) {
    String f = input.getFileName().toString();
    return f.substring(0, f.indexOf(".in."));
  }

  private static void check(Path input) throws IOException {
    String name = name(input);
    boolean html = input.toString().endsWith(".html");
    String content = Files.readString(input, StandardCharsets.UTF_8);
    CleanPage page = Cleaning.standard().clean(new RawArticle(name, input.toString(), null, null,
        null, null, html ? RawArticle.Markup.HTML : RawArticle.Markup.TEXT, content));

    Path expect = DIR.resolve(name + ".expect.txt");
    String removedText = String.join("\n", page.removed().stream().map(Removed::text).toList());
    for (String line : Files.readAllLines(expect, StandardCharsets.UTF_8)) {
      if (line.startsWith("KEEP: ")) {
        String phrase = line.substring(6).strip();
        assertTrue(page.text().contains(phrase), name + ": lost body text «" + phrase + "»");
      } else if (line.startsWith("DROP: ")) {
        String phrase = line.substring(6).strip();
        assertFalse(containsLine(page.text(), phrase),
            name + ": boilerplate survived «" + phrase + "»");
        assertTrue(removedText.contains(phrase),
            name + ": «" + phrase + "» is not recorded in removed");
      }
    }

    Map<String, Object> actual = new LinkedHashMap<>();
    actual.put("title", page.title());
    actual.put("text", page.text());
    actual.put("removed", page.removed());
    String json = JSON.writeValueAsString(actual) + "\n";
    Path golden = DIR.resolve(name + ".expected.json");
    if (REWRITE || !Files.exists(golden)) {
      Files.writeString(golden, json, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), json,
        name + ": differs from " + golden + " (rewrite with -Dmarsad.golden.rewrite=true)");
  }

  /**
   * True when the phrase survives as boilerplate would: as its own line or inside a line. Very
   * short phrases (one word such as "in") only count as a whole line, since such words also occur
   * inside real sentences.
   */
  private static boolean containsLine(String text, String phrase) {
    if (phrase.split("\\s+").length <= 1) {
      return text.lines().anyMatch(l -> l.strip().equals(phrase));
    }
    return text.contains(phrase);
  }
}
