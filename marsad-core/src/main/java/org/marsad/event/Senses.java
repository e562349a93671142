package org.marsad.event;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.model.EventType;

/**
 * Which sense a trigger word has where it stands: a conflict sense given by a noun of forces or
 * hostility after it, or no act at all when it is a title written otherwise.
 */
final class Senses {
  private Senses() {}

  private static final Set<String> ISSUED = Words.of("issued");
  private static final Set<String> OBJECT_NOUNS = Words.of("object-noun");
  private static final Set<String> ROLES = Words.of("role-noun");
  /** The most tokens between a word of calling and the إلى of what it calls for. */
  private static final int CALL_WINDOW = 5;
  private static final Set<String> NEEDS = Words.of("need-noun");
  /** Stems of the forms of demanding (طالب، يطالبون، مطالبا), which ask for what follows ب. */
  private static final Set<String> DEMANDING = Words.of("demand-stem");
  /** The most tokens between a word of threatening and the ب of what it threatens with. */
  private static final int THREAT_WINDOW = 6;
  /** Words that begin with ب but threaten with nothing (بين، بعد، بسبب، بحسب، بلا). */
  private static final Set<String> NOT_WITH = Words.of("not-threat-means");
  private static final Set<String> CALAMITIES = Words.of("calamity-noun");
  private static final Set<String> BY_PREPOSITION = Words.of("sense-by-preposition");
  /** How far after such a trigger its preposition may stand, in tokens. */
  private static final int PREPOSITION_WINDOW = 6;

  private static final Set<String> TIME = Words.of("time-word");
  private static final Set<String> TIMES_OF_DAY = Words.of("time-of-day");

  /**
   * The hits that are not a time of day written like a verb (فجر اليوم، فجر الثلاثاء: dawn, not
   * detonated): a one-word trigger in the closed class {@code time-of-day} followed by a word of
   * time; nor a trigger whose sense needs a preposition it lacks ({@link #prepositionMissing}).
   */
  static List<TriggerLexicon.Hit> inTheirSense(Overlay o, List<TriggerLexicon.Hit> hits) {
    List<Token> toks = o.tokens();
    return hits.stream().filter(h -> !(h.to() - h.from() == 1 && timeOfDayAt(toks, h.from()))
        && !prepositionMissing(toks, h) && !issuedBy(toks, h) && !roleGenitive(toks, h)
        && !orderWithoutAct(o, h, hits) && !unnamedCover(o, h) && !Lookalikes.noAct(o, h))
        .toList();
  }



  /**
   * True when a phrase of cover (تحت حماية، تحت غطاء) names no party right after it: an area under
   * its protection (تحت حمايته), a pretext (تحت غطاء إنساني), no act of support.
   */
  private static boolean unnamedCover(Overlay o, TriggerLexicon.Hit h) {
    return Asides.cover(h.trigger())
        && (h.pronoun() || h.to() >= o.tokens().size() || o.at(h.to()) == null);
  }

  private static final Set<String> ORDERS = Words.of("order-verb");
  private static final Set<String> LETTERS = Words.of("letter-noun");
  /** How many words of a title without the article may stand between an order and its act. */
  private static final int ORDER_TITLE_WORDS = 2;

