package org.marsad.event;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Token;
import org.marsad.data.TsvRows;
import org.marsad.entity.WordClusters;
import org.marsad.model.Code;
import org.marsad.model.EventType;

/**
 * Whether a sentence with a trigger of a type reports an event of that type, by a logistic model
 * per type over the sentence's words (their first four letters, and their classes learned from
 * unlabelled text), its triggers
 * (form, part of speech, tense), the kinds of parties named in it (a generic actor's sector, a
 * knowledge-base actor, a place), its negators and conditionals, its words by class ({@code
 * closed-class.tsv}: intention, time, witnessing, carrying out, hedges ...), and for each trigger
 * its mode, whether a doer is named for it ({@link GenericParties#doer}) and whether it is negated
 * or hypothetical ({@link Modality}). A trigger alone is a poor detector in news: a killing may be
 * a plan, a charge, a memory or an opinion. The model ({@code detector.tsv}: {@code type, feature,
 * weight}, with {@code #bias} and {@code #threshold} rows) is trained by {@link DetectorTraining};
 * a type's model may be cross-fitted, in parts ({@code ASSAULT/0}, {@code ASSAULT/1} ...), of
 * which the sentence's {@link #key} picks the one that decides it.
 * Immutable and thread-safe.
 */
public final class EventDetector {
  private static final String BIAS = "#bias";
  private static final String THRESHOLD = "#threshold";
  private static final java.util.regex.Pattern PART =
      java.util.regex.Pattern.compile("[A-Z_]+(/(0|[1-9][0-9]?))?");
  private static final Set<String> NEGATORS = Words.of("negator");
  private static final Set<String> CONDITIONALS = Words.of("conditional");
  private static final Set<String> AIRCRAFT = Words.of("aircraft-noun");
  private static final Set<String> DRONE = Words.of("drone-adjective");
  /**
   * Word classes of {@code closed-class.tsv} that say how an act is told (planned, remembered,
   * witnessed, carried out, hedged): a sentence's words in them are features by class, which a
   * small training set can weigh where it cannot weigh each word.
   */
  private static final List<String> CUE_CLASSES = List.of("intention", "time-word", "past-time",
      "background-word", "hedge", "attribution", "announce-verb", "witness-verb", "fail-verb",
      "stopping", "result-verb", "carry-verb", "means-noun", "attack-noun", "target-noun",
      "suffered-noun", "quantity", "purpose-noun", "agent-modifier", "relative");
  private static final Map<String, List<String>> CUES = cues();
  /**
   * The granularity of the word classes learned from unlabelled text ({@link WordClusters}) that
   * stand for a sentence's words: a word the training sentences never had, or had too rarely to
   * weigh, is weighed by its class (أغتالت and اختطفت, مسيرة and تظاهرة share theirs).
   */
  private static final int CLASSES = 256;
  private static final WordClusters CLUSTERS = WordClusters.standard();
  private static final int CLASS_LEVEL = CLUSTERS.granularities().indexOf(CLASSES);

  /** One type's weights, bias and decision threshold (on the logit). */
  public record Model(Map<String, Double> weights, double bias, double threshold) {
    public double logit(Set<String> features) {
      double z = bias;
      for (String f : features) {
        Double w = weights.get(f);
        if (w != null) {
          z += w;
        }
      }
      return z;
    }
  }

  /**
   * Per type, its models: one, or the parts of a cross-fitted detector, of which a sentence is
   * decided by the one its {@link #key} names ({@link DetectorTraining#crossFit}).
   */
  private final Map<EventType, List<Model>> models;

  private EventDetector(Map<EventType, List<Model>> models) {
    Map<EventType, List<Model>> copy = new HashMap<>();
    models.forEach((type, parts) -> {
      if (parts.isEmpty()) {
        throw new IllegalArgumentException(type + " without a model");
      }
      copy.put(type, List.copyOf(parts));
    });
    this.models = Map.copyOf(copy);
  }

  /** A detector of one model per type. */
  static EventDetector of(Map<EventType, Model> models) {
    Map<EventType, List<Model>> parts = new HashMap<>();
    models.forEach((type, m) -> parts.put(type, List.of(m)));
    return new EventDetector(parts);
  }

  /**
   * A detector whose types have each one model or the parts of a cross-fitted detector ({@link
   * DetectorTraining#crossFit}).
   */
  static EventDetector ofParts(Map<EventType, List<Model>> parts) {
    return new EventDetector(parts);
  }

