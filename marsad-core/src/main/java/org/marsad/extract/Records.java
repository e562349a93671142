package org.marsad.extract;

import java.util.HashSet;
import java.util.Set;
import org.marsad.ingest.Surrogates;
import org.marsad.model.Claim;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Span;

/**
 * Consistency checks of a record before it is written. A record is consistent when:
 *
 * <ul>
 *   <li>its text (and title) can be written as UTF-8: no unpaired surrogate;
 *   <li>every span (mentions, event evidence, claim cue, content and evidence) lies within the
 *       text, holds exactly the text at its offsets, and neither starts nor ends inside a
 *       surrogate pair;
 *   <li>every id it refers to exists: an event's actor, recipient and location, a claim's
 *       speaker entity and {@code via}, are entity ids of the record, an event's claim is a claim
 *       id of the record; ids are unique.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class Records {
  private Records() {}

  /** What is wrong with {@code doc}, or null when nothing is. */
  public static String problem(Document doc) {
    String text = doc.text();
    int bad = Surrogates.firstUnpaired(text);
    if (bad >= 0) {
      return "the text has an unpaired surrogate at offset " + bad;
    }
    if (doc.title() != null && Surrogates.firstUnpaired(doc.title()) >= 0) {
      return "the title has an unpaired surrogate";
    }
    Set<String> entityIds = new HashSet<>();
    for (Entity e : doc.entities()) {
      if (!entityIds.add(e.id())) {
        return "entity id " + e.id() + " is used twice";
      }
      for (Mention m : e.mentions()) {
        String p = spanProblem(text, m.start(), m.end(), m.text());
        if (p != null) {
          return "mention " + m + " of " + e.id() + " " + p;
        }
      }
    }
    Set<String> claimIds = new HashSet<>();
    for (Claim c : doc.claims()) {
      if (!claimIds.add(c.id())) {
        return "claim id " + c.id() + " is used twice";
      }
      for (Span s : new Span[] {c.cue(), c.content(), c.evidence()}) {
        String p = s == null ? null : spanProblem(text, s.start(), s.end(), s.text());
        if (p != null) {
          return "a span of claim " + c.id() + " " + p;
        }
      }
      if (!refers(c.speaker().entity(), entityIds)) {
        return "claim " + c.id() + " names speaker entity " + c.speaker().entity()
            + ", which is not in the record";
      }
      for (String v : c.via()) {
        if (!entityIds.contains(v)) {
          return "claim " + c.id() + " is relayed via " + v + ", which is not in the record";
        }
      }
    }
    Set<String> eventIds = new HashSet<>();
    for (Event v : doc.events()) {
      if (!eventIds.add(v.id())) {
        return "event id " + v.id() + " is used twice";
      }
      Span s = v.evidence();
      String p = spanProblem(text, s.start(), s.end(), s.text());
      if (p != null) {
        return "evidence of " + v.id() + " " + p;
      }
      for (String ref : new String[] {v.actor(), v.recipient(), v.location()}) {
        if (!refers(ref, entityIds)) {
          return "event " + v.id() + " refers to entity " + ref + ", which is not in the record";
        }
      }
      if (!refers(v.claim(), claimIds)) {
        return "event " + v.id() + " refers to claim " + v.claim() + ", which is not in the record";
      }
    }
    return null;
  }

  private static boolean refers(String id, Set<String> ids) {
    return id == null || ids.contains(id);
  }

  /** Why the span {@code [start, end)} holding {@code covered} is wrong for {@code text}, or null. */
  static String spanProblem(String text, int start, int end, String covered) {
    if (start < 0 || end > text.length() || end < start) {
      return "[" + start + ", " + end + ") is outside the text (length " + text.length() + ")";
    }
    if (!Span.agrees(text, start, covered) || end - start != covered.length()) {
      return "does not agree with the text";
    }
    if (splitsPair(text, start) || splitsPair(text, end)) {
      return "[" + start + ", " + end + ") splits a surrogate pair";
    }
    return null;
  }

  /** True when offset {@code i} falls between the two halves of a surrogate pair. */
  private static boolean splitsPair(String text, int i) {
    return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
        && Character.isLowSurrogate(text.charAt(i));
  }
}
