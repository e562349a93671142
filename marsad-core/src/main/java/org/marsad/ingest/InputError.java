package org.marsad.ingest;

import java.util.Objects;

/**
 * One input that could not be read: where (file, and record within it) and why, in one line.
 *
 * @param tooLarge whether it was skipped for being larger than one document may be ({@code
 *     --max-size}) rather than for being unreadable
 */
public record InputError(String path, String message, boolean tooLarge) {
  public InputError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** An input that could not be read: empty, binary, undecodable, damaged, missing. */
  public InputError(String path, String message) {
    this(path, message, false);
  }

  /** The same error at another place (a local copy's path replaced by the original's). */
  public InputError at(String otherPath) {
    return new InputError(otherPath, message, tooLarge);
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
