package org.marsad.ingest;

/**
 * Bounds on what one document may cost. {@code maxDocumentBytes} applies to one document: a text
 * or HTML file, one JSONL line, one WARC record payload (container files themselves may be of any
 * size).
 */
public record Limits(long maxDocumentBytes) {
  /** 4 MiB: far above any news article, HTML pages with inline scripts included. */
  public static final Limits DEFAULT = new Limits(4L << 20);

  public Limits {
    if (maxDocumentBytes <= 0) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
    }
  }

  String tooLarge(long size) {
    return String.format(
        java.util.Locale.ROOT,
        "skipped: too large (%s, the limit is %s; raise it with --max-size)",
        human(size),
        human(maxDocumentBytes));
  }

  static String human(long bytes) {
    if (bytes >= 1 << 20) {
      return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20));
    }
    if (bytes >= 1 << 10) {
      return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / (double) (1 << 10));
    }
    return bytes + " bytes";
  }
}
