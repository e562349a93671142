package org.marsad.cli;

import java.io.BufferedReader;
import java.io.IOException;

/** The lines of a file of records: numbered from 1, blank lines skipped, no byte-order mark. */
final class RecordLines {
  /** What is done with one line. */
  interface Handler {
    void line(int number, String line) throws IOException;
  }

  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private RecordLines() {}

  static void each(BufferedReader r, Handler handler) throws IOException {
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      if (n == 1 && line.startsWith(BYTE_ORDER_MARK)) {
        line = line.substring(1);
      }
      if (!line.isBlank()) {
        handler.line(n, line);
      }
    }
  }
}
