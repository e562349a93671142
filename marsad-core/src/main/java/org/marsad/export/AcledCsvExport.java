package org.marsad.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marsad.corpus.Actor;
import org.marsad.corpus.Casualties;
import org.marsad.corpus.TimeSpan;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.DateValue;
import org.marsad.data.CsvRecords;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * ACLED-style CSV: ACLED's own columns ({@link #HEADER}, in ACLED's order), one row per event,
 * RFC 4180 as Apache Commons CSV writes it (fields holding a comma, a double quote or a line
 * break are quoted, quotes doubled; CRLF after every row), so that tools built for ACLED data
 * read it.
 *
 * <ul>
 *   <li>{@code event_id_cnty}: the country's ISO alpha-3 code (XXX when unknown), the document
 *       id and the event id, joined by hyphens.
 *   <li>{@code event_date}: one ISO day. A day is written as is; a range, a month or a year as its
 *       middle day; an undated event as its article's publication date (time precision 2: ACLED's
 *       "within the week"); empty when neither is known. {@code year}: its year.
 *   <li>{@code time_precision}, as ACLED codes it: 1 a day, 2 a range of days or the publication
 *       date, 3 a month or a year.
 *   <li>{@code disorder_type}, {@code event_type}, {@code sub_event_type}: ACLED's taxonomy, from
 *       the PLOVER type and mode through the reviewed table {@code acled-taxonomy.tsv}
 *       ({@link AcledTaxonomy}); the PLOVER code itself is in {@code tags}.
 *   <li>{@code actor1}, {@code actor2}: the canonical names of the actors the parties stand for (a
 *       capital acting is its state: "Egypt", not "Cairo"); {@code inter1}, {@code inter2}:
 *       ACLED's actor type codes from the knowledge base's sector (1 state forces: a state, its
 *       government, military, police or intelligence; 2 rebel groups; 3 political militias,
 *       unaffiliated armed groups; 7 civilians, media, companies, NGOs, religious bodies; 8
 *       international organizations; empty when unknown), and {@code interaction} the two codes,
 *       smaller first (one alone followed by 0: {@code 10}). {@code assoc_actor_1} and
 *       {@code assoc_actor_2} stay empty.
 *   <li>{@code civilian_targeting}: "Civilian targeting" for violence against civilians.
 *   <li>{@code country}, {@code admin1}, {@code location}, {@code latitude}, {@code longitude},
 *       {@code geo_precision}: the place's country (else the actor's), first-level division and
 *       canonical name, and the event's geo. {@code iso} (ACLED's numeric country code) stays
 *       empty: the knowledge base keeps alpha codes.
 *   <li>{@code source}: the outlet, else the URL's host; {@code source_scale} stays empty;
 *       {@code notes}: the evidence sentence; {@code fatalities}: the dead the sentence counts
 *       for an assault, else 0; {@code tags}: the PLOVER type and mode, and the event's
 *       confidence.
 * </ul>
 */
final class AcledCsvExport implements EventExport {
  static final List<String> HEADER = List.of("event_id_cnty", "event_date", "year",
      "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
      "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
      "civilian_targeting", "iso", "country", "admin1", "location", "latitude", "longitude",
      "geo_precision", "source", "source_scale", "notes", "fatalities", "tags");

