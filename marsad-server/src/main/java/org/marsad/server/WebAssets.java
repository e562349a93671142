package org.marsad.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The web page's files, from the classpath under {@code org/marsad/server/web/}: {@code /} is
 * {@code index.html}, {@code /assets/PATH} is {@code web/PATH}. Paths are checked against a
 * strict pattern (no {@code ..}, no odd characters) before any lookup.
 */
final class WebAssets {
  private static final Pattern SAFE = Pattern.compile(
      "[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*(/[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*)*");
  private static final String ROOT = "/org/marsad/server/web/";
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "json", "application/json; charset=utf-8",
      "woff2", "font/woff2",
      "svg", "image/svg+xml",
      "txt", "text/plain; charset=utf-8");

  /** A file to send. */
  record Asset(String contentType, byte[] body) {}

  /** The asset for a request path, or null. */
  static Asset find(String path) throws IOException {
    String name;
    if (path.equals("/") || path.equals("/index.html")) {
      name = "index.html";
    } else if (path.startsWith("/assets/")) {
      name = path.substring("/assets/".length());
    } else {
      return null;
    }
    if (!SAFE.matcher(name).matches()) {
      return null;
    }
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    String type = TYPES.getOrDefault(ext, name.endsWith("LICENSE") ? TYPES.get("txt") : null);
    if (type == null) {
      return null;
    }
    try (InputStream in = WebAssets.class.getResourceAsStream(ROOT + name)) {
      return in == null ? null : new Asset(type, in.readAllBytes());
    }
  }
}
