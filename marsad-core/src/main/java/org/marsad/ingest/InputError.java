package org.marsad.ingest;

import java.util.Objects;

/** One input that could not be read: where (file, and record within it) and why, in one line. */
public record InputError(String path, String message) {
  public InputError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
