package org.marsad.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A UTF-8 file written whole or not at all: the body goes to a temporary file beside the target,
 * renamed over it once complete (atomically where the file system can); when writing fails the
 * old file stays as it was and the temporary file is removed.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** What writes the file's content, and what it returns. */
  public interface Body<T> {
    T writeTo(Writer w) throws IOException;
  }

  public static <T> T write(Path target, Body<T> body) throws IOException {
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
}
