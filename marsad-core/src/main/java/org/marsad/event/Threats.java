package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Token;
import org.marsad.model.EventType;

/**
 * Acts read as threats. A verb of pledging ({@code pledge-verb}) followed closely by an attack, a
 * coercion or a sanction written with ب (تعهد البرهان بملاحقة قوات الدعم السريع، وعدت الحكومة
 * بمعاقبة المسؤولين), or by retaliation ({@code retaliation-noun}: تعهدت إسرائيل بالرد), is a
 * threat, not an agreement; the act pledged is not done, and the party it would hit is the one
 * threatened. An attack, coercion or sanction told in the future (إن الجيش سيضرب حزب الله، سوف
 * نقصف) is a threat to the party it would hit. A warning that a party will pay (سيدفع الثمن) is
 * the speaker's threat to that party.
 */
final class Threats {
  /** How many words after a pledge the act it pledges may begin. */
  private static final int WINDOW = 3;
  /** How many words of the doer's title and name may stand between a threat and its أن. */
  private static final int CLAUSE_REACH = 8;
  private static final Set<String> PLEDGES = Words.of("pledge-verb");
  private static final Set<String> RETALIATION = Words.of("retaliation-noun");
  private static final Set<String> CONTINUING = Words.of("continue-noun");
  private static final Set<String> WARS = Words.of("war-noun");
  private static final Set<String> CONTROL = Words.of("control-verb");
  /** The types of act that, pledged or told in the future, are threats. */
  static final Set<EventType> HARMING =
      Set.of(EventType.ASSAULT, EventType.COERCE, EventType.SANCTION);

  private Threats() {}

  /** True when the trigger at {@code hit} pledges harm or tells it in the future: a threat. */
  static boolean threat(Overlay o, TriggerLexicon.Hit hit, List<TriggerLexicon.Hit> hits) {
    int at = start(o, hit);
    return (at >= 0 && harmAt(o, hits, at) != -1)
        || (HARMING.contains(hit.trigger().type()) && future(o.tokens(), hit));
  }

  /**
   * True when the verb at {@code hit} is in the future: written with the future's س (سيضرب) or
   * after سوف; or when the act's noun is governed by a verb of control in the future (ستواصل
   * ملاحقة).
   */
  static boolean future(List<Token> toks, TriggerLexicon.Hit hit) {
    // ستواصل ملاحقة الإرهابيين: an act governed by a verb of going on in the future
    int before = hit.from() - 1;
    while (before > 0 && Overlay.isQuote(toks.get(before))) {
      before--;
    }
    String governing = before < 0 ? "" : Words.bare(toks.get(before));
    if (TriggerLexicon.future(governing) && CONTROL.contains(governing.substring(1))) {
      return true;
    }
    if (!hit.trigger().verb() || !hit.trigger().imperfect()) {
      return false;
    }
    String w = Words.bare(toks.get(hit.from()));
    return (TriggerLexicon.future(w) && !hit.trigger().form().startsWith("س"))
        || (hit.from() > 0 && Words.bare(toks.get(hit.from() - 1)).equals("سوف"));
  }

  /** True when the act at {@code hit} is the harm a pledge before it pledges: not done. */
  static boolean pledged(Overlay o, TriggerLexicon.Hit hit, List<TriggerLexicon.Hit> hits) {
    for (TriggerLexicon.Hit p : hits) {
      if (p.from() < hit.from() && start(o, p) == hit.from()) {
        return harmAt(o, hits, hit.from()) == 1;
      }
    }
    return false;
  }

  /**
   * The reading of a pledge of harm: {@code r}, with the party the pledged act would hit as the
   * one threatened where {@code r} names none.
   */
  static Reading threatened(Overlay o, TriggerLexicon.Hit hit, Reading r) {
    int at = start(o, hit);
    if (!r.recipients().isEmpty() || at < 0) {
      return r;
    }
    List<Token> toks = o.tokens();
    // تعهد بمواصلة الحرب الشاملة على حركة الشباب: past the war and its adjective
    int reach = CONTINUING.contains(pledged(toks.get(at))) ? WINDOW + 2 : WINDOW;
    for (int j = at + 1; j < toks.size() && j <= at + reach; j++) {
      Arg a = o.argAt(j);
      if (a != null) {
        // its genitive, which takes the noun's ب, or the party after على or ضد (بملاحقة قوات
        // الدعم السريع، بالرد على)
        boolean genitive = a.prep().isEmpty() || (j == at + 1 && a.prep().equals("ب"));
        return a.party() && (genitive || Agents.TARGET_PREPS.contains(a.prep()))
            ? r.withRecipients(o.group(a)) : r;
      }
      if (toks.get(j).kind() == Token.Kind.PUNCT) {
        return r;
      }
    }
    return r;
  }

