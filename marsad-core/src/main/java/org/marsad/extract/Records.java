package org.marsad.extract;

import org.marsad.model.Claim;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Span;

/** Consistency checks of a record before it is written: every span agrees with the text. */
public final class Records {
  private Records() {}

  /** What is wrong with {@code doc}, or null when nothing is. */
  public static String problem(Document doc) {
    String text = doc.text();
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) {
        if (!Span.agrees(text, m.start(), m.text())) {
          return "mention " + m + " of " + e.id() + " does not agree with the text";
        }
      }
    }
    for (Event v : doc.events()) {
      if (!v.evidence().agreesWith(text)) {
        return "evidence of " + v.id() + " does not agree with the text";
      }
    }
    for (Claim c : doc.claims()) {
      for (Span s : new Span[] {c.cue(), c.content(), c.evidence()}) {
        if (s != null && !s.agreesWith(text)) {
          return "a span of claim " + c.id() + " does not agree with the text";
        }
      }
    }
    return null;
  }
}
