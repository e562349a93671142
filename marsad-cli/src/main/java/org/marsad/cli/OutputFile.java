package org.marsad.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * An {@code --out} file written whole or not at all: the body goes to a temporary file beside
 * the target, renamed over it once complete; an old file stays as it was when writing fails.
 */
final class OutputFile {
  private OutputFile() {}

  /** What writes the file's content, and what it returns. */
  interface Body<T> {
    T writeTo(Writer w) throws IOException;
  }

  static <T> T write(Path target, Body<T> body) throws IOException {
    if (Files.isDirectory(target)) {
      throw new IOException("it is a folder");
    }
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve(".marsad-" + ProcessHandle.current().pid() + "-" + System.nanoTime()
        + ".tmp");
    try {
      T result;
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        result = body.writeTo(w);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return result;
    } finally {
      Files.deleteIfExists(tmp);
    }
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
