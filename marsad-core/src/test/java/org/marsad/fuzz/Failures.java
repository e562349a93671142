package org.marsad.fuzz;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.ingest.RawArticle;

/**
 * Keeps the smallest failing input of each kind under {@code target/fuzz-failures/}, so that a
 * failure found by a property can be turned into a regression test: files as their bytes,
 * articles as JSON with every non-ASCII character escaped (unpaired surrogates survive).
 */
final class Failures {
  private Failures() {}

  private static final Path DIR = Path.of("target", "fuzz-failures");
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  static AssertionError keep(String fileName, byte[] bytes, Throwable e) {
    return new AssertionError(describe(e) + " (input kept in " + save(fileName, bytes) + ")", e);
  }

  static AssertionError keep(RawArticle a, Throwable e) {
    if (e instanceof AssertionError ae && String.valueOf(ae.getMessage()).contains("input kept")) {
      return ae;
    }
    try {
      byte[] json = JSON.writeValueAsBytes(a);
      return new AssertionError(
          describe(e) + " (article kept in " + save("article-" + a.markup() + ".json", json) + ")",
          e);
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  private static String describe(Throwable e) {
    return e instanceof AssertionError ? String.valueOf(e.getMessage()) : e.toString();
  }

  /** Saves {@code bytes} unless a smaller input of the same name is already kept. */
  private static synchronized Path save(String name, byte[] bytes) {
    try {
      Files.createDirectories(DIR);
      Path p = DIR.resolve(name);
      if (!Files.exists(p) || Files.size(p) > bytes.length) {
        Files.write(p, bytes);
      }
      return p.toAbsolutePath();
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

}
