package org.marsad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.lucene.store.LockObtainFailedException;
import org.marsad.corpus.Actor;
import org.marsad.model.ClaimModality;
import org.marsad.model.Document;
import org.marsad.model.EntityType;
import org.marsad.model.RecordJson;
import org.marsad.store.Rows.ClaimRow;
import org.marsad.store.Rows.DocumentSummary;
import org.marsad.store.Rows.EntitySummary;
import org.marsad.store.Rows.EventRow;
import org.marsad.store.Rows.Highlight;
import org.marsad.store.Rows.Relation;
import org.marsad.store.Rows.SearchHit;
import org.marsad.store.Rows.TimelineBucket;

/**
 * The store on SQLite in WAL mode (a transaction is durable once committed, and a killed process
 * leaves the last committed state) and a {@link SearchIndex}. One connection writes, under this
 * object's lock; a small pool of connections reads. See {@link Store} for the contract.
 */
final class SqliteStore implements Store {
  private static final int READERS = 4;
  /** The index is committed after this many added documents, or on {@link #commit}. */
  private static final int INDEX_COMMIT_EVERY = 500;
  /** ... or when this many milliseconds have passed since the last commit, for readers. */
  private static final long INDEX_COMMIT_AFTER_MS = 3000;
  private static final int SNIPPET = 280;

  private final Path dir;
  private final String url;
  private final Connection writer;
  private final SearchIndex index;
  private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(READERS);
  private final AtomicInteger readers = new AtomicInteger();
  private long lastSeq;
  private int uncommitted;
  private long lastCommit = System.nanoTime();

  private SqliteStore(Path dir, Connection writer, SearchIndex index) {
    this.dir = dir;
    this.url = url(dir);
    this.writer = writer;
    this.index = index;
  }

