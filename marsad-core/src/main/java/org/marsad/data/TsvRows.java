package org.marsad.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a tab-separated data file: UTF-8, one entry a line, blank lines and lines starting
 * with {@code #} skipped, fields split on tabs with empty fields kept.
 */
public final class TsvRows {
  private TsvRows() {}

  /** A row and its 1-based line number, for error messages. */
  public record Row(int line, String[] fields) {}

  public static List<Row> read(Reader reader) throws IOException {
    List<Row> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(new Row(n, line.split("\t", -1)));
      }
    }
    return out;
  }

  /** The rows of a resource beside {@code owner}; a missing resource is an error. */
  public static List<Row> resource(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
