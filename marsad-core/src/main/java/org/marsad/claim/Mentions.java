package org.marsad.claim;

import java.util.List;
import org.marsad.arabic.Token;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.SpeakerKind;

/** Finds the document's entity mentions within token ranges of one sentence. */
final class Mentions {
  private final Document doc;
  private final String text;
  private final List<Token> toks;

  Mentions(Document doc, List<Token> toks) {
    this.doc = doc;
    this.text = doc.text();
    this.toks = toks;
  }

  static boolean isActor(Entity e) {
    return e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION;
  }

  static boolean isMedia(Entity e) {
    return e.type() == EntityType.ORGANIZATION && "MED".equals(e.sector());
  }

  static SpeakerKind kindOf(Entity e) {
    return isMedia(e) ? SpeakerKind.OUTLET : SpeakerKind.NAMED;
  }

  Entity personIn(int from, int to) {
    Entity e = entityIn(from, to);
    return e != null && e.type() == EntityType.PERSON ? e : null;
  }

  /** The token index just after the entity's mention within {@code [from, to)}. */
  int endOfMention(Entity en, int from, int to) {
    int s = toks.get(from).start();
    int e = toks.get(to - 1).end();
    for (Mention m : en.mentions()) {
      if (m.start() >= s && m.end() <= e) {
        for (int i = from; i < to; i++) {
          if (toks.get(i).end() >= m.end()) {
            return i + 1;
          }
        }
      }
    }
    return from;
  }

  Entity entityStartingAt(int i, int to) {
    Token t = toks.get(i);
    int e = toks.get(Math.min(to, toks.size()) - 1).end();
    for (Entity en : doc.entities()) {
      for (Mention m : en.mentions()) {
        if (m.start() >= t.start() && m.start() < t.end() && m.end() <= e) {
          return en;
        }
      }
    }
    return null;
  }

  /** The first entity mentioned in tokens {@code [from, to)}, a person before any other. */
  Entity entityIn(int from, int to) {
    return pick(from, to, true, false, true);
  }

  /** The last actor mentioned in tokens {@code [from, to)}, a person before any other. */
  Entity lastEntityIn(int from, int to) {
    return pick(from, to, false, true, true);
  }

  /** The first actor mentioned in tokens {@code [from, to)}, whatever its type, or null. */
  Entity firstActorIn(int from, int to) {
    return pick(from, to, true, true, false);
  }

  /**
   * The first or last entity mentioned in tokens {@code [from, to)}, only actors if {@code
   * actors}, a person before any other if {@code personFirst}.
   */
  private Entity pick(int from, int to, boolean first, boolean actors, boolean personFirst) {
    if (from >= to) {
      return null;
    }
    int s = toks.get(from).start();
    int e = toks.get(to - 1).end();
    Entity best = null;
    int bestAt = -1;
    for (Entity en : doc.entities()) {
      if (actors && !isActor(en)) {
        continue;
      }
      for (Mention m : en.mentions()) {
        if (m.start() < s || m.end() > e) {
          continue;
        }
        boolean person = personFirst && en.type() == EntityType.PERSON;
        boolean bestPerson = personFirst && best != null && best.type() == EntityType.PERSON;
        boolean better = best == null || (person && !bestPerson)
            || (person == bestPerson && (first ? m.start() < bestAt : m.start() > bestAt));
        if (better) {
          best = en;
          bestAt = m.start();
        }
      }
    }
    return best;
  }

  /**
   * True when tokens {@code [from, to)} lie inside a mention that begins before them (الأنباء in
   * وكالة الأنباء السورية) or begins with them and goes on (يشار in يشار غولر): words of a name,
   * not words of the sentence.
   */
  boolean withinName(int from, int to) {
    int s = toks.get(from).start();
    int e = toks.get(to - 1).end();
    for (Entity en : doc.entities()) {
      for (Mention m : en.mentions()) {
        if ((m.start() < s && m.end() >= e) || (m.start() == s && m.end() > e)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The text of the entity's last mention before {@code to}. */
  String mentionText(Entity e, int to) {
    int end = to < toks.size() ? toks.get(to).start() : text.length();
    Mention last = e.mentions().get(0);
    for (Mention m : e.mentions()) {
      if (m.end() <= end) {
        last = m;
      }
    }
    return last.text();
  }
}
