/**
 * The embedded store and its search index, behind the small {@link org.marsad.store.Store}
 * interface: SQLite (through JDBC) for the records and their rows, Lucene with Arabic analysis for
 * full-text search. Depends on the core only; the server and the CLI depend on it.
 */
package org.marsad.store;
