package org.marsad.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The store's tables, from {@code schema.sql}: statements separated by lines holding only ";". */
final class Schema {
  private Schema() {}

  static final String VERSION = "1";

  static void apply(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (String sql : statements()) {
        st.execute(sql);
      }
      st.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', '" + VERSION + "')");
    }
  }

  static List<String> statements() {
    String text;
    try (InputStream in = Schema.class.getResourceAsStream("schema.sql")) {
      if (in == null) {
        throw new IllegalStateException("schema.sql is missing from the classpath");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.strip().equals(";")) {
        out.add(cur.toString());
        cur.setLength(0);
      } else if (!line.strip().startsWith("--")) {
        cur.append(line).append('\n');
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString());
    }
    return out;
  }
}
