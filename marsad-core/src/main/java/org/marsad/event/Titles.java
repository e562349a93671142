package org.marsad.event;

import java.util.Set;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Token;
import org.marsad.model.EntityType;

/** The title written before a person's name (معالي وزير خارجية جمهورية مصر العربية سامح شكري). */
final class Titles {
  private static final Set<String> ROLES = Words.of("role-noun");
  private static final Set<String> HONORIFICS = Words.of("honorific");
  /** Titles and ranks before a name (الجنرال، اللواء، الدكتور). */
  private static final Set<String> RANKS = Words.of("title");
  /** Words that complete a rank (الفريق أول، اللواء الركن). */
  private static final Set<String> RANK_PARTS = Words.of("rank-part");
  /** How many words a rank and its honorifics may have. */
  private static final int RANK_WORDS = 3;

  private Titles() {}

  /**
   * Where the title before a person begins: a role noun and the definite
   * words after it (رئيس الوزراء العراقي محمد شياع السوداني، الرئيس التركي رجب طيب أردوغان);
   * else where the person begins. Not before {@code from}.
   */
  static int start(Overlay o, Arg a, int from) {
    if (a.entity().type() != EntityType.PERSON || !a.prep().isEmpty()) {
      return a.from();
    }
    int begin = a.from();
    for (int j = a.from() - 1; j >= from; j--) {
      Arg g = o.at(j);
      if (g != null) {
        boolean ofTitle = g.entity().type() == EntityType.LOCATION
            || (g.entity().type() == EntityType.ORGANIZATION && g.prep().equals("ل"));
        if (ofTitle && g.from() > from
            && (roleWord(o, g.from() - 1) || !prepOn(o, g.from() - 1).isEmpty()
                || (g.from() - 1 > from && o.at(g.from() - 1) == null
                && !o.n(g.from() - 1).startsWith("ال") && roleWord(o, g.from() - 2))
                || (!g.prep().isEmpty() && roleWithin(o, g.from(), from)))) {
          // a state in the title: وزير خارجية مصر، وزير خارجية جمهورية مصر العربية، المبعوث
          // الأمريكي الخاص للشرق الأوسط
          j = g.from();
          continue;
        }
        break;
      }
      String w = o.n(j);
      if (roleWord(o, j) || HONORIFICS.contains(w)) {
        begin = j;
      } else if (prepOn(o, j).equals("ل") && roleWithin(o, j, from)) {
        begin = j; // المبعوث الشخصي للأمين العام: the role's genitive after ل
      } else if (!prepOn(o, j).isEmpty()) {
        return j; // برئيس ولاية هيرشبيلي علي جودلاوي: the preposition opens the title
      } else if (!w.startsWith("ال") && !roleWithin(o, j, from)) {
        break; // but a role's genitives stay in the title (وزير خارجية جمهورية مصر العربية)
      }
    }
    return begin;
  }

  /**
   * The token after the rank written from {@code from} (الجنرال، الفريق أول، معالي), before
   * {@code right}; {@code from} where there is none.
   */
  static int pastRank(Overlay o, int from, int right) {
    int j = from;
    while (j < right && j < from + RANK_WORDS && (RANKS.contains(o.n(j)) || honorific(o, j)
        || (j > from && RANKS.contains(o.n(j - 1)) && RANK_PARTS.contains(o.n(j))))) {
      j++;
    }
    return j;
  }

  /** True when token {@code i} is an honorific (معالي، صاحب السمو). */
  static boolean honorific(Overlay o, int i) {
    return HONORIFICS.contains(o.n(i));
  }

  /**
   * The title that a place phrase without commas stands before (استقبل ميقاتي في السراي الحكومي
   * قائد القوات): the first role or honorific within {@code reach} plain words from {@code
   * from}, past a place's name, or -1.
   */
  static int afterPlainWords(Overlay o, int from, int reach) {
    for (int m = from; m < Math.min(o.tokens().size(), from + reach); m++) {
      Arg place = o.at(m);
      if (place != null && place.place() && (place.prep().isEmpty() || place.from() == from)) {
        m = place.to() - 1; // في قصر قرطاج، في السراي الحكومي
      } else if (roleWord(o, m) || honorific(o, m)) {
        return m;
      } else if (place != null || o.tokens().get(m).kind() != Token.Kind.ARABIC) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The preposition ب or ل written on a role noun at token {@code j} (برئيس، لوزير، للرئيس), or
   * "".
   */
  static String prepOn(Overlay o, int j) {
    String w = o.n(j);
    String rest = Words.withoutPreposition(w);
    return rest != null && !ROLES.contains(w) && (ROLES.contains(rest)
        || ROLES.contains(Words.withoutArticle(rest, 3))) ? w.substring(0, 1) : "";
  }

  /** Whether a role stands at most three plain words before token {@code j}, not before from. */
  private static boolean roleWithin(Overlay o, int j, int from) {
    for (int m = j - 1; m >= Math.max(from, j - 3); m--) {
      if (roleWord(o, m)) {
        return true;
      }
      if (o.at(m) != null || o.tokens().get(m).kind() != Token.Kind.ARABIC) {
        return false;
      }
    }
    return false;
  }

  private static boolean roleWord(Overlay o, int j) {
    return Subjects.role(o, j) || ROLES.contains(Words.withoutArticle(o.n(j), 3));
  }
}
