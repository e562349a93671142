package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Analysis;
import org.marsad.analysis.Arg;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.kb.Demonyms;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Document;
import org.marsad.model.EventType;

/**
 * Readings of a verbal noun whose doer and party acted on are written in a fixed shape around
 * it: between two parties (اشتباكات بين X وY), with a country adjective (الدعم التركي لـ X), and
 * with its doer after ل (هجوم لقوات حفتر على طرابلس).
 */
final class Pairs {
  private static final Set<String> DEMONSTRATIVES = Words.of("demonstrative");
  /** Definite nouns of a crime or massacre, which refer back to an attack (الجريمة، المجزرة). */
  private static final Set<String> CRIMES = Words.of("crime-noun");
  /** How many words a crime named and described may have before its relative clause. */
  private static final int CRIME_WORDS = 4;
  private static final Set<String> COUNTERPARTS = Words.of("counterpart");
  private static final Set<String> TARGETS = Words.of("target-noun");
  private static final Set<String> HIT_OBJECTS = Words.of("hit-object");
  private static final Set<String> ENVOYS = Words.of("envoy-noun");
  private static final Set<String> SIDES = Words.of("side-noun");
  /** Words of affiliation after a party, before its patron behind ل (التابعة لوزارة الدفاع). */
  private static final Set<String> AFFILIATION = Words.of("affiliation");
  /** Acts whose verbal noun takes its doer after ل (هجوم لقوات حفتر على طرابلس). */
  static final Set<EventType> HOSTILE_NOUNS =
      Set.of(EventType.ASSAULT, EventType.COERCE, EventType.MOBILIZE);

  private final Overlay o;
  private final Places places;
  private final Document doc;
  private final KnowledgeBase kb;

  Pairs(Overlay o, Places places, Document doc, KnowledgeBase kb) {
    this.o = o;
    this.places = places;
    this.doc = doc;
    this.kb = kb;
  }

  /**
   * A reciprocal act between two parties (اشتباكات بين قوات الوفاق وقوات حفتر، محادثات بين مصر
   * وتركيا): the party named first after بين acts, the one joined to it by و is acted on. Null
   * when بين does not follow the trigger closely (an adjective or two may stand between) or names
   * one party only.
   */
  Reading between(TriggerLexicon.Hit hit, int left, int right) {
    List<Token> toks = o.tokens();
    int near = betweenAfter(hit.to(), right);
    for (Arg first : o.args()) {
      if (first.from() < Math.max(hit.to(), near) || first.from() >= right
          || first.from() - hit.to() > (near < 0 ? 4 : near - hit.to() + 3)) {
        continue;
      }
      int unit = Units.start(o, first); // بين قوة من الشرطة الاتحادية ومسلحين
      if (!first.party() || !(first.prep().equals("بين") || first.chain().equals("بين")
          || (unit > 0 && o.n(unit - 1).equals("بين")))) {
        return null;
      }
      int end = sideEnd(first);
      for (Arg second : o.args()) {
        if (second.from() < first.to() || second.from() >= Math.max(right, end + 4)
            || (second.group() != first.group() && second.from() < end)) {
          continue;
        }
        // وقوات حفتر، والقوات الموالية لحفتر: و opens the second party, a noun or two before it
        boolean joined = second.group() == first.group()
            || (end < toks.size() && second.from() - end <= 3 && second.from() >= end
                && toks.get(end).text().startsWith("و"))
            || (second.chain().equals("بين") && repeatsBetween(first.to(), second.from()));
        if (!joined || !second.party()) {
          return null;
        }
        Arg other = otherSide(second);
        if (other != null) {
          // بين قوات الجيش ومقاتلي القبائل من جهة، ومليشيا الحوثي من جهة أخرى: two sides
          return new Reading(List.of(first.entity().id(), second.entity().id()), true, true,
              List.of(other.entity().id()), places.place(left, right, first, other), left, right);
        }
        // ومسلحين ينتمون إلى كتائب حزب الله: generic men of a named party are that party
        return new Reading(List.of(Agents.memberOf(o, first.entity().id())), true, true,
            List.of(Agents.memberOf(o, second.entity().id())),
            places.place(left, right, first, second), left, right);
      }
      return null;
    }
    return null;
  }

