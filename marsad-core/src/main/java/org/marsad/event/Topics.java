package org.marsad.event;

import java.util.Set;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Token;

/**
 * The party a sentence sets apart with أما before its verb written with ف (أما المبعوث الأممي
 * هانس غروندبرغ، فدعا جميع الأطراف): the verb's subject, named as clearly as after it. Stateless.
 */
final class Topics {
  private static final Set<String> SETTING_APART = Words.of("topic-particle");
  /** How many words the party set apart may have with its title. */
  private static final int TOPIC_WORDS = 12;

  private Topics() {}

  /** The party set apart with أما for the verb at token {@code at} written with ف, or null. */
  static Arg setApart(Overlay o, int at) {
    Token verb = o.tokens().get(at);
    if (at < 3 || !verb.norm().startsWith("ف") || o.n(at).startsWith("ف")) {
      return null;
    }
    for (int j = at - 1; j >= 0 && j >= at - TOPIC_WORDS; j--) {
      if (SETTING_APART.contains(Words.bare(o.tokens().get(j)))) {
        for (int k = j + 1; k < at; k++) {
          Arg a = o.argAt(k);
          if (a != null && a.party() && a.prep().isEmpty()) {
            return o.groupHead(a);
          }
        }
        return null;
      }
      if (o.tokens().get(j).kind() == Token.Kind.PUNCT && j < at - 1) {
        return null;
      }
    }
    return null;
  }
}
