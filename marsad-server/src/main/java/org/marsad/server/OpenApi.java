package org.marsad.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The OpenAPI 3 description of the routes, built from their declarations. */
final class OpenApi {
  private List<Route> routes = List.of();

  void routes(List<Route> value) {
    routes = List.copyOf(value);
  }

  Object describe(Request r) {
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Route route : routes) {
      List<Object> params = new ArrayList<>();
      for (String p : route.pathNames()) {
        params.add(Map.of("name", p, "in", "path", "required", true,
            "schema", Map.of("type", "string")));
      }
      for (Route.Param p : route.params()) {
        params.add(Map.of("name", p.name(), "in", "query", "required", false,
            "description", p.description(), "schema", Map.of("type", "string")));
      }
      Map<String, Object> responses = new LinkedHashMap<>();
      responses.put("200", Map.of("description", "JSON"));
      responses.put("400", error("a bad parameter"));
      responses.put("404", error("no such item"));
      Map<String, Object> get = new LinkedHashMap<>();
      get.put("summary", route.summary());
      get.put("parameters", params);
      get.put("responses", responses);
      paths.put(route.pattern(), Map.of("get", get));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("openapi", "3.0.3");
    out.put("info", Map.of("title", "Marsad", "version", "1",
        "description", "Source-attributed records from Arabic news: documents, entities, events,"
            + " claims, search, timeline, stories, contradictions and the actor graph."));
    out.put("paths", paths);
    return out;
  }

  private static Map<String, Object> error(String what) {
    return Map.of("description", what + ": {\"error\": message, \"status\": code}");
  }
}
