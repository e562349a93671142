package org.marsad.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marsad.corpus.Actor;
import org.marsad.model.Claim;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;

/** An event with the entities and claim it names looked up in its document. */
record ResolvedEvent(
    Document doc, Event event, Entity actor, Entity recipient, Entity location, Claim claim) {

  /**
   * The events of {@code doc} that {@code selection} lets through, in record order. Fails with a
   * message naming the document, the event and the missing id when a reference does not resolve.
   */
  static List<ResolvedEvent> of(Document doc, EventSelection selection) {
    Map<String, Entity> entities = doc.entities().stream()
        .collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
    Map<String, Claim> claims = doc.claims().stream()
        .collect(Collectors.toMap(Claim::id, Function.identity(), (a, b) -> a));
    List<ResolvedEvent> out = new ArrayList<>();
    for (Event e : doc.events()) {
      if (!selection.test(e)) {
        continue;
      }
      out.add(new ResolvedEvent(doc, e,
          find(entities, e.actor(), doc, e, "actor"),
          find(entities, e.recipient(), doc, e, "recipient"),
          find(entities, e.location(), doc, e, "location"),
          find(claims, e.claim(), doc, e, "claim")));
    }
    return out;
  }

  /**
   * Writes one line per selected event of {@code doc}, as {@code line} makes it, and returns how
   * many; every line is made before the first is written, so a document whose references do not
   * resolve writes nothing.
   */
  static int writeLines(Document doc, EventSelection selection,
      Function<ResolvedEvent, String> line, Writer out)
      throws IOException {
    List<String> lines = new ArrayList<>();
    for (ResolvedEvent r : of(doc, selection)) {
      lines.add(line.apply(r));
    }
    for (String l : lines) {
      out.write(l);
    }
    return lines.size();
  }

  private static <T> T find(Map<String, T> byId, String id, Document doc, Event e, String role) {
    if (id == null) {
      return null;
    }
    T found = byId.get(id);
    if (found == null) {
      throw new IllegalArgumentException("document " + doc.id() + ", event " + e.id() + ": "
          + role + " " + id + " is not in the record");
    }
    return found;
  }

  /** An entity's canonical name, else its Arabic name; null for no entity. */
  static String name(Entity e) {
    if (e == null) {
      return null;
    }
    return e.name() != null ? e.name() : e.name_ar();
  }

  /**
   * The name of the actor an event's party stands for ({@link Actor#party}: a capital acting is
   * its state); null for no entity.
   */
  static String partyName(Entity e) {
    Actor a = Actor.party(e);
    return a == null ? null : a.name() != null ? a.name() : a.nameAr();
  }

  /** The outlet, else the host of the article's URL; null when neither is known. */
  String outletOrHost() {
    var s = doc.source();
    if (s.outlet() != null && !s.outlet().isBlank()) {
      return s.outlet();
    }
    if (s.url() != null && !s.url().isBlank()) {
      try {
        String host = java.net.URI.create(s.url().strip()).getHost();
        return host != null && host.startsWith("www.") ? host.substring(4) : host;
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  /** Where the document came from, for a source column: the outlet, else the URL, else the path. */
  String source() {
    var s = doc.source();
    if (s.outlet() != null && !s.outlet().isBlank()) {
      return s.outlet();
    }
    return s.url() != null && !s.url().isBlank() ? s.url() : s.path();
  }
}
