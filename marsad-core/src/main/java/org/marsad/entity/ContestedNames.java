package org.marsad.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.marsad.arabic.PhraseIndex;
import org.marsad.data.TsvRows;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;

/**
 * Names whose referent depends on the article ({@code contested-names.tsv}): "الجيش الليبي" is
 * the GNA's forces in pro-GNA outlets and Haftar's LNA in pro-LNA ones. Each mention is read, in
 * order of trust and as far as its name's deciders allow: by an association right after it, past
 * punctuation only ({@code near} cues of {@code side-cues.tsv}: الجيش الليبي التابع لحكومة الوفاق); by the
 * article's own usage (its {@code document} cues: which side it calls مليشيات or المرتزقة, which
 * it calls الشرعية, weighed, one side winning by 2 or more); by the publishing outlet's
 * documented alignment ({@code side-outlets.tsv}); and only then by the name's default, which
 * may be to leave it unlinked. Immutable and thread-safe.
 */
final class ContestedNames {
  /** How one name is read: its default entry (or null), possible readings and deciders. */
  private record Form(KbEntry fallback, Set<String> readings, Set<String> deciders) {}

  private record Cue(String reading, int weight) {}

  /**
   * A contested name at tokens [from, to), after {@code clitics} letters, read as {@code entry};
   * {@code byDefault} when no association right after it decided it (the article's usage, its
   * outlet or the name's default did).
   */
  record Hit(int from, int to, int clitics, KbEntry entry, boolean byDefault) {}

  private static final int MARGIN = 2;
  private static final int NEAR_GAP = 2;

  private final KnowledgeBase kb;
  private final PhraseIndex<Form> forms;
  private final PhraseIndex<Cue> documentCues;
  private final PhraseIndex<Cue> nearCues;
  private final Map<String, String> byAlignment;

  private ContestedNames(KnowledgeBase kb, PhraseIndex<Form> forms, PhraseIndex<Cue> documentCues,
      PhraseIndex<Cue> nearCues, Map<String, String> byAlignment) {
    this.kb = kb;
    this.forms = forms;
    this.documentCues = documentCues;
    this.nearCues = nearCues;
    this.byAlignment = byAlignment;
  }

  /** The shipped tables, reading ids in {@code kb}; an unknown id is an error. */
  static ContestedNames load(KnowledgeBase kb) {
    Map<String, Form> forms = new LinkedHashMap<>();
    for (TsvRows.Row row : TsvRows.resource(ContestedNames.class, "contested-names.tsv")) {
      String[] f = row.fields();
      Set<String> readings = Set.copyOf(Arrays.asList(f[2].strip().split("\\|")));
      readings.forEach(id -> entry(kb, id, "contested-names.tsv:" + row.line()));
      KbEntry fallback = f[1].strip().equals("-") ? null
          : entry(kb, f[1].strip(), "contested-names.tsv:" + row.line());
      forms.put(f[0].strip(), new Form(fallback, readings,
          Set.copyOf(Arrays.asList(f[3].strip().split(",")))));
    }
    Map<String, Cue> document = new LinkedHashMap<>();
    Map<String, Cue> near = new LinkedHashMap<>();
    for (TsvRows.Row row : TsvRows.resource(ContestedNames.class, "side-cues.tsv")) {
      String[] f = row.fields();
      entry(kb, f[0].strip(), "side-cues.tsv:" + row.line());
      Cue cue = new Cue(f[0].strip(), Integer.parseInt(f[2].strip()));
      (f[1].strip().equals("near") ? near : document).putIfAbsent(f[3].strip(), cue);
    }
    Map<String, String> byAlignment = new HashMap<>();
    for (TsvRows.Row row : TsvRows.resource(ContestedNames.class, "side-outlets.tsv")) {
      String[] f = row.fields();
      entry(kb, f[1].strip(), "side-outlets.tsv:" + row.line());
      byAlignment.put(f[0].strip(), f[1].strip());
    }
    return new ContestedNames(kb, new PhraseIndex<>(forms), new PhraseIndex<>(document),
        new PhraseIndex<>(near), byAlignment);
  }

