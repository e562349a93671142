package org.marsad.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.marsad.entity.kb.KnowledgeBase;
import org.marsad.model.Claim;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Span;

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

  /**
   * The actor an event's party stands for: a national capital acting (القاهرة بدأت البحث عن
   * بديل) stands for its state, as in "Cairo decided".
   */
  private static Actor party(Map<String, Entity> entities, String id) {
    Actor a = actor(entities, id);
    if (a == null || a.kb() == null) {
      return a;
    }
    KnowledgeBase kb = KnowledgeBase.standard();
    return kb.get(a.kb())
        .filter(p -> "capital".equals(p.placeKind()) && p.country() != null)
        .flatMap(p -> kb.get(p.country().toLowerCase(Locale.ROOT)))
        .filter(c -> "country".equals(c.placeKind()))
        .map(c -> new Actor("kb:" + c.id(), c.nameEn(), c.nameAr(), c.id(), a.type(), c.country(),
            a.sector()))
        .orElse(a);
  }

  private static Actor actor(Map<String, Entity> entities, String id) {
    Entity e = id == null ? null : entities.get(id);
    return e == null ? null : Actor.of(e);
  }

  private static Voice voice(Document doc, Map<String, Entity> entities, Claim claim) {
    String outlet = doc.source().outlet();
    if (claim == null) {
      return new Voice(outlet, "outlet", outlet, List.of());
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
