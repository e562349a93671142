package org.marsad.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.marsad.model.Document;

/**
 * Writes the events of documents in one export format. Call {@link #begin} once, then {@link
 * #write} for each document; the caller owns the writer, which must encode UTF-8. Implementations
 * are stateless and thread-safe.
 */
public interface EventExport {
  /** The format names, as the command line spells them. */
  List<String> FORMATS = List.of("plover", "acled-csv", "polecat");

  /** Writes what comes before the first document (a header); nothing by default. */
  default void begin(Writer out) throws IOException {}

  /**
   * Writes the selected events of {@code doc} and returns how many were written. A document whose
   * events name an entity or claim it does not hold is rejected with an {@link
   * IllegalArgumentException} before anything of it is written.
   */
  int write(Document doc, Writer out) throws IOException;

  /** PLOVER-style JSON Lines: one object per event. */
  static EventExport plover(EventSelection selection) {
    return new PloverExport(selection);
  }

  /**
   * ACLED-style CSV (RFC 4180, CRLF line ends) with a header line; with {@code bom} the output
   * starts with a byte-order mark, which spreadsheet programs need to read the file as UTF-8.
   */
  static EventExport acledCsv(EventSelection selection, boolean bom) {
    return new AcledCsvExport(selection, bom);
  }

  /**
   * Tab-separated values in the field layout of the published POLECAT data (its 40 columns, a
   * header line, one line per event).
   */
  static EventExport polecat(EventSelection selection) {
    return new PolecatExport(selection);
  }

  /** The export named {@code format}, one of {@link #FORMATS}. */
  static EventExport named(String format, EventSelection selection, boolean bom) {
    if (bom && FORMATS.contains(format) && !format.equals("acled-csv")) {
      throw new IllegalArgumentException("a byte-order mark is for acled-csv, not " + format);
    }
    return switch (format) {
      case "plover" -> plover(selection);
      case "acled-csv" -> acledCsv(selection, bom);
      case "polecat" -> polecat(selection);
      default -> throw new IllegalArgumentException(
          "unknown export format '" + format + "' (known: " + String.join(", ", FORMATS) + ")");
    };
  }
}
