package org.marsad.server;

import java.util.ArrayList;
import java.util.List;
import org.marsad.server.Route.Param;

/** Every route of the API, in one place. All are GET; all answer JSON. */
final class Routes {
  private Routes() {}

  private static final Param OFFSET = new Param("offset", "first item of the page (default 0)");
  private static final Param LIMIT =
      new Param("limit", "items per page, 1 to " + org.marsad.store.Page.MAX_LIMIT + " (default 20)");
  private static final List<Param> FILTER = List.of(
      new Param("entity", "entity key (kb:KEY or name:NAME; a bare KEY or NAME is looked up)"),
      new Param("type", "PLOVER event type"),
      new Param("outlet", "outlet name, or part of it"),
      new Param("from", "first date, YYYY[-MM[-DD]], inclusive"),
      new Param("to", "last date, YYYY[-MM[-DD]], inclusive"));

  private static List<Param> with(List<Param> base, Param... more) {
    List<Param> out = new ArrayList<>(base);
    out.addAll(List.of(more));
    return out;
  }

  static List<Route> all(RecordsController rec, CorpusController corpus, OpenApi openApi) {
    return List.of(
        new Route("/api/search", "Full-text search with Arabic normalization, newest first when q is empty",
            with(FILTER, new Param("q", "the words to find: every word must match; OR between two"
                + " words lets either match; \"a phrase\" in double quotes; -word or -\"a phrase\""
                + " leaves out the documents that have it"), OFFSET, LIMIT),
            rec::search),
        new Route("/api/documents", "Documents, newest first", with(FILTER, OFFSET, LIMIT),
            rec::documents),
        new Route("/api/documents/{id}", "One document: the whole marsad/1 record, with entity_keys (entity id to store-wide key)", List.of(),
            rec::document),
        new Route("/api/entities", "Entities by number of documents",
            List.of(new Param("type", "entity type (PERSON, ORGANIZATION, LOCATION, FACILITY, EQUIPMENT)"),
                new Param("q", "part of the name"), OFFSET, LIMIT),
            rec::entities),
        new Route("/api/entities/{key}", "One entity: summary, relations and timeline by month",
            List.of(), rec::entity),
        new Route("/api/events", "Events by date; entity matches the actor or the recipient",
            with(FILTER, new Param("undated", "true: only the events without a date (from and to"
                + " are then not used)"), OFFSET, LIMIT), rec::events),
        new Route("/api/claims", "Claims; entity matches the speaker",
            with(FILTER, new Param("modality", "asserted, denied, confirmed, alleged, warned, predicted, questioned"),
                OFFSET, LIMIT),
            rec::claims),
        new Route("/api/timeline", "Events (not negated, not hypothetical) per period and type; undated events last, as period unknown, when from and to are not given",
            with(FILTER, new Param("by", "day, month (default) or year")), rec::timeline),
        new Route("/api/places", "Places of events with coordinates, for the map", FILTER,
            rec::places),
        new Route("/api/stories", "Stories: articles reporting the same events", List.of(OFFSET, LIMIT),
            corpus::stories),
        new Route("/api/contradictions", "Pairs of reports from different documents that cannot both hold",
            List.of(new Param("entity", "entity key: the subject or the object"), OFFSET, LIMIT),
            corpus::contradictions),
        new Route("/api/corroboration/{id}", "For one document: how many independent outlets report each of its events and claims across the store",
            List.of(), corpus::corroboration),
        new Route("/api/graph", "The actor graph: actors and dated, typed relations",
            List.of(new Param("min", "keep actors named in at least this many documents (default 1)")),
            corpus::graph),
        new Route("/api/stats", "The store's size", List.of(), rec::stats),
        new Route("/api/openapi.json", "This description (OpenAPI 3)", List.of(), openApi::describe));
  }
}
