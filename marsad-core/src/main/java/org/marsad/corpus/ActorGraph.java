package org.marsad.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.model.EntityType;
import org.marsad.model.SpeakerKind;

/**
 * The actor graph of a corpus: actors as nodes (one per cross-document {@link Actor} key), and
 * typed, dated edges from the events that happened (not denied, not hypothetical) between two
 * actors. An edge gathers one relation ({@code supports}, {@code opposes}, {@code meets},
 * {@code fights}; see {@code relations.tsv}) between one ordered pair in one month, so alliances
 * can be followed over time; it carries the event types, the outlets that report it, how many
 * independent texts do, whether only anonymous sources speak for it, and its evidence.
 */
public record ActorGraph(List<Node> nodes, List<Edge> edges) {
  /** At most this many evidence sentences are kept per edge. */
  public static final int MAX_EVIDENCE = 10;

  public ActorGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** An actor and the number of documents whose edges name it. */
  public record Node(
      String key, String name, String name_ar, String kb, EntityType type, String country,
      String sector, int documents) {}

  /** One relation between two actors in one month ({@code unknown} when undated). */
  public record Edge(
      String source, String target, String relation, String period, String first, String last,
      Map<String, Integer> types, List<String> outlets, int documents, boolean anonymous_only,
      List<Evidence> evidence) {
    public Edge {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
      types = Collections.unmodifiableSortedMap(new TreeMap<>(types));
      outlets = List.copyOf(outlets);
      evidence = List.copyOf(evidence);
    }
  }

  /** A sentence an edge rests on, who says it, and when it holds (null when unknown). */
  public record Evidence(
      String doc, String event, String outlet, String speaker, SpeakerKind speaker_kind,
          String date,
      String text) {}

  public static ActorGraph build(Corpus corpus) {
    Relations relations = Relations.standard();
    Map<String, Actor> actors = new LinkedHashMap<>();
    Map<String, Set<Integer>> actorDocs = new LinkedHashMap<>();
    Map<String, List<Assertion>> byEdge = new LinkedHashMap<>();
    for (Assertion a : corpus.assertions()) {
      Optional<Relations.Edge> edge = relations.of(a.event().type()).edge();
      if (!a.affirmed() || edge.isEmpty() || a.actor() == null || a.recipient() == null
          || a.actor().key().equals(a.recipient().key())) {
        continue;
      }
      for (Actor x : List.of(a.actor(), a.recipient())) {
        actors.putIfAbsent(x.key(), x);
        actorDocs.computeIfAbsent(x.key(), k -> new LinkedHashSet<>()).add(a.doc());
      }
      String period = a.time().map(t -> t.from().toString().substring(0, 7)).orElse("unknown");
      byEdge.computeIfAbsent(a.actor().key() + "\t" + a.recipient().key() + "\t"
          + edge.get().label() + "\t" + period, k -> new ArrayList<>()).add(a);
    }
    List<Node> nodes = new ArrayList<>();
    for (Actor x : actors.values()) {
      nodes.add(new Node(x.key(), x.name(), x.nameAr(), x.kb(), x.type(), x.country(),
          x.sector(), actorDocs.get(x.key()).size()));
    }
    List<Edge> edges = new ArrayList<>();
    for (Map.Entry<String, List<Assertion>> e : byEdge.entrySet()) {
      edges.add(edge(corpus, e.getKey().split("\t"), e.getValue()));
    }
    return new ActorGraph(nodes, edges);
  }

  private static Edge edge(Corpus corpus, String[] key, List<Assertion> reports) {
    Map<String, Integer> types = new TreeMap<>();
    Set<String> outlets = new LinkedHashSet<>();
    Set<Integer> texts = new LinkedHashSet<>();
    boolean anonymousOnly = true;
    String first = null;
    String last = null;
    List<Evidence> evidence = new ArrayList<>();
    for (Assertion a : reports) {
      types.merge(a.event().type().name(), 1, Integer::sum);
      if (corpus.outlet(a.doc()) != null) {
        outlets.add(corpus.outlet(a.doc()));
      }
      texts.add(corpus.copyOf(a.doc()));
      anonymousOnly &= a.voice().anonymous();
      if (a.time().isPresent()) {
        String from = a.time().get().from().toString();
        String to = a.time().get().to().toString();
        first = first == null || from.compareTo(first) < 0 ? from : first;
        last = last == null || to.compareTo(last) > 0 ? to : last;
      }
      if (evidence.size() < MAX_EVIDENCE) {
        evidence.add(new Evidence(corpus.document(a.doc()).id(), a.event().id(),
            a.voice().outlet(), a.voice().speaker(), a.voice().kind(),
            a.time().map(TimeSpan::toString).orElse(null), a.event().evidence().text()));
      }
    }
    return new Edge(key[0], key[1], key[2], key[3], first, last, types, List.copyOf(outlets),
        texts.size(), anonymousOnly, evidence);
  }
}
