package org.marsad.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.model.EntityType;
import org.marsad.model.EventMode;
import org.marsad.model.EventType;

/**
 * Triggers that name no act done: an act asked for, refused or threatened (طلب دعم مصر، رفض
 * التدخل), any act (أي تدخل), a pledge not to act (لن تتدخل), a verb that governs the act named
 * after it (تواصل تركيا إرسال المرتزقة), and a giving act stopped (أوقفت دعمها), which is one
 * SANCTION read at the giving word.
 */
final class NotDone {
  private NotDone() {}

  private static final Set<String> TESTS = Words.of("test-noun");

  /**
   * True when a noun of testing stands right before the trigger (تجربة إطلاق صاروخ، اختبار
   * إطلاق صواريخ): a weapon tried, no attack.
   */
  static boolean tested(Overlay o, TriggerLexicon.Hit hit) {
    return hit.from() > 0
        && Clitics.stems(o.tokens().get(hit.from() - 1).norm()).stream().anyMatch(TESTS::contains);
  }

  /**
   * True when the trigger names any act of its kind (أي تدخل، أي هجوم), not one done; after a
   * negation (لم تقدم فرنسا أي دعم) it is the act denied, and is coded negated.
   */
  static boolean anyAct(Overlay o, TriggerLexicon.Hit hit) {
    if (!o.n(hit.from() - 1).equals("اي") && !anyActsVerb(o, hit)) {
      return false;
    }
    for (int i = hit.from() - 2; i >= 0 && i >= hit.from() - 5; i--) {
      if (Modality.NEGATORS.contains(o.n(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the trigger is a verb whose pronoun stands for any act named right before it (أي
   * هجوم قد تشنه القوات، أي هجوم تشنه): the act is that one, any of its kind.
   */
  private static boolean anyActsVerb(Overlay o, TriggerLexicon.Hit hit) {
    if (!hit.trigger().verb() || !hit.pronoun()) {
      return false;
    }
    int j = hit.from() - 1;
    while (j >= 0 && MODAL_PARTICLES.contains(o.n(j))) {
      j--;
    }
    return j >= 1 && o.n(j - 1).equals("اي");
  }

  private static final Set<String> MODAL_PARTICLES = Words.of("relative-particle");

  /** True when لن (will not) stands within three tokens before the trigger. */
  static boolean willNot(List<Token> toks, TriggerLexicon.Hit hit) {
    for (int i = hit.from() - 1; i >= 0 && i >= hit.from() - 3; i--) {
      if (Words.bare(toks.get(i)).equals("لن")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a verb of accepting, recognizing or taking part is refused: لن or لا right before
   * it (لن تقبل أي إملاءات، لن يعترف بأي سلطة، لن تشارك في، ولا تقبل بتقسيم ليبيا). Such a
   * refusal is itself an act of rejecting.
   */
  static boolean refused(List<Token> toks, TriggerLexicon.Hit hit) {
    if (!hit.trigger().verb() || !REFUSABLE.contains(hit.trigger().type())) {
      return false;
    }
    for (int i = hit.from() - 1; i >= 0 && i >= hit.from() - 2; i--) {
      String w = Words.bare(toks.get(i));
      if (w.equals("لن") || w.equals("لا")) {
        return true;
      }
    }
    return false;
  }

  /** Sectors of armed parties, which a withdrawal "from" does not leave as a body. */
  private static final Set<String> ARMED = Set.of("MIL", "REB", "UAF", "COP", "SPY");

  /**
   * True when {@code a} is a body one may withdraw from as a member (انسحاب بلاده من لجنة
   * الأركان، انسحبت من الاتفاق): a named organization that is no armed party.
   */
  static boolean body(Arg a) {
    return a.entity().type() == EntityType.ORGANIZATION && !a.entity().generic()
        && !ARMED.contains(String.valueOf(a.entity().sector()));
  }

  /** True when a withdrawal's recipient is a body it leaves: a rejection of it. */
  static boolean leftBody(Overlay o, TriggerLexicon.Hit hit, List<String> recipients) {
    return hit.trigger().type() == EventType.RETREAT && !recipients.isEmpty()
        && o.args().stream().anyMatch(a -> a.entity().id().equals(recipients.get(0)) && body(a)
            && a.prep().equals("من"));
  }

  private static final Set<EventType> REFUSABLE =
      Set.of(EventType.AGREE, EventType.SUPPORT, EventType.COOPERATE);

  /** Words that stop what their object names: أوقفت دعمها، سحب دعمه، قطعت علاقاتها. */
  private static final Set<String> STOPS = Words.of("stopping");

  private static final Set<String> WITNESSING = Words.of("witness-verb");
  private static final Set<String> RELATIVES = Words.of("relative");

  /**
   * The place or institution where an act happened, named after it in a relative clause of
   * witnessing (التفجير الذي شهده مجلس النواب، الهجوم الذي شهدته المدينة), is not its doer:
   * true for such a mention of {@code entity} after the trigger.
   */
  static boolean venue(Overlay o, TriggerLexicon.Hit hit, String entity) {
    for (Arg a : o.args()) {
      if (a.entity().id().equals(entity) && a.from() >= hit.to() + 2 && a.from() <= hit.to() + 3
          && witnessing(o.n(a.from() - 1)) && RELATIVES.contains(o.n(a.from() - 2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean witnessing(String n) {
    if (WITNESSING.contains(n)) {
      return true;
    }
    for (String p : new String[] {"ها", "ه"}) {
      if (n.endsWith(p) && WITNESSING.contains(n.substring(0, n.length() - p.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a stopping word stands right before the trigger (وقف إطلاق النار: a ceasefire), or
   * a few words before a trigger written with ل after the adjectives of the stopping noun (وقف
   * فوري لإطلاق النار، وقف شامل ودائم لإطلاق النار).
   */
  static boolean stoppedAt(List<Token> toks, TriggerLexicon.Hit h) {
    if (h.from() == 0) {
      return false;
    }
    if (stops(toks.get(h.from() - 1))) {
      return true;
    }
    if (!toks.get(h.from()).norm().startsWith("ل")) {
      return false;
    }
    for (int j = h.from() - 2; j >= Math.max(0, h.from() - 4); j--) {
      if (toks.get(j + 1).kind() != Token.Kind.ARABIC) {
        return false;
      }
      if (stops(toks.get(j))) {
        return true;
      }
    }
    return false;
  }

  /** A stopping word, with or without a conjunction or the preposition ب or ل (بوقف، لوقف). */
  private static boolean stops(Token t) {
    String w = Words.bare(t);
    return STOPS.contains(t.norm()) || STOPS.contains(w)
        || ((w.startsWith("ب") || w.startsWith("ل")) && STOPS.contains(w.substring(1)));
  }

  private static final Set<EventType> GIVING =
      Set.of(EventType.AID, EventType.SUPPORT, EventType.COOPERATE, EventType.CONSULT);

  /**
   * A giving act stopped (أوقفت فرنسا دعمها، سحب دعمه لحفتر، قطعت علاقاتها) is one SANCTION
   * (discontinue) read at the giving word, a verb form there as its verbal noun; the stopping
   * word is not coded on its own. {@code names}: the tokens of mentions.
   */
  static List<TriggerLexicon.Hit> stopping(List<Token> toks, boolean[] names,
      List<TriggerLexicon.Hit> hits) {
    Set<Integer> stopWords = new HashSet<>();
    List<TriggerLexicon.Hit> read = new ArrayList<>();
    for (TriggerLexicon.Hit h : hits) {
      int stop = -1;
      if (GIVING.contains(h.trigger().type())) {
        // a verb form right after a stopping word is its verbal noun (سحب دعمه)
        int reach = h.trigger().verb() ? 1 : 3;
        for (int j = h.from() - 1; j >= Math.max(0, h.from() - reach) && stop < 0; j--) {
          stop = stops(toks.get(j)) ? j : -1;
        }
        int subject = h.from() - 1; // سحبت روسيا دعم قوات حفتر: past the stopping verb's subject
        while (h.trigger().verb() && stop < 0 && subject >= 0 && names[subject]) {
          subject--;
          stop = subject >= 0 && !names[subject] && stops(toks.get(subject)) ? subject : -1;
        }
      }
      if (stop < 0) {
        read.add(h);
        continue;
      }
      stopWords.add(stop);
      TriggerLexicon.Trigger t = h.trigger();
      read.add(new TriggerLexicon.Hit(h.from(), h.to(),
          t.as(EventType.SANCTION, EventMode.DISCONTINUE).withPos(t.verb() ? "noun" : t.pos()),
          h.pronoun()));
    }
    read.removeIf(h -> stopWords.stream().anyMatch(w -> h.from() <= w && w < h.to()));
    return read;
  }

  private static final Set<String> CONTROL = Words.of("control-verb");

  private static final Set<String> ANNOUNCE = Words.of("announce-verb");

  /**
   * True when the trigger is a verb that hands its subject on to another trigger after it
   * (تواصل تركيا إرسال المرتزقة، تابعت القوات قصف): the act is the governed one.
   */
  static boolean governsAnother(Overlay o, TriggerLexicon.Hit hit,
      List<TriggerLexicon.Hit> hits) {
    if (!hit.trigger().verb() || hit.to() - hit.from() != 1
        || hit.trigger().form().contains(" ") // أعلنت ... موافقتها names its own act
        || !(CONTROL.contains(o.n(hit.from())) || CONTROL.contains(
            o.tokens().get(hit.from()).norm()) || ANNOUNCE.contains(o.n(hit.from())))) {
      return false;
    }
    for (TriggerLexicon.Hit h : hits) {
      if (h.from() > hit.from() && !h.trigger().verb() && plainWords(o, hit.to(), h.from()) <= 5) {
        return true;
      }
    }
    return false;
  }

  /**
   * The tokens in [from, to) outside names (تبنت كتائب عز الدين القسام، الجناح العسكري لحماس،
   * استهداف: the subject's name and an aside's do not part the verb from its act).
   */
  private static int plainWords(Overlay o, int from, int to) {
    int n = 0;
    for (int j = from; j < to; j++) {
      n += o.at(j) == null ? 1 : 0;
    }
    return n;
  }

  /**
   * True when the act at {@code hit} is what a warning before it warns against, after its من in
   * the same clause (حذر أولمرت قادة الفصائل من الاستمرار في إطلاق الصواريخ): not done.
   */
  static boolean warnedAgainst(Overlay o, TriggerLexicon.Hit hit, List<TriggerLexicon.Hit> hits) {
    for (TriggerLexicon.Hit h : hits) {
      if (h.trigger().type() != EventType.THREATEN || h.to() > hit.from()
          || hit.from() - h.to() > WARNING_REACH || hit.trigger().type() == EventType.THREATEN) {
        continue;
      }
      for (int j = hit.from() - 1; j >= h.to() && !o.boundary(j); j--) {
        if (o.n(j).equals("من") && o.at(j + 1) == null) {
          return true;
        }
      }
    }
    return false;
  }

  /** How far after a warning the act it warns against may stand, in tokens. */
  private static final int WARNING_REACH = 12;

  /** Types whose object is an act that has not happened (asked for, refused, threatened). */
  private static final Set<EventType> GOVERNING =
      Set.of(EventType.REQUEST, EventType.REJECT, EventType.THREATEN, EventType.AGREE);

  static boolean objectOfAnother(Overlay o, TriggerLexicon.Hit hit,
      List<TriggerLexicon.Hit> hits) {
    for (TriggerLexicon.Hit h : hits) {
      if (!hit.trigger().verb() && hit.trigger().type() == EventType.MOBILIZE
          && h.to() <= hit.from() && hit.from() - h.to() <= 6
          && (h.trigger().type() == EventType.ASSAULT || h.trigger().type() == EventType.COERCE)) {
        return true; // قصفت تمركزات قوات حفتر: the positions attacked, not a deployment
      }
      if (h.to() <= hit.from() && hit.from() - h.to() <= 2
          && GOVERNING.contains(h.trigger().type()) && !h.trigger().type().equals(
              hit.trigger().type()) && !boundaryBetween(o, h.to(), hit.from())) {
        return true; // but not past a comma (العودة إلى المبادرة، متهما واشنطن)
      }
      if (h.to() <= hit.from() && hit.from() - h.to() <= 8 && asked(o, h.to(), hit.from())
          && h.trigger().type() == EventType.REQUEST && Words.withWaw(o.tokens().get(hit.from()))
          && !boundaryBetween(o, h.to(), hit.from())) {
        return true; // داعية أنقرة إلى احترام السيادة وسحب قواتها: a second act asked for
      }
      if (h.to() <= hit.from() && GOVERNING.contains(h.trigger().type())
          && !h.trigger().type().equals(hit.trigger().type()) && Words.charge(o.n(hit.from()))
          && pastSubject(o, h.to(), hit.from())) {
        return true; // وطالب رئيس الوزراء محمد السوداني بملاحقة المنفذين: asked for, past the asker
      }
    }
    return false;
  }

  /** How many words of a title may stand with a subject's name between a verb and its object. */
  private static final int SUBJECT_WORDS = 3;

  /**
   * Whether tokens [from, to) are no more than a subject: names and up to {@link #SUBJECT_WORDS}
   * other words (a title), with no punctuation.
   */
  private static boolean pastSubject(Overlay o, int from, int to) {
    int words = 0;
    for (int j = from; j < to; j++) {
      if (o.at(j) != null) {
        continue;
      }
      if (o.tokens().get(j).kind() == Token.Kind.PUNCT || ++words > SUBJECT_WORDS) {
        return false;
      }
    }
    return true;
  }

  /** Whether what is asked for opens in tokens [from, to), after إلى or ب (إلى احترام، بوقف). */
  private static boolean asked(Overlay o, int from, int to) {
    for (int j = from; j < to; j++) {
      if (o.n(j).equals("الي") || Words.charge(o.n(j))) {
        return true;
      }
    }
    return false;
  }

  /** Whether punctuation that ends a clause stands in tokens [from, to). */
  private static boolean boundaryBetween(Overlay o, int from, int to) {
    for (int j = from; j < to; j++) {
      if (o.endsClause(j)) {
        return true;
      }
    }
    return false;
  }
}
