package org.marsad.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads the articles of one file of one format. Implementations report a bad record as an {@link
 * InputError} and go on with the next; an {@link IOException} is left to the caller, which turns
 * it into an error for the whole file.
 */
interface ArticleReader {
  ReadResult read(Path file, String displayPath, Limits limits) throws IOException;
}
