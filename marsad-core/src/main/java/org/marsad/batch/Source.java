package org.marsad.batch;

import java.nio.file.Path;
import org.marsad.ingest.Ingest;

/**
 * One input of a batch: reads its articles and errors into a sink, in order, one at a time. A
 * local file is read where it is ({@link #of}); a source elsewhere (a Hadoop file system) may
 * copy it first and must report every problem through the sink rather than throw.
 */
@FunctionalInterface
public interface Source {
  void read(Ingest ingest, Ingest.Sink out);

  /** A local file. */
  static Source of(Path file) {
    return (ingest, out) -> ingest.read(file, out);
  }
}
