package org.marsad.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.entity.kb.Demonyms;
import org.marsad.entity.kb.KbEntry;
import org.marsad.entity.kb.KnowledgeBase;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Mention;

/**
 * The entity mentions of one sentence as event arguments, and the reading of a trigger's actor,
 * recipient and location from them. Arabic orders a clause verb-subject-object or
 * subject-verb-object; a verbal noun takes its subject or object as a genitive (استيلاء حكومة
 * الوفاق على القاعدة، دعم حفتر) and its agent after من / من قبل / على يد (بدعم من فرنسا).
 * Recipients come after the trigger's prepositions, as a direct object, or as an attached
 * pronoun (قابله، التخلي عنه) whose antecedent is the nearest earlier actor. Coordinated mentions
 * (مصر والإمارات) form one group. Everything is read within the trigger's clause: between
 * punctuation, complementizers (أن، إن) and the next verb trigger.
 */
final class Arguments {
  /**
   * A mention over tokens {@code [from, to)}. {@code prep}: the preposition written on it or
   * right before it (لحفتر، على طرابلس، من قبل X); {@code chain}: the preposition of the phrase
   * it ends (بالقائد العام للقوات المسلحة، من صفوف حفتر), or {@code prep}; {@code afterWaw}: its
   * token begins with the conjunction و before it (والإمارات).
   */
  record Arg(Entity entity, int from, int to, String prep, String chain, int group,
      boolean actor, boolean place, boolean capital, boolean afterWaw) {
    /** A capital stands for its state as a subject only (القاهرة قررت), not as a target. */
    boolean party() {
      return actor && !capital;
    }
  }

  /** What a trigger's clause says: entity ids, token bounds of the clause. */
  record Reading(List<String> actors, boolean explicitActor, List<String> recipients,
      String location, int left, int right) {}

