package org.marsad.event;

import java.util.Set;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;

/**
 * Attacks named as the background of the news, not as an act it reports: an attack after a word
 * of time or cause that points back (منذ تفجير السفارة، على خلفية اغتيال، في ذكرى الهجوم، على
 * غرار الهجوم), and an attack noun whose relative clause puts it in an earlier time (الهجوم الذي
 * وقع الشهر الماضي، التفجير الذي شهدته المدينة العام الماضي). Such a mention is no new event.
 * Stateless.
 */
final class Background {
  private Background() {}

  private static final Set<String> BACK = Words.of("background-word");
  private static final Set<String> PAST = Words.of("past-time");
  private static final Set<String> RELATIVES = Words.of("relative");
  /** How far into its relative clause a word of earlier time may stand. */
  private static final int REACH = 6;

  /** True when the attack noun at {@code hit} names an earlier attack. */
  static boolean earlier(Overlay o, TriggerLexicon.Hit hit) {
    if (hit.trigger().verb()) {
      return false;
    }
    String before = o.n(hit.from() - 1);
    if (BACK.contains(before) || BACK.contains(Words.withoutArticle(before, 2))) {
      return true;
    }
    int rel = hit.to();
    while (rel < hit.to() + 3 && rel < o.tokens().size() && !RELATIVES.contains(o.n(rel))) {
      rel++; // past the attack's adjectives: الهجوم الانتحاري الذي
    }
    if (!RELATIVES.contains(o.n(rel))) {
      return false;
    }
    for (int j = rel + 1; j < Math.min(o.tokens().size(), rel + 1 + REACH); j++) {
      if (o.boundary(j)) {
        return false;
      }
      if (PAST.contains(o.n(j))) {
        return true;
      }
    }
    return false;
  }
}
