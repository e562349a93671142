package org.marsad.event;

import java.util.Set;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;

/**
 * Parties tied to a noun before them: the one a participle says the noun is loyal to or backed by
 * (it describes the noun), and the owner after ل of what an act hits or takes. Stateless.
 */
final class Owners {
  private Owners() {}

  private static final Set<String> BACKED_BY = Words.of("backed-by");
  private static final Set<String> LOYAL_TO = Words.of("loyal-to");

  /**
   * True when the party is tied to the noun before it by a participle (قوات موالية لحكومة الوفاق،
   * والمدعومة من الأمم المتحدة، مصادر مقربة من الحكومة): it describes that noun, it is not acted
   * on.
   */
  static boolean describes(Overlay o, Arg a) {
    int at = a.from() - 1;
    if (a.prep().equals("من") && at >= 1 && o.n(at).equals("من")) {
      return BACKED_BY.contains(o.n(at - 1));
    }
    return a.prep().equals("ل") && at >= 0 && LOYAL_TO.contains(o.n(at));
  }

  /**
   * True when the ل at token {@code lamAt} stands close enough after the act's objects, which
   * begin at {@code objectsFrom}, to name the owner of what is hit (دمرت آليات لقوات حفتر): up to
   * three words, or two after على, a participle of belonging not counted (غارات على ثلاثة
   * مواقع تابعة لكتائب حزب الله).
   */
  static boolean near(Overlay o, int objectsFrom, int lamAt) {
    int on = objectsFrom;
    for (int j = objectsFrom; j < lamAt && on == objectsFrom; j++) {
      on = o.n(j).equals("علي") ? j + 1 : on;
    }
    int loyal = LOYAL_TO.contains(o.n(lamAt - 1)) ? 1 : 0;
    return lamAt - on - loyal <= (on > objectsFrom ? 2 : 3);
  }

  /** The owner of the object: تدمير أنظمة الدفاع التي تستخدمها قوات حفتر. */
  static Arg ofObject(Overlay o, Subjects subjects, Arg actorHead, int objectsFrom, int right) {
    for (int j = objectsFrom; j < right && j < objectsFrom + 5; j++) {
      if (Subjects.RELATIVES.contains(o.n(j))) {
        Arg owner = subjects.inRelative(j + 2, right);
        return owner != null && owner.party()
            && (actorHead == null || owner.group() != actorHead.group()) ? owner : null;
      }
      if (o.argAt(j) != null || Subjects.PREPS.contains(o.n(j))) {
        return null;
      }
    }
    return null;
  }
}
