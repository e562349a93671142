package org.marsad.claim;

import static org.marsad.claim.ClaimStage.COMPLEMENTIZERS;
import static org.marsad.claim.Mentions.isActor;
import static org.marsad.claim.Mentions.kindOf;
import static org.marsad.claim.WordShapes.headOf;
import static org.marsad.claim.WordShapes.isComma;
import static org.marsad.claim.WordShapes.isDefinite;
import static org.marsad.claim.WordShapes.isQuote;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.analysis.Words;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.entity.Offices;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Speaker;
import org.marsad.model.SpeakerKind;

/** Decides who a speaker phrase of one sentence is, and finds the subject written before a cue. */
final class Speakers {
  private static final Set<String> HONORIFICS = Words.of("honorific");
  /** The longest speaker phrase before a cue (SVO), in tokens. */
  private static final int SUBJECT = 20;
  /** How far past a speaker phrase a name that starts in it may run, in tokens. */
  private static final int NAME_TAIL = 6;
  /** Role nouns, also as normalized text writes them (الرييس). */
  /** Nouns of a body that speaks for the party named after it (بعثة، مكتب، وفد). */
  private static final Set<String> BODIES = Words.of("body-noun");
  static final Set<String> ROLES = Words.of("role-noun");
  private static final Set<String> PREPOSITIONS = Words.of("preposition");

  private final SpeakerWords words;
  private final List<Token> toks;
  private final Mentions mentions;
  private final SpeakerPhrases phrases;
  private final SpeakerHistory history;

  Speakers(SpeakerWords words, List<Token> toks, Mentions mentions, SpeakerPhrases phrases,
      SpeakerHistory history) {
    this.words = words;
    this.toks = toks;
    this.mentions = mentions;
    this.phrases = phrases;
    this.history = history;
  }

