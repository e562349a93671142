package org.marsad.cli;

import java.time.Duration;
import org.marsad.extract.OrderedParallel;
import org.marsad.ingest.Limits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * How a command processes documents: the bounds on what one may cost ({@code --max-size},
 * {@code --max-chars}, {@code --doc-timeout}) and how many are processed at once ({@code
 * --threads}).
 */
final class Processing {
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

  @Option(names = {"-j", "--threads"}, paramLabel = "N",
      description = "Process N documents at once (default: the number of processors, here "
          + "${DEFAULT-VALUE}). The result is the same for any N.")
  int threads = OrderedParallel.defaultThreads();

  /** The limits the options give, all options checked; a usage error names one out of range. */
  Limits limits(CommandSpec spec) {
    require(spec, threads >= 1, "--threads must be at least 1: " + threads);
    require(spec, maxSize > 0, "--max-size must be positive: " + maxSize);
    require(spec, maxChars > 0, "--max-chars must be positive: " + maxChars);
    require(spec, docTimeout >= 0, "--doc-timeout must not be negative: " + docTimeout);
    return new Limits(maxSize, maxChars, Duration.ofMillis(docTimeout));
  }

  private static void require(CommandSpec spec, boolean ok, String message) {
    if (!ok) {
      throw new ParameterException(spec.commandLine(), message);
    }
  }
}