  /**
   * The party of the other side when "من جهة" closes the side that ends with {@code second} and a
   * party joined by و follows within a few words, past the comma that may end the first side
   * (، ومليشيا الحوثي من جهة أخرى), or null.
   */
  private Arg otherSide(Arg second) {
    int j = o.lastOfGroup(second).to();
    if (j + 1 >= o.tokens().size() || !o.n(j).equals("من") || !o.n(j + 1).equals("جهه")) {
      return null;
    }
    for (Arg a : o.args()) {
      if (a.from() > j + 1 && a.from() <= j + 4 && a.party()
          && o.tokens().get(a.from()).text().startsWith("و")) {
        return a;
      }
    }
    return null;
  }

  /** The closing bracket of the one opened at token {@code open}, within four words, or -1. */
  private int closing(int open) {
    for (int j = open + 1; j < Math.min(o.tokens().size(), open + 6); j++) {
      if (o.tokens().get(j).text().equals(")")) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The index of بين when it comes within seven words after a trigger ending at {@code from}, with
   * no punctuation before it (اشتباكات بالأسلحة الثقيلة بين، المواجهات تجددت مساء الثلاثاء بين),
   * or -1.
   */
  private int betweenAfter(int from, int right) {
    for (int j = from; j < Math.min(right, from + 7); j++) {
      if (o.n(j).equals("بين")) {
        return j;
      }
      if (o.tokens().get(j).kind() == Token.Kind.PUNCT) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Where the side that {@code first} opens ends: past the names it is affiliated with behind ل
   * or ب (قوات "اللواء 444" التابعة لوزارة الدفاع بحكومة الوحدة الوطنية، وعناصر ...).
   */
  private int sideEnd(Arg first) {
    int end = o.lastOfGroup(first).to();
    boolean moved = true;
    while (moved) {
      moved = false;
      int j = end;
      while (j < o.tokens().size() && (o.tokens().get(j).text().equals("\"")
          || AFFILIATION.contains(o.n(j)))) {
        j++;
      }
      for (Arg a : o.args()) {
        if (a.from() == j && (a.prep().equals("ل") || a.prep().equals("ب"))) {
          end = o.lastOfGroup(a).to();
          moved = true;
          break;
        }
      }
    }
    return end;
  }

  /** True when بين is written again between tokens {@code from} and {@code to} (وبين جيش). */
  private boolean repeatsBetween(int from, int to) {
    for (int j = from; j < to; j++) {
      if (o.n(j).equals("بين")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verbal noun and a country adjective right after it (الدعم التركي لحكومة الوفاق، القصف
   * الروسي على المدينة): the adjective's country is the doer, when the document names that
   * country, and the party acted on follows right after, behind ل, ضد, على or one of the
   * trigger's prepositions. Null otherwise.
   */
  Reading nisba(TriggerLexicon.Hit hit, int left, int right) {
    if (hit.to() >= right || !o.n(hit.to()).startsWith("ال")) {
      return null;
    }
    String country = Demonyms.country(o.n(hit.to()))
        .map(iso -> Analysis.country(doc, kb, iso)).orElse(null);
    if (country == null) {
      return null;
    }
    TriggerLexicon.Trigger t = hit.trigger();
    for (Arg a : o.args()) {
      if (a.from() <= hit.to() || a.from() >= right || a.from() > hit.to() + 3) {
        continue;
      }
      String prep = a.chain();
      boolean marked = prep.equals("ل") || prep.equals("ضد") || t.preps().contains(prep)
          || (prep.equals("علي") && HOSTILE_NOUNS.contains(t.type()));
      if (!a.party() || !marked || a.entity().id().equals(country)) {
        // without a party acted on, the phrase mostly names a background act (الغارات الجوية
        // التركية، التوغل التركي) rather than reports one
        return null;
      }
      return new Reading(List.of(country), true, false, o.group(o.groupHead(a)),
          places.place(left, right, a, a), left, right);
    }
    return null;
  }

  /**
   * The country whose adjective follows the act named right after a trigger of condemning or
   * rejecting (أدانت بغداد الضربات الأمريكية، نددت بالغارات الإسرائيلية، رفضت التدخل التركي):
   * the doer of that act is the party condemned, when the document names the country; else null.
   */
  String condemnedDoer(List<TriggerLexicon.Hit> hits, TriggerLexicon.Hit hit, int objectsFrom) {
    for (int j = objectsFrom + 1; j < o.tokens().size() - 1 && j <= objectsFrom + CRIME_WORDS; j++) {
      if (Subjects.RELATIVES.contains(o.n(j))) {
        // دان المجلس "الجرائم المتواصلة" التي ترتكبها الميليشيا: the crimes' doer
        boolean crimes = false;
        for (int k = objectsFrom; k < j; k++) {
          crimes |= CRIMES.contains(Clitics.withoutConjunction(o.n(k), 3));
        }
        if (crimes) {
          return relativeDoer(j + 1);
        }
        break;
      }
    }
    for (TriggerLexicon.Hit act : hits) {
      if (act == hit || act.from() < objectsFrom || act.from() > objectsFrom + 1) {
        continue;
      }
      // past the act's own adjectives (الغارات الجوية الإسرائيلية)
      for (int j = act.to(); j < act.to() + 3 && j < o.tokens().size(); j++) {
        if (Subjects.RELATIVES.contains(o.n(j))) {
          return relativeDoer(j + 1);
        }
        String country = stateOf(j);
        if (country != null || !Words.definiteAdjective(o.n(j))) {
          return country;
        }
      }
    }
    return null;
  }

  /** The doer named in a relative clause whose verb at {@code verb} carries the act's pronoun. */
  private String relativeDoer(int verb) {
    Arg a = Shapes.partyAfterPronounVerb(o, verb);
    return a == null ? null : o.groupHead(a).entity().id();
  }

  /** The document's entity of the state whose country adjective token {@code j} is, or null. */
  private String stateOf(int j) {
    return Demonyms.country(o.n(j)).map(iso -> Analysis.country(doc, kb, iso)).orElse(null);
  }

  /**
   * The state whose adjective follows, in tokens {@code [from, right)}, a counterpart (بنظيره
   * الباكستاني), an envoy (استدعت الخارجية السفير التركي), a side (داعيا الجانب الباكستاني
   * إلى) or, for an act of harm ({@code hits}), a noun of what it hits (نقاط عسكرية
   * باكستانية): that state is the party acted on, when the document names it; else null.
   */
  String adjectiveParty(int from, int right, boolean hits) {
    for (int j = from; j < right && j < from + 4; j++) {
      if (o.argAt(j) != null) {
        return null; // a party named before: the reading's own
      }
      boolean noun = false;
      for (String w : Clitics.withoutProclitics(o.n(j))) {
        String bare = Words.withoutArticle(w, 3);
        noun |= COUNTERPARTS.contains(w) || ENVOYS.contains(w) || SIDES.contains(w)
            || (hits && (TARGETS.contains(bare) || HIT_OBJECTS.contains(bare)));
      }
      for (int k = j + 1; noun && k < Math.min(right, j + 4) && o.argAt(k) == null; k++) {
        if (Demonyms.country(o.n(k)).isPresent()) {
          return stateOf(k);
        }
        String w = o.n(k);
        if (!(w.startsWith("ال") || w.endsWith("يه") || w.endsWith("ي"))) {
          break; // no adjective
        }
      }
    }
    return null;
  }

  /**
   * The type of the act named right after a trigger of condemning or rejecting by its definite
   * noun alone, or after a demonstrative (أدانت الحكومة الضربات، رفضت الخارجية هذه الاتهامات):
   * an act told before, whose doer is the party condemned; null when the act is named with its
   * doer or party, or its country (الضربات الأمريكية على مواقع الفصائل).
   */
  EventType referredBack(List<TriggerLexicon.Hit> hits, TriggerLexicon.Hit hit, int objectsFrom) {
    int at = objectsFrom;
    while (at < o.tokens().size()) {
      Arg place = at + 1 < o.tokens().size() ? o.argAt(at + 1) : null;
      if (Overlay.isQuote(o.tokens().get(at))) {
        at++;
      } else if (o.tokens().get(at).text().equals("(") && closing(at) > 0) {
        at = closing(at) + 1; // أدانت بعثة الاتحاد الأفريقي (أتميس) "الهجوم": its abbreviation
      } else if (place != null && place.place() && Places.PLACE_PREPS.contains(o.n(at))) {
        at = o.lastOfGroup(place).to(); // نددت السفارة الأمريكية في مقديشو بالهجوم
      } else {
        break;
      }
    }
    boolean pointed = at < o.tokens().size() && DEMONSTRATIVES.contains(o.n(at));
    int from = pointed ? at + 1 : at;
    for (TriggerLexicon.Hit act : hits) {
      if (act == hit || act.from() != from || act.trigger().verb()) {
        continue;
      }
      String w = Clitics.withoutConjunction(o.n(from), 3);
      if (!pointed && !w.startsWith("ال") && !w.startsWith("بال")) {
        return null; // ضربات جوية: an act of its own, not one told before
      }
      int end = act.to();
      while (end < o.tokens().size() && Words.definiteAdjective(o.n(end))) {
        if (Demonyms.country(o.n(end)).isPresent()) {
          return null; // الضربات الإسرائيلية: named by its doer's country
        }
        end++; // الضربات الجوية
      }
      boolean closed = end >= o.tokens().size() || o.endsClause(end)
          || (o.argAt(end) == null && !Places.PLACE_PREPS.contains(o.n(end))
              && !Recipients.AIM.contains(o.n(end)));
      return closed && o.argAt(act.from()) == null ? act.trigger().type() : null;
    }
    // دان "الجريمة الموصوفة" في بليدا، أدانت المجزرة: a crime or massacre told before is an attack
    String w = Clitics.withoutConjunction(o.n(from), 3);
    return from < o.tokens().size() && o.argAt(from) == null
        && (CRIMES.contains(w) || (w.startsWith("ب") && CRIMES.contains(w.substring(1))))
        ? EventType.ASSAULT : null;
  }

  /**
   * The doer of a hostile verbal noun named right after it with ل (past the trigger's own words
   * and adjectives), when a target follows with على or ضد or nothing else does.
   */
  Arg lamAgent(TriggerLexicon.Hit hit, int right) {
    int at = hit.to() + triggerRest(o, hit.to(), right, hit.trigger());
    for (Arg a : o.args()) {
      if (a.from() == at && a.prep().equals("ل") && o.n(at).startsWith("ل") && a.actor()
          && a.from() < right) {
        return o.groupHead(a);
      }
    }
    return null;
  }

  /**
   * How many tokens from {@code from} on, before {@code to}, are words of the trigger's own form
   * or relational adjectives after them (العسكري، الليبية; مساعدات إنسانية، دعما عسكريا).
   */
  static int triggerRest(Overlay o, int from, int to, TriggerLexicon.Trigger t) {
    Set<String> words = Set.of(t.form().split(" "));
    int k = from;
    while (k < to && o.tokens().get(k).kind() == Token.Kind.ARABIC) {
      String w = o.n(k);
      boolean own = words.contains(w) || words.contains(Clitics.withoutConjunction(w, 3));
      boolean adjective = k > from && (Words.definiteAdjective(w)
          || (o.at(k) == null && w.length() >= 4 && (w.endsWith("يه") || w.endsWith("يا"))));
      if (!own && !adjective) {
        break;
      }
      k++;
    }
    return k - from;
  }

  /**
   * True when the act is one of two sides (تبادل القصف، اشتباكات مع): a town where it happens is
   * not the one it hits.
   */
  static boolean clash(TriggerLexicon.Trigger t) {
    return t.mutual() || t.preps().contains("مع");
  }
}
