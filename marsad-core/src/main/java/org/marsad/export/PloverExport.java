package org.marsad.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.marsad.corpus.Actor;
import org.marsad.model.Claim;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;

/**
 * PLOVER-style JSON Lines: one object per event, with the fields of the PLOVER data specification
 * that a record can fill (actors and their country, sector and knowledge-base key; location and
 * coordinates; date and its precision; the evidence sentence as {@code event_text}; the document
 * as {@code story_id}). Absent values are written as null, never left out, so every line has the
 * same fields in the same order. {@code claim}, when the event is only known through someone's
 * words, gives the claim's id, speaker, speaker kind and modality.
 */
final class PloverExport implements EventExport {
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final EventSelection selection;

  PloverExport(EventSelection selection) {
    this.selection = selection;
  }

  @Override
  public int write(Document doc, Writer out) throws IOException {
    return ResolvedEvent.writeLines(doc, selection, r -> line(r), out);
  }

  private static String line(ResolvedEvent r) {
    try {
      return JSON.writeValueAsString(object(r)) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode object(ResolvedEvent r) {
    Document doc = r.doc();
    Event e = r.event();
    ObjectNode n = JSON.createObjectNode();
    n.put("id", doc.id() + ":" + e.id());
    n.put("date", e.date().value());
    n.put("date_precision", e.date().precision());
    n.put("event_type", e.type().name());
    n.put("mode", e.mode() == null ? null : e.mode().wire());
    e.context().forEach(n.putArray("context")::add);
    party(n, "actor", r.actor());
    party(n, "recipient", r.recipient());
    n.put("location", ResolvedEvent.name(r.location()));
    n.put("latitude", e.geo() == null ? null : e.geo().lat());
    n.put("longitude", e.geo() == null ? null : e.geo().lon());
    n.put("geo_precision", e.geo() == null ? null : e.geo().precision());
    n.put("negated", e.negated());
    n.put("hypothetical", e.hypothetical());
    n.put("source", r.source());
    n.put("url", doc.source().url());
    n.put("published", doc.published().value());
    n.put("story_id", doc.id());
    n.put("event_text", e.evidence().text());
    Claim c = r.claim();
    if (c == null) {
      n.putNull("claim");
    } else {
      ObjectNode claim = n.putObject("claim");
      claim.put("id", c.id());
      claim.put("speaker", speaker(doc, c));
      claim.put("speaker_kind", c.speaker().kind().wire());
      claim.put("modality", c.modality().wire());
    }
    n.put("confidence", e.confidence());
    return n;
  }

  /** A party as the actor it stands for ({@link Actor#party}: a capital acting is its state). */
  private static void party(ObjectNode n, String role, Entity e) {
    Actor a = Actor.party(e);
    n.put(role, a == null ? null : a.name() != null ? a.name() : a.nameAr());
    n.put(role + "_country", a == null ? null : a.country());
    n.put(role + "_sector", a == null ? null : a.sector());
    n.put(role + "_kb", a == null ? null : a.kb());
  }

  /** The speaker's words in the text, else the name of the entity it is linked to. */
  private static String speaker(Document doc, Claim c) {
    if (c.speaker().text() != null) {
      return c.speaker().text();
    }
    return doc.entities().stream().filter(x -> x.id().equals(c.speaker().entity()))
        .map(ResolvedEvent::name).findFirst().orElse(null);
  }
}