  /**
   * The sentence's key, which names the part of a cross-fitted detector that decides it: a CRC-32
   * of its tokens' normalized forms, the same for the same words whatever the document.
   */
  static int key(List<Token> tokens) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    for (Token t : tokens) {
      crc.update(t.norm().getBytes(StandardCharsets.UTF_8));
      crc.update(' ');
    }
    return (int) crc.getValue();
  }

  /** Which of {@code parts} parts decides a sentence of {@code key}. */
  static int part(int key, int parts) {
    return Math.floorMod(key, parts);
  }

  private static final class Holder {
    static final EventDetector STANDARD = load();
  }

  public static EventDetector standard() {
    return Holder.STANDARD;
  }

  /** The types this detector decides. */
  public Set<EventType> types() {
    return models.keySet();
  }

  /**
   * How far the score for {@code type} of a sentence with {@code features} ({@link #features})
   * lies above the decision threshold (below zero: no event of the type reported); infinite for a
   * type without a model, so that the rules alone decide it. {@code key} is the sentence's
   * {@link #key}.
   */
  double margin(EventType type, Set<String> features, int key) {
    List<Model> parts = models.get(type);
    if (parts == null) {
      return Double.POSITIVE_INFINITY;
    }
    Model m = parts.get(part(key, parts.size()));
    return m.logit(features) - m.threshold();
  }

  /** The features of one sentence (the same for every type). */
  static Set<String> features(Overlay o, List<TriggerLexicon.Hit> hits) {
    Set<String> out = new LinkedHashSet<>();
    List<Token> toks = o.tokens();
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (t.kind() != Token.Kind.ARABIC) {
        continue;
      }
      String w = Words.withoutArticle(Words.bare(t), 2);
      if (i > 0 && DRONE.contains(w)
          && AIRCRAFT.contains(Words.withoutArticle(Words.bare(toks.get(i - 1)), 2))) {
        out.add("drone"); // طائرة مسيرة: an aircraft, not a march
        continue;
      }
      out.add("w:" + w);
      if (w.length() > 4) {
        // the word's first four letters: its stem without most suffixes (تظاهرات، تظاهروا)
        out.add("p:" + w.substring(0, 4));
      }
      int[] k = CLASS_LEVEL < 0 ? null : CLUSTERS.ofToken(t.norm());
      if (k != null) {
        out.add("k:" + k[CLASS_LEVEL]);
      }
      if (NEGATORS.contains(w)) {
        out.add("negator");
      }
      if (CONDITIONALS.contains(w)) {
        out.add("conditional");
      }
      List<String> cues = CUES.getOrDefault(w, CUES.get(Words.bare(t)));
      if (cues != null) {
        for (String c : cues) {
          out.add("c:" + c);
        }
      }
    }
    for (TriggerLexicon.Hit h : hits) {
      TriggerLexicon.Trigger tr = h.trigger();
      out.add("t:" + tr.type());
      out.add("t:" + tr.type() + ":" + tr.pos() + (tr.imperfect() ? ":imperfect" : ""));
      out.add("tf:" + tr.form());
      if (h.from() > 0) {
        out.add("tb:" + tr.type() + ":" + Words.bare(toks.get(h.from() - 1)));
      }
      if (Background.earlier(o, h)) {
        out.add("earlier:" + tr.type()); // منذ تفجير، الهجوم الذي وقع الشهر الماضي
      }
      if (Agents.of(o, h) != null) {
        out.add("agent:" + tr.type()); // هجوم نفذته، بنيران مسلحين
      }
      if (tr.mode() != null) {
        out.add("m:" + tr.type() + ":" + tr.mode());
      }
      if (GenericParties.doer(o, h) != null) {
        out.add("doer:" + tr.type()); // a party named as a subject before it, or right after
      }
      if (Modality.negated(toks, h, 0)) {
        out.add("neg:" + tr.type());
      }
      if (Modality.hypothetical(toks, h, hits, 0)) {
        out.add("hyp:" + tr.type()); // يعتزم شن هجوم، بتهمة اغتيال
      }
    }
    for (Arg a : o.args()) {
      var e = a.entity();
      String kind = e.generic() ? "generic:" + e.sector() : e.kb() != null ? "kb:" + e.type()
          : "name:" + e.type();
      out.add("a:" + kind);
      out.add("a:" + kind + (a.prep().isEmpty() ? "" : ":prep"));
    }
    return out;
  }

  private static Map<String, List<String>> cues() {
    Map<String, List<String>> out = new HashMap<>();
    for (String c : CUE_CLASSES) {
      for (String w : Words.of(c)) {
        out.computeIfAbsent(w, k -> new ArrayList<>()).add(c);
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }

  static EventDetector load() {
    try (InputStream in = EventDetector.class.getResourceAsStream("detector.tsv")) {
      if (in == null) {
        return new EventDetector(Map.of());
      }
      return read(TsvRows.read(new InputStreamReader(in, StandardCharsets.UTF_8)), "detector.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static EventDetector read(List<TsvRows.Row> rows, String file) {
    Map<String, Map<String, Double>> weights = new TreeMap<>();
    Map<String, Double> bias = new HashMap<>();
    Map<String, Double> threshold = new HashMap<>();
    for (TsvRows.Row row : rows) {
      String[] f = row.fields();
      double v;
      try {
        v = f.length == 3 ? Double.parseDouble(f[2]) : Double.NaN;
      } catch (NumberFormatException e) {
        v = Double.NaN;
      }
      if (Double.isNaN(v)) {
        throw new IllegalStateException(file + ":" + row.line()
            + ": expected type, feature, weight");
      }
      if (!PART.matcher(f[0]).matches()) {
        throw new IllegalStateException(file + ":" + row.line()
            + ": expected a type, or a type and its part (ASSAULT/0): " + f[0]);
      }
      switch (f[1]) {
        case BIAS -> bias.put(f[0], v);
        case THRESHOLD -> threshold.put(f[0], v);
        default -> weights.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], v);
      }
    }
    Map<EventType, TreeMap<Integer, Model>> parts = new HashMap<>();
    for (String name : weights.keySet()) {
      if (!bias.containsKey(name) || !threshold.containsKey(name)) {
        throw new IllegalStateException(file + ": " + name + " needs #bias and #threshold");
      }
      int slash = name.indexOf('/');
      EventType type = Code.of(EventType.class, slash < 0 ? name : name.substring(0, slash), file);
      int part = slash < 0 ? 0 : Integer.parseInt(name.substring(slash + 1));
      Model m = new Model(Map.copyOf(weights.get(name)), bias.get(name), threshold.get(name));
      if (parts.computeIfAbsent(type, k -> new TreeMap<>()).put(part, m) != null) {
        throw new IllegalStateException(file + ": " + type + " part " + part + " twice");
      }
    }
    Map<EventType, List<Model>> models = new HashMap<>();
    parts.forEach((type, byPart) -> {
      if (byPart.lastKey() != byPart.size() - 1) {
        throw new IllegalStateException(file + ": " + type + " needs parts 0 to "
            + byPart.lastKey() + ", has " + byPart.keySet());
      }
      models.put(type, List.copyOf(byPart.values()));
    });
    return new EventDetector(models);
  }

  /** Writes {@code models} in the format {@link #read} reads, features sorted. */
  static void write(Map<EventType, List<Model>> models, Writer out) throws IOException {
    BufferedWriter w = new BufferedWriter(out);
    w.write("# Event detector: per PLOVER type (and part of a cross-fitted detector, TYPE/PART),"
        + " logistic weights of sentence features (see EventDetector), made by `marsad"
        + " train-detector`.\n");
    for (EventType type : models.keySet().stream().sorted(Comparator.comparing(Enum::name))
        .toList()) {
      List<Model> parts = models.get(type);
      for (int k = 0; k < parts.size(); k++) {
        Model m = parts.get(k);
        String name = parts.size() == 1 ? type.name() : type + "/" + k;
        w.write(name + "\t" + BIAS + "\t" + num(m.bias()) + "\n");
        w.write(name + "\t" + THRESHOLD + "\t" + num(m.threshold()) + "\n");
        for (var e : new TreeMap<>(m.weights()).entrySet()) {
          if (Math.abs(e.getValue()) >= 1e-4) {
            w.write(name + "\t" + e.getKey() + "\t" + num(e.getValue()) + "\n");
          }
        }
      }
    }
    w.flush();
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  /** The models of {@code type}: one, or the parts of a cross-fitted detector; null if none. */
  List<Model> models(EventType type) {
    return models.get(type);
  }
}
