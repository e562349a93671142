package org.marsad.cli;

import picocli.CommandLine.Option;

/** Where {@code serve} and {@code demo} listen. */
final class ServeOptions {
  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "The port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;
}
