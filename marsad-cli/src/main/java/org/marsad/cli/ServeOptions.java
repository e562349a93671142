package org.marsad.cli;

import java.util.Map;
import org.marsad.server.AccessKey;
import picocli.CommandLine.Option;

/** Where {@code serve} and {@code demo} listen, and the access key asked of requests. */
final class ServeOptions {
  /** The environment variable that may hold the access key (kept out of the process list). */
  static final String TOKEN_VARIABLE = "MARSAD_TOKEN";

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "The port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only)."
          + " Any other address needs an access key (--token or " + TOKEN_VARIABLE + ").")
  String host;

  @Option(names = "--token", paramLabel = "KEY",
      description = "The access key the API asks of every request (header "
          + AccessKey.HEADER + ", Authorization: Bearer KEY, or cookie " + AccessKey.COOKIE
          + "); at least 16 letters, digits or . _ ~ + / = -. Default: the environment variable "
          + TOKEN_VARIABLE + ", which other users of the machine cannot read in the process"
          + " list. Required off the loopback address.")
  String token;

  /**
   * The access key from {@code --token}, else from {@value #TOKEN_VARIABLE} in {@code env};
   * none when neither is set.
   *
   * @throws IllegalArgumentException when the key breaks a rule, or none is given and
   *     {@link #host} is not a loopback address
   */
  AccessKey accessKey(Map<String, String> env) {
    String key = token != null ? token : env.get(TOKEN_VARIABLE);
    if (key != null && !key.isEmpty()) {
      return AccessKey.of(key);
    }
    if (!AccessKey.loopback(host)) {
      throw new IllegalArgumentException("listening on " + host + " needs an access key: give"
          + " --token KEY or set " + TOKEN_VARIABLE + " (only 127.0.0.1, ::1 or localhost is"
          + " served without one)");
    }
    return AccessKey.none();
  }
}
