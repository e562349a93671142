package org.marsad.store;

import java.util.List;

/** The row types the store returns: plain values, serializable to JSON as they are. */
public final class Rows {
  private Rows() {}

  /** A document in a listing. */
  public record DocumentSummary(
      String id, String title, String outlet, String published, String precision, String path,
      String url, String language, int entities, int events, int claims) {}

  /** An entity across the store: every document it is named in counts once. */
  public record EntitySummary(
      String key, String type, String name, String name_ar, String kb, String country,
      String sector, int documents, int mentions) {}

  /** Another entity that an entity acts on or is acted on by, with the event types between them. */
  public record Relation(String key, String name, String direction, String type, int events) {}

  /** An event with its actors' names and keys, and the document it was read from. */
  public record EventRow(
      String document, String id, String type, String mode, List<String> context,
      String actor_key, String actor_name, String recipient_key, String recipient_name,
      String location_key, String location_name, Double lat, Double lon, Integer geo_precision,
      String date, String date_precision, String day, String day_basis, boolean negated,
      boolean hypothetical, String claim, int evidence_start, int evidence_end, String evidence,
      double confidence) {
    public EventRow {
      context = List.copyOf(context);
    }
  }

  /** A claim with its speaker and the document it was read from. */
  public record ClaimRow(
      String document, String id, String speaker_key, String speaker_text, String speaker_kind,
      String modality, String cue, String content, int evidence_start, int evidence_end,
      String evidence) {}

  /** The number of events of one type in one period ({@code 2020-05} or {@code 2020-05-18}). */
  public record TimelineBucket(String period, String type, int events) {}

  /** A place events happened at, with its coordinates, event count and event types. */
  public record Place(
      String key, String name, double lat, double lon, int precision, int events,
      List<String> types) {
    public Place {
      types = List.copyOf(types);
    }
  }

  /** Where a search matched: UTF-16 offsets into {@code snippet}. */
  public record Highlight(int start, int end) {}

  /** One search result: the document and a piece of its text around the first match. */
  public record SearchHit(
      String id, String title, String outlet, String published, float score, String snippet,
      List<Highlight> highlights) {
    public SearchHit {
      highlights = List.copyOf(highlights);
    }
  }
}