  /**
   * True when a verb of directing ({@code order-verb}) is not followed by an act written with ب
   * past its doer (names, asides, words with the article and a title's words: وجه رئيس مجلس
   * الوزراء محمد السوداني، أمس، بملاحقة المنفذين orders); an indefinite object before one (وجه
   * له القضاء تهما، وجه الجيش ضربة) or the clause's end means it aims or deals something, and a
   * word with ب that is no act (بتشكيل لجنة) orders something only of a party named after the
   * doer (موجها وزارة العدل بتشكيل محاكم). A letter it addresses ({@code letter-noun}: وجه
   * خطابا إلى) is a request.
   */
  private static boolean orderWithoutAct(Overlay o, TriggerLexicon.Hit h,
      List<TriggerLexicon.Hit> hits) {
    List<Token> toks = o.tokens();
    Token verb = toks.get(h.from());
    if (h.to() - h.from() != 1 || h.trigger().form().contains(" ")
        || !(ORDERS.contains(verb.norm()) || ORDERS.contains(Words.bare(verb)))) {
      return false; // وجه, and ووجه with its conjunction; not وجه الرئيس دعوة, a form split
    }
    boolean participle = verb.norm().startsWith("م");
    int words = 0;
    int parties = 0;
    for (int j = h.to(); j < toks.size(); j++) {
      int past = pastAsides(o, j, hits);
      if (past > j) {
        j = past;
        continue;
      }
      Token t = toks.get(j);
      Arg named = o.at(j);
      if (named != null) {
        parties++;
        j = o.lastOfGroup(named).to() - 1;
        continue;
      }
      if (Overlay.isQuote(t)) {
        continue;
      }
      String w = Words.bare(t);
      if (t.kind() != Token.Kind.ARABIC) {
        return true;
      }
      if (Words.charge(w) && !w.startsWith("بن")) {
        int at = j;
        // بتشكيل لجنة: no act, so an order only to a party named (موجها وزارة العدل بتشكيل)
        return hits.stream().noneMatch(x -> x.from() == at) && parties < (participle ? 1 : 2);
      }
      if (w.startsWith("لل") && w.length() > 4 && (j == h.to() || o.argEndingAt(j) != null)) {
        parties += 2; // أوعز للجيش بالعمل: the body directed, after ل
        continue;
      }
      if (LETTERS.contains(w)) {
        return false; // وجه خطابا إلى مجلس الأمن: a request addressed to a party
      }
      if (!w.startsWith("ال") && (w.endsWith("ا") || ++words > ORDER_TITLE_WORDS)) {
        return true;
      }
    }
    return true;
  }

  /**
   * True when the trigger is a noun right after a noun of a role, its genitive: what the role is
   * of, not an act (حاكم المقاطعة، حاكم مقاطعة بيلغورود: a province's governor, not a boycott).
   */
  private static boolean roleGenitive(List<Token> toks, TriggerLexicon.Hit h) {
    if (h.to() - h.from() != 1 || h.from() == 0 || h.trigger().verb()) {
      return false;
    }
    Token before = toks.get(h.from() - 1);
    return ROLES.contains(before.norm()) || ROLES.contains(Words.bare(before));
  }

  /** True when the trigger is a participle of issuing before عن (بيان صادر عن الوزارة). */
  private static boolean issuedBy(List<Token> toks, TriggerLexicon.Hit h) {
    return h.to() - h.from() == 1 && h.to() < toks.size() && ISSUED.contains(Words.bare(
        toks.get(h.from()))) && Words.bare(toks.get(h.to())).equals("عن");
  }

  /**
   * True when token {@code j} is a time of day before a word of time (فجر اليوم، صباح الأربعاء):
   * no act's trigger.
   */
  static boolean timeOfDayAt(List<Token> toks, int j) {
    return j + 1 < toks.size() && timeOfDay(toks.get(j))
        && TIME.contains(Words.bare(toks.get(j + 1)));
  }

  /** A time of day, as written (فجر is not ف + جر) or after a conjunction (وفجر). */
  private static boolean timeOfDay(Token t) {
    return TIMES_OF_DAY.contains(t.norm()) || TIMES_OF_DAY.contains(Words.bare(t));
  }

  /**
   * A role noun written with alef madda (آمر، commander): the madda tells it from the word it
   * becomes once normalized (أمر، an order).
   */
  static boolean isTitle(Token t) {
    String w = Clitics.withoutConjunction(t.text(), 2);
    return !w.isEmpty() && w.charAt(0) == '\u0622' && ROLES.contains(Words.bare(t));
  }

