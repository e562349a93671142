package org.marsad.claim;

import static org.marsad.claim.WordShapes.isComma;
import static org.marsad.claim.WordShapes.isQuote;

import java.util.List;
import org.marsad.arabic.Token;
import org.marsad.model.Speaker;

/**
 * An attribution set between commas inside a reporting clause (وقال مصدر عسكري، بحسب الموقع
 * نفسه، إن ...): the clause's proposition comes after it, and its source relays the claim.
 */
final class Asides {
  /** The longest source phrase of an aside, in tokens. */
  private static final int PHRASE = 8;

  private final List<Token> toks;
  private final CueShapes shapes;
  private final Speakers speakers;

  Asides(List<Token> toks, CueShapes shapes, Speakers speakers) {
    this.toks = toks;
    this.shapes = shapes;
    this.speakers = speakers;
  }

  /**
   * When {@code aside} is a preposition cue opened by a comma whose phrase is closed by a comma
   * right before a proposition marker: the marker's index, with the aside's source added to
   * {@code via}; otherwise -1.
   */
  int markerAfter(CueLexicon.Hit aside, List<String> via) {
    if (!aside.cue().pos().equals("prep") || aside.from() == 0
        || !isComma(toks.get(aside.from() - 1))) {
      return -1;
    }
    for (int c = aside.to(); c < Math.min(toks.size(), aside.to() + PHRASE); c++) {
      Token t = toks.get(c);
      if (isComma(t)) {
        if (c == aside.to() || shapes.marker(c + 1, c + 2, 1) != c + 1) {
          return -1;
        }
        Speaker source = speakers.classify(aside.to(), c, toks.get(aside.from()).start());
        if (source.entity() != null) {
          via.add(source.entity());
        }
        return c + 1;
      }
      if (t.kind() == Token.Kind.PUNCT && !isQuote(t)) {
        return -1;
      }
    }
    return -1;
  }
}