  /**
   * The speaker of a phrase {@code [from, to)}: its head (after quantifiers) decides the kind,
   * an entity in it gives the id; definite heads refer back.
   */
  Speaker classify(int from, int to, int at) {
    int h = from;
    while (h < to - 1 && words.is("quantifier", headOf(toks.get(h).norm()))) {
      h++;
    }
    if (h < to - 1 && toks.get(h).norm().equals("من")) {
      h++;
    }
    while (h < to - 1 && HONORIFICS.contains(Words.bare(toks.get(h)))) {
      h++; // سمو ولي العهد، معالي الوزير: the title after the honorific heads the phrase
    }
    String head = words.head(toks.get(h).norm());
    boolean definite = isDefinite(toks.get(h).norm());
    Entity e = mentions.entityIn(from, to);
    if (e == null) {
      // a name the phrase ends inside (وكالة رويترز للأنباء)
      e = mentions.entityStartingAt(h, Math.min(toks.size(), to + NAME_TAIL));
    }
    String phrase = phrases.phraseText(from, to);
    if (e == null && OFFICE.matcher(Clitics.withoutConjunction(toks.get(h).norm(), 3)).matches()) {
      Speaker owner = officeOwner(from, to, phrase);
      if (owner != null) {
        return owner; // بحسب بيان صادر عن مكتبه
      }
    }
    // المسؤول الإعلامي في «قسد» فرهاد شامي: a definite role and its holder (not المصدر المقرب
    // من حفتر, a source close to a person)
    boolean namedHolder = definite && ROLES.contains(toks.get(h).norm()) && e != null
        && e.type() == EntityType.PERSON;
    if ((words.is("anonymous", head) && !namedHolder) || (!definite
        && words.is("unnamed-role", head) && (e == null || e.type() != EntityType.PERSON))) {
      // مستشار سياسي لقائد قوات الدعم السريع: an adviser left unnamed, though his chief is named
      Speaker sp = new Speaker(null, phrase, SpeakerKind.ANONYMOUS);
      return definite ? Objects.requireNonNullElse(history.resolve(head, phrase, at), sp) : sp;
    }
    if (words.is("commentator", head)) {
      return new Speaker(null, phrase, SpeakerKind.UNKNOWN);
    }
    if (words.is("outlet", head)) {
      if (e != null && e.type() == EntityType.ORGANIZATION) {
        return new Speaker(e.id(), phrase, SpeakerKind.OUTLET);
      }
      Speaker sp = definite ? history.resolve(head, phrase, at) : null;
      return sp != null ? new Speaker(sp.entity(), phrase, SpeakerKind.OUTLET)
          : new Speaker(null, phrase, SpeakerKind.OUTLET);
    }
    if (words.is("document", head)) {
      if (e != null) {
        return new Speaker(e.id(), phrase, kindOf(e));
      }
      Speaker owner = officeOwner(from, to, phrase);
      if (owner != null) {
        return owner; // بحسب بيان لمكتبه الإعلامي
      }
      Speaker sp = definite ? history.resolve(head, phrase, at) : null;
      if (sp == null && h + 1 < to && isDefinite(toks.get(h + 1).norm())) {
        sp = history.body(toks.get(h + 1).norm(), phrase, toks.get(h).start()); // بيان الوزارة
      }
      return sp != null ? sp : new Speaker(null, phrase, SpeakerKind.UNKNOWN);
    }
    if (e != null) {
      return new Speaker(e.id(), phrase, kindOf(e));
    }
    // الرئيس، and a title in construct with its definite genitive (رئيس الوزراء، ولي العهد)
    Offices.Office office = Offices.standard().at(toks, h);
    if (office != null) {
      // an office by its title alone: its holder named before, else an unnamed official
      Speaker holder = history.officeHolder(office, phrase, toks.get(h).start());
      return holder != null ? holder : new Speaker(null, phrase, SpeakerKind.ANONYMOUS);
    }
    Speaker body = definite && to == h + 1
        ? history.body(toks.get(h).norm(), phrase, toks.get(h).start()) : null;
    if (body != null) {
      return body; // وأضافت الوزارة، وجددت الوزارة: the ministry named before
    }
    // a role by its title alone with no office known for it, then the words said (قال الوزير
    // إن، أكد الوزير استمرار الدعم): an unnamed official
    boolean alone = definite && to == h + 1 && ROLES.contains(toks.get(h).norm())
        && (to >= toks.size() || toks.get(to).kind() == Token.Kind.PUNCT
            || COMPLEMENTIZERS.contains(toks.get(to).norm()) || bareWord(toks.get(to).norm()));
    return new Speaker(null, phrase, alone ? SpeakerKind.ANONYMOUS : SpeakerKind.UNKNOWN);
  }

  /** An office with the pronoun of its owner (مكتبه، لمكتبها). */
  private static final Pattern OFFICE = Pattern.compile("(ل|ب)?مكتب(ه|ها)");

  /**
   * The one named first in the sentence before {@code from}, a person before any other, when the
   * phrase names his office by a pronoun (بيان صادر عن مكتبه، بيان لمكتبه الإعلامي): its
   * statement is his; else null.
   */
  private Speaker officeOwner(int from, int to, String phrase) {
    boolean office = false;
    for (int i = from; i < Math.min(to + 3, toks.size()) && !office; i++) {
      office = OFFICE.matcher(Clitics.withoutConjunction(toks.get(i).norm(), 3)).matches();
    }
    Entity owner = office ? mentions.entityIn(0, from) : null;
    return owner == null || owner.type() == EntityType.LOCATION ? null
        : new Speaker(owner.id(), phrase, kindOf(owner));
  }

  /**
   * The subject written before a verb cue in its clause (SVO). The clause starts after a
   * sentence mark, a linker (لكن، إذ، بينما) or a complementizer; the leftmost speaker head in
   * it wins, then a person, then an organization. With {@code adjacent}, the subject must start
   * the clause (the subject of a reported clause: أن المسماري يقول).
   */
  Speaker subjectBefore(int cue, int floor, boolean adjacent) {
    int end = cue;
    while (end > floor && (words.is("auxiliary", toks.get(end - 1).norm())
        || isComma(toks.get(end - 1)))) {
      end--;
    }
    int start = end;
    while (start > floor && end - start < SUBJECT) {
      Token t = toks.get(start - 1);
      String n = t.norm();
      if ((t.kind() == Token.Kind.PUNCT && !isComma(t) && !isQuote(t))
          || words.is("linker", n) || COMPLEMENTIZERS.contains(n)) {
        break;
      }
      start--;
    }
    while (start < end && (isComma(toks.get(start)) || words.is("auxiliary",
        Clitics.withoutConjunction(toks.get(start).norm(), 3)))) {
      start++;
    }
    if (start >= end) {
      return null;
    }
    return adjacent ? subjectAt(start, end)
        : leftmostSpeaker(start, end, masculineSingular(toks.get(cue)));
  }

