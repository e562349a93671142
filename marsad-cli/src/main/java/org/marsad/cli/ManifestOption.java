package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.marsad.ingest.Ingest;
import org.marsad.ingest.Manifest;
import org.marsad.ingest.ManifestException;
import picocli.CommandLine.Option;

/**
 * {@code --manifest FILE}: the metadata (url, outlet, date) of the input files, in a TSV or CSV
 * file with the columns file, url, outlet and date. A bad manifest stops the command before any
 * article is read, with one line per problem naming the manifest and the line.
 */
final class ManifestOption {
  @Option(names = "--manifest", paramLabel = "FILE",
      description = "A TSV or CSV file with the columns file, url, outlet, date giving the input"
          + " files their metadata; it wins over what the pages and texts say.")
  Path manifest;

  /** Whether a manifest was given. */
  boolean given() {
    return manifest != null;
  }

  /**
   * The manifest bound to the files under {@code paths}; null when none was given. Throws
   * {@link ManifestException} for a bad manifest, after writing its problems to {@code err}.
   */
  Manifest.Binding bind(List<Path> paths, PrintWriter err) throws ManifestException {
    if (manifest == null) {
      return null;
    }
    try {
      return Manifest.read(manifest).bind(Ingest.expand(paths));
    } catch (ManifestException e) {
      for (String p : e.problems()) {
        err.println("marsad: " + p);
      }
      err.flush();
      throw e;
    }
  }
}
