package org.marsad.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a comma-separated file as RFC 4180 writes them: fields separated by commas,
 * records by CRLF or LF, a field in double quotes may hold commas, line breaks and doubled
 * quotes. A byte-order mark before the first field is dropped; blank lines are skipped. Each
 * record keeps the line it starts on, for error messages.
 */
public final class CsvRecords {
  private CsvRecords() {}

  /** A record's fields and the 1-based line it starts on. */
  public record Record(int line, List<String> fields) {
    public Record {
      fields = List.copyOf(fields);
    }
  }

  /** A quoted field still open at the end of the input. */
  public static final class UnclosedQuoteException extends IOException {
    private static final long serialVersionUID = 1L;

    UnclosedQuoteException(int line) {
      super("line " + line + ": a quoted field is not closed");
    }
  }

  public static List<Record> read(Reader reader) throws IOException {
    Reader in = reader.markSupported() ? reader : new BufferedReader(reader);
    List<Record> out = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int line = 1;
    int start = 1;
    int quoteLine = 0;
    int c = in.read();
    if (c == '\uFEFF') {
      c = in.read();
    }
    for (; c != -1; c = in.read()) {
      if (quoted) {
        if (c == '"') {
          in.mark(1);
          int next = in.read();
          if (next == '"') {
            field.append('"');
            continue;
          }
          quoted = false;
          c = next;
          if (c == -1) {
            break;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
          continue;
        }
      }
      if (c == '"' && field.length() == 0) {
        quoted = true;
        quoteLine = line;
        any = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r') {
          in.mark(1);
          if (in.read() != '\n') {
            in.reset();
          }
        }
        end(out, fields, field, any, start);
        any = false;
        line++;
        start = line;
      } else {
        field.append((char) c);
        any = true;
      }
    }
    if (quoted) {
      throw new UnclosedQuoteException(quoteLine);
    }
    end(out, fields, field, any, start);
    return out;
  }

  private static void end(List<Record> out, List<String> fields, StringBuilder field, boolean any,
      int line) {
    if (any) {
      fields.add(field.toString());
      out.add(new Record(line, fields));
    }
    fields.clear();
    field.setLength(0);
  }
}