  /**
   * Whether a phrase after a cue starts with its speaker: a speaker head, an office or role, or
   * an actor's name at its first word (not أكدت شرعية الوفاق, whose first word is the object).
   */
  boolean leads(int from, int to) {
    String head = phrases.headAt(from);
    String norm = from < toks.size() ? toks.get(from).norm() : "";
    if (phrases.isSpeakerHead(head) || ROLES.contains(norm)
        || ROLES.contains(Clitics.withoutConjunction(norm, 3))
        || Offices.standard().at(toks, from) != null) {
      return true;
    }
    // a name that starts the phrase leads it, though the phrase ends inside it (بعثة الأمم
    // المتحدة للدعم في ليبيا)
    Entity e = mentions.entityStartingAt(from, toks.size());
    if (e == null && (BODIES.contains(norm) || BODIES.contains(Clitics.withoutConjunction(norm, 3)))
        && from + 1 < to) {
      e = mentions.entityStartingAt(from + 1, to); // بعثة الأمم المتحدة، مكتب الرئيس
    }
    return e != null && (isActor(e) || state(e));
  }

  /**
   * True when a verb cue agrees with a masculine singular subject only (قال، أكد، يقول): not with
   * a plural of things (مواقع قال إنها تابعة: the sites are not who speaks).
   */
  private static boolean masculineSingular(Token cue) {
    String n = Clitics.withoutConjunction(cue.norm(), 3);
    return !n.startsWith("ت") && !n.endsWith("ت") && !n.endsWith("وا") && !n.endsWith("ون")
        && !n.endsWith("ان");
  }

  /** A word with no article or preposition on it and no preposition itself (استمرار). */
  static boolean bareWord(String n) {
    return !n.startsWith("ال") && !n.startsWith("ب") && !n.startsWith("ل") && !n.startsWith("ك")
        && !PREPOSITIONS.contains(n);
  }

  /** A state named by the knowledge base (نفت تركيا إرسال مرتزقة): it speaks as a party. */
  private static boolean state(Entity e) {
    return e.type() == EntityType.LOCATION && e.kb() != null && KnowledgeBase.standard()
        .get(e.kb()).map(KbEntry::isCountry).orElse(false);
  }

  /** A speaker whose phrase starts at {@code from} (within its first two tokens), or null. */
  Speaker subjectAt(int from, int to) {
    for (int i = from; i < Math.min(to, from + 2); i++) {
      int end = phrases.isSpeakerHead(phrases.headAt(i)) ? phrases.phraseEnd(i, to) : i;
      if (end > i) {
        return classify(i, end, toks.get(i).start());
      }
      Entity e = mentions.entityStartingAt(i, to);
      if (e != null && isActor(e)) {
        return new Speaker(e.id(), mentions.mentionText(e, to), kindOf(e));
      }
    }
    return null;
  }

  /** The phrase of the leftmost speaker head in {@code [from, to)}, or else its first actor. */
  private Speaker leftmostSpeaker(int from, int to, boolean masculineCue) {
    for (int i = from; i < to; i++) {
      if (phrases.isSpeakerHead(phrases.headAt(i)) && !words.is("document", phrases.headAt(i))
          && !(masculineCue && words.is("nonhuman-plural", phrases.headAt(i)))) {
        int end = i;
        while (end < to && !isComma(toks.get(end))) {
          end++;
        }
        return classify(i, Math.max(end, i + 1), toks.get(i).start());
      }
    }
    Entity e = mentions.entityIn(from, to);
    if (e != null && isActor(e)) {
      return new Speaker(e.id(), mentions.mentionText(e, to), kindOf(e));
    }
    return null;
  }
}