  private static KbEntry entry(KnowledgeBase kb, String id, String where) {
    return kb.get(id).orElseThrow(() ->
        new IllegalStateException(where + ": no knowledge-base entry '" + id + "'"));
  }

  /**
   * The reading an article's own usage gives (the entry id whose cues outweigh the other's by
   * {@value #MARGIN} or more), or null.
   */
  String documentReading(List<List<String>> sentences) {
    Map<String, Integer> score = new HashMap<>();
    for (List<String> norms : sentences) {
      for (PhraseIndex.Hit<Cue> h : documentCues.find(norms, i -> true)) {
        score.merge(h.value().reading(), h.value().weight(), Integer::sum);
      }
    }
    String best = null;
    int top = 0;
    int second = 0;
    for (var e : score.entrySet()) {
      if (e.getValue() > top) {
        second = top;
        top = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return top - second >= MARGIN ? best : null;
  }

  /** The reading an outlet's documented alignment gives, or null. */
  String outletReading(KbEntry outlet) {
    if (outlet == null || outlet.alignment() == null) {
      return null;
    }
    String best = null;
    int length = 0;
    for (var e : byAlignment.entrySet()) {
      if (outlet.alignment().startsWith(e.getKey()) && e.getKey().length() > length) {
        best = e.getValue();
        length = e.getKey().length();
      }
    }
    return best;
  }

  /**
   * The contested names of one sentence that start on an uncovered token and cover none, each
   * read as described above; names nothing decides and that have no default are left out, as
   * are names followed by a relational adjective (الجيش السوداني is not contested) or placed in
   * another country (عناصر الجيش في مصر). {@code entryAt} gives the knowledge-base entry
   * found over a token, or null.
   */
  List<Hit> find(List<String> norms, boolean[] covered, IntFunction<KbEntry> entryAt,
      String documentReading, String outletReading) {
    List<Hit> out = new ArrayList<>();
    for (PhraseIndex.Hit<Form> h : forms.find(norms, i -> !covered[i])) {
      boolean free = true;
      for (int i = h.from(); i < h.to(); i++) {
        free &= !covered[i];
      }
      if (!free || (h.to() < norms.size() && EntityStage.isNisba(norms.get(h.to())))
          || foreignPlaceAfter(norms, h.to(), entryAt)) {
        continue;
      }
      Form form = h.value();
      String id = null;
      if (form.deciders().contains("near")) {
        id = near(norms, h.to(), form);
      }
      boolean near = id != null;
      if (id == null && documentReading != null && form.deciders().contains("document")
          && form.readings().contains(documentReading)) {
        id = documentReading;
      }
      if (id == null && outletReading != null && form.deciders().contains("outlet")
          && form.readings().contains(outletReading)) {
        id = outletReading;
      }
      KbEntry entry = id != null ? kb.get(id).orElse(null) : form.fallback();
      if (entry != null) {
        out.add(new Hit(h.from(), h.to(), h.clitics(), entry, !near));
      }
    }
    return out;
  }

  /** Whether "في" and a place outside Libya follow token {@code end}. */
  private static boolean foreignPlaceAfter(List<String> norms, int end,
      IntFunction<KbEntry> entryAt) {
    if (end + 1 >= norms.size() || !norms.get(end).equals("في")) {
      return false;
    }
    KbEntry e = entryAt.apply(end + 1);
    return e != null && e.kind() == KbEntry.Kind.PLACE && e.country() != null
        && !e.country().equals("LBY");
  }

  /**
   * The reading of an association right after {@code end}, past at most NEAR_GAP punctuation
   * tokens (الجيش الليبي، التابع لحكومة الوفاق).
   */
  private String near(List<String> norms, int end, Form form) {
    for (int i = end; i < Math.min(norms.size(), end + NEAR_GAP + 1); i++) {
      PhraseIndex.Hit<Cue> h = nearCues.at(norms, i);
      if (h != null && form.readings().contains(h.value().reading())) {
        return h.value().reading();
      }
      if (norms.get(i).chars().anyMatch(Character::isLetterOrDigit)) {
        return null;
      }
    }
    return null;
  }
}
