package org.marsad.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.marsad.corpus.Actor;
import org.marsad.model.ClaimModality;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.store.Rows.ClaimRow;
import org.marsad.store.Rows.DocumentSummary;
import org.marsad.store.Rows.EntitySummary;
import org.marsad.store.Rows.EventRow;
import org.marsad.store.Rows.Relation;
import org.marsad.store.Rows.SearchHit;
import org.marsad.store.Rows.TimelineBucket;

/**
 * A folder of stored records: {@code store.db} (SQLite) and {@code search/} (a Lucene index).
 *
 * <p>Writes are transactional per document: {@link #add} stores the record and all its rows in one
 * transaction, or nothing. The search index follows the database: it is committed after it, and on
 * open every document the index lacks is indexed again, so a process killed at any point leaves a
 * consistent store and the next open completes it. Adding is idempotent by content hash (of the
 * cleaned text): the same article twice is stored once.
 *
 * <p>One process at a time opens a store for writing (the index's lock says so); any number may
 * open it for reading meanwhile ({@link #openReading}). Within a process, the store is
 * thread-safe: reads run in parallel, writes one at a time.
 */
public interface Store extends AutoCloseable {
  /** Opens the store in {@code dir}, creating it when missing. */
  static Store open(Path dir) {
    return SqliteStore.open(dir);
  }

  /**
   * Opens the existing store in {@code dir} for reading only, while another process may be adding
   * to it: reads see its committed documents (the search index lags by at most a few seconds).
   * {@link #add} fails, {@link #cache} keeps nothing. Fails when {@code dir} holds no store.
   */
  static Store openReading(Path dir) {
    return SqliteStore.openReading(dir);
  }

  /**
   * The store-wide key of an entity, the same as the cross-document layer's ({@link Actor#key}):
   * {@code kb:KEY} for a knowledge-base entity, else {@code name:} and its normalized name.
   */
  static String entityKey(Entity e) {
    return Actor.key(e);
  }

  // ---- writing

  /** True when an input with this raw-content hash was already stored. */
  boolean hasInput(String rawHash);

  /**
   * Stores {@code doc} (one transaction) unless a document with the same text is stored already.
   * A new document whose id is taken gets a suffix ({@code -2}, {@code -3}).
   *
   * @param rawHash the hash of the input the document was made from, remembered for {@link
   *     #hasInput}; may be null
   */
  Added add(Document doc, String rawHash);

  /** What {@link #add} did: {@code stored} false means a duplicate, and {@code id} is the stored one. */
  record Added(String id, boolean stored) {}

  /** Makes the search index durable up to the last added document. */
  void commit();

  // ---- reading

  /** The number of stored documents. */
  long count();

  /** The store's generation: it changes whenever a document is added. */
  long generation();

  Optional<Document> document(String id);

  Page<DocumentSummary> documents(Filter filter, int offset, int limit);

  /** The latest {@code latest} stored documents, in the order they were stored. */
  void eachDocument(int latest, Consumer<Document> action);

  /** Entities by number of documents; {@code type} and {@code query} (a name part) may be null. */
  Page<EntitySummary> entities(EntityType type, String query, int offset, int limit);

  Optional<EntitySummary> entity(String key);

  /** The entities {@code key} acts on ({@code out}) or is acted on by ({@code in}), most events first. */
  List<Relation> relations(String key, int limit);

  /** Events by date; the entity filter matches the actor or the recipient. */
  Page<EventRow> events(Filter filter, int offset, int limit);

  /**
   * The events without a date (neither their own nor their article's), in the order they were
   * stored; the filter's dates are not used.
   */
  Page<EventRow> undatedEvents(Filter filter, int offset, int limit);

  /** Claims; the entity filter matches the speaker, the event type filter is not used. */
  Page<ClaimRow> claims(Filter filter, ClaimModality modality, int offset, int limit);

  /** The places of the filtered events that have coordinates, most events first (at most 500). */
  List<Rows.Place> places(Filter filter);

  /**
   * Events per period ({@code day}, {@code month} or {@code year}) and type, in time order; the
   * events without a date (neither their own nor their article's) come last, as period {@code
   * unknown}, unless the filter bounds the dates.
   */
  List<TimelineBucket> timeline(Filter filter, String granularity);

  /**
   * Full-text search with Arabic normalization (a query word matches its forms with attached
   * conjunctions, prepositions and article: حفتر finds لحفتر and وحفتر). Every word must match. An
   * empty query lists the filtered documents, newest first.
   */
  Page<SearchHit> search(String query, Filter filter, int offset, int limit);

  /** A cached cross-document result for the current generation, as JSON. */
  Optional<String> cached(String name);

  void cache(String name, String json);

  /** Problems with the store's consistency; empty when it is consistent. */
  List<String> verify();

  @Override
  void close();
}
