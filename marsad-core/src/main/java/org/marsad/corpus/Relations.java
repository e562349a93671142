package org.marsad.corpus;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marsad.data.TsvRows;
import org.marsad.model.Code;
import org.marsad.model.EventType;

/**
 * How a PLOVER event type reads as a relation between actor and recipient, from
 * {@code relations.tsv}: its stance (backs, turns away, hostile, neutral) and the actor-graph
 * edge it gives. Immutable and thread-safe.
 */
public final class Relations {
  /** What the actor does towards the recipient. */
  public enum Stance {
    BACKS,
    AWAY,
    HOSTILE,
    NEUTRAL;

    /** True when one act of each stance between the same actors at once cannot both hold. */
    public boolean opposes(Stance other) {
      return (this == BACKS && other == AWAY) || (this == AWAY && other == BACKS);
    }
  }

  /** The actor-graph edge kinds. */
  public enum Edge {
    SUPPORTS,
    OPPOSES,
    MEETS,
    FIGHTS;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The reading of one event type. */
  public record Relation(EventType type, Stance stance, Optional<Edge> edge) {}

  private static final Relations STANDARD = load();

  private final Map<EventType, Relation> byType;

  private Relations(Map<EventType, Relation> byType) {
    this.byType = Map.copyOf(byType);
  }

  public static Relations standard() {
    return STANDARD;
  }

  /** The relation of a PLOVER type; every type has one. */
  public Relation of(EventType type) {
    Relation r = byType.get(type);
    if (r == null) {
      throw new IllegalArgumentException("no relation for event type " + type);
    }
    return r;
  }

  private static Relations load() {
    Map<EventType, Relation> map = new EnumMap<>(EventType.class);
    Map<Edge, Integer> seen = new EnumMap<>(Edge.class);
    for (TsvRows.Row row : TsvRows.resource(Relations.class, "relations.tsv")) {
      String[] f = row.fields();
      if (f.length != 3) {
        throw new IllegalStateException("relations.tsv line " + row.line() + ": bad row");
      }
      EventType type = Code.of(EventType.class, f[0], "relations.tsv line " + row.line());
      Optional<Edge> edge = f[2].equals("-")
          ? Optional.empty()
          : Optional.of(Edge.valueOf(f[2].toUpperCase(Locale.ROOT)));
      edge.ifPresent(e -> seen.merge(e, 1, Integer::sum));
      Stance stance = Stance.valueOf(f[1].toUpperCase(Locale.ROOT));
      if (map.put(type, new Relation(type, stance, edge)) != null) {
        throw new IllegalStateException("relations.tsv line " + row.line() + ": " + f[0] + " twice");
      }
    }
    if (map.size() != EventType.values().length) {
      throw new IllegalStateException("relations.tsv must list every PLOVER type once");
    }
    return new Relations(map);
  }
}
