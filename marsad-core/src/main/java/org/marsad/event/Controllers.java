package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Token;

/**
 * Verbs that hand their subject on to the verbal noun they govern: control verbs (تمكنت قوات
 * الوفاق من بسط سيطرتها، واصلت قصف، قررت التخلي), whose noun's genitive is what is acted on, and
 * verbs of announcing (أعلنت القوات الجمعة سيطرتها), which hand their subject on only to an act
 * with no doer of its own. Verb-subject and subject-verb orders are read, with the verb's
 * preposition, words of time and date, asides and a country adjective allowed between.
 */
final class Controllers {
  private static final Set<String> CONTROL = Words.of("control-verb");
  private static final Set<String> ANNOUNCE = Words.of("announce-verb");
  private static final Set<String> EXPRESS = Words.of("express-verb");
  private static final Set<String> TIME = Words.of("time-word");
  private static final Set<String> FORCES_OF = Words.of("forces-of");
  /** Words of leading before a leader's name that describes the party before it (بقيادة). */
  private static final Set<String> LED_BY = Words.of("led-by");
  /** Nouns of carrying out between the verb and the act (بتنظيم وقفة، بتنفيذ غارات). */
  private static final Set<String> LIGHT = Words.of("light-noun");
  private static final Set<String> DEMONSTRATIVES = Set.of("هذه", "هذا", "تلك", "ذلك", "هولاء");
  /** Nouns of trying and aiming, read with an owner pronoun (محاولتها، سعيه). */
  private static final Set<String> ATTEMPTS = Set.of("محاولت", "سعي", "مساعي", "عزم", "نيت");
  /**
   * Prepositions a governing verb takes before the act it governs (تمكن من، نجح في، عمل على،
   * أعرب عن).
   */
  private static final Set<String> LINKS = Set.of("من", "في", "علي", "الي", "عن");
  /** Prepositions of where a subject acts from, between it and the act (في اليمن). */
  private static final Set<String> PLACE_PREPS = Set.of("في", "من");

  /**
   * A governing verb at token {@code verb}, its named subject (null when unnamed: تواصل هذه
   * القوات ملاحقة), and whether it shares its subject whatever the noun (a control verb).
   */
  record Control(Arg subject, int verb, boolean shares) {}

  private final Overlay o;
  private final List<Token> toks;
  private final Subjects subjects;
  private final Antecedents antecedents;
  private final List<TriggerLexicon.Hit> hits;

  Controllers(Overlay o, Subjects subjects, Antecedents antecedents,
      List<TriggerLexicon.Hit> hits) {
    this.o = o;
    this.toks = o.tokens();
    this.subjects = subjects;
    this.antecedents = antecedents;
    this.hits = hits;
  }

  private String n(int i) {
    return o.n(i);
  }

  /** The verb governing the verbal noun at token {@code from}, or null when none does. */
  Control find(int from, int left) {
    int j = from - 1;
    while (j > left && Overlay.isQuote(toks.get(j))) {
      j--; // أعربت قطر عن "استنكارها الشديد"
    }
    if (j >= left && LIGHT.contains(n(j))) {
      j--; // ردت الجبهة بتنظيم وقفة احتجاجية: the act carried out is the verb's
    }
    if (j >= left && LINKS.contains(n(j))) {
      j--;
      j -= j >= left && LIGHT.contains(n(j)) ? 1 : 0; // قررت الدخول في إضراب عام
    }
    j = skip(j, left);
    if (j < left) {
      return null;
    }
    Arg a = o.argEndingAt(j + 1);
    if (a != null) {
      Arg head = o.groupHead(a);
      // أعلنت مدينة الزاوية حالة النفير: a city named as such acts through its council
      boolean city = a.place() && n(a.from() - 1).equals("مدينه");
      if (!(a.actor() || city) || !head.prep().isEmpty() || head.from() < left) {
        return null;
      }
      // past the person's title (أكد الرئيس التركي رجب طيب أردوغان في اتصال هاتفي)
      int start = city ? a.from() - 1 : Titles.start(o, head, left);
      int v = skip(start - 1, left);
      return v >= left && governs(v) ? new Control(city ? a : head, v, shares(v)) : null;
    }
    if (j - 2 >= left && DEMONSTRATIVES.contains(n(j - 1))
        && FORCES_OF.contains(Words.withoutArticle(n(j), 3)) && governs(j - 2)) {
      // وتواصل هذه القوات ملاحقة قوات حفتر: "these forces" are the party named before
      return new Control(antecedents.nearestSubjectBefore(j - 1), j - 2, shares(j - 2));
    }
    if (!governs(j)) {
      // في محاولتها اقتحام طرابلس: an attempt or aim owned by a pronoun is its owner's act
      String w = n(j);
      for (String p : new String[] {"ها", "ه", "هم"}) {
        if (w.endsWith(p) && ATTEMPTS.contains(w.substring(0, w.length() - p.length()))) {
          return new Control(antecedents.nearestSubjectBefore(j), j, true);
        }
      }
      return null;
    }
    int k = skip(j - 1, left);
    Arg s = k >= left ? o.argEndingAt(k + 1) : null;
    if (s != null && s.actor() && o.groupHead(s).prep().isEmpty()
        && o.groupHead(s).from() >= left) {
      return new Control(o.groupHead(s), j, shares(j));
    }
    Arg topic = subjects.strongTopic(j);
    Arg subject = topic != null ? topic : antecedents.possessor(j); // أن قواتها تمكنت من طرد
    return new Control(subject, j, shares(j));
  }