  /**
   * True when a word of calling is followed closely by إلى or by ل and a definite noun (دعا إلى
   * وقف إطلاق النار، داعيا الليبيين إلى الوحدة، داعيا أبناء القبائل للانخراط في الجيش): a call
   * on someone to act, not a prayer or an invitation; not with a noun of need for subject (دعت
   * الحاجة إلى ذلك); a word of demanding followed closely by ب and what it demands (طالبت منظمة
   * العفو الدولية بفتح تحقيق).
   */
  static boolean callTo(Overlay o, TriggerLexicon.Hit hit, List<TriggerLexicon.Hit> hits) {
    List<Token> toks = o.tokens();
    if (hit.trigger().type() != EventType.REQUEST
        || (hit.to() < toks.size() && NEEDS.contains(Words.bare(toks.get(hit.to()))))) {
      return false;
    }
    String form = hit.trigger().form();
    boolean demand = DEMANDING.stream().anyMatch(form::contains); // طالبت المنظمة بفتح تحقيق
    // definite words are not counted (up to CALL_WINDOW of them): a subject's title and the
    // object's adjectives stand between (دعا وزير الخارجية المصري سامح شكري الدول الغربية إلى)
    // and the caller's name and an aside of where or how (دعا رئيس المفوضية، عمر توراي، في بيان
    // صدر من أبوجا، جميع الأطراف إلى) are passed
    return wordAfter(toks, hit, CALL_WINDOW, CALL_WINDOW, true, o, hits,
        (j, w) -> w.equals("الي") || (j > hit.to() && w.startsWith("لل") && w.length() > 4)
        || (demand && ((w.startsWith("ب") && w.length() >= 4) || w.equals("ب"))));
  }

  /**
   * True when a word of threatening is followed closely by what it threatens with, written with
   * ب (هدد الحرس الثوري برد ساحق، هدد بالانسحاب من الحكومة): a threat, not an endangering; so is
   * an act of harm told in the future with no party named to hit (ستواصل استهداف المنشآت).
   */
  static boolean threatWith(Overlay o, TriggerLexicon.Hit hit, List<TriggerLexicon.Hit> hits) {
    if (!hit.trigger().verb() && Threats.HARMING.contains(hit.trigger().type())
        && Threats.future(o.tokens(), hit)) {
      return true;
    }
    // the words of names are not counted (هدد عضو المكتب السياسي لجماعة الحوثي محمد البخيتي ب)
    return hit.trigger().type() == EventType.THREATEN && wordAfter(o.tokens(), hit, THREAT_WINDOW,
        0, false, o, hits, (j, w) -> (w.startsWith("ب") && w.length() >= 3 && !NOT_WITH.contains(w))
            || w.equals("ب")); // بـ"خيارات أخرى": the preposition written apart, before quotes
  }

  /**
   * True when a word of warning is followed by من and a calamity (حذرت الأمم المتحدة من كارثة
   * إنسانية، حذر من تفاقم الأزمة): a warning of what may befall, no threat to anyone.
   */
  static boolean warnsOfCalamity(List<Token> toks, TriggerLexicon.Hit hit) {
    return hit.trigger().type() == EventType.THREATEN && wordAfter(toks, hit, THREAT_WINDOW, 0,
        false, (j, w) -> w.equals("من") && j + 1 < toks.size()
            && CALAMITIES.contains(Words.withoutArticle(Words.bare(toks.get(j + 1)), 3)));
  }

  /**
   * True when a one-word trigger whose sense needs its preposition has none after it (اعترض على
   * القرار objects; اعترض صواريخ intercepts): the words of class sense-by-preposition. A form of
   * several words carries its sense itself (خرج المتظاهرون).
   */
  static boolean prepositionMissing(List<Token> toks, TriggerLexicon.Hit hit) {
    return hit.to() - hit.from() == 1
        && BY_PREPOSITION.contains(Words.bare(toks.get(hit.from())))
        && !wordAfter(toks, hit, PREPOSITION_WINDOW, 0, false,
            (j, w) -> hit.trigger().preps().contains(w));
  }

  /**
   * True when a word that {@code test} accepts (by its index and bare form) stands within
   * {@code window} tokens after the trigger, not counting up to {@code definiteFree} definite
   * words, before any punctuation (past quotation marks where {@code pastQuotes}).
   */
  private static boolean wordAfter(List<Token> toks, TriggerLexicon.Hit hit, int window,
      int definiteFree, boolean pastQuotes, BiPredicate<Integer, String> test) {
    return wordAfter(toks, hit, window, definiteFree, pastQuotes, null, List.of(), test);
  }

