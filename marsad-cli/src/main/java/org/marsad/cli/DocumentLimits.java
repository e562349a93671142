package org.marsad.cli;

import java.time.Duration;
import org.marsad.ingest.Limits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options bounding what one document may cost: {@code --max-size}, {@code --max-chars} and
 * {@code --doc-timeout}.
 */
final class DocumentLimits {
  @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "4194304",
      description = "Skip documents larger than this many bytes (default: ${DEFAULT-VALUE}).")
  long maxSize;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "100000",
      description = "Read entities, claims and events from at most the first N characters of a"
          + " document's text; the record keeps the whole text (default: ${DEFAULT-VALUE}).")
  int maxChars;

  @Option(names = "--doc-timeout", paramLabel = "MS", defaultValue = "60000",
      description = "Skip a document still being processed after MS milliseconds; 0 for no"
          + " limit (default: ${DEFAULT-VALUE}).")
  long docTimeout;

  /** The limits the options give; a usage error names the option out of range. */
  Limits limits(CommandSpec spec) {
    require(spec, maxSize > 0, "--max-size must be positive: " + maxSize);
    require(spec, maxChars > 0, "--max-chars must be positive: " + maxChars);
    require(spec, docTimeout >= 0, "--doc-timeout must not be negative: " + docTimeout);
    return new Limits(maxSize, maxChars, Duration.ofMillis(docTimeout));
  }

  static void require(CommandSpec spec, boolean ok, String message) {
    if (!ok) {
      throw new ParameterException(spec.commandLine(), message);
    }
  }
}
