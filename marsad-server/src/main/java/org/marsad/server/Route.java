package org.marsad.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One GET route: a path pattern with {@code {name}} segments, the query parameters it takes (each
 * described, for the OpenAPI description), a summary, and the handler that returns the JSON body.
 */
record Route(String pattern, String summary, List<Param> params, Function<Request, Object> handler) {
  /** A query parameter and what it means. */
  record Param(String name, String description) {}

  Route {
    params = List.copyOf(params);
  }

  Set<String> paramNames() {
    Set<String> out = new LinkedHashSet<>();
    params.forEach(p -> out.add(p.name()));
    return out;
  }

  List<String> pathNames() {
    List<String> out = new ArrayList<>();
    for (String seg : pattern.split("/")) {
      if (seg.startsWith("{")) {
        out.add(seg.substring(1, seg.length() - 1));
      }
    }
    return out;
  }

  /** The path parameters when {@code path} matches, else null. */
  Map<String, String> match(List<String> segments) {
    String[] parts = pattern.substring(1).split("/");
    if (parts.length != segments.size()) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].startsWith("{")) {
        if (segments.get(i).isEmpty()) {
          return null;
        }
        out.put(parts[i].substring(1, parts[i].length() - 1), segments.get(i));
      } else if (!parts[i].equals(segments.get(i))) {
        return null;
      }
    }
    return out;
  }
}
