package org.marsad.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Document;
import org.marsad.model.EventType;

/**
 * Groups articles that report the same events into stories. Two articles join one story when one
 * republishes the other ({@link NearDuplicates}) or when both report an event of the same type
 * between the same actor and recipient, or by or against the same party at the same place, within
 * {@value #WINDOW_DAYS} days. Events without a known time (no date of their own, no publication
 * date) join nothing: two undated reports of "Egypt backs Haftar" may be years apart, so only a
 * republished copy or a dated shared event puts an article into a story. Grouping is transitive;
 * it costs one sort per event key, so it grows near-linearly with the corpus.
 */
public final class Stories {
  static final int WINDOW_DAYS = 7;

  private Stories() {}

  /** Every story of the corpus, single articles included, in the order of their first article. */
  public static List<Story> group(Corpus corpus) {
    int n = corpus.documents().size();
    UnionFind uf = new UnionFind(n);
    for (int i = 0; i < n; i++) {
      uf.union(i, corpus.copyOf(i));
    }
    List<List<Assertion>> clusters = clusters(corpus);
    for (List<Assertion> cluster : clusters) {
      for (Assertion a : cluster) {
        uf.union(cluster.get(0).doc(), a.doc());
      }
    }
    Map<Integer, List<Story.Shared>> shared = new HashMap<>();
    for (List<Assertion> cluster : clusters) {
      Set<Integer> groups = new LinkedHashSet<>();
      Set<String> docs = new LinkedHashSet<>();
      for (Assertion a : cluster) {
        groups.add(corpus.copyOf(a.doc()));
        docs.add(corpus.document(a.doc()).id());
      }
      if (groups.size() > 1) {
        Assertion first = cluster.get(0);
        shared.computeIfAbsent(uf.find(first.doc()), k -> new ArrayList<>())
            .add(new Story.Shared(first.event().type(), name(first.actor()),
                name(first.recipient()), name(first.place()), nameAr(first.actor()),
                nameAr(first.recipient()), nameAr(first.place()), List.copyOf(docs)));
      }
    }
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      members.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(i);
    }
    List<Story> out = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> m : members.entrySet()) {
      out.add(story(corpus, m.getValue(), shared.getOrDefault(m.getKey(), List.of())));
    }
    return out;
  }

  /** For each document, the id of its story. */
  public static Map<String, String> storyOf(List<Story> stories) {
    Map<String, String> out = new HashMap<>();
    for (Story s : stories) {
      for (Story.Member m : s.documents()) {
        out.put(m.doc(), s.id());
      }
    }
    return out;
  }

  /**
   * Reports of one event key that lie within the window of each other, each with at least two
   * documents; undated reports are left out.
   */
  private static List<List<Assertion>> clusters(Corpus corpus) {
    Map<String, List<Assertion>> byKey = new LinkedHashMap<>();
    for (Assertion a : corpus.assertions()) {
      String key = key(a);
      if (key != null) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
      }
    }
    List<List<Assertion>> out = new ArrayList<>();
    for (List<Assertion> reports : byKey.values()) {
      List<Assertion> dated = new ArrayList<>();
      for (Assertion a : reports) {
        if (a.time().isPresent()) {
          dated.add(a);
        }
      }
      dated.sort(Comparator.comparing((Assertion a) -> a.time().orElseThrow().from())
          .thenComparingInt(Assertion::doc));
      List<Assertion> current = new ArrayList<>();
      TimeSpan reach = null;
      for (Assertion a : dated) {
        TimeSpan t = a.time().orElseThrow();
        if (reach != null && !t.near(reach, WINDOW_DAYS)) {
          addIfShared(out, current);
          current = new ArrayList<>();
          reach = null;
        }
        current.add(a);
        reach = union(reach, t);
      }
      addIfShared(out, current);
    }
    return out;
  }

  private static TimeSpan union(TimeSpan a, TimeSpan b) {
    if (a == null) {
      return b;
    }
    return new TimeSpan(a.from().isBefore(b.from()) ? a.from() : b.from(),
        a.to().isAfter(b.to()) ? a.to() : b.to());
  }

  private static void addIfShared(List<List<Assertion>> out, List<Assertion> cluster) {
    if (cluster.stream().map(Assertion::doc).distinct().count() > 1) {
      out.add(List.copyOf(cluster));
    }
  }

  /**
   * The event key: type, actor and recipient when both are known (the place may be left out by
   * one report and given by another), else type, the one known party and the place; null when
   * fewer than two of the three are known, or the event is hypothetical.
   */
  private static String key(Assertion a) {
    if (a.event().hypothetical()) {
      return null;
    }
    EventType type = a.event().type();
    if (a.actor() != null && a.recipient() != null) {
      return type + "|" + a.actor().key() + "|" + a.recipient().key();
    }
    if (a.place() == null || (a.actor() == null && a.recipient() == null)) {
      return null;
    }
    return a.actor() != null
        ? type + "|" + a.actor().key() + "||" + a.place().key()
        : type + "||" + a.recipient().key() + "|" + a.place().key();
  }

  private static String key(Actor a) {
    return a == null ? "" : a.key();
  }

  private static String name(Actor a) {
    return a == null ? null : a.name();
  }

  /** The documented alignment of a document's outlet, or null when unknown. */
  private static String leaning(Document d) {
    String kb = d.source().outletKb();
    if (kb == null) {
      return null;
    }
    return KnowledgeBase.standard().get(kb).map(KbEntry::alignment)
        .filter(a -> a != null && !a.isBlank()).orElse(null);
  }

  private static String nameAr(Actor a) {
    return a == null ? null : a.nameAr();
  }

  private static Story story(Corpus corpus, List<Integer> docs, List<Story.Shared> shared) {
    List<Story.Member> members = new ArrayList<>();
    Map<Integer, List<String>> copies = new LinkedHashMap<>();
    Set<String> sources = new LinkedHashSet<>();
    for (int i : docs) {
      Document d = corpus.document(i);
      int first = corpus.copyOf(i);
      members.add(new Story.Member(d.id(), corpus.outlet(i), d.title(), d.published().value(),
          first == i ? null : corpus.document(first).id(), leaning(d)));
      copies.computeIfAbsent(first, k -> new ArrayList<>()).add(d.id());
      sources.add(corpus.source(first));
    }
    List<List<String>> copyGroups =
        copies.values().stream().filter(g -> g.size() > 1).map(List::copyOf).toList();
    return new Story("story-" + corpus.document(docs.get(0)).id(), members, sources.size(),
        copyGroups, shared);
  }
}
