package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import org.marsad.corpus.Actor;
import org.marsad.model.Claim;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.RecordJson;

/**
 * Writes one document and its rows (entities, mentions, events, claims) inside the caller's
 * transaction. Not thread-safe: used under the store's write lock.
 */
final class RowWriter {
  private RowWriter() {}

  /** Inserts the document; returns its seq. */
  static long insert(Connection c, Document doc, String contentHash) throws SQLException {
    long seq;
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO documents(id, content_hash, path, url, outlet, title, published,"
            + " published_precision, language, entity_count, event_count, claim_count, record)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, doc.id());
      ps.setString(2, contentHash);
      ps.setString(3, doc.source().path());
      ps.setString(4, doc.source().url());
      ps.setString(5, doc.source().outlet());
      ps.setString(6, doc.title());
      ps.setString(7, doc.published().value());
      ps.setString(8, doc.published().precision());
      ps.setString(9, doc.language());
      ps.setInt(10, doc.entities().size());
      ps.setInt(11, doc.events().size());
      ps.setInt(12, doc.claims().size());
      ps.setString(13, RecordJson.line(doc));
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      seq = rs.getLong(1);
    }
    Map<String, Entity> byId = new HashMap<>();
    entities(c, seq, doc, byId);
    events(c, seq, doc, byId);
    claims(c, seq, doc, byId);
    return seq;
  }

  private static void entities(Connection c, long seq, Document doc, Map<String, Entity> byId)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO entities(doc_seq, id, key, type, name, name_ar, kb, country, sector,"
                + " mention_count) VALUES (?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement pm = c.prepareStatement(
            "INSERT INTO mentions(doc_seq, entity_id, start, end, text) VALUES (?,?,?,?,?)")) {
      for (Entity e : doc.entities()) {
        byId.put(e.id(), e);
        ps.setLong(1, seq);
        ps.setString(2, e.id());
        ps.setString(3, Store.entityKey(e));
        ps.setString(4, e.type().name());
        ps.setString(5, e.name());
        ps.setString(6, e.name_ar());
        ps.setString(7, e.kb());
        ps.setString(8, e.country());
        ps.setString(9, e.sector());
        ps.setInt(10, e.mentions().size());
        ps.addBatch();
        for (Mention m : e.mentions()) {
          pm.setLong(1, seq);
          pm.setString(2, e.id());
          pm.setInt(3, m.start());
          pm.setInt(4, m.end());
          pm.setString(5, m.text());
          pm.addBatch();
        }
      }
      ps.executeBatch();
      pm.executeBatch();
    }
  }

  private static void events(Connection c, long seq, Document doc, Map<String, Entity> byId)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO events(doc_seq, id, type, mode, context, actor_key, actor_name, recipient_key,"
            + " recipient_name, location_key, location_name, lat, lon, geo_precision, date,"
            + " date_precision, day, day_basis, negated, hypothetical, claim, evidence_start,"
            + " evidence_end, evidence, confidence)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      for (Event e : doc.events()) {
        ps.setLong(1, seq);
        ps.setString(2, e.id());
        ps.setString(3, e.type().name());
        ps.setString(4, e.mode() == null ? null : e.mode().wire());
        ps.setString(5, String.join(",", e.context()));
        party(ps, 6, byId.get(e.actor()));
        party(ps, 8, byId.get(e.recipient()));
        entity(ps, 10, byId.get(e.location()));
        if (e.geo() != null) {
          ps.setDouble(12, e.geo().lat());
          ps.setDouble(13, e.geo().lon());
          ps.setInt(14, e.geo().precision());
        } else {
          ps.setNull(12, Types.REAL);
          ps.setNull(13, Types.REAL);
          ps.setNull(14, Types.INTEGER);
        }
        ps.setString(15, e.date().value());
        ps.setString(16, e.date().precision());
        String day = day(e.date().value());
        String basis = "event";
        if (day == null) {
          day = day(doc.published().value());
          basis = day == null ? null : "published";
        }
        ps.setString(17, day);
        ps.setString(18, basis);
        ps.setInt(19, e.negated() ? 1 : 0);
        ps.setInt(20, e.hypothetical() ? 1 : 0);
        ps.setString(21, e.claim());
        ps.setInt(22, e.evidence().start());
        ps.setInt(23, e.evidence().end());
        ps.setString(24, e.evidence().text());
        ps.setDouble(25, e.confidence());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void claims(Connection c, long seq, Document doc, Map<String, Entity> byId)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO claims(doc_seq, id, speaker_key, speaker_text, speaker_kind, via, modality,"
            + " cue, content, evidence_start, evidence_end, evidence)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
      for (Claim cl : doc.claims()) {
        Entity speaker = cl.speaker().entity() == null ? null : byId.get(cl.speaker().entity());
        ps.setLong(1, seq);
        ps.setString(2, cl.id());
        ps.setString(3, speaker == null ? null : Store.entityKey(speaker));
        ps.setString(4, cl.speaker().text());
        ps.setString(5, cl.speaker().kind().wire());
        ps.setString(6, String.join(",", cl.via()));
        ps.setString(7, cl.modality().wire());
        ps.setString(8, cl.cue() == null ? null : cl.cue().text());
        ps.setString(9, cl.content() == null ? null : cl.content().text());
        ps.setInt(10, cl.evidence().start());
        ps.setInt(11, cl.evidence().end());
        ps.setString(12, cl.evidence().text());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Sets the key and display name of an entity (or nulls) at {@code index} and the next. */
  private static void entity(PreparedStatement ps, int index, Entity e) throws SQLException {
    ps.setString(index, e == null ? null : Store.entityKey(e));
    ps.setString(index + 1, e == null ? null : displayName(e));
  }

  /**
   * Sets the key and display name of the actor an event's party stands for ({@link Actor#party}:
   * a capital acting is its state, so the state's actor page lists what "Cairo decided").
   */
  private static void party(PreparedStatement ps, int index, Entity e) throws SQLException {
    Actor a = Actor.party(e);
    ps.setString(index, a == null ? null : a.key());
    ps.setString(index + 1, a == null ? null : a.nameAr() != null ? a.nameAr() : a.name());
  }

  static String displayName(Entity e) {
    return e.name_ar() != null ? e.name_ar() : e.name();
  }

  /** The start of an ISO date or range ({@code 2020-05-01/2020-05-31} gives 2020-05-01). */
  private static String day(String value) {
    if (value == null) {
      return null;
    }
    int slash = value.indexOf('/');
    return slash > 0 ? value.substring(0, slash) : value;
  }
}
