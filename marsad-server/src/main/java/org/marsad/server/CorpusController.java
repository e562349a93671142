package org.marsad.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.corpus.ActorGraph;
import org.marsad.corpus.Contradictions;
import org.marsad.corpus.Corroborations;
import org.marsad.corpus.Corpus;
import org.marsad.model.Claim;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.RecordJson;
import org.marsad.store.Store;

/**
 * Stories, contradictions and the actor graph, from the core's cross-document layer over the
 * stored documents. They are computed once per store generation (all three from one {@link
 * Corpus}), kept in the store's cache so that a restarted server does not compute them again, and
 * held here as JSON trees. At most {@link #MAX_DOCUMENTS} documents, the latest stored, take part.
 */
final class CorpusController {
  static final int MAX_DOCUMENTS = 5000;
  private static final List<String> NAMES =
      List.of("stories", "contradictions", "graph", "corroboration");
  private final Store store;
  private final ObjectMapper mapper = RecordJson.mapper();
  private long generation = -1;
  private Map<String, JsonNode> results;

  CorpusController(Store store) {
    this.store = store;
  }

  Object stories(Request r) {
    return page((ArrayNode) current().get("stories"), r);
  }

  /** Contradictions, optionally those whose subject or object is {@code entity}. */
  Object contradictions(Request r) {
    String entity = EntityKeys.resolve(store, r.string("entity"));
    ArrayNode all = (ArrayNode) current().get("contradictions");
    if (entity == null) {
      return page(all, r);
    }
    ArrayNode some = mapper.createArrayNode();
    for (JsonNode c : all) {
      if (entity.equals(c.path("subject").path("key").asText(null))
          || entity.equals(c.path("object").path("key").asText(null))) {
        some.add(c);
      }
    }
    return page(some, r);
  }

  /**
   * For one document: {@code events} and {@code claims}, each an object from item id to its
   * corroboration (outlets, documents, sources); 404 for a document outside the corpus.
   */
  Object corroboration(Request r) {
    String id = r.path("id");
    JsonNode found = current().get("corroboration").get(id);
    if (found == null) {
      throw ApiError.notFound("no cross-document results for document " + id
          + " (unknown, or not among the latest " + MAX_DOCUMENTS + ")");
    }
    return found;
  }

  /** The actor graph; {@code min} drops actors named in fewer documents. */
  Object graph(Request r) {
    int min = r.integer("min", 1, 1, 1000);
    JsonNode g = current().get("graph");
    if (min == 1) {
      return g;
    }
    ObjectNode out = mapper.createObjectNode();
    ArrayNode nodes = out.putArray("nodes");
    java.util.Set<String> kept = new java.util.HashSet<>();
    for (JsonNode n : g.path("nodes")) {
      if (n.path("documents").asInt() >= min) {
        nodes.add(n);
        kept.add(n.path("key").asText());
      }
    }
    ArrayNode edges = out.putArray("edges");
    for (JsonNode e : g.path("edges")) {
      if (kept.contains(e.path("source").asText()) && kept.contains(e.path("target").asText())) {
        edges.add(e);
      }
    }
    return out;
  }

  private ObjectNode page(ArrayNode all, Request r) {
    int offset = r.offset();
    int limit = r.limit();
    ObjectNode out = mapper.createObjectNode();
    out.put("total", all.size());
    out.put("offset", offset);
    out.put("limit", limit);
    ArrayNode items = out.putArray("items");
    for (int i = offset; i < Math.min(all.size(), offset + limit); i++) {
      items.add(all.get(i));
    }
    return out;
  }

  /** The results for the store's current generation, from memory, the cache, or computed. */
  synchronized Map<String, JsonNode> current() {
    long g = store.generation();
    if (g == generation && results != null) {
      return results;
    }
    try {
      Map<String, JsonNode> loaded = new java.util.LinkedHashMap<>();
      for (String name : NAMES) {
        var cached = store.cached(name);
        if (cached.isEmpty()) {
          loaded = null;
          break;
        }
        loaded.put(name, mapper.readTree(cached.get()));
      }
      if (loaded == null) {
        loaded = compute();
        for (String name : NAMES) {
          store.cache(name, mapper.writeValueAsString(loaded.get(name)));
        }
      }
      results = loaded;
      generation = g;
      return results;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read cached cross-document results", e);
    }
  }

  private Map<String, JsonNode> compute() {
    List<Document> docs = new ArrayList<>();
    store.eachDocument(MAX_DOCUMENTS, docs::add);
    Corpus corpus = Corpus.of(docs);
    return Map.of(
        "stories", mapper.valueToTree(corpus.stories()),
        "contradictions", mapper.valueToTree(Contradictions.find(corpus)),
        "graph", mapper.valueToTree(ActorGraph.build(corpus)),
        "corroboration", corroboration(Corroborations.annotate(corpus)));
  }

  /** Document id to {events: {id: corroboration}, claims: {id: corroboration}}. */
  private JsonNode corroboration(List<Document> docs) {
    ObjectNode out = mapper.createObjectNode();
    for (Document d : docs) {
      ObjectNode one = out.putObject(d.id());
      ObjectNode events = one.putObject("events");
      for (Event e : d.events()) {
        events.set(e.id(), mapper.valueToTree(e.corroboration()));
      }
      ObjectNode claims = one.putObject("claims");
      for (Claim c : d.claims()) {
        claims.set(c.id(), mapper.valueToTree(c.corroboration()));
      }
    }
    return out;
  }
}
