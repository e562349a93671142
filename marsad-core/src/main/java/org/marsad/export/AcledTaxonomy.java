package org.marsad.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.model.Code;
import org.marsad.model.EventMode;
import org.marsad.model.EventType;

/**
 * PLOVER event types and modes to ACLED's disorder type, event type and sub-event type, from the
 * reviewed table {@code acled-taxonomy.tsv}: the first rule that matches wins. Immutable and
 * thread-safe once loaded.
 */
final class AcledTaxonomy {
  /** ACLED's three levels for one event. */
  record Kind(String disorderType, String eventType, String subEventType) {}

  /** What a rule needs to know of the parties beyond the event's type and mode. */
  enum When {
    ANY, STATE_ACTOR, CIVILIAN_RECIPIENT
  }

  /** A rule; a null type or modes stand for any ({@code *} in the file). */
  private record Rule(EventType type, Set<EventMode> modes, When when, Kind kind) {
    boolean matches(EventType t, EventMode mode, int inter1, int inter2) {
      return (type == null || type == t)
          && (modes == null || (mode != null && modes.contains(mode)))
          && switch (when) {
            case ANY -> true;
            case STATE_ACTOR -> inter1 == AcledCsvExport.STATE_FORCES;
            case CIVILIAN_RECIPIENT -> inter2 == AcledCsvExport.CIVILIANS;
          };
    }
  }

  private static final AcledTaxonomy STANDARD = load("acled-taxonomy.tsv");

  private final List<Rule> rules;

  private AcledTaxonomy(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  static AcledTaxonomy standard() {
    return STANDARD;
  }

  /** ACLED's kind of an event; inter codes are 0 when unknown. */
  Kind of(EventType type, EventMode mode, int inter1, int inter2) {
    for (Rule r : rules) {
      if (r.matches(type, mode, inter1, inter2)) {
        return r.kind();
      }
    }
    throw new IllegalStateException("acled-taxonomy.tsv has no rule for " + type);
  }

  private static AcledTaxonomy load(String name) {
    List<Rule> rules = new ArrayList<>();
    try (InputStream in = AcledTaxonomy.class.getResourceAsStream(name);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 6) {
          throw new IllegalStateException(name + ":" + n + ": 6 columns expected, found " + f.length);
        }
        When when = switch (f[2]) {
          case "*" -> When.ANY;
          case "state-actor" -> When.STATE_ACTOR;
          case "civilian-recipient" -> When.CIVILIAN_RECIPIENT;
          default -> throw new IllegalStateException(name + ":" + n + ": unknown condition " + f[2]);
        };
        String where = name + ":" + n;
        EventType type = f[0].equals("*") ? null : Code.of(EventType.class, f[0], where);
        Set<EventMode> modes = f[1].equals("*") ? null : Arrays.stream(f[1].split("\\|"))
            .map(m -> Code.of(EventMode.class, m, where)).collect(Collectors.toUnmodifiableSet());
        rules.add(new Rule(type, modes, when, new Kind(f[3], f[4], f[5])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (rules.isEmpty() || rules.get(rules.size() - 1).type() != null) {
      throw new IllegalStateException(name + " must end with a rule for every type (*)");
    }
    return new AcledTaxonomy(rules);
  }
}
