/**
 * The REST API (JSON) and the web page over a {@link org.marsad.store.Store}, served by the JDK's
 * HTTP server. Every route is declared in {@link org.marsad.server.Routes}.
 */
package org.marsad.server;
