package org.marsad.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.marsad.model.Claim;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Span;
import org.marsad.model.SpeakerKind;

/**
 * A set of records prepared for cross-document work: republished copies grouped
 * ({@link NearDuplicates}), and every event read as an {@link Assertion} with cross-document
 * actors, time and voice. Documents keep their input order; indexes into {@link #documents()} name
 * them. Immutable once built (its stories are grouped once, when first asked for).
 */
public final class Corpus {
  private final List<Document> documents;
  private final int[] copyOf;
  private final List<Assertion> assertions;
  private final List<Held> holdings;
  private final LocalDate[] notBefore;
  private volatile List<Story> stories;

  /** A statement that a place is held by an actor ({@link Holdings}), read like an assertion. */
  public record Held(
      int doc, Actor holder, Actor place, Optional<TimeSpan> time, Voice voice,
      Span evidence, String claim) {}

  private Corpus(List<Document> documents) {
    this.documents = List.copyOf(documents);
    this.copyOf = NearDuplicates.groups(this.documents.stream().map(Document::text).toList());
    List<Assertion> all = new ArrayList<>();
    List<Held> held = new ArrayList<>();
    for (int i = 0; i < this.documents.size(); i++) {
      all.addAll(read(i, this.documents.get(i)));
      held.addAll(holdings(i, this.documents.get(i)));
    }
    this.assertions = List.copyOf(all);
    this.holdings = List.copyOf(held);
    this.notBefore = new LocalDate[this.documents.size()];
    for (int i = 0; i < notBefore.length; i++) {
      notBefore[i] = notBefore(this.documents.get(i));
    }
  }

  /**
   * The earliest day a document can have been written: its publication date, else the latest
   * start of the dates its events (not hypothetical ones) are given; null when it gives none.
   */
  private static LocalDate notBefore(Document doc) {
    Optional<TimeSpan> published = TimeSpan.of(doc.published());
    if (published.isPresent()) {
      return published.get().from();
    }
    LocalDate latest = null;
    for (Event e : doc.events()) {
      Optional<TimeSpan> t = e.hypothetical() ? Optional.empty() : TimeSpan.of(e.date());
      if (t.isPresent() && (latest == null || t.get().from().isAfter(latest))) {
        latest = t.get().from();
      }
    }
    return latest;
  }

  public static Corpus of(List<Document> documents) {
    return new Corpus(documents);
  }

  public List<Document> documents() {
    return documents;
  }

  public Document document(int i) {
    return documents.get(i);
  }

  public List<Assertion> assertions() {
    return assertions;
  }

  /** The corpus's stories ({@link Stories#group}), grouped once on first use. */
  public List<Story> stories() {
    List<Story> s = stories;
    if (s == null) {
      s = List.copyOf(Stories.group(this));
      stories = s;
    }
    return s;
  }

  /** Every statement of who holds a place, in document order. */
  public List<Held> holdings() {
    return holdings;
  }

  /**
   * The earliest day document i can have been written (its publication date, else the latest
   * date its events are given), or empty when it gives no date at all.
   */
  public Optional<LocalDate> notBefore(int i) {
    return Optional.ofNullable(notBefore[i]);
  }

  /** The first document of i's copy group: i itself unless i republishes an earlier text. */
  public int copyOf(int i) {
    return copyOf[i];
  }

  /** The publishing outlet of a document, or null when unknown. */
  public String outlet(int i) {
    String outlet = documents.get(i).source().outlet();
    return outlet == null || outlet.isBlank() ? null : outlet;
  }

  /**
   * The independent source a document counts as: its outlet, or, when the outlet is unknown, its
   * copy group's first document.
   */
  public String source(int i) {
    String outlet = outlet(i);
    return outlet != null ? outlet : "doc:" + documents.get(copyOf[i]).id();
  }

  private List<Assertion> read(int index, Document doc) {
    Map<String, Entity> entities = byId(doc.entities(), Entity::id);
    Map<String, Claim> claims = byId(doc.claims(), Claim::id);
    Optional<TimeSpan> published = TimeSpan.of(doc.published());
    List<Assertion> out = new ArrayList<>();
    for (Event e : doc.events()) {
      Optional<TimeSpan> time = TimeSpan.of(e.date());
      out.add(new Assertion(index, e, party(entities, e.actor()), party(entities, e.recipient()),
          actor(entities, e.location()), time.isPresent() ? time : published,
          voice(doc, entities, claims.get(e.claim()))));
    }
    return out;
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> out = new HashMap<>();
    for (T item : items) {
      out.put(id.apply(item), item);
    }
    return out;
  }

  private static List<Held> holdings(int index, Document doc) {
    List<Holdings.Holding> found = Holdings.read(doc);
    if (found.isEmpty()) {
      return List.of();
    }
    Map<String, Entity> entities = byId(doc.entities(), Entity::id);
    Map<String, Claim> claims = byId(doc.claims(), Claim::id);
    List<Held> out = new ArrayList<>();
    for (Holdings.Holding h : found) {
      out.add(new Held(index, party(entities, h.holder()), actor(entities, h.place()),
          TimeSpan.of(doc.published()), voice(doc, entities, claims.get(h.claim())), h.evidence(),
          h.claim()));
    }
    return out;
  }

  /** The actor an event's party stands for ({@link Actor#party}: a capital acting is its state). */
  private static Actor party(Map<String, Entity> entities, String id) {
    return Actor.party(id == null ? null : entities.get(id));
  }

  private static Actor actor(Map<String, Entity> entities, String id) {
    Entity e = id == null ? null : entities.get(id);
    return e == null ? null : Actor.of(e);
  }

  private static Voice voice(Document doc, Map<String, Entity> entities, Claim claim) {
    String outlet = doc.source().outlet();
    if (claim == null) {
      return new Voice(outlet, SpeakerKind.OUTLET, outlet, List.of());
    }
    String speaker = claim.speaker().text();
    Entity named = claim.speaker().entity() == null ? null : entities.get(claim.speaker().entity());
    if (named != null) {
      speaker = named.name();
    }
    List<String> via = new ArrayList<>();
    for (String id : claim.via()) {
      Entity e = entities.get(id);
      if (e != null) {
        via.add(e.name());
      }
    }
    return new Voice(outlet, claim.speaker().kind(), speaker, via);
  }
}
