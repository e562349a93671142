package org.marsad.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Event;

/**
 * ACLED-style CSV: the columns of {@link #HEADER}, one row per event, RFC 4180 (fields holding a
 * comma, a double quote or a line break are quoted, quotes doubled; CRLF after every row).
 *
 * <ul>
 *   <li>{@code event_date}: ISO 8601. A day is written as is; a range as its middle day, so that
 *       the column holds one date; a month or a year at its own precision ({@code 2020-05},
 *       {@code 2020}); empty when unknown. Nothing is guessed from the publication date.
 *   <li>{@code time_precision}, as ACLED codes it: 1 a day, 2 a week or a range of days, 3 a
 *       month, a year or unknown.
 *   <li>{@code event_type}: the PLOVER type, then the mode after a colon ({@code ASSAULT:aerial}).
 *   <li>{@code actor1}, {@code actor2}: the canonical names of the actors the parties stand for
 *       (a capital acting is its state: "Egypt", not "Cairo"); {@code location}: the place's
 *       canonical name.
 *   <li>{@code latitude}, {@code longitude}, {@code geo_precision}: from the event's geo, else
 *       empty.
 *   <li>{@code source}: the outlet, else the URL, else the input path; {@code notes}: the
 *       evidence sentence.
 * </ul>
 */
final class AcledCsvExport implements EventExport {
  static final List<String> HEADER = List.of("event_date", "time_precision", "event_type",
      "actor1", "actor2", "location", "latitude", "longitude", "geo_precision", "source", "notes");

  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final String ROW_END = "\r\n";

  private final EventSelection selection;
  private final boolean bom;

  AcledCsvExport(EventSelection selection, boolean bom) {
    this.selection = selection;
    this.bom = bom;
  }

  @Override
  public void begin(Writer out) throws IOException {
    if (bom) {
      out.write(BYTE_ORDER_MARK);
    }
    out.write(row(HEADER));
  }

  @Override
  public int write(Document doc, Writer out) throws IOException {
    List<String> rows = new ArrayList<>();
    for (ResolvedEvent r : ResolvedEvent.of(doc, selection)) {
      rows.add(row(fields(r)));
    }
    for (String row : rows) {
      out.write(row);
    }
    return rows.size();
  }

  private static List<String> fields(ResolvedEvent r) {
    Event e = r.event();
    var geo = e.geo();
    return Arrays.asList(
        eventDate(e.date()),
        Integer.toString(timePrecision(e.date())),
        e.mode() == null || e.mode().isBlank() ? e.type() : e.type() + ":" + e.mode(),
        ResolvedEvent.partyName(r.actor()),
        ResolvedEvent.partyName(r.recipient()),
        ResolvedEvent.name(r.location()),
        geo == null ? null : decimal(geo.lat()),
        geo == null ? null : decimal(geo.lon()),
        geo == null ? null : Integer.toString(geo.precision()),
        r.source(),
        e.evidence().text());
  }

  /** ACLED's time precision for a record date. */
  static int timePrecision(DateValue date) {
    return switch (date.precision()) {
      case "day" -> 1;
      case "range" -> 2;
      default -> 3;
    };
  }

  static String eventDate(DateValue date) {
    if (date.value() == null) {
      return null;
    }
    if (date.precision().equals("range")) {
      String[] ends = date.value().split("/", 2);
      try {
        LocalDate from = LocalDate.parse(ends[0]);
        LocalDate to = ends.length == 2 ? LocalDate.parse(ends[1]) : from;
        return from.plusDays(ChronoUnit.DAYS.between(from, to) / 2).toString();
      } catch (java.time.format.DateTimeParseException ignored) {
        return date.value(); // not a pair of days: keep what the record says
      }
    }
    return date.value();
  }

  /** A coordinate in plain decimal notation (never {@code 1.0E-4}). */
  private static String decimal(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /** One RFC 4180 row, CRLF included; a null field is empty. */
  static String row(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(field(fields.get(i)));
    }
    return b.append(ROW_END).toString();
  }

  static String field(String value) {
    if (value == null) {
      return "";
    }
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
        || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
