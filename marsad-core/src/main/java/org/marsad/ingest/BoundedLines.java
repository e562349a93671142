package org.marsad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a byte stream, each up to a limit: a longer line is read past, without being held,
 * and only its length is kept. Lines end at {@code '\n'}; the bytes of a line exclude it. Reads
 * the stream in blocks of its own buffer. Not thread-safe.
 */
final class BoundedLines {
  /** One line's bytes, or its length when it was longer than the limit (and so not kept). */
  record Line(byte[] bytes, long tooLong) {}

  private final InputStream in;
  private final long limit;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int end;

  BoundedLines(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  /** The next line, or null at the end of the stream; an I/O error is passed on. */
  Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long length = 0;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          break;
        }
      }
      any = true;
      int from = pos;
      while (pos < end && buf[pos] != '\n') {
        pos++;
      }
      int n = pos - from;
      if (length + n <= limit) {
        line.write(buf, from, n);
      }
      length += n;
      if (pos < end) {
        pos++; // the '\n'
        break;
      }
    }
    if (!any) {
      return null;
    }
    return length > limit ? new Line(new byte[0], length) : new Line(line.toByteArray(), 0);
  }
}