  static final Set<String> PREPS = Set.of("في", "علي", "الي", "من", "عن", "مع", "ضد", "بين",
      "لدي", "نحو", "تجاه", "حول", "بشان", "عبر", "منذ", "خلال", "داخل", "قرب", "بالقرب", "جنوب",
      "شمال", "شرق", "غرب", "وسط", "لصالح", "عند", "حتي", "امام", "ازاء", "بعد", "قبل", "ل", "ب",
      "الا", "سوي", "بحق", "بوجه", "اثر", "عقب", "جراء", "نتيجه", "بسبب", "رغم", "اثناء",
      "ضمن", "مقابل", "اجل", "بفضل", "بالتزامن", "اطار", "ظل", "حيال");
  private static final Set<String> COMPLEMENTIZERS = Set.of("ان", "بان", "انه", "بانه", "انها",
      "بانها", "انهم", "بانهم", "انهما", "لان", "حيث", "عندما", "بينما", "لكن", "لكنه", "كي",
      "لكي", "حتي", "ثم");
  private static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين",
      "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي");
  private static final Set<String> PRONOUN_PREPS = Set.of("عنه", "عنها", "عنهم", "عليه", "عليها",
      "عليهم", "له", "لها", "لهم", "ضده", "ضدها", "ضدهم", "معه", "معها", "معهم", "اليه", "اليها",
      "اليهم", "منه", "منها", "منهم", "به", "بها", "بهم");
  private static final Set<String> PLACE_PREPS = Set.of("في", "ب", "علي", "قرب", "بالقرب",
      "داخل", "جنوب", "شمال", "شرق", "غرب", "وسط", "الي", "من", "عند", "حول", "نحو");
  /**
   * Prepositions that make a state or capital the place of an act, not its target (في جنوب
   * طرابلس، قرب القاهرة); على / إلى / من before one name a party.
   */
  private static final Set<String> LOCATIVE_PREPS = Set.of("في", "داخل", "جنوب", "شمال", "شرق",
      "غرب", "وسط", "قرب", "بالقرب");

  private final List<Token> toks;
  private final List<Arg> args;
  private final Document doc;
  private final KnowledgeBase kb;
  /** The document's country entities by ISO alpha-3 code: their ids; read when first needed. */
  private Map<String, String> countries;

  Arguments(Document doc, List<Token> toks, KnowledgeBase kb) {
    this.toks = toks;
    this.args = build(doc, toks, kb);
    this.doc = doc;
    this.kb = kb;
  }

  /** The id of the document's entity for the country of ISO alpha-3 code {@code iso3}, or null. */
  private String country(String iso3) {
    if (countries == null) {
      countries = new HashMap<>();
      for (Entity en : doc.entities()) {
        KbEntry entry = en.kb() == null ? null : kb.get(en.kb()).orElse(null);
        if (entry != null && "country".equals(entry.placeKind()) && entry.country() != null) {
          countries.putIfAbsent(entry.country(), en.id());
        }
      }
    }
    return countries.get(iso3);
  }

  List<Arg> args() {
    return args;
  }

  /** A token's normalized form without the conjunction و/ف. */
  static String bare(Token t) {
    return Clitics.withoutConjunction(t.norm(), 2);
  }

  private String n(int i) {
    return i < 0 || i >= toks.size() ? "" : bare(toks.get(i));
  }

  /** True when token {@code at} is part of a mention (قوات الدعم السريع). */
  boolean inName(int at) {
    for (Arg a : args) {
      if (at >= a.from() && at < a.to()) {
        return true;
      }
    }
    return false;
  }

  /** Which tokens lie in a mention. */
  boolean[] nameMask() {
    boolean[] mask = new boolean[toks.size()];
    for (Arg a : args) {
      for (int i = a.from(); i < a.to(); i++) {
        mask[i] = true;
      }
    }
    return mask;
  }

  /** The end of a trigger that runs into a mention (سحب عناصر الفاغنر): the mention's start. */
  int clip(int from, int to) {
    for (Arg a : args) {
      if (a.from() > from && a.from() < to) {
        return a.from();
      }
    }
    return to;
  }

  // ---- building the arguments

  private static List<Arg> build(Document doc, List<Token> toks, KnowledgeBase kb) {
    List<Arg> raw = new ArrayList<>();
    if (toks.isEmpty()) {
      return raw;
    }
    int s = toks.get(0).start();
    int e = toks.get(toks.size() - 1).end();
    for (Entity en : doc.entities()) {
      KbEntry entry = en.kb() == null ? null : kb.get(en.kb()).orElse(null);
      boolean actor = actorCapable(en, entry);
      boolean place = en.type().equals("LOCATION") || en.type().equals("FACILITY");
      boolean capital = entry != null && "capital".equals(entry.placeKind());
      for (Mention m : en.mentions()) {
        if (m.start() < s || m.end() > e || adjective(en, entry, m)) {
          continue;
        }
        int from = -1;
        int to = -1;
        for (int i = 0; i < toks.size(); i++) {
          Token t = toks.get(i);
          if (from < 0 && t.end() > m.start()) {
            from = i;
          }
          if (t.start() < m.end()) {
            to = i + 1;
          }
        }
        if (from >= 0 && to > from) {
          Token first = toks.get(from);
          String prefix = prefix(first, m);
          boolean afterWaw = first.start() < m.start() && first.text().startsWith("و");
          raw.add(new Arg(en, from, to, prefix, prefix, -1, actor, place, capital, afterWaw));
        }
      }
    }
    raw.sort(Comparator.comparingInt(Arg::from).thenComparingInt(a -> -(a.to() - a.from())));
    List<Arg> out = new ArrayList<>();
    for (Arg a : raw) {
      if (!out.isEmpty() && a.from() < out.get(out.size() - 1).to()) {
        continue;
      }
      int idx = out.size();
      int floor = out.isEmpty() ? 0 : out.get(idx - 1).to();
      String prep = a.prep().isEmpty() ? prepBefore(toks, a.from(), floor, 0) : a.prep();
      // a genitive ل (القائد العام للقوات) keeps looking for the phrase's preposition
      String chain = prep.isEmpty() || (prep.equals("ل") && !a.prep().isEmpty())
          ? prepBefore(toks, a.from(), floor, 2) : prep;
      if (chain.isEmpty()) {
        chain = prep;
      }
      int group = idx;
      if (idx > 0 && conjoined(toks, out.get(idx - 1), a)) {
        Arg prev = out.get(idx - 1);
        group = prev.group();
        prep = prev.prep();
        chain = prev.chain();
      }
      out.add(new Arg(a.entity(), a.from(), a.to(), prep, chain, group, a.actor(), a.place(),
          a.capital(), a.afterWaw()));
    }
    return out;
  }

  /**
   * A country's adjective (الطائرات التركية، المبادرة الروسية) describes a noun; it is not a
   * mention of the state as a party.
   */
  private static boolean adjective(Entity en, KbEntry entry, Mention m) {
    if (entry == null || !"country".equals(entry.placeKind())) {
      return false;
    }
    String n = ArabicNormalizer.normalize(m.text());
    return (n.endsWith("يه") || n.endsWith("ي")) && !n.equals(ArabicNormalizer.normalize(
        en.name_ar() == null ? "" : en.name_ar()));
  }

  private static boolean actorCapable(Entity en, KbEntry entry) {
    switch (en.type()) {
      case "PERSON":
        return true;
      case "ORGANIZATION":
        return !"MED".equals(en.sector())
            && (entry == null || entry.kind() != KbEntry.Kind.OUTLET);
      case "LOCATION":
        return entry != null && ("country".equals(entry.placeKind())
            || "capital".equals(entry.placeKind()));
      default:
        return false;
    }
  }

  /** The proclitic preposition written on the mention's first token (لحفتر، بالسراج), or "". */
  private static String prefix(Token first, Mention m) {
    String before = first.start() < m.start()
        ? ArabicNormalizer.normalize(first.text().substring(0, m.start() - first.start())) : "";
    before = Clitics.withoutConjunction(before, 0);
    if (before.startsWith("ل") || before.startsWith("ب")) {
      return before.substring(0, 1);
    }
    String mn = ArabicNormalizer.normalize(m.text());
    if (first.start() == m.start() && mn.startsWith("لل")) {
      return "ل";
    }
    return "";
  }

  /**
   * The preposition before the mention at token {@code from}: من / على يد / من قبل, or, with
   * {@code maxWords} > 0, a preposition before that many nouns (على مواقع قوات X، بالقائد العام
   * X), not reaching back past {@code floor} (the previous mention).
   */
  private static String prepBefore(List<Token> toks, int from, int floor, int maxWords) {
    int words = 0;
    for (int j = from - 1; j >= floor && words <= maxWords; j--) {
      Token t = toks.get(j);
      if (t.kind() == Token.Kind.PUNCT && isQuote(t)) {
        continue;
      }
      if (t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.NUMBER) {
        return "";
      }
      String w = bare(t);
      if (w.equals("قبل") && j > 0 && bare(toks.get(j - 1)).equals("من")) {
        return "من قبل";
      }
      if (w.equals("يد") && j > 0 && bare(toks.get(j - 1)).equals("علي")) {
        return "علي يد";
      }
      if (PREPS.contains(w)) {
        return w;
      }
      if (COMPLEMENTIZERS.contains(w) || RELATIVES.contains(w) || PRONOUN_PREPS.contains(w)) {
        return "";
      }
      boolean prefixed = (w.startsWith("ل") || w.startsWith("ب")) && !w.startsWith("ال")
          && (w.startsWith("ال", 1) || w.startsWith("ل", 1) || w.length() >= 5);
      if (prefixed) {
        return w.substring(0, 1); // لصفوف X، بالقائد العام X
      }
      words++;
    }
    return "";
  }

  static boolean isQuote(Token t) {
    String p = t.text();
    return p.equals("\u201C") || p.equals("\u201D") || p.equals("\"") || p.equals("\u00AB")
        || p.equals("\u00BB");
  }

  /** "مصر والإمارات": the mention follows the previous one, after a و written on it or alone. */
  private static boolean conjoined(List<Token> toks, Arg prev, Arg a) {
    if (a.from() == prev.to()) {
      return a.afterWaw();
    }
    if (a.from() == prev.to() + 1) {
      return toks.get(prev.to()).norm().equals("و");
    }
    return false;
  }

  // ---- reading a trigger

  private boolean boundary(int i) {
    Token t = toks.get(i);
    if (t.kind() == Token.Kind.PUNCT) {
      String p = t.text();
      return !(isQuote(t) || p.equals("/") || p.equals("(") || p.equals(")") || p.equals("-"));
    }
    return COMPLEMENTIZERS.contains(n(i));
  }

  private int left(int from) {
    for (int j = from - 1; j >= 0; j--) {
      if (boundary(j)) {
        return j + 1;
      }
    }
    return 0;
  }

  private int right(TriggerLexicon.Hit hit, List<TriggerLexicon.Hit> hits) {
    int limit = Math.min(toks.size(), hit.to() + 16);
    for (int j = hit.to(); j < limit; j++) {
      if (boundary(j)) {
        boolean comma = toks.get(j).kind() == Token.Kind.PUNCT;
        Set<String> cont = Set.of("من", "علي", "الي", "ضد");
        if (comma && j + 1 < toks.size() && cont.contains(n(j + 1))) {
          continue; // "..., من قبضة عناصر حفتر"
        }
        return j;
      }
      for (TriggerLexicon.Hit h : hits) {
        // a verb ends the clause, unless it follows a mention (طلب حفتر دعم مصر: a verbal noun)
        if (h != hit && h.from() == j && h.trigger().verb() && argEndingAt(j) == null) {
          return j;
        }
      }
    }
    return limit;
  }

  private Arg argAt(int from) {
    for (Arg a : args) {
      if (a.from() == from) {
        return a;
      }
    }
    return null;
  }

  private Arg argEndingAt(int to) {
    for (Arg a : args) {
      if (a.to() == to) {
        return a;
      }
    }
    return null;
  }

  private List<String> group(Arg head) {
    List<String> ids = new ArrayList<>();
    for (Arg a : args) {
      if (a.group() == head.group() && a.actor() && !ids.contains(a.entity().id())) {
        ids.add(a.entity().id());
      }
    }
    return ids;
  }

  private Arg groupHead(Arg a) {
    return args.get(a.group());
  }

  private static boolean agentPrep(String prep) {
    return prep.equals("من قبل") || prep.equals("علي يد");
  }

  Reading read(TriggerLexicon.Hit hit, List<TriggerLexicon.Hit> hits) {
    TriggerLexicon.Trigger t = hit.trigger();
    int left = left(hit.from());
    int right = right(hit, hits);
    Arg actor = null;
    boolean explicit = true;
    Arg recipient = null;
    boolean recipientIsAntecedent = false;
    int objectsFrom = hit.to();
    boolean formEndsInMin = t.form().endsWith(" من");

    // an agent: بدعم من فرنسا، على يد قوات، من قبل الحكومة; the party acted on comes before
    boolean giving = !t.verb() && Set.of("AID", "SUPPORT").contains(t.type());
    for (Arg a : args) {
      boolean giver = giving && a.prep().equals("من") && a.from() - hit.to() <= 2;
      if (a.from() >= hit.to() && a.from() < right && a.actor()
          && (agentPrep(a.prep()) || (formEndsInMin && a.from() == hit.to()) || giver)) {
        actor = groupHead(a);
        objectsFrom = lastOfGroup(a).to();
        // the party acted on: between the passive verb and its agent, or before; a definite
        // participle (الميليشيات المدعومة من تركيا) describes the noun right before it
        recipient = firstPartyBetween(hit.to(), a.from());
        if (recipient == null && n(hit.from()).startsWith("ال")) {
          Arg adjacent = argEndingAt(hit.from());
          recipient = adjacent != null && adjacent.party() ? groupHead(adjacent) : null;
        } else if (recipient == null) {
          recipient = nearestBefore(hit.from(), actor);
        }
        break;
      }
    }
    boolean relative = RELATIVES.contains(n(hit.from() - 1))
        || (hit.from() >= 2 && RELATIVES.contains(n(hit.from() - 2)));
    Arg antecedent = relative ? antecedentOf(hit.from()) : null;
    boolean pronounObject = hit.to() - hit.from() > 1 && PRONOUN_PREPS.contains(n(hit.to() - 1));
    boolean verbPronoun = hit.pronoun() && !t.pos().equals("noun");

    // a bare past-tense form between a verb and its subject and what follows is a verbal noun:
    // واصلت تركيا قصف مواقع، نفت تركيا قصف (قصف reads as verb and noun alike)
    boolean verbalNoun = t.verb() && verbalNounAfterSubject(hit);
    if (actor == null && t.verb() && !verbalNoun) {
      Arg topic = strongTopic(hit.from(), hits);
      Arg svo = subjectBefore(hit.from(), left, 0);
      if (topic == null && svo != null && svo.from() == left) {
        topic = svo; // الإمارات ومصر تدعمان قوات حفتر: a clause that opens with its subject
      }
      Arg after = subjectAfter(hit.to(), right);
      if (relative && antecedent != null && after != null && verbPronoun) {
        actor = after; // حفتر، الذي قابله السيسي
        recipient = antecedent;
        recipientIsAntecedent = true;
        objectsFrom = lastOfGroup(after).to();
      } else if (relative && antecedent != null) {
        actor = antecedent; // الولايات المتحدة التي أكدت
      } else if (topic != null) {
        actor = topic; // أن تركيا أرسلت; what follows the verb is its object
      } else if (after != null) {
        actor = after;
        objectsFrom = lastOfGroup(after).to();
      } else {
        actor = subjectBefore(hit.from(), left, 0);
        if (actor == null) {
          actor = possessor(hit.from());
        }
        if (actor == null) {
          actor = topic(hit.from());
          explicit = false;
        }
        if (actor == null && n(hit.from()).length() < toks.get(hit.from()).norm().length()) {
          actor = firstSubject(hit.from()); // قفز المرتزقة ... وانسحبوا
          explicit = false;
        }
      }
    } else if (actor == null) {
      // a verbal noun
      Reading between = t.preps().contains("مع") ? between(hit, left, right) : null;
      if (between != null) {
        return between;
      }
      Reading nisba = nisba(hit, left, right);
      if (nisba != null) {
        return nisba;
      }
      Arg genitive = genitive(hit.to(), right);
      // a noun governed by a verb (قررتا التخلي، ستواصل دعم) takes that verb's subject
      Arg governed = null;
      if (hit.from() > 0 && governedByVerb(hit.from() - 1)) {
        governed = subjectBefore(hit.from(), left, 1);
        if (governed == null) {
          governed = strongTopic(hit.from(), hits);
        }
      } else if (hit.from() > 0 && argEndingAt(hit.from()) != null) {
        governed = subjectBefore(hit.from(), left, 0); // أعلن المتحدث X تدمير
        if (governed != null && governed.from() > 0 && WITNESS_VERBS.contains(
            Clitics.withoutConjunction(n(governed.from() - 1), 3))) {
          governed = null; // رصدت قوات الجيش فرار المرتزقة: who saw is not who fled
        }
      }
      Arg inRelative = RELATIVES.contains(n(hit.to())) ? relativeSubject(hit.to() + 1, right)
          : null;
      if (inRelative != null) {
        actor = inRelative; // الدعم الذي تقدمه لها تركيا
        for (int j = hit.to() + 1; j < inRelative.from(); j++) {
          if (PRONOUN_PREPS.contains(n(j))) {
            recipient = nearestBefore(hit.from(), inRelative);
          }
        }
        objectsFrom = lastOfGroup(inRelative).to();
      } else if (genitive != null && governed != null) {
        actor = governed; // مصر ستواصل دعم حفتر
        recipient = genitive.party() ? genitive : null;
        objectsFrom = lastOfGroup(genitive).to();
      } else if (genitive != null) {
        actor = genitive; // استيلاء حكومة الوفاق على القاعدة
        objectsFrom = lastOfGroup(genitive).to();
      } else if (governed != null) {
        actor = governed; // بدء الإمارات بالتخلي عن حفتر
      } else if (hit.pronoun() && t.pos().equals("noun")) {
        actor = nearestBefore(hit.from(), null); // أعلنت حكومة الوفاق موافقتها
      } else if (participle(hit.from()) && strongTopic(hit.from(), hits) != null) {
        actor = strongTopic(hit.from(), hits); // أن قوات بركان الغضب واصلت ...، منتزعة
      } else if (HOSTILE_NOUNS.contains(t.type())) {
        Arg agent = lamAgent(hit, right);
        if (agent != null) {
          actor = agent; // قصف مدفعي لقوات حفتر على المطار: the attack of Haftar's forces
          objectsFrom = lastOfGroup(agent).to();
        }
      }
    }
    if (actor == null) {
      return new Reading(List.of(), false, List.of(), null, left, right);
    }
    Arg actorHead = groupHead(actor);

    // the recipient after a preposition of the trigger, or a direct object
    String location = null;
    if (recipient == null) {
      for (Arg a : args) {
        if (a.from() < objectsFrom || a.from() >= right || a.group() == actorHead.group()
            || agentPrep(a.prep())) {
          continue;
        }
        String via = a.chain();
        int distance = a.from() - objectsFrom;
        // the rest of a split trigger (جددت الولايات المتحدة دعمها) and a definite adjective
        // (دعمها العسكري) stand between the subject and an object after ل without parting them
        // the ل may be written on a title or noun before the name (دعمها للمشير خليفة حفتر،
        // دعمها لقوات حفتر): the phrase then starts one token earlier
        int lamAt = a.prep().equals("ل") && a.from() > objectsFrom
            && !bare(toks.get(a.from())).startsWith("ل")
            && bare(toks.get(a.from() - 1)).startsWith("ل") ? a.from() - 1 : a.from();
        boolean nextLam = a.prep().equals("ل")
            && lamAt - objectsFrom == triggerRest(objectsFrom, lamAt, t);
        // withdrawing "from" a place names where, not whom
        boolean fromPlace = t.type().equals("RETREAT") && via.equals("من");
        boolean prepOk = !via.isEmpty() && !fromPlace && (via.equals("ضد")
            || t.preps().contains(a.prep())
            || ((via.equals("من") || via.equals("علي"))
                && Set.of("COERCE", "ASSAULT").contains(t.type()))
            || t.preps().contains(via)
            || nextLam
            || (via.equals("الي") && Set.of("AID", "MOBILIZE").contains(t.type())));
        boolean object = a.prep().isEmpty() && (distance <= 1 || (t.preps().isEmpty()
            && distance <= 3));
        if (a.party() && (prepOk || object)) {
          recipient = groupHead(a);
          break;
        }
        if (a.place() && !a.actor() && location == null && PLACE_PREPS.contains(a.chain())) {
          location = a.entity().id();
        }
      }
    }
    if (recipient == null && t.preps().isEmpty()
        && Set.of("ASSAULT", "COERCE", "SANCTION").contains(t.type())) {
      // the owner of the object: تدمير أنظمة الدفاع التي تستخدمها قوات حفتر
      for (int j = objectsFrom; j < right && j < objectsFrom + 5; j++) {
        if (RELATIVES.contains(n(j))) {
          Arg owner = relativeSubject(j + 2, right);
          if (owner != null && owner.party() && owner.group() != actorHead.group()) {
            recipient = owner;
          }
          break;
        }
        if (argAt(j) != null || PREPS.contains(n(j))) {
          break;
        }
      }
    }
    if (recipient == null && (pronounAfter(hit.to()) || pronounObject)) {
      recipient = antecedent(hit.from(), actorHead);
    }
    if (location == null) {
      location = place(left, right, actorHead, recipient);
    }
    List<String> recipients = recipient == null ? List.of()
        : recipientIsAntecedent ? List.of(recipient.entity().id()) : group(groupHead(recipient));
    return new Reading(group(actorHead), explicit, recipients, location, left, right);
  }

  /**
   * The subject of a proposition "أن + noun + verb": the actor right after the complementizer,
   * when no other verb stands between it and {@code from}.
   */
  private Arg strongTopic(int from, List<TriggerLexicon.Hit> hits) {
    for (int j = from - 1; j >= 0 && j >= from - 20; j--) {
      if (toks.get(j).kind() == Token.Kind.PUNCT && (n(j).equals(".") || n(j).equals(":"))) {
        return null;
      }
      String w = n(j);
      if (w.equals("ان") || w.equals("بان")) {
        Arg a = argAt(j + 1);
        if (a == null || !a.actor() || a.to() > from) {
          return null;
        }
        for (TriggerLexicon.Hit h : hits) {
          if (h.trigger().verb() && h.from() > a.from() && h.from() < from) {
            return null;
          }
        }
        return groupHead(a);
      }
    }
    return null;
  }

  /**
   * True when a trigger read as a verb is its own verbal noun after a verb and its subject (V S
   * N): the trigger is one bare word, spelled as the trigger form, right after an actor whose
   * phrase follows a word that can govern a verbal noun.
   */
  private boolean verbalNounAfterSubject(TriggerLexicon.Hit hit) {
    if (hit.to() - hit.from() != 1 || !n(hit.from()).equals(hit.trigger().form())
        || hit.trigger().form().contains(" ")) {
      return false;
    }
    Arg subject = argEndingAt(hit.from());
    if (subject == null || !subject.actor() || !subject.prep().isEmpty()) {
      return false;
    }
    int before = groupHead(subject).from() - 1;
    return before >= 0 && toks.get(before).kind() == Token.Kind.ARABIC && governedByVerb(before)
        && argEndingAt(before + 1) == null;
  }

  /** Verbs of seeing and recording: their subject witnessed the act named after it. */
  private static final Set<String> WITNESS_VERBS = Set.of("رصد", "رصدت", "رصدوا", "شاهد",
      "شاهدت", "شاهدوا", "لاحظ", "لاحظت", "وثق", "وثقت", "راقب", "راقبت", "تابع", "تابعت",
      "سجل", "سجلت");

  /** Acts whose verbal noun takes its doer after ل (هجوم لقوات حفتر على طرابلس). */
  private static final Set<String> HOSTILE_NOUNS = Set.of("ASSAULT", "COERCE", "MOBILIZE");

  /**
   * The doer of a hostile verbal noun named right after it with ل (past the trigger's own words
   * and adjectives), when a target follows with على or ضد or nothing else does.
   */
  private Arg lamAgent(TriggerLexicon.Hit hit, int right) {
    int at = hit.to() + triggerRest(hit.to(), right, hit.trigger());
    for (Arg a : args) {
      if (a.from() == at && a.prep().equals("ل") && n(at).startsWith("ل") && a.actor()
          && a.from() < right) {
        return groupHead(a);
      }
    }
    return null;
  }

  /**
   * How many tokens from {@code from} on, before {@code to}, are words of the trigger's own form
   * or definite adjectives after them (ال...ي, ال...يه).
   */
  private int triggerRest(int from, int to, TriggerLexicon.Trigger t) {
    Set<String> words = Set.of(t.form().split(" "));
    int k = from;
    while (k < to && toks.get(k).kind() == Token.Kind.ARABIC) {
      String w = n(k);
      boolean own = words.contains(w) || words.contains(Clitics.withoutConjunction(w, 3));
      boolean adjective = k > from && w.startsWith("ال") && w.length() > 4
          && (w.endsWith("ي") || w.endsWith("يه"));
      if (!own && !adjective) {
        break;
      }
      k++;
    }
    return k - from;
  }

  /** True when token {@code i} can be a verb governing a following verbal noun. */
  private boolean governedByVerb(int i) {
    Token t = toks.get(i);
    String w = n(i);
    return t.kind() == Token.Kind.ARABIC && !w.startsWith("ال") && !PREPS.contains(w)
        && !COMPLEMENTIZERS.contains(w) && !RELATIVES.contains(w) && argEndingAt(i + 1) == null
        && !w.startsWith("بال") && !w.startsWith("لل");
  }

  private static final Set<String> FORCES = Set.of("قوات", "جيش", "طائرات", "مقاتلات", "عناصر",
      "مليشيات", "ميليشيات", "مسلحي", "وحدات", "كتائب", "طيران", "مقاتلي", "حكومه", "بلاد");

  /** "قواته سيطرت": the forces of the nearest actor before. */
  private Arg possessor(int from) {
    for (int j = from - 1; j >= Math.max(0, from - 2); j--) {
      String w = n(j);
      for (String p : new String[] {"هم", "ها", "ه"}) {
        if (w.endsWith(p) && FORCES.contains(restoreTaMarbuta(w.substring(0, w.length()
            - p.length())))) {
          return nearestBefore(j, null);
        }
      }
    }
    return null;
  }

  private static String restoreTaMarbuta(String stem) {
    return stem.endsWith("ت") && !stem.endsWith("ات") ? stem.substring(0, stem.length() - 1) + "ه"
        : stem;
  }

  /** The first subject-like actor of the sentence, before {@code from}. */
  private Arg firstSubject(int from) {
    for (Arg a : args) {
      if (a.to() > from) {
        return null;
      }
      if (a.party() && a.prep().isEmpty() && a.group() == args.indexOf(a)) {
        return a;
      }
    }
    return null;
  }

  /** The subject inside a relative clause: past its verb and an attached-pronoun preposition. */
  private Arg relativeSubject(int from, int right) {
    for (int j = from; j < right && j < from + 4; j++) {
      Arg a = argAt(j);
      if (a != null) {
        return a.prep().isEmpty() && a.actor() ? a : null;
      }
      if (toks.get(j).kind() == Token.Kind.PUNCT || PREPS.contains(n(j))) {
        return null;
      }
    }
    return null;
  }

  private Arg lastOfGroup(Arg a) {
    Arg last = a;
    for (Arg b : args) {
      if (b.group() == a.group() && b.to() > last.to()) {
        last = b;
      }
    }
    return last;
  }

  /**
   * A subject after a verb: an actor with no preposition, past at most a few plain words; a role
   * and its holder (الناطق باسم قوات حفتر أحمد المسماري) give the holder.
   */
  private Arg subjectAfter(int from, int right) {
    for (int j = from; j < right && j < from + 5; j++) {
      Arg a = argAt(j);
      if (a != null) {
        Arg holder = holderAfter(a, right);
        if (holder != null) {
          return holder;
        }
        return a.prep().isEmpty() && a.actor() ? a : null;
      }
      Token t = toks.get(j);
      if (t.kind() == Token.Kind.PUNCT && boundary(j)) {
        return null;
      }
      if (PREPS.contains(n(j)) || PRONOUN_PREPS.contains(n(j))) {
        return null;
      }
    }
    return null;
  }

  /** The person named right after a role's organization (وزير الداخلية بحكومة الوفاق فتحي باشاغا). */
  private Arg holderAfter(Arg org, int right) {
    if (org.entity().type().equals("PERSON")) {
      return null;
    }
    for (int j = lastOfGroup(org).to(); j < right && j < org.to() + 3; j++) {
      Arg b = argAt(j);
      if (b != null) {
        return b.entity().type().equals("PERSON") && b.prep().isEmpty() ? b : null;
      }
      if (toks.get(j).kind() == Token.Kind.PUNCT || PREPS.contains(n(j))) {
        return null;
      }
    }
    return null;
  }

  /** The genitive of a verbal noun: the mention right after it. */
  private Arg genitive(int from, int right) {
    Arg a = from < right ? argAt(from) : null;
    return a != null && a.party() && a.prep().isEmpty() ? a : null;
  }

  /**
   * A subject before the trigger within its clause, at most {@code minGap}..3 words before it (a
   * verbal noun needs a governing word between: مصر ستواصل دعم).
   */
  private Arg subjectBefore(int from, int left, int minGap) {
    for (int gap = minGap; gap <= 3; gap++) {
      int end = from - gap;
      if (end <= left) {
        return null;
      }
      for (int j = from - 1; j >= end; j--) {
        if (PREPS.contains(n(j)) || toks.get(j).kind() == Token.Kind.PUNCT) {
          return null;
        }
      }
      Arg a = argEndingAt(end);
      if (a != null) {
        Arg head = groupHead(a);
        return a.actor() && head.prep().isEmpty() && head.from() >= left ? head : null;
      }
    }
    return null;
  }

  /** The first actor after the complementizer that opens the trigger's proposition. */
  private Arg topic(int from) {
    int c = -1;
    for (int j = from - 1; j >= 0 && j >= from - 30; j--) {
      String w = n(j);
      if (w.equals("ان") || w.equals("بان") || w.equals("انه") || w.equals("انها")) {
        c = j;
        break;
      }
      if (toks.get(j).kind() == Token.Kind.PUNCT && (w.equals(".") || w.equals(":"))) {
        break;
      }
    }
    if (c < 0) {
      return null;
    }
    for (Arg a : args) {
      if (a.from() > c && a.to() <= from) {
        return a.actor() && a.prep().isEmpty() && a.group() == args.indexOf(a) ? a : null;
      }
    }
    return null;
  }

  /** The mention right before a relative pronoun at {@code from - 1} or {@code from - 2}. */
  private Arg antecedentOf(int from) {
    int rel = RELATIVES.contains(n(from - 1)) ? from - 1 : from - 2;
    for (int end = rel; end >= rel - 1 && end > 0; end--) {
      Arg a = argEndingAt(end);
      if (a != null && a.actor()) {
        return groupHead(a);
      }
      if (end < rel && toks.get(end).kind() != Token.Kind.PUNCT) {
        break;
      }
    }
    return null;
  }

  /** An indefinite active participle (منتزعة، مستهدفا): it describes the clause's subject. */
  private boolean participle(int i) {
    String w = n(i);
    return w.startsWith("م") && w.length() >= 5 && !w.startsWith("ال");
  }

  private Arg firstPartyBetween(int from, int to) {
    for (Arg a : args) {
      if (a.from() >= from && a.to() <= to && a.party()) {
        return groupHead(a);
      }
    }
    return null;
  }

  /** The nearest actor before {@code from} that is not in {@code except}'s group. */
  private Arg nearestBefore(int from, Arg except) {
    for (int i = args.size() - 1; i >= 0; i--) {
      Arg a = args.get(i);
      if (a.to() <= from && a.party() && (except == null || a.group() != except.group())) {
        return groupHead(a);
      }
    }
    return null;
  }

  /**
   * The antecedent of a pronoun attached to the trigger or its preposition (التخلي عنه، رفضها):
   * the nearest earlier actor, not one in a locative phrase (في ليبيا) and not one standing right
   * before the trigger (that one is its subject: حفتر رفضها).
   */
  private Arg antecedent(int from, Arg except) {
    for (int i = args.size() - 1; i >= 0; i--) {
      Arg a = args.get(i);
      if (a.to() > from || a.to() == from || !a.party() || a.prep().equals("في")
          || (except != null && a.group() == except.group())) {
        continue;
      }
      return groupHead(a);
    }
    return null;
  }

  private boolean pronounAfter(int from) {
    return from < toks.size() && PRONOUN_PREPS.contains(n(from));
  }

  /**
   * A reciprocal act between two parties (اشتباكات بين قوات الوفاق وقوات حفتر، محادثات بين مصر
   * وتركيا): the party named first after بين acts, the one joined to it by و is acted on. Null
   * when بين does not follow the trigger closely (an adjective or two may stand between) or names
   * one party only.
   */
  private Reading between(TriggerLexicon.Hit hit, int left, int right) {
    for (Arg first : args) {
      if (first.from() < hit.to() || first.from() >= right || first.from() - hit.to() > 4) {
        continue;
      }
      if (!first.party() || !(first.prep().equals("بين") || first.chain().equals("بين"))) {
        return null;
      }
      for (Arg second : args) {
        if (second.from() < first.to() || second.from() >= right) {
          continue;
        }
        // وقوات حفتر، والقوات الموالية لحفتر: و opens the second party, a noun or two before it
        boolean joined = second.group() == first.group()
            || (second.from() - first.to() <= 3 && toks.get(first.to()).text().startsWith("و"));
        if (!joined || !second.party()) {
          return null;
        }
        return new Reading(List.of(first.entity().id()), true, List.of(second.entity().id()),
            place(left, right, first, second), left, right);
      }
      return null;
    }
    return null;
  }

  /**
   * A verbal noun and a country adjective right after it (الدعم التركي لحكومة الوفاق، القصف
   * الروسي على المدينة): the adjective's country is the doer, when the document names that
   * country, and the party acted on follows right after, behind ل, ضد, على or one of the
   * trigger's prepositions. Null otherwise.
   */
  private Reading nisba(TriggerLexicon.Hit hit, int left, int right) {
    if (hit.to() >= right || !n(hit.to()).startsWith("ال")) {
      return null;
    }
    String country = Demonyms.country(n(hit.to())).map(this::country).orElse(null);
    if (country == null) {
      return null;
    }
    TriggerLexicon.Trigger t = hit.trigger();
    for (Arg a : args) {
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
      return new Reading(List.of(country), true, group(groupHead(a)), place(left, right, a, a),
          left, right);
    }
    return null;
  }

  /** The event's place: a place mention in the clause after a locative preposition. */
  private String place(int left, int right, Arg actor, Arg recipient) {
    for (Arg a : args) {
      if (a.from() < left || a.from() >= right || !a.place() || a.group() == actor.group()
          || (recipient != null && a.group() == recipient.group())) {
        continue;
      }
      if (a.actor() ? LOCATIVE_PREPS.contains(a.prep()) : PLACE_PREPS.contains(a.chain())) {
        return a.entity().id();
      }
    }
    return null;
  }
}
