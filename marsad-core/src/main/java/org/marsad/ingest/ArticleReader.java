package org.marsad.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads the articles of one file of one format, handing each article and each bad record to
 * {@code out} as soon as it is read, in file order, so that a container of any size (JSON Lines,
 * WARC) never has to be held in memory. Implementations report a bad record as an {@link
 * InputError} and go on with the next; an {@link IOException} is left to the caller, which
 * reports it for the rest of the file (what was handed over before it stays handed over).
 */
interface ArticleReader {
  void read(Path file, String displayPath, Limits limits, Ingest.Sink out) throws IOException;
}