  /** ACLED's actor type codes used here. */
  static final int STATE_FORCES = 1;
  static final int REBELS = 2;
  static final int MILITIAS = 3;
  static final int PROTESTERS = 6;
  static final int CIVILIANS = 7;
  static final int EXTERNAL = 8;

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
    return ResolvedEvent.writeLines(doc, selection, r -> row(fields(r)), out);
  }

  private static List<String> fields(ResolvedEvent r) {
    Event e = r.event();
    var geo = e.geo();
    Actor actor1 = Actor.party(r.actor());
    Actor actor2 = Actor.party(r.recipient());
    int inter1 = inter(actor1);
    int inter2 = inter(actor2);
    AcledTaxonomy.Kind kind = AcledTaxonomy.standard().of(e.type(), e.mode(), inter1, inter2);
    Optional<KbEntry> place = r.location() == null || r.location().kb() == null ? Optional.empty()
        : KnowledgeBase.standard().get(r.location().kb());
    String countryCode = place.map(KbEntry::country)
        .orElse(actor1 != null ? actor1.country() : null);
    String country = countryCode == null ? null : countryName(countryCode);
    boolean dated = e.date().value() != null;
    DateValue when = dated ? e.date() : r.doc().published();
    String day = eventDate(when);
    Integer killed = e.type() == EventType.ASSAULT
        ? Casualties.read(e.evidence().text()).map(Casualties.Count::killed).orElse(null) : null;
    return Arrays.asList(
        (countryCode == null ? "XXX" : countryCode) + "-" + r.doc().id() + "-" + e.id(),
        day,
        day == null ? null : day.substring(0, 4),
        day == null ? null
            : Integer.toString(dated ? timePrecision(when) : "day".equals(when.precision()) ? 2 : 3),
        kind.disorderType(),
        kind.eventType(),
        kind.subEventType(),
        name(actor1),
        null,
        code(inter1),
        name(actor2),
        null,
        code(inter2),
        interaction(inter1, inter2),
        kind.eventType().equals("Violence against civilians") ? "Civilian targeting" : null,
        null,
        country,
        place.map(KbEntry::admin1).filter(a -> !a.isBlank()).orElse(null),
        ResolvedEvent.name(r.location()),
        geo == null ? null : decimal(geo.lat()),
        geo == null ? null : decimal(geo.lon()),
        geo == null ? null : Integer.toString(geo.precision()),
        r.outletOrHost(),
        null,
        e.evidence().text(),
        Integer.toString(killed == null ? 0 : killed),
        "plover=" + (e.mode() == null ? e.type() : e.type() + ":" + e.mode())
            + "; confidence=" + e.confidence());
  }

  private static String name(Actor a) {
    return a == null ? null : a.name() != null ? a.name() : a.nameAr();
  }

  /** A country's English name from its ISO alpha-3 code, else the code. */
  static String countryName(String iso3) {
    return KnowledgeBase.standard().get(iso3.toLowerCase(Locale.ROOT)).map(KbEntry::nameEn)
        .orElse(iso3);
  }

  /** ACLED's interaction code: the two actor types, smaller first; one alone is followed by 0. */
  static String interaction(int inter1, int inter2) {
    if (inter1 == 0 && inter2 == 0) {
      return null;
    }
    if (inter1 == 0 || inter2 == 0) {
      return Integer.toString(Math.max(inter1, inter2) * 10);
    }
    return Integer.toString(Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2));
  }

  private static String code(int inter) {
    return inter == 0 ? null : Integer.toString(inter);
  }

  /** ACLED's actor type code of an actor, from its knowledge-base kind and sector; 0 unknown. */
  static int inter(Actor a) {
    if (a == null) {
      return 0;
    }
    if (a.kb() != null && KnowledgeBase.standard().get(a.kb())
        .map(KbEntry::isCountry).orElse(false)) {
      return STATE_FORCES;
    }
    String sector = a.sector() == null ? "" : a.sector();
    return switch (sector) {
      case "GOV", "MIL", "COP", "SPY" -> STATE_FORCES;
      case "REB" -> REBELS;
      case "UAF" -> MILITIAS;
      case "OPP", "EDU", "LAB" -> PROTESTERS;
      case "CVL", "MED", "BUS", "NGO", "REL" -> CIVILIANS;
      case "IGO" -> EXTERNAL;
      default -> 0;
    };
  }

  /** ACLED's time precision for a record date. */
  static int timePrecision(DateValue date) {
    return switch (date.precision()) {
      case "day" -> 1;
      case "range" -> 2;
      default -> 3;
    };
  }

  /** One ISO day for a record date: the day, or the middle day of its span; null if unknown. */
  static String eventDate(DateValue date) {
    if (date == null || date.value() == null) {
      return null;
    }
    return TimeSpan.of(date)
        .map(t -> t.from().plusDays(ChronoUnit.DAYS.between(t.from(), t.to()) / 2).toString())
        .orElse(null);
  }

  /** A coordinate in plain decimal notation (never {@code 1.0E-4}). */
  static String decimal(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /**
   * One RFC 4180 row, CRLF included, written by Apache Commons CSV: a null field is empty; a
   * field is quoted when it holds a comma, a double quote or a line break (quotes doubled), and,
   * as Commons CSV does, when it starts with a space or one of {@code !"#}, ends in a space, or is
   * an empty first field.
   */
  static String row(List<String> fields) {
    return CsvRecords.RFC_4180.format(fields.toArray()) + ROW_END;
  }
}
