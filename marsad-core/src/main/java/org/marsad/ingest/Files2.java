package org.marsad.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** File helpers for the readers. */
final class Files2 {
  private Files2() {}

  /** The whole file, unless it is larger than one document may be. */
  static byte[] readBounded(Path file, Limits limits) throws IOException {
    long size = Files.size(file);
    if (size > limits.maxDocumentBytes()) {
      throw IngestException.tooLarge(limits, size);
    }
    return Files.readAllBytes(file);
  }

  /** The file name without its extensions ({@code a.warc.gz} gives {@code a}). */
  static String stem(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    for (String ext : new String[] {".warc.gz", ".jsonl.gz"}) {
      if (lower.endsWith(ext)) {
        return name.substring(0, name.length() - ext.length());
      }
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