  /**
   * True when token {@code j} can be part of a phrase describing a name: a definite participle
   * (المعترف)، a preposition with a pronoun (بها), an adverb (دوليا، شرعيا).
   */
  private boolean describes(int j) {
    String w = n(j);
    return Subjects.PRONOUN_PREPS.contains(w) || (w.startsWith("الم") && w.length() > 4)
        || (w.endsWith("يا") && !w.startsWith("ال") && w.length() > 4);
  }

  /** True when token {@code i} is a verb that hands its subject on (تمكنت، أعلنت، واصلت). */
  private boolean governs(int i) {
    return shares(i) || ANNOUNCE.contains(n(i)) || ANNOUNCE.contains(toks.get(i).norm())
        || EXPRESS.contains(n(i)); // أعربت قطر عن استنكارها
  }

  private boolean shares(int i) {
    return CONTROL.contains(n(i)) || CONTROL.contains(toks.get(i).norm());
  }

  /** A word of time, as written (فبراير is no ف + براير) or without its conjunction. */
  private boolean time(int j) {
    return TIME.contains(n(j)) || TIME.contains(toks.get(j).norm());
  }

  /**
   * The first token at or before {@code j} that is not a word of time, a number, an aside
   * between commas, or a country adjective after a name.
   */
  private int skip(int j, int left) {
    int described = 0;
    while (j >= left) {
      Token t = toks.get(j);
      String w = n(j);
      boolean adjective = Words.definiteAdjective(w) && o.at(j) == null && j > left
          && o.argEndingAt(j) != null;
      int open = t.kind() == Token.Kind.PUNCT ? Clause.asideStart(o, j, hits) : -1;
      Arg led = o.argEndingAt(j + 1);
      if (led != null && led.from() - 1 > left && LED_BY.contains(n(led.from() - 1))) {
        j = led.from() - 2; // أعلنت قوات الدعم السريع بقيادة محمد حمدان دقلو سيطرتها
      } else if (open > left) {
        j = open - 1; // أعلنت قوات الوفاق، صباح اليوم، سيطرتها
      } else if (time(j) && j - 2 > left && n(j - 1).equals("من") && o.at(j - 2) == null) {
        j -= n(j - 3).equals("في") ? 4 : 3; // في الخامس من أكتوبر: a day of the month
      } else if (led != null && led.place() && led.from() - 1 > left
          && PLACE_PREPS.contains(led.prep()) && n(led.from() - 1).equals(led.prep())) {
        j = led.from() - 2; // أعلن الحوثيون في اليمن، مساء الثلاثاء، استهداف
      } else if (t.kind() == Token.Kind.NUMBER || (time(j) && o.at(j) == null) || adjective
          || (w.equals("في") && j + 1 < toks.size() && time(j + 1)) // أعلنت في فبراير 2024
          || (t.text().equals("/") && j > left && time(j - 1))) { // فبراير/شباط
        j--;
      } else if (described < 3 && o.at(j) == null && describes(j)) {
        described++; // قوات الوفاق المعترف بها دوليا، سيطرتها
        j--;
      } else {
        return j;
      }
    }
    return j;
  }
}
