package org.marsad.server;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.marsad.store.Filter;
import org.marsad.store.Page;

/**
 * A GET request's path parameters and query parameters, read with checks: every refusal is an
 * {@link ApiError} (400) that names the parameter and the bad value. Unknown query parameters are
 * refused too, so that a misspelt filter is not silently ignored.
 */
final class Request {
  static final int MAX_VALUE = 500;
  static final int DEFAULT_LIMIT = 20;
  private static final char REPLACEMENT = '\uFFFD';

  private final Map<String, String> path;
  private final Map<String, String> query;

  Request(Map<String, String> path, Map<String, String> query) {
    this.path = Map.copyOf(path);
    this.query = Map.copyOf(query);
  }

  /** Parses a raw query string; a parameter given twice is refused. */
  static Map<String, String> parseQuery(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = decode(eq < 0 ? pair : pair.substring(0, eq));
      String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (out.put(k, v) != null) {
        throw ApiError.badRequest("parameter " + k + " is given more than once");
      }
    }
    return out;
  }

  private static String decode(String s) {
    return decode(s, true, "query");
  }

  /**
   * Percent-decodes {@code s} (with {@code plusIsSpace}, {@code +} is a space, as in a query)
   * and reads the bytes as UTF-8, strictly: a bad escape or bytes that are not UTF-8 (escaped, or
   * raw, which the HTTP server gives as U+FFFD) are an {@link ApiError} 400 naming the {@code
   * part} of the URL, never replacement characters.
   */
  static String decode(String s, boolean plusIsSpace, String part) {
    if (s.indexOf(REPLACEMENT) >= 0) {
      // the HTTP server puts it where the URL's raw bytes were not UTF-8
      throw ApiError.badRequest("the " + part + " is not UTF-8: " + s);
    }
    if (s.indexOf('%') < 0 && (!plusIsSpace || s.indexOf('+') < 0)) {
      return s;
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
        int lo = hi < 0 ? -1 : Character.digit(s.charAt(i + 2), 16);
        if (lo < 0) {
          throw ApiError.badRequest("malformed percent-encoding in the " + part + ": "
              + s.substring(i, Math.min(s.length(), i + 3)));
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw ApiError.badRequest("the " + part + " is not UTF-8 once percent-decoded: " + s);
    }
  }

  /** Refuses query parameters the route does not know. */
  void allowOnly(Set<String> names) {
    for (String k : query.keySet()) {
      if (!names.contains(k)) {
        throw ApiError.badRequest("unknown parameter " + k + "; this route takes " + names);
      }
    }
  }

  String path(String name) {
    return path.get(name);
  }

  /** A query parameter, or null when absent or empty. */
  String string(String name) {
    String v = query.get(name);
    if (v != null && v.length() > MAX_VALUE) {
      throw ApiError.badRequest("parameter " + name + " is longer than " + MAX_VALUE + " characters");
    }
    return v == null || v.isBlank() ? null : v;
  }

  int integer(String name, int fallback, int min, int max) {
    String v = string(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw ApiError.badRequest("parameter " + name + " must be between " + min + " and " + max
            + ": " + v);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("parameter " + name + " is not a number: " + v);
    }
  }

  int offset() {
    return integer("offset", 0, 0, Page.MAX_OFFSET);
  }

  int limit() {
    return integer("limit", DEFAULT_LIMIT, 1, Page.MAX_LIMIT);
  }

  /** The filter parameters: entity, type, outlet, from, to. */
  Filter filter() {
    try {
      return Filter.of(string("entity"), string("type"), string("outlet"), string("from"),
          string("to"));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }
}
