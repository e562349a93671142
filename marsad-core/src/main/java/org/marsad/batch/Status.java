package org.marsad.batch;

/**
 * How one input of a batch ended. A written document may carry a notice (analysed in part, not
 * Arabic); a failed input carries the problem; {@link #END_OF_FILE} marks where a file's items
 * end, so that progress can be counted in files.
 */
public enum Status {
  /** Processed, and its record is consistent. */
  OK(true, false),
  /** Processed, but entities, claims and events were read from the first {@code --max-chars}. */
  ANALYSED_IN_PART(true, false),
  /** Not in Arabic: the record holds its text and metadata only. */
  NOT_ARABIC(true, false),
  /** Left out before the pipeline ran, because the caller had it already. */
  ALREADY_DONE(false, false),
  /** Larger than {@code --max-size}: not read. */
  TOO_LARGE(false, true),
  /** Could not be read: empty, binary, undecodable, damaged, missing. */
  UNREADABLE(false, true),
  /** Still being processed after {@code --doc-timeout}: given up. */
  TIMED_OUT(false, true),
  /** The pipeline failed on it (out of memory, stack overflow, an exception). */
  FAILED(false, true),
  /** Its record would not be consistent ({@code extract.Records}): not written. */
  INCONSISTENT(false, true),
  /** No document: the file before it has been read to its end. */
  END_OF_FILE(false, false);

  private final boolean written;
  private final boolean failed;

  Status(boolean written, boolean failed) {
    this.written = written;
    this.failed = failed;
  }

  /** Whether the item carries a document to write. */
  public boolean written() {
    return written;
  }

  /** Whether the item counts as a failure (the exit status is then 1). */
  public boolean failed() {
    return failed;
  }
}
