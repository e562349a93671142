package org.marsad.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.marsad.data.AtomicFile;

/**
 * An {@code --out} file written whole or not at all ({@link AtomicFile}); an old file stays as it
 * was when writing fails.
 */
final class OutputFile {
  private OutputFile() {}

  /** What writes the file's content, and what it returns. */
  interface Body<T> extends AtomicFile.Body<T> {}

  static <T> T write(Path target, Body<T> body) throws IOException {
    return AtomicFile.write(target, body);
  }

  /** A short reason for an I/O failure, for a one-line error. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
