package org.marsad.batch;

import java.util.Objects;
import org.marsad.ingest.RawArticle;
import org.marsad.model.Document;

/**
 * One thing a batch hands back, in input order: a document and how it ended, or a problem met
 * reading a file.
 *
 * @param file the index of its source in the batch's list
 * @param index its position among the items of its file, from 0 (errors counted)
 * @param path where it came from: the file, with {@code :LINE} for a JSON Lines record and
 *     {@code #N} for a WARC record
 * @param article the article as read, when one was read
 * @param document the record, when {@link Status#written()}
 * @param message the notice or the problem in one line, or null when there is nothing to say
 */
public record Item(int file, int index, Status status, String path, RawArticle article,
    Document document, String message) {
  public Item {
    Objects.requireNonNull(status, "status");
    if (status.written() != (document != null)) {
      throw new IllegalArgumentException(status + " with document " + document);
    }
    if (status.failed() && message == null) {
      throw new IllegalArgumentException(status + " needs a message");
    }
  }

  /** The line that reports this item, {@code marsad: PATH: MESSAGE}, or null when none. */
  public String line() {
    return message == null ? null : "marsad: " + path + ": " + message;
  }
}
