package org.marsad.ingest;

/**
 * A problem with one input (a file, or one record of a JSONL or WARC file), explained in one line
 * for the user. Carries no stack trace to show: the message is the report.
 */
public final class IngestException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final boolean tooLarge;

  public IngestException(String message) {
    this(message, false);
  }

  private IngestException(String message, boolean tooLarge) {
    super(message, null, false, false);
    this.tooLarge = tooLarge;
  }

  /** A document larger than {@link Limits#maxDocumentBytes()}, {@code size} bytes. */
  static IngestException tooLarge(Limits limits, long size) {
    return new IngestException(limits.tooLarge(size), true);
  }

  /** Whether the input was refused for its size rather than for what it holds. */
  public boolean tooLarge() {
    return tooLarge;
  }
}
