-- The Marsad store, schema version 1 (SQLite). Statements are separated by lines holding only ";".
-- documents.record keeps the whole marsad/1 record; the other tables are its rows, written in the
-- same transaction, so that filters and aggregations are SQL queries.
-- An entity's key is "kb:" and its knowledge-base key, or "name:" and its normalized name.
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)
;
CREATE TABLE IF NOT EXISTS documents (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  path TEXT,
  url TEXT,
  outlet TEXT,
  title TEXT,
  published TEXT,
  published_precision TEXT NOT NULL,
  language TEXT,
  entity_count INTEGER NOT NULL,
  event_count INTEGER NOT NULL,
  claim_count INTEGER NOT NULL,
  record TEXT NOT NULL)
;
CREATE INDEX IF NOT EXISTS documents_outlet ON documents(outlet)
;
CREATE INDEX IF NOT EXISTS documents_published ON documents(published)
;
-- Inputs already read (hash of the raw content), so that a rerun skips them before the pipeline.
CREATE TABLE IF NOT EXISTS raw_inputs (
  raw_hash TEXT PRIMARY KEY,
  doc_seq INTEGER NOT NULL REFERENCES documents(seq))
;
CREATE TABLE IF NOT EXISTS entities (
  doc_seq INTEGER NOT NULL REFERENCES documents(seq),
  id TEXT NOT NULL,
  key TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT,
  name_ar TEXT,
  kb TEXT,
  country TEXT,
  sector TEXT,
  mention_count INTEGER NOT NULL,
  PRIMARY KEY (doc_seq, id))
;
CREATE INDEX IF NOT EXISTS entities_key ON entities(key)
;
CREATE TABLE IF NOT EXISTS mentions (
  doc_seq INTEGER NOT NULL REFERENCES documents(seq),
  entity_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL)
;
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_seq, entity_id)
;
-- day: the event's own date when it has one, else the document's publication date (day_basis).
CREATE TABLE IF NOT EXISTS events (
  doc_seq INTEGER NOT NULL REFERENCES documents(seq),
  id TEXT NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  context TEXT,
  actor_key TEXT,
  actor_name TEXT,
  recipient_key TEXT,
  recipient_name TEXT,
  location_key TEXT,
  location_name TEXT,
  lat REAL,
  lon REAL,
  geo_precision INTEGER,
  date TEXT,
  date_precision TEXT NOT NULL,
  day TEXT,
  day_basis TEXT,
  negated INTEGER NOT NULL,
  hypothetical INTEGER NOT NULL,
  claim TEXT,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  confidence REAL NOT NULL,
  PRIMARY KEY (doc_seq, id))
;
CREATE INDEX IF NOT EXISTS events_type ON events(type)
;
CREATE INDEX IF NOT EXISTS events_actor ON events(actor_key)
;
CREATE INDEX IF NOT EXISTS events_recipient ON events(recipient_key)
;
CREATE INDEX IF NOT EXISTS events_day ON events(day)
;
CREATE TABLE IF NOT EXISTS claims (
  doc_seq INTEGER NOT NULL REFERENCES documents(seq),
  id TEXT NOT NULL,
  speaker_key TEXT,
  speaker_text TEXT,
  speaker_kind TEXT NOT NULL,
  via TEXT,
  modality TEXT NOT NULL,
  cue TEXT,
  content TEXT,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (doc_seq, id))
;
CREATE INDEX IF NOT EXISTS claims_speaker ON claims(speaker_key)
;
-- Cross-document results (stories, contradictions, the actor graph), computed from all documents
-- and valid while the store's generation (its highest document seq) is unchanged.
CREATE TABLE IF NOT EXISTS corpus_cache (
  name TEXT PRIMARY KEY,
  generation INTEGER NOT NULL,
  json TEXT NOT NULL)
