package org.marsad.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.claim.ClaimStage;
import org.marsad.entity.EntityStage;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Mention;
import org.marsad.model.Source;

/**
 * Golden event cases (a JSON Lines file under {@code golden/events/}: hand-written sentences with
 * every event a coder would code) run through the entity, claim and event stages, and scored. An
 * event is right when its type is one of the expected types, its actor and recipient name the
 * expected entities (a null recipient only where none is expected; an attack with no party hit
 * may name the expected place as the one it hits, as the news gold lists it), negation and
 * hypothetical agree, and a resolved date agrees.
 */
final class GoldenEvents {
  record Case(String name, String category, Document doc, List<JsonNode> expected) {}

  /** Counts and the cases read wrong, with what was missed and what was extra. */
  record Score(int produced, int right, int expected, int found, Map<String, String> failures) {
    double precision() {
      return produced == 0 ? 0 : (double) right / produced;
    }

    double recall() {
      return expected == 0 ? 0 : (double) found / expected;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String report(String title) {
      StringBuilder out = new StringBuilder(String.format(
          "%s: P %.3f (%d/%d) R %.3f (%d/%d) F1 %.3f%n", title, precision(), right, produced,
          recall(), found, expected, f1()));
      failures.forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));
      return out.toString();
    }
  }

  private GoldenEvents() {}

  static List<Case> load(String file) throws IOException {
    List<Case> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = GoldenEvents.class.getResourceAsStream("/golden/events/" + file)) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : all.split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode c = json.readTree(line);
        Document doc = Document.of(c.get("name").asText(), new Source(null, null, null), "ar",
            null, DateValue.day(java.time.LocalDate.parse(c.get("published").asText())),
            c.get("text").asText(), List.of());
        doc = EventStage.standard().process(
            ClaimStage.standard().process(EntityStage.standard().process(doc)));
        List<JsonNode> expected = new ArrayList<>();
        c.get("events").forEach(expected::add);
        out.add(new Case(c.get("name").asText(), c.path("category").asText(""), doc, expected));
      }
    }
    return out;
  }

  /**
   * The score over {@code cases}; an expected event for which {@code optional} holds counts when
   * found and is no error when missed.
   */
  static Score score(List<Case> cases, Predicate<JsonNode> optional) {
    int produced = 0;
    int right = 0;
    int expected = 0;
    int found = 0;
    Map<String, String> failures = new TreeMap<>();
    for (Case c : cases) {
      produced += c.doc().events().size();
      for (Event ev : c.doc().events()) {
        if (c.expected().stream().anyMatch(x -> matches(c.doc(), ev, x))) {
          right++;
        } else {
          failures.merge(c.name(), "extra " + describe(c.doc(), ev), (a, b) -> a + "; " + b);
        }
      }
      for (JsonNode x : c.expected()) {
        if (found(c, x)) {
          found++;
          expected++;
        } else if (!optional.test(x)) {
          expected++;
          failures.merge(c.name(), "missed " + x, (a, b) -> a + "; " + b);
        }
      }
    }
    return new Score(produced, right, expected, found, failures);
  }

  static boolean found(Case c, JsonNode x) {
    return c.doc().events().stream().anyMatch(ev -> matches(c.doc(), ev, x));
  }

  private static String norm(String s) {
    return " " + ArabicNormalizer.normalize(s).replaceAll("[\\s\\p{Punct}«»“”]+", " ").strip()
        + " ";
  }

  /** True when entity {@code id} of {@code doc} is named {@code form} (either contains the other). */
  private static boolean names(Document doc, String id, String form) {
    if (id == null) {
      return false;
    }
    String f = norm(form);
    for (Entity e : doc.entities()) {
      if (!e.id().equals(id)) {
        continue;
      }
      for (Mention m : e.mentions()) {
        String t = norm(m.text());
        if (t.contains(f) || f.contains(t)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean matches(Document doc, Event ev, JsonNode x) {
    boolean typeOk = false;
    for (JsonNode t : x.get("type")) {
      typeOk |= t.asText().equals(ev.type().name());
    }
    if (!typeOk || !names(doc, ev.actor(), x.path("actor").asText(""))) {
      return false;
    }
    JsonNode r = x.get("recipient");
    JsonNode place = x.get("location");
    boolean placeHit = ev.type() == EventType.ASSAULT && ev.recipient() != null
        && place != null && !place.isNull() && names(doc, ev.recipient(), place.asText());
    boolean recipientOk = r == null || r.isNull() ? ev.recipient() == null || placeHit
        : names(doc, ev.recipient(), r.asText());
    if (!recipientOk || ev.negated() != x.path("negated").asBoolean(false)
        || ev.hypothetical() != x.path("hypothetical").asBoolean(false)) {
      return false;
    }
    String precision = x.path("precision").asText("unknown");
    return precision.equals("unknown") || (precision.equals(ev.date().precision())
        && x.path("date").asText().equals(ev.date().value()));
  }

  private static String describe(Document doc, Event ev) {
    return ev.type() + " " + name(doc, ev.actor()) + " -> " + name(doc, ev.recipient())
        + (ev.negated() ? " neg" : "") + (ev.hypothetical() ? " hyp" : "") + " " + ev.date();
  }

  private static String name(Document doc, String id) {
    return doc.entities().stream().filter(e -> e.id().equals(id)).findFirst()
        .map(e -> e.mentions().get(0).text()).orElse("null");
  }
}
