package org.marsad.server;

import java.net.URLDecoder;
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
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("malformed percent-encoding in the query: " + e.getMessage());
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
      return new Filter(string("entity"), string("type"), string("outlet"), string("from"),
          string("to"));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }
}
