/** The REST API and the web page over the store. Depends on the store and the core. */
package org.marsad.server;