  static Store open(Path dir) {
    SearchIndex index = null;
    Connection writer = null;
    try {
      Files.createDirectories(dir);
      try {
        index = new SearchIndex(dir.resolve("search"));
      } catch (LockObtainFailedException e) {
        throw new StoreException("the store " + dir + " is in use by another process", e);
      }
      writer = connect(url(dir));
      writer.setAutoCommit(false);
      Schema.apply(writer);
      keyPartiesAsActors(writer);
      writer.commit();
      SqliteStore store = new SqliteStore(dir, writer, index);
      store.catchUpIndex();
      return store;
    } catch (IOException | SQLException e) {
      closeQuietly(index, writer);
      throw new StoreException("cannot open the store " + dir + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(index, writer);
      throw e;
    }
  }

  /**
   * Keys the events of a store written before a party was keyed as the actor it stands for
   * ({@link Actor#party}: a capital acting is its state), once: the rows of "Cairo decided" become
   * Egypt's, as new rows are written. Runs in the caller's transaction.
   */
  private static void keyPartiesAsActors(Connection c) throws SQLException {
    if (one(c, "SELECT value FROM meta WHERE key = 'event_party_keys'") != null) {
      return;
    }
    List<String> keys = Sql.list(c, "SELECT actor_key FROM events WHERE actor_key LIKE 'kb:%'"
        + " UNION SELECT recipient_key FROM events WHERE recipient_key LIKE 'kb:%'", List.of(),
        rs -> rs.getString(1));
    for (String key : keys) {
      Actor party = new Actor(key, key, null, key.substring(3), null, null, null).asParty();
      if (party.key().equals(key)) {
        continue;
      }
      String name = party.nameAr() != null ? party.nameAr() : party.name();
      for (String role : new String[] {"actor", "recipient"}) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE events SET " + role + "_key = ?, "
            + role + "_name = ? WHERE " + role + "_key = ?")) {
          ps.setString(1, party.key());
          ps.setString(2, name);
          ps.setString(3, key);
          ps.executeUpdate();
        }
      }
    }
    try (Statement st = c.createStatement()) {
      st.execute("INSERT INTO meta(key, value) VALUES ('event_party_keys', '1')");
    }
  }

  /**
   * Opens an existing store for reading only: no lock is taken, so one other process may add
   * documents meanwhile (SQLite in WAL mode: one writer, many readers), and reads see what it has
   * committed (the search index, what it has committed of its index).
   */
  static Store openReading(Path dir) {
    if (!Files.isRegularFile(dir.resolve("store.db")) || !Files.isDirectory(dir.resolve("search"))) {
      throw new StoreException("no store at " + dir + " (store.db and search/ are missing)");
    }
    SearchIndex index = null;
    Connection check = null;
    try {
      index = SearchIndex.reading(dir.resolve("search"));
      check = connect(url(dir));
      if (one(check, "SELECT value FROM meta WHERE key = 'schema'") == null) {
        throw new StoreException("not a Marsad store: " + dir);
      }
      check.close();
      return new SqliteStore(dir, null, index);
    } catch (IOException | SQLException e) {
      closeQuietly(index, check);
      throw new StoreException("cannot open the store " + dir + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(index, check);
      throw e;
    }
  }

  private Connection writer() {
    if (writer == null) {
      throw new StoreException("the store " + dir + " is open for reading only");
    }
    return writer;
  }

  private static String url(Path dir) {
    return "jdbc:sqlite:" + dir.resolve("store.db").toAbsolutePath();
  }

  private static Connection connect(String url) throws SQLException {
    Connection c = DriverManager.getConnection(url);
    try (Statement st = c.createStatement()) {
      st.execute("PRAGMA busy_timeout = 10000");
      st.execute("PRAGMA journal_mode = WAL");
      // NORMAL in WAL mode: a committed transaction survives the process being killed; only a
      // power loss may roll back the last transactions, never corrupt the file.
      st.execute("PRAGMA synchronous = NORMAL");
      st.execute("PRAGMA foreign_keys = ON");
    }
    return c;
  }

  private static void closeQuietly(SearchIndex index, Connection c) {
    try {
      if (index != null) {
        index.close();
      }
    } catch (IOException ignored) {
      // already failing
    }
    try {
      if (c != null) {
        c.close();
      }
    } catch (SQLException ignored) {
      // already failing
    }
  }

  /** Indexes the documents stored after the index's last commit (a killed run's tail). */
  private synchronized void catchUpIndex() throws SQLException, IOException {
    long mark = index.committedSeq();
    long max = mark;
    try (PreparedStatement ps = writer.prepareStatement(
        "SELECT seq, record FROM documents WHERE seq > ? ORDER BY seq")) {
      ps.setLong(1, mark);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          max = rs.getLong(1);
          index.put(max, RecordJson.parse(rs.getString(2)));
        }
      }
    }
    writer.commit();
    lastSeq = Math.max(max, generation());
    if (max > mark) {
      index.commit(max);
    }
  }

  // ---- writing

  @Override
  public boolean hasInput(String rawHash) {
    return read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM raw_inputs WHERE raw_hash = ?")) {
        ps.setString(1, rawHash);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next();
        }
      }
    });
  }

  @Override
  public synchronized Added add(Document doc, String rawHash) {
    Connection writer = writer();
    String contentHash = Hashes.sha256(doc.text());
    try {
      String existing = one(writer, "SELECT id FROM documents WHERE content_hash = ?", contentHash);
      Added added;
      long seq = 0;
      if (existing != null) {
        added = new Added(existing, false);
      } else {
        String id = freeId(doc.id());
        Document d = id.equals(doc.id()) ? doc : doc.withId(id);
        seq = RowWriter.insert(writer, d, contentHash);
        doc = d;
        added = new Added(id, true);
      }
      if (rawHash != null) {
        try (PreparedStatement ps = writer.prepareStatement(
            "INSERT OR IGNORE INTO raw_inputs(raw_hash, doc_seq)"
                + " SELECT ?, seq FROM documents WHERE content_hash = ?")) {
          ps.setString(1, rawHash);
          ps.setString(2, contentHash);
          ps.executeUpdate();
        }
      }
      writer.commit();
      if (added.stored()) {
        lastSeq = seq;
        index.put(seq, doc);
        if (++uncommitted >= INDEX_COMMIT_EVERY
            || System.nanoTime() - lastCommit > INDEX_COMMIT_AFTER_MS * 1_000_000) {
          commit();
        }
      }
      return added;
    } catch (SQLException | IOException e) {
      try {
        writer.rollback();
      } catch (SQLException ignored) {
        // the first error says more
      }
      throw new StoreException("cannot store " + doc.id() + " in " + dir + ": " + e.getMessage(), e);
    }
  }

  private String freeId(String id) throws SQLException {
    String candidate = id;
    for (int k = 2; one(writer, "SELECT id FROM documents WHERE id = ?", candidate) != null; k++) {
      candidate = id + "-" + k;
    }
    return candidate;
  }

  @Override
  public synchronized void commit() {
    if (writer == null) {
      return;
    }
    try {
      index.commit(lastSeq);
      uncommitted = 0;
      lastCommit = System.nanoTime();
    } catch (IOException e) {
      throw new StoreException("cannot commit the search index of " + dir + ": " + e.getMessage(), e);
    }
  }

  // ---- reading

  /** A read on a pooled connection. */
  private interface SqlRead<T> {
    T apply(Connection c) throws SQLException, IOException;
  }

  private <T> T read(SqlRead<T> f) {
    Connection c = idle.poll();
    try {
      if (c == null) {
        c = readers.incrementAndGet() <= READERS ? connect(url) : idle.take();
      }
      return f.apply(c);
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot read the store " + dir + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while reading the store " + dir, e);
    } finally {
      if (c != null && !idle.offer(c)) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // the pool is full; this connection is not needed
        }
      }
    }
  }

  private static String one(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = Sql.prepare(c, sql, List.of(args)); ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  @Override
  public long count() {
    return read(c -> Long.parseLong(one(c, "SELECT count(*) FROM documents")));
  }

  @Override
  public long generation() {
    return read(c -> Long.parseLong(one(c, "SELECT coalesce(max(seq), 0) FROM documents")));
  }

  @Override
  public Optional<Document> document(String id) {
    return read(c -> Optional.ofNullable(one(c, "SELECT record FROM documents WHERE id = ?", id))
        .map(RecordJson::parse));
  }

  @Override
  public void eachDocument(int latest, Consumer<Document> action) {
    read(c -> {
      try (PreparedStatement ps = Sql.prepare(c, "SELECT record FROM (SELECT seq, record FROM"
              + " documents ORDER BY seq DESC LIMIT ?) ORDER BY seq", List.of(latest));
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          action.accept(RecordJson.parse(rs.getString(1)));
        }
      }
      return null;
    });
  }

  @Override
  public Page<DocumentSummary> documents(Filter f, int offset, int limit) {
    Page.check(offset, limit);
    Sql where = Sql.where()
        .and("d.outlet LIKE ? ESCAPE '\\'", f.outletLike())
        .and("d.published >= ?", f.from())
        .and("d.published < ?", f.toExclusive())
        .and("(d.seq IN (SELECT doc_seq FROM entities WHERE key = ?)"
            + " OR d.seq IN (SELECT doc_seq FROM events WHERE actor_key = ? OR recipient_key = ?))",
            f.entity(), f.entity(), f.entity())
        .and("d.seq IN (SELECT doc_seq FROM events WHERE type = ?)", f.eventTypeName());
    return read(c -> Sql.page(c, "SELECT d.id, d.title, d.outlet, d.published,"
            + " d.published_precision, d.path, d.url, d.language, d.entity_count, d.event_count,"
            + " d.claim_count FROM documents d" + where.sql()
            + " ORDER BY d.published DESC NULLS LAST, d.seq DESC",
        "SELECT count(*) FROM documents d" + where.sql(), where.args(), offset, limit,
        rs -> new DocumentSummary(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getInt(9), rs.getInt(10), rs.getInt(11))));
  }

  private static final String ENTITY_COLUMNS = "SELECT key, max(type), max(name), max(name_ar),"
      + " max(kb), max(country), max(sector), count(DISTINCT doc_seq), sum(mention_count)"
      + " FROM entities";

  private static EntitySummary entityRow(ResultSet rs) throws SQLException {
    return new EntitySummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9));
  }

  @Override
  public Page<EntitySummary> entities(EntityType type, String query, int offset, int limit) {
    Page.check(offset, limit);
    String like = query == null || query.isBlank() ? null : "%" + Sql.escapeLike(query.strip()) + "%";
    String likeNorm = like == null ? null
        : "%" + Sql.escapeLike(org.marsad.arabic.ArabicNormalizer.normalize(query.strip())) + "%";
    Sql where = Sql.where()
        .and("type = ?", type == null ? null : type.name())
        .and("(name LIKE ? ESCAPE '\\' OR name_ar LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\')",
            like, like, likeNorm);
    return read(c -> Sql.page(c,
        ENTITY_COLUMNS + where.sql() + " GROUP BY key ORDER BY count(DISTINCT doc_seq) DESC,"
            + " sum(mention_count) DESC, key",
        "SELECT count(DISTINCT key) FROM entities" + where.sql(), where.args(), offset, limit,
        SqliteStore::entityRow));
  }

  @Override
  public Optional<EntitySummary> entity(String key) {
    return read(c -> {
      List<EntitySummary> rows = Sql.list(c, ENTITY_COLUMNS + " WHERE key = ? GROUP BY key",
          List.of(key), SqliteStore::entityRow);
      return rows.stream().findFirst();
    });
  }

  @Override
  public List<Relation> relations(String key, int limit) {
    Page.check(0, limit);
    return read(c -> Sql.list(c,
        "SELECT recipient_key, max(recipient_name), 'out', type, count(*) FROM events"
            + " WHERE actor_key = ? AND recipient_key IS NOT NULL AND recipient_key <> actor_key"
            + " GROUP BY recipient_key, type"
            + " UNION ALL SELECT actor_key, max(actor_name), 'in', type, count(*) FROM events"
            + " WHERE recipient_key = ? AND actor_key IS NOT NULL AND recipient_key <> actor_key"
            + " GROUP BY actor_key, type ORDER BY 5 DESC, 1, 3, 4 LIMIT ?",
        List.of(key, key, limit),
        rs -> new Relation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getInt(5))));
  }

  private static Sql eventWhere(Filter f) {
    return Sql.where()
        .and("(e.actor_key = ? OR e.recipient_key = ?)", f.entity(), f.entity())
        .and("e.type = ?", f.eventTypeName())
        .and("d.outlet LIKE ? ESCAPE '\\'", f.outletLike())
        .and("e.day >= ?", f.from())
        .and("e.day < ?", f.toExclusive());
  }

  /** The events table, joined to the documents only when the outlet filter needs them. */
  private static String eventsFrom(Filter f) {
    return f.outlet() == null ? " FROM events e" : " FROM events e JOIN documents d ON d.seq = e.doc_seq";
  }

  @Override
  public Page<EventRow> events(Filter f, int offset, int limit) {
    return events(eventWhere(f), eventsFrom(f), offset, limit);
  }

  @Override
  public Page<EventRow> undatedEvents(Filter f, int offset, int limit) {
    Sql where = Sql.where()
        .and("(e.actor_key = ? OR e.recipient_key = ?)", f.entity(), f.entity())
        .and("e.type = ?", f.eventTypeName())
        .and("d.outlet LIKE ? ESCAPE '\\'", f.outletLike())
        .always("e.day IS NULL");
    return events(where, eventsFrom(f), offset, limit);
  }

  private Page<EventRow> events(Sql where, String from, int offset, int limit) {
    Page.check(offset, limit);
    return read(c -> Sql.page(c,
        "SELECT (SELECT id FROM documents WHERE seq = e.doc_seq), e.id, e.type, e.mode, e.context, e.actor_key, e.actor_name,"
            + " e.recipient_key, e.recipient_name, e.location_key, e.location_name, e.lat, e.lon,"
            + " e.geo_precision, e.date, e.date_precision, e.day, e.day_basis, e.negated,"
            + " e.hypothetical, e.claim, e.evidence_start, e.evidence_end, e.evidence,"
            + " e.confidence" + from + where.sql() + " ORDER BY e.day NULLS LAST, e.doc_seq, e.rowid",
        "SELECT count(*)" + from + where.sql(), where.args(), offset, limit,
        rs -> new EventRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5) == null || rs.getString(5).isEmpty()
                ? List.of() : List.of(rs.getString(5).split(",")),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
            rs.getString(11), Sql.doubleOrNull(rs, 12), Sql.doubleOrNull(rs, 13),
            Sql.intOrNull(rs, 14), rs.getString(15), rs.getString(16), rs.getString(17),
            rs.getString(18), rs.getInt(19) != 0, rs.getInt(20) != 0, rs.getString(21),
            rs.getInt(22), rs.getInt(23), rs.getString(24), rs.getDouble(25))));
  }

  @Override
  public Page<ClaimRow> claims(Filter f, ClaimModality modality, int offset, int limit) {
    Page.check(offset, limit);
    Sql where = Sql.where()
        .and("c.speaker_key = ?", f.entity())
        .and("c.modality = ?", modality == null ? null : modality.wire())
        .and("d.outlet LIKE ? ESCAPE '\\'", f.outletLike())
        .and("d.published >= ?", f.from())
        .and("d.published < ?", f.toExclusive());
    String from = " FROM claims c JOIN documents d ON d.seq = c.doc_seq";
    return read(c -> Sql.page(c,
        "SELECT d.id, c.id, c.speaker_key, c.speaker_text, c.speaker_kind, c.modality, c.cue,"
            + " c.content, c.evidence_start, c.evidence_end, c.evidence" + from + where.sql()
            + " ORDER BY d.seq, c.rowid",
        "SELECT count(*)" + from + where.sql(), where.args(), offset, limit,
        rs -> new ClaimRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
            rs.getInt(10), rs.getString(11))));
  }

  @Override
  public List<Rows.Place> places(Filter f) {
    Sql where = eventWhere(f).always("e.lat IS NOT NULL");
    return read(c -> Sql.list(c,
        "SELECT e.location_key, max(e.location_name), e.lat, e.lon, max(e.geo_precision),"
            + " count(*), group_concat(DISTINCT e.type)" + eventsFrom(f) + where.sql()
            + " GROUP BY e.location_key, e.lat, e.lon ORDER BY count(*) DESC, e.location_key"
            + " LIMIT 500",
        where.args(),
        rs -> new Rows.Place(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
            rs.getInt(5), rs.getInt(6), List.of(rs.getString(7).split(",")))));
  }

  @Override
  public List<TimelineBucket> timeline(Filter f, String granularity) {
    int length = switch (granularity) {
      case "day" -> 10;
      case "month" -> 7;
      case "year" -> 4;
      default -> throw new IllegalArgumentException(
          "granularity must be day, month or year: " + granularity);
    };
    Sql where = eventWhere(f)
        .and("length(e.day) >= ?", length)
        .and("e.negated = ?", 0)
        .and("e.hypothetical = ?", 0);
    List<Object> args = new ArrayList<>();
    args.add(length);
    args.addAll(where.args());
    Sql undated = Sql.where()
        .and("(e.actor_key = ? OR e.recipient_key = ?)", f.entity(), f.entity())
        .and("e.type = ?", f.eventTypeName())
        .and("d.outlet LIKE ? ESCAPE '\\'", f.outletLike())
        .always("e.day IS NULL")
        .and("e.negated = ?", 0)
        .and("e.hypothetical = ?", 0);
    boolean withUndated = f.from() == null && f.to() == null;
    return read(c -> {
      List<TimelineBucket> out = new ArrayList<>(Sql.list(c,
          "SELECT substr(e.day, 1, ?) AS period, e.type, count(*)" + eventsFrom(f) + where.sql()
              + " GROUP BY period, e.type ORDER BY period, e.type",
          args, rs -> new TimelineBucket(rs.getString(1), rs.getString(2), rs.getInt(3))));
      if (withUndated) {
        out.addAll(Sql.list(c, "SELECT 'unknown', e.type, count(*)" + eventsFrom(f)
                + undated.sql() + " GROUP BY e.type ORDER BY e.type", undated.args(),
            rs -> new TimelineBucket(rs.getString(1), rs.getString(2), rs.getInt(3))));
      }
      return out;
    });
  }

  @Override
  public Page<SearchHit> search(String query, Filter f, int offset, int limit) {
    Page.check(offset, limit);
    return read(c -> {
      SearchIndex.Hits hits = index.search(query, f, offset, limit);
      List<SearchHit> out = new ArrayList<>();
      for (int i = 0; i < hits.seqs().size(); i++) {
        List<SearchHit> row = Sql.list(c,
            "SELECT id, title, outlet, published, json_extract(record, '$.text')"
                + " FROM documents WHERE seq = ?", List.of(hits.seqs().get(i)),
            rs -> new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), 0f, rs.getString(5), List.of()));
        if (!row.isEmpty()) {
          out.add(snippet(query, row.get(0), hits.scores().get(i)));
        }
      }
      return new Page<>(hits.total(), offset, limit, out);
    });
  }

  /** The hit with its text cut to a window around the first match, highlights relative to it. */
  private SearchHit snippet(String query, SearchHit full, float score) {
    String text = full.snippet() == null ? "" : full.snippet();
    List<Highlight> all = index.matches(query, text, SNIPPET);
    int from = all.isEmpty() ? 0 : Math.max(0, all.get(0).start() - SNIPPET / 3);
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    int to = Math.min(text.length(), from + SNIPPET);
    while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
      to++;
    }
    List<Highlight> inside = new ArrayList<>();
    for (Highlight h : all) {
      if (h.start() >= from && h.end() <= to) {
        inside.add(new Highlight(h.start() - from, h.end() - from));
      }
    }
    return new SearchHit(full.id(), full.title(), full.outlet(), full.published(), score,
        text.substring(from, to), inside);
  }

  @Override
  public Optional<String> cached(String name) {
    return read(c -> Optional.ofNullable(one(c,
        "SELECT json FROM corpus_cache WHERE name = ? AND generation ="
            + " (SELECT coalesce(max(seq), 0) FROM documents)", name)));
  }

  @Override
  public synchronized void cache(String name, String json) {
    if (writer == null) {
      return; // a reader keeps its results in memory; the writing process owns the cache
    }
    try (PreparedStatement ps = writer.prepareStatement(
        "INSERT OR REPLACE INTO corpus_cache(name, generation, json)"
            + " VALUES (?, (SELECT coalesce(max(seq), 0) FROM documents), ?)")) {
      ps.setString(1, name);
      ps.setString(2, json);
      ps.executeUpdate();
      writer.commit();
    } catch (SQLException e) {
      throw new StoreException("cannot cache " + name + " in " + dir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<String> verify() {
    return read(c -> {
      List<String> problems = new ArrayList<>();
      String integrity = one(c, "PRAGMA integrity_check");
      if (!"ok".equals(integrity)) {
        problems.add("database integrity: " + integrity);
      }
      try (PreparedStatement ps = c.prepareStatement("PRAGMA foreign_key_check");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          problems.add("dangling row in " + rs.getString(1) + " (rowid " + rs.getLong(2) + ")");
        }
      }
      Map<Long, int[]> rows = new HashMap<>();
      String[] tables = {"entities", "events", "claims"};
      for (int t = 0; t < tables.length; t++) {
        int col = t;
        for (long[] r : Sql.list(c, "SELECT doc_seq, count(*) FROM " + tables[t] + " GROUP BY doc_seq",
            List.of(), rs -> new long[] {rs.getLong(1), rs.getLong(2)})) {
          rows.computeIfAbsent(r[0], k -> new int[3])[col] = (int) r[1];
        }
      }
      long docs = 0;
      try (PreparedStatement ps = c.prepareStatement(
              "SELECT seq, id, content_hash, record FROM documents ORDER BY seq");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          docs++;
          String id = rs.getString(2);
          Document d;
          try {
            d = RecordJson.parse(rs.getString(4));
          } catch (IllegalArgumentException e) {
            problems.add(id + ": stored record does not parse: " + e.getMessage());
            continue;
          }
          int[] n = rows.getOrDefault(rs.getLong(1), new int[3]);
          if (n[0] != d.entities().size() || n[1] != d.events().size() || n[2] != d.claims().size()) {
            problems.add(id + ": rows do not match the record");
          }
          if (!Hashes.sha256(d.text()).equals(rs.getString(3))) {
            problems.add(id + ": content hash does not match the text");
          }
          if (!d.id().equals(id)) {
            problems.add(id + ": record id is " + d.id());
          }
        }
      }
      int indexed = index.liveDocs();
      if (indexed != docs) {
        problems.add("search index holds " + indexed + " documents, the database " + docs);
      }
      return problems;
    });
  }

  @Override
  public synchronized void close() {
    try {
      if (writer != null) {
        index.commit(lastSeq);
      }
    } catch (IOException e) {
      throw new StoreException("cannot commit the search index of " + dir + ": " + e.getMessage(), e);
    } finally {
      Connection c;
      while ((c = idle.poll()) != null) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // closing anyway
        }
      }
      closeQuietly(index, writer);
    }
  }
}