  /**
   * The reading of a threat with no party threatened named after it, whose words are a clause
   * opened by أن (توعد كاتس بأن حماس ستدفع ثمنا باهظا): {@code r}, with that clause's subject, a
   * party other than the doer, as the one threatened.
   */
  static Reading inClause(Overlay o, TriggerLexicon.Hit hit, Reading r) {
    if (hit.trigger().type() != EventType.THREATEN || !r.recipients().isEmpty()) {
      return r;
    }
    List<Token> toks = o.tokens();
    for (int j = hit.to(); j < toks.size() - 1 && j <= hit.to() + CLAUSE_REACH; j++) {
      Arg named = o.at(j);
      if (named != null) {
        j = o.lastOfGroup(named).to() - 1; // the doer's name
      } else if (o.n(j).equals("ان") || o.n(j).equals("بان")) {
        Arg a = o.argAt(j + 1);
        return a != null && a.from() == j + 1 && a.party() && a.prep().isEmpty()
            && !r.actors().contains(o.groupHead(a).entity().id())
            ? r.withRecipients(o.group(o.groupHead(a))) : r;
      } else if (toks.get(j).kind() == Token.Kind.PUNCT) {
        return r;
      }
    }
    return r;
  }

  private static final Set<String> PAYS = Words.of("pay-verb");

  /**
   * The reading of a warning that a party will pay ({@code pay-verb}: إن حزب الله سيدفع ثمنا
   * باهظا) told by {@code speaker}: the speaker threatens the party that will pay, read as the
   * doer in {@code r}; null where the trigger at {@code hit} is no such warning.
   */
  static Reading payer(List<Token> toks, TriggerLexicon.Hit hit, Reading r, String speaker) {
    if (hit.trigger().type() != EventType.THREATEN
        || !PAYS.contains(Words.bare(toks.get(hit.from())))) {
      return null;
    }
    List<String> payers = r.actors().stream().filter(a -> !a.equals(speaker)).toList();
    return new Reading(List.of(speaker), true, true, payers, r.location(), r.left(), r.right());
  }

  /**
   * The token where the act a pledge at {@code hit} pledges begins (the first word with ب
   * within reach, or the word after a ب written apart and its quotes), or -1 when {@code hit} is
   * no pledge.
   */
  private static int start(Overlay o, TriggerLexicon.Hit hit) {
    List<Token> toks = o.tokens();
    if (hit.trigger().type() != EventType.AGREE || !hit.trigger().verb()
        || !PLEDGES.contains(Words.bare(toks.get(hit.from())))) {
      return -1;
    }
    int words = 0;
    for (int j = hit.to(); j < toks.size() && words < WINDOW; j++) {
      if (toks.get(j).kind() == Token.Kind.PUNCT && !Overlay.isQuote(toks.get(j))) {
        return -1;
      }
      if (o.at(j) != null || Overlay.isQuote(toks.get(j))) {
        continue; // the subject's name
      }
      String w = Words.bare(toks.get(j));
      if (w.equals("ب")) { // بـ"ملاحقة الميليشيا": the preposition written apart, then quotes
        int k = j + 1;
        while (k < toks.size() && Overlay.isQuote(toks.get(k))) {
          k++;
        }
        return k < toks.size() ? k : -1;
      }
      if (w.startsWith("ب")) {
        return j;
      }
      words++;
    }
    return -1;
  }

  /**
   * 1: a harming act's trigger begins at {@code at}; 0: a word of retaliation, or of carrying a
   * war or an attack on (بمواصلة الحرب); -1: neither.
   */
  private static int harmAt(Overlay o, List<TriggerLexicon.Hit> hits, int at) {
    if (hits.stream().anyMatch(h -> h.from() == at && HARMING.contains(h.trigger().type()))) {
      return 1;
    }
    String w = pledged(o.tokens().get(at));
    if (CONTINUING.contains(w) && at + 1 < o.tokens().size()
        && (WARS.contains(o.n(at + 1)) || harmAt(o, hits, at + 1) == 1)) {
      return 0; // تعهد بمواصلة الحرب على الخوارج: carrying the war on
    }
    return RETALIATION.contains(w) || RETALIATION.contains(Words.withoutArticle(w, 3)) ? 0 : -1;
  }

  /** The word a pledge's act opens with, without its ب (بمواصلة: مواصله). */
  private static String pledged(Token t) {
    String w = Words.bare(t);
    return w.startsWith("ب") ? w.substring(1) : w;
  }
}
