package org.marsad.ingest;

import java.nio.charset.Charset;
import java.util.Optional;

/** Bytes of one document to its text, or an {@link IngestException} saying why not. */
final class Decoding {
  private Decoding() {}

  static String text(byte[] bytes, Optional<Charset> declared) {
    if (isBlank(bytes)) {
      throw new IngestException("empty: no text");
    }
    String text;
    try {
      text = EncodingDetector.decode(bytes, declared).text();
    } catch (IngestException e) {
      if (looksBinary(bytes)) {
        throw new IngestException("binary content: not a text document");
      }
      throw e;
    }
    String problem = TextChecks.problem(text);
    if (problem != null) {
      throw new IngestException(problem);
    }
    return text;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  /** More than 1% of the first 8 KiB are control bytes that text never has. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int bad = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
        bad++;
      }
    }
    return bad > 0.01 * n;
  }
}
