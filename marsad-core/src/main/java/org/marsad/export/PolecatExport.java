package org.marsad.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.corpus.Actor;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;

/**
 * Events in the field layout of the published POLECAT data: tab-separated, a header line with
 * POLECAT's 40 column names in POLECAT's order ({@link #HEADER}), one line per event, so that
 * scripts written for POLECAT's weekly files read it. Tabs and line breaks inside a value become
 * spaces; an unknown value is an empty cell.
 *
 * <ul>
 *   <li>Event ID: the document id and the event id; Event Date: one ISO day (as the ACLED export
 *       gives it: a span's middle day, an undated event its article's publication date).
 *   <li>Event Type, Event Mode, Contexts (separated by {@code ;}): the PLOVER codes; Quad Code:
 *       1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict,
 *       from {@code polecat-codes.tsv}. Event Intensity stays empty: Marsad has no intensity
 *       scale.
 *   <li>Actor and Recipient: the canonical name of the actor the party stands for (a capital
 *       acting is its state), its country (ISO alpha-3) and Correlates of War number, its sector
 *       (Primary and all: one), the title it held on the event's day by the knowledge base's
 *       dated roles, and its words in the evidence sentence (Name Raw). The Wikipedia ids stay
 *       empty: the knowledge base keeps its own keys.
 *   <li>Placename, City (for a city, capital, town or village), Province (the first-level
 *       division), Country, Latitude, Longitude, Raw Placename (the place's words in the evidence
 *       sentence) and Feature Type (the knowledge base's kind of place); District and GeoNames ID
 *       stay empty.
 *   <li>Source: the outlet, else the URL's host; Publication Date; Story People, Story
 *       Organizations and Story Locations: the names of the article's persons, organizations
 *       and places, separated by {@code ;}; Language; Version: the record format.
 * </ul>
 */
final class PolecatExport implements EventExport {
  static final List<String> HEADER = List.of("Event ID", "Event Date", "Event Type",
      "Event Mode", "Event Intensity", "Quad Code", "Contexts", "Actor Name", "Actor Country",
      "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title", "Actor Name Raw",
      "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW",
      "Primary Recipient Sector", "Recipient Sectors", "Recipient Title", "Recipient Name Raw",
      "Wikipedia Recipient ID", "Placename", "City", "District", "Province", "Country",
      "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type", "Source",
      "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language",
      "Version");

  private static final Set<String> SETTLEMENTS = Set.of("city", "capital", "town", "village");

  private final EventSelection selection;

  PolecatExport(EventSelection selection) {
    this.selection = selection;
  }

  @Override
  public void begin(Writer out) throws IOException {
    out.write(line(HEADER));
  }

  @Override
  public int write(Document doc, Writer out) throws IOException {
    return ResolvedEvent.writeLines(doc, selection, r -> line(fields(r)), out);
  }

  private static List<String> fields(ResolvedEvent r) {
    Document doc = r.doc();
    Event e = r.event();
    DateValue when = e.date().value() != null ? e.date() : doc.published();
    String day = AcledCsvExport.eventDate(when);
    Optional<KbEntry> place = kb(r.location());
    List<String> out = new ArrayList<>(HEADER.size());
    out.addAll(Arrays.asList(doc.id() + "-" + e.id(), day, e.type().name(),
        e.mode() == null ? null : e.mode().wire(), null,
        PolecatCodes.standard().quad(e.type()), String.join(";", e.context())));
    out.addAll(party(r.actor(), e, day));
    out.addAll(party(r.recipient(), e, day));
    out.addAll(Arrays.asList(
        ResolvedEvent.name(r.location()),
        place.filter(p -> SETTLEMENTS.contains(p.placeKind())).map(KbEntry::nameEn).orElse(null),
        null,
        place.map(KbEntry::admin1).filter(a -> !a.isBlank()).orElse(null),
        place.map(KbEntry::country).map(AcledCsvExport::countryName).orElse(null),
        e.geo() == null ? null : AcledCsvExport.decimal(e.geo().lat()),
        e.geo() == null ? null : AcledCsvExport.decimal(e.geo().lon()),
        null,
        raw(r.location(), e),
        place.map(KbEntry::placeKind).orElse(null),
        r.outletOrHost(),
        doc.published().value(),
        names(doc, EntityType.PERSON),
        names(doc, EntityType.ORGANIZATION),
        names(doc, EntityType.LOCATION),
        doc.language(),
        doc.format()));
    return out;
  }

  /** Name, Country, COW, Primary Sector, Sectors, Title, Name Raw, Wikipedia ID of a party. */
  private static List<String> party(Entity e, Event event, String day) {
    Actor a = Actor.party(e);
    if (a == null) {
      return Arrays.asList(new String[8]);
    }
    return Arrays.asList(
        a.name() != null ? a.name() : a.nameAr(),
        a.country(),
        PolecatCodes.standard().cow(a.country()),
        a.sector(),
        a.sector(),
        title(kb(e), day),
        raw(e, event),
        null);
  }

  /** The title the actor held on {@code day} by the knowledge base's dated roles; else null. */
  static String title(Optional<KbEntry> entry, String day) {
    if (day == null) {
      return null;
    }
    return entry.stream().flatMap(k -> k.roles().stream())
        .filter(role -> held(role, day))
        .map(KbEntry.Role::title).findFirst().orElse(null);
  }

  /** Whether {@code day} (ISO) falls within a role's from..to, either given as year or month. */
  static boolean held(KbEntry.Role role, String day) {
    return role.heldOn(day);
  }


  /** The entity's words within the event's evidence sentence, else its first mention's. */
  private static String raw(Entity e, Event event) {
    if (e == null || e.mentions().isEmpty()) {
      return null;
    }
    int from = event.evidence().start();
    int to = event.evidence().end();
    return e.mentions().stream().filter(m -> m.start() >= from && m.end() <= to)
        .findFirst().orElse(e.mentions().get(0)).text();
  }

  private static String names(Document doc, EntityType type) {
    Set<String> names = new LinkedHashSet<>();
    for (Entity x : doc.entities()) {
      if (x.type() == type) {
        names.add(ResolvedEvent.name(x));
      }
    }
    return names.isEmpty() ? null : String.join(";", names);
  }

  private static Optional<KbEntry> kb(Entity e) {
    return e == null || e.kb() == null ? Optional.empty() : KnowledgeBase.standard().get(e.kb());
  }


  /** One tab-separated line: null is empty; tabs and line breaks in a value become spaces. */
  static String line(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append('\t');
      }
      String f = fields.get(i);
      if (f != null) {
        b.append(f.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " "));
      }
    }
    return b.append('\n').toString();
  }
}
