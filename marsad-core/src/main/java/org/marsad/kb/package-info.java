/**
 * The knowledge base of actors (with dated roles), places (with coordinates) and outlets, kept as
 * reviewed TSV files next to this package's code and loaded once.
 */
package org.marsad.kb;
