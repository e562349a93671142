package org.marsad.server;

import java.util.Locale;
import org.marsad.corpus.Actor;
import org.marsad.store.Store;

/**
 * Entity keys as readers type them: {@code kb:haftar} and {@code name:...} are used as given; a
 * bare key ({@code haftar}, {@code حفتر}) is the knowledge-base entity with that id when the store
 * has it, else the entity of that name. A bare key that finds neither is refused, so that a
 * mistyped entity never silently gives an empty answer.
 */
final class EntityKeys {
  private EntityKeys() {}

  /** The store key for {@code key} (null for null); {@link ApiError} 400 when none is found. */
  static String resolve(Store store, String key) {
    String found = find(store, key);
    if (key != null && found == null) {
      throw ApiError.badRequest("no entity " + key + " in the store (keys are kb:ID or name:NAME;"
          + " /api/entities?q=" + key + " lists the entities whose name holds it)");
    }
    return found;
  }

  /** The store key for {@code key}, or null when it is null or a bare key that finds nothing. */
  static String find(Store store, String key) {
    if (key == null || key.startsWith("kb:") || key.startsWith("name:")) {
      return key;
    }
    String kb = "kb:" + key.strip().toLowerCase(Locale.ROOT);
    if (store.entity(kb).isPresent()) {
      return kb;
    }
    String name = Actor.nameKey(key);
    return store.entity(name).isPresent() ? name : null;
  }
}
