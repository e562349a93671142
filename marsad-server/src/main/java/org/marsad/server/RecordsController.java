package org.marsad.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marsad.model.ClaimModality;
import org.marsad.model.Code;
import org.marsad.model.Document;
import org.marsad.model.EntityType;
import org.marsad.model.RecordJson;
import org.marsad.model.Entity;
import org.marsad.store.Filter;
import org.marsad.store.Store;

/** Documents, entities, events, claims, places and the timeline, straight from the store. */
final class RecordsController {
  private static final Set<String> GRANULARITIES = Set.of("day", "month", "year");
  private final Store store;
  private final ObjectMapper mapper = RecordJson.mapper();

  RecordsController(Store store) {
    this.store = store;
  }

  /** The request's filter, its entity key resolved ({@link EntityKeys}: bare keys too). */
  private Filter filter(Request r) {
    Filter f = r.filter();
    String entity = EntityKeys.resolve(store, f.entity());
    return entity == null || entity.equals(f.entity()) ? f
        : new Filter(entity, f.eventType(), f.outlet(), f.from(), f.to());
  }

  Object documents(Request r) {
    return store.documents(filter(r), r.offset(), r.limit());
  }

  /** The whole record, with {@code entity_keys}: each entity's store-wide key by its id. */
  Object document(Request r) {
    String id = r.path("id");
    Document doc = store.document(id).orElseThrow(() -> ApiError.notFound("no document " + id));
    ObjectNode out = mapper.valueToTree(doc);
    ObjectNode keys = out.putObject("entity_keys");
    for (Entity e : doc.entities()) {
      keys.put(e.id(), Store.entityKey(e));
    }
    return out;
  }

  Object entities(Request r) {
    EntityType type = code(EntityType.class, r.string("type"));
    return store.entities(type, r.string("q"), r.offset(), r.limit());
  }

  /** One entity: its summary, its relations and its timeline by month. */
  Object entity(Request r) {
    String asked = r.path("key");
    String found = EntityKeys.find(store, asked);
    String key = found == null ? asked : found;
    var summary = store.entity(key).orElseThrow(() -> ApiError.notFound("no entity " + asked));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("entity", summary);
    out.put("relations", store.relations(key, 100));
    out.put("timeline",
        store.timeline(new Filter(key, null, null, null, null), "month"));
    return out;
  }

  Object events(Request r) {
    String undated = r.string("undated");
    if (undated != null && !undated.equals("true") && !undated.equals("false")) {
      throw ApiError.badRequest("parameter undated must be true or false: " + undated);
    }
    return "true".equals(undated) ? store.undatedEvents(filter(r), r.offset(), r.limit())
        : store.events(filter(r), r.offset(), r.limit());
  }

  Object claims(Request r) {
    ClaimModality modality = code(ClaimModality.class, r.string("modality"));
    return store.claims(filter(r), modality, r.offset(), r.limit());
  }

  /** The code a parameter names, null when it is not given; an unknown name is a 400. */
  private static <E extends Enum<E>> E code(Class<E> type, String name) {
    try {
      return name == null ? null : Code.of(type, name);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }

  Object places(Request r) {
    return store.places(filter(r));
  }

  Object timeline(Request r) {
    String by = r.string("by") == null ? "month" : r.string("by");
    if (!GRANULARITIES.contains(by)) {
      throw ApiError.badRequest("parameter by must be day, month or year: " + by);
    }
    return store.timeline(filter(r), by);
  }

  Object search(Request r) {
    String q = r.string("q");
    return store.search(q == null ? "" : q, filter(r), r.offset(), r.limit());
  }

  Object stats(Request r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("documents", store.count());
    out.put("generation", store.generation());
    return out;
  }
}
