package org.marsad.event;

import java.util.Collection;
import java.util.Set;
import java.util.function.Predicate;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;

/** The place of an act: a place mention in its clause after a locative preposition. */
final class Places {
  static final Set<String> PLACE_PREPS = Words.of("place-preposition");
  /**
   * Prepositions that make a state or capital the place of an act, not its target (في جنوب
   * طرابلس، قرب القاهرة); على / إلى / من before one name a party.
   */
  private static final Set<String> LOCATIVE_PREPS = Words.of("locative-preposition");
  /** Nouns of sites an attack hits (مواقع، نقاط). */
  private static final Set<String> SITES = Words.of("target-noun", "hit-object");
  /** Nouns of a town or capital that a place's name may follow in apposition (العاصمة). */
  private static final Set<String> PLACE_NOUNS = Words.of("apposed-place-noun");

  private final Overlay o;

  Places(Overlay o) {
    this.o = o;
  }

  /**
   * The first place in {@code [left, right)} that is neither the actor nor a party acted on: after a
   * locative preposition, or a town named bare as an object (قصفت القوات الروسية مدينة خاركيف،
   * دخلت القوات سرت), not a state or capital, which may stand for its government.
   */
  String place(int left, int right, Arg actor, Arg recipient) {
    // a town struck is also where the act was (قصف الجيش مدينة رفح)
    return place(left, right, a -> a.group() == actor.group()
        || (recipient != null && !recipient.place() && a.group() == recipient.group()));
  }

  /**
   * The place of an act whose parties were read without its clause (an act the detector found,
   * تظاهر آلاف الطلاب في بغداد): as above, with the mentions of {@code parties} left out.
   */
  String place(int left, int right, Collection<String> parties) {
    return place(left, right, a -> parties.contains(a.entity().id()));
  }

  private String place(int left, int right, Predicate<Arg> party) {
    for (Arg a : o.args()) {
      if (a.from() < left || a.from() >= right || !a.place() || party.test(a)) {
        continue;
      }
      // a capital after ب is where (تظاهر المئات بطرابلس); a state after it is a party (الاستعانة
      // بروسيا)
      if (a.actor() ? LOCATIVE_PREPS.contains(a.prep()) || (a.capital() && a.prep().equals("ب"))
          || (a.prep().equals("ب") && sitesBefore(a.from())) || (a.prep().isEmpty()
          && locativeApposition(a.from()))
          : PLACE_PREPS.contains(a.chain()) || a.chain().isEmpty()) {
        return a.entity().id();
      }
    }
    return null;
  }

  /** Whether a noun of sites struck stands right before token {@code at} (مواقع باليمن). */
  private boolean sitesBefore(int at) {
    return at > 0 && SITES.contains(Words.withoutArticle(o.n(at - 1), 3));
  }

  /**
   * Whether the name at token {@code at} follows a definite place noun after a locative
   * preposition, its adjectives between (في العاصمة الصومالية مقديشو، بالعاصمة الليبية طرابلس).
   */
  private boolean locativeApposition(int at) {
    for (int j = at - 1; j >= 0 && j >= at - 3; j--) {
      String w = o.n(j);
      if (o.argAt(j) != null || !(w.startsWith("ال") || w.startsWith("بال"))) {
        return false;
      }
      String noun = Words.withoutArticle(w.startsWith("ب") ? w.substring(1) : w, 3);
      if (PLACE_NOUNS.contains(noun)) {
        return w.startsWith("بال") || (j > 0 && LOCATIVE_PREPS.contains(o.n(j - 1)));
      }
    }
    return false;
  }
}
