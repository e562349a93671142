package org.marsad.ingest;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Bounds on what one document may cost, so that no input can stop a run or exhaust its memory.
 *
 * @param maxDocumentBytes the size of one document: a text or HTML file, one JSONL line, one WARC
 *     record payload (container files themselves may be of any size); a larger document is
 *     skipped with "skipped: too large"
 * @param maxAnalysedChars how much of one document's cleaned text the extraction stages read
 *     (entities, claims, events): the record keeps the whole text, extraction covers its first
 *     {@code maxAnalysedChars} characters (cut at a paragraph or sentence end), and the run says so.
 *     It bounds the memory and time of one document, which grow with the text the stages read
 * @param timeout the processing time of one document; a document still being processed after it
 *     is skipped with "skipped: timed out"; {@link Duration#ZERO} for no limit
 */
public record Limits(long maxDocumentBytes, int maxAnalysedChars, Duration timeout) {
  /** 4 MiB: far above any news article, HTML pages with inline scripts included. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 4L << 20;

  /** 100,000 characters: three times the longest article of the seed corpus. */
  public static final int DEFAULT_MAX_ANALYSED_CHARS = 100_000;

  /** One minute: a hundred times what a long article takes. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  public static final Limits DEFAULT =
      new Limits(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_ANALYSED_CHARS, DEFAULT_TIMEOUT);

  public Limits {
    if (maxDocumentBytes <= 0) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
    }
    if (maxAnalysedChars <= 0) {
      throw new IllegalArgumentException("maxAnalysedChars must be positive: " + maxAnalysedChars);
    }
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative: " + timeout);
    }
  }

  /** The default limits with another document size. */
  public Limits(long maxDocumentBytes) {
    this(maxDocumentBytes, DEFAULT_MAX_ANALYSED_CHARS, DEFAULT_TIMEOUT);
  }

  String tooLarge(long size) {
    return String.format(
        Locale.ROOT,
        "skipped: too large (%s, the limit is %s; raise it with --max-size)",
        human(size),
        human(maxDocumentBytes));
  }

  /** The one-line report of a document abandoned after {@link #timeout}. */
  public String timedOut() {
    return "skipped: timed out after " + timeout.toMillis()
        + " ms (raise the limit with --doc-timeout)";
  }

  /** The one-line report of a document whose text was analysed only in part. */
  public String analysedInPart(int length, int analysed) {
    return String.format(Locale.ROOT,
        "text of %,d characters: entities, claims and events read from the first %,d only"
            + " (raise the limit with --max-chars)", length, analysed);
  }

  static String human(long bytes) {
    if (bytes >= 1 << 20) {
      return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20));
    }
    if (bytes >= 1 << 10) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / (double) (1 << 10));
    }
    return bytes + " bytes";
  }
}
