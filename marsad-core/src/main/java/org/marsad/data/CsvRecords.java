package org.marsad.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a comma-separated file as RFC 4180 writes them, read by Apache Commons CSV:
 * fields separated by commas, records by CRLF, LF or CR, a field in double quotes may hold
 * commas, line breaks and doubled quotes. A byte-order mark before the first field is dropped;
 * blank lines are skipped. Each record keeps the line it starts on, for error messages.
 */
public final class CsvRecords {
  private CsvRecords() {}

  /** RFC 4180, blank lines skipped: how files are read and how the ACLED export is written. */
  public static final CSVFormat RFC_4180 =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).build();

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** A record's fields and the 1-based line it starts on. */
  public record Record(int line, List<String> fields) {
    public Record {
      fields = List.copyOf(fields);
    }
  }

  /** A record that is not well-formed CSV (a quoted field never closed, text after a quote). */
  public static final class SyntaxException extends IOException {
    private static final long serialVersionUID = 1L;

    SyntaxException(int line, String problem) {
      super("line " + line + ": " + problem);
    }
  }

  /** Reads every record of {@code reader} (which is read whole, not closed). */
  public static List<Record> read(Reader reader) throws IOException {
    String text = readAll(reader);
    if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
      text = text.substring(1);
    }
    LineStarts lines = new LineStarts(text);
    List<Record> out = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, RFC_4180)) {
      Iterator<CSVRecord> records = parser.iterator();
      long consumed = 0; // line breaks read up to the end of the last good record
      while (true) {
        CSVRecord r;
        try {
          if (!records.hasNext()) {
            break;
          }
          r = records.next();
        } catch (UncheckedIOException e) {
          int line = lines.firstNonEmptyAfter(consumed);
          String message = String.valueOf(e.getCause() == null ? null : e.getCause().getMessage());
          throw new SyntaxException(line, message.contains("EOF reached before encapsulated")
              ? "a quoted field is not closed"
              : "text after a quoted field's closing quote (a quote inside a field is written"
                  + " twice, and the whole field quoted)");
        }
        // a record's position is where its reading began, before the empty lines it skipped
        int line = lines.firstNonEmptyAfter(lines.lineOf(r.getCharacterPosition()) - 1);
        out.add(new Record(line, r.toList()));
        consumed = parser.getCurrentLineNumber();
      }
    }
    return out;
  }

  private static String readAll(Reader reader) throws IOException {
    StringBuilder b = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
      b.append(buffer, 0, n);
    }
    return b.toString();
  }

  /** Where each line of a text starts (a line ends at CRLF, LF or CR). */
  private static final class LineStarts {
    private final String text;
    private final List<Integer> starts = new ArrayList<>();

    LineStarts(String text) {
      this.text = text;
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
          starts.add(i + 1);
        }
      }
    }

    /** The 1-based line of the character at {@code position}. */
    int lineOf(long position) {
      int lo = 0;
      int hi = starts.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (starts.get(mid) <= position) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo + 1;
    }

    /** The first line after the first {@code lines} lines that is not empty (1-based). */
    int firstNonEmptyAfter(long lines) {
      for (int i = (int) lines; i < starts.size(); i++) {
        int start = starts.get(i);
        if (start < text.length() && text.charAt(start) != '\n' && text.charAt(start) != '\r') {
          return i + 1;
        }
      }
      return starts.size();
    }
  }
}
