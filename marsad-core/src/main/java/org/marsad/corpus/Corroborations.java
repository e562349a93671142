package org.marsad.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.Token;
import org.marsad.arabic.Tokenizer;
import org.marsad.model.Claim;
import org.marsad.model.Corroboration;
import org.marsad.model.Document;
import org.marsad.model.Event;

/**
 * Counts, for every event and claim, the independent sources that report it, and writes the
 * count into the records ({@link Corroboration}).
 *
 * <p>An event is reported again by another article of the same story ({@link Stories}) that has
 * an event of the same type between the same actors with the same polarity. A claim is reported
 * again where one of its events is, or where an article of the same story has a claim whose
 * content shares at least {@link #CLAIM_OVERLAP} of its words. Sources are outlets, or, for
 * articles whose outlet is unknown, copy groups: republished copies count once.
 */
public final class Corroborations {
  static final double CLAIM_OVERLAP = 0.5;
  /** Stories larger than this compare claim contents only through their events. */
  static final int MAX_STORY_FOR_TEXT = 200;

  private Corroborations() {}

  /** The corpus's documents with corroboration filled in every event and claim. */
  public static List<Document> annotate(Corpus corpus) {
    List<Story> stories = corpus.stories();
    Map<String, String> storyOf = Stories.storyOf(stories);
    Map<String, Integer> storySize = new HashMap<>();
    for (Story s : stories) {
      storySize.put(s.id(), s.documents().size());
    }
    Map<String, Set<Integer>> eventDocs = new HashMap<>();
    Map<Integer, Map<String, String>> eventKeys = new HashMap<>();
    for (Assertion a : corpus.assertions()) {
      String key = storyOf.get(corpus.document(a.doc()).id()) + "|" + eventKey(a);
      eventDocs.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(a.doc());
      eventKeys.computeIfAbsent(a.doc(), k -> new HashMap<>()).put(a.event().id(), key);
    }
    Map<String, List<ClaimText>> claimsByStory = new HashMap<>();
    for (int i = 0; i < corpus.documents().size(); i++) {
      Document d = corpus.document(i);
      String story = storyOf.get(d.id());
      if (storySize.get(story) > 1 && storySize.get(story) <= MAX_STORY_FOR_TEXT) {
        for (Claim c : d.claims()) {
          claimsByStory.computeIfAbsent(story, k -> new ArrayList<>())
              .add(new ClaimText(i, words(c)));
        }
      }
    }
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < corpus.documents().size(); i++) {
      Document d = corpus.document(i);
      Map<String, String> keys = eventKeys.getOrDefault(i, Map.of());
      List<Event> events = new ArrayList<>();
      for (Event e : d.events()) {
        events.add(e.withCorroboration(count(corpus, eventDocs.get(keys.get(e.id())))));
      }
      List<Claim> claims = new ArrayList<>();
      for (Claim c : d.claims()) {
        Set<Integer> docs = new LinkedHashSet<>();
        docs.add(i);
        for (Event e : d.events()) {
          if (c.id().equals(e.claim())) {
            docs.addAll(eventDocs.get(keys.get(e.id())));
          }
        }
        Set<String> words = words(c);
        for (ClaimText other : claimsByStory.getOrDefault(storyOf.get(d.id()), List.of())) {
          if (other.doc() != i && overlap(words, other.words()) >= CLAIM_OVERLAP) {
            docs.add(other.doc());
          }
        }
        claims.add(c.withCorroboration(count(corpus, docs)));
      }
      out.add(d.withEvents(events).withClaims(claims));
    }
    return out;
  }

  private record ClaimText(int doc, Set<String> words) {}

  private static String eventKey(Assertion a) {
    return a.event().type() + "|" + (a.actor() == null ? "" : a.actor().key()) + "|"
        + (a.recipient() == null ? "" : a.recipient().key()) + "|" + a.event().negated();
  }

  private static Corroboration count(Corpus corpus, Set<Integer> docs) {
    Set<String> sources = new LinkedHashSet<>();
    Set<Integer> texts = new HashSet<>();
    for (int doc : docs) {
      sources.add(corpus.source(corpus.copyOf(doc)));
      texts.add(corpus.copyOf(doc));
    }
    return new Corroboration(sources.size(), texts.size(), List.copyOf(sources));
  }

  private static Set<String> words(Claim c) {
    Set<String> out = new HashSet<>();
    String text = c.content() != null ? c.content().text() : c.evidence().text();
    for (Token t : Tokenizer.tokenize(text)) {
      if (t.isWord() && t.norm().length() > 2) {
        out.add(t.norm());
      }
    }
    return out;
  }

  /** Shared words over the smaller set's size. */
  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    for (String w : small) {
      if (large.contains(w)) {
        shared++;
      }
    }
    return shared / (double) small.size();
  }
}
