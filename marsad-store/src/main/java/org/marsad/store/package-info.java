/**
 * The embedded store and its search index, behind a small repository interface. Depends on the
 * core only; the server and the CLI depend on it.
 */
package org.marsad.store;
