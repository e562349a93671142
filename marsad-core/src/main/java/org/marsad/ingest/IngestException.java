package org.marsad.ingest;

/**
 * A problem with one input (a file, or one record of a JSONL or WARC file), explained in one line
 * for the user. Carries no stack trace to show: the message is the report.
 */
public final class IngestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IngestException(String message) {
    super(message, null, false, false);
  }
}
