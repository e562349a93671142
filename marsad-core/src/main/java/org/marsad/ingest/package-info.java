/**
 * Readers for the input formats (plain text, HTML, JSON Lines, WARC) and encoding detection: turn
 * files into {@link org.marsad.ingest.RawArticle}s or into one clear error per bad input.
 */
package org.marsad.ingest;