  /**
   * As above; with an overlay ({@code o}, else null), the words of names and asides between
   * commas are passed without being counted.
   */
  private static boolean wordAfter(List<Token> toks, TriggerLexicon.Hit hit, int window,
      int definiteFree, boolean pastQuotes, Overlay o, List<TriggerLexicon.Hit> hits,
      BiPredicate<Integer, String> test) {
    int reach = window;
    for (int j = hit.to(); j < toks.size() && j < hit.to() + reach; j++) {
      Token tok = toks.get(j);
      int past = o == null ? j : pastAsides(o, j, hits);
      if (past > j) {
        reach += past - j + 1;
        j = past;
        continue;
      }
      if (tok.kind() == Token.Kind.PUNCT && !(pastQuotes && Overlay.isQuote(tok))) {
        return false;
      }
      if ((o != null && o.at(j) != null) || Overlay.isQuote(tok)
          || (o != null && tok.norm().equals("و") && o.argAt(j + 1) != null)) {
        reach++; // names, their quotes and the و between them (دعت «حماس» و«الجهاد»)
        continue;
      }
      String w = Words.bare(tok);
      if (test.test(j, w)) {
        return true;
      }
      if (w.startsWith("ال") && reach < window + definiteFree) {
        reach++;
      }
    }
    return false;
  }

  /**
   * True when a noun of forces, arms, hostile acts or what an attack hits follows the trigger
   * closely (أرسلت مرتزقة، سيرد على أي خرق، استهدفت سفينة تجارية): it gives a trigger with an
   * everyday sense its conflict sense. A noun past another act is that act's object, not this
   * one's (تواجه اتهامات بإرسال مرتزقة: the mercenaries are sent, not faced). The words of
   * names between are not counted (أدان الأمين العام للأمم المتحدة أنطونيو غوتيريش الهجوم).
   */
  static boolean objectNoun(Overlay o, TriggerLexicon.Hit hit, List<TriggerLexicon.Hit> hits) {
    List<Token> toks = o.tokens();
    if (hit.pronoun() && hit.trigger().verb() && hit.from() > 0
        && isObjectNoun(Words.bare(toks.get(hit.from() - 1)))) {
      return true; // صواريخ أطلقها الحوثيون: the noun the verb's pronoun stands for, before it
    }
    int words = 0; // the other words of a name (its subject's) are not counted
    for (int j = hit.to(); j < toks.size() && words < 6; j++) {
      Token tok = toks.get(j);
      int past = j > hit.to() ? pastAsides(o, j, hits) : j;
      if (past > j) {
        j = past; // دانت المملكة، في بيان صادر عن وزارة خارجيتها، "استهداف
        continue;
      }
      if (tok.kind() == Token.Kind.PUNCT && !Overlay.isQuote(tok)) {
        return false;
      }
      if (isObjectNoun(Words.bare(tok)) || describedAct(toks, j)) {
        return true;
      }
      if (o.at(j) != null) {
        continue;
      }
      if (!Subjects.role(o, j)) {
        words++; // nor its titles' role nouns (رئيس مجلس السيادة القائد العام للجيش)
      }
      for (TriggerLexicon.Hit other : hits) {
        if (other.from() == j) {
          // but an attack condemned is the object of condemning (أدانت بغداد الضربات الأمريكية),
          // and an attack launched that of launching (شنت الطائرات موجة من الغارات)
          boolean attackNoun = other.trigger().type() == EventType.ASSAULT
              && !other.trigger().verb();
          EventType type = hit.trigger().type();
          return attackNoun && (type == EventType.ACCUSE
              || (type == EventType.ASSAULT && hit.trigger().verb()));
        }
      }
    }
    return false;
  }

  /**
   * The comma or bracket closing the asides that token {@code j} opens, one after another (،
   * عمر توراي، في بيان صدر من أبوجا،), or {@code j} when it opens none.
   */
  private static int pastAsides(Overlay o, int j, List<TriggerLexicon.Hit> hits) {
    int at = j;
    for (int next = Clause.asideEnd(o, at, hits); next > at; next = Clause.asideEnd(o, at, hits)) {
      at = next;
    }
    return at;
  }

  /** True when token {@code j} opens what the doer describes (ما وصفه بـ"الحادثة الإرهابية"). */
  static boolean describedAct(List<Token> toks, int j) {
    return j + 1 < toks.size() && Words.bare(toks.get(j)).equals("ما")
        && toks.get(j + 1).norm().startsWith("وصف");
  }

  private static boolean isObjectNoun(String w) {
    return OBJECT_NOUNS.contains(w) || OBJECT_NOUNS.contains(Words.withoutArticle(w, 3));
  }
}
