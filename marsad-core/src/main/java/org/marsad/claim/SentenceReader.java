package org.marsad.claim;

import static org.marsad.claim.Mentions.isActor;
import static org.marsad.claim.Mentions.kindOf;
import static org.marsad.claim.WordShapes.isComma;
import static org.marsad.claim.WordShapes.skipCommas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Sentence;
import org.marsad.arabic.Token;
import org.marsad.model.Claim;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Speaker;
import org.marsad.model.SpeakerKind;

/** Reads the claims of one sentence from its cues, in the order of {@link ClaimStage}'s rules. */
final class SentenceReader {
  private static final String ABOUT = "عن";
  /** How far a proposition marker is looked for after a cue, in tokens. */
  private static final int REACH = 40;
  private static final int REACH_AMBIGUOUS = 14;
  private static final int REACH_PARTICIPLE = 16;

  private final CueLexicon cues;
  private final SpeakerWords words;
  private final String text;
  private final Sentence sentence;
  private final List<Token> toks;
  private final SpeakerHistory history;
  private final Mentions mentions;
  private final SpeakerPhrases phrases;
  private final Speakers speakers;
  private final CueShapes shapes;
  private final Asides asides;
  private final List<Draft> drafts = new ArrayList<>();
  private final List<Integer> cuts = new ArrayList<>();
  /** Where possessive verbal nouns (قولهم) start: they end the speaker before them. */
  private final Set<Integer> possessives = new HashSet<>();
  /** Via entities of a preposition cue waiting for the verb cue after it. */
  private final List<String> pendingVia = new ArrayList<>();
  /** The latest speaker read in this sentence, claim or not (علقت الحكومة ... قائلة). */
  private Speaker subject;
  /** The cue index where {@link #subject} was read. */
  private int subjectFrom = -1;

  SentenceReader(CueLexicon cues, SpeakerWords words, Document doc, Sentence sentence,
      List<Token> toks, SpeakerHistory history) {
    this.cues = cues;
    this.words = words;
    this.text = doc.text();
    this.sentence = sentence;
    this.toks = toks;
    this.history = history;
    this.mentions = new Mentions(doc, toks);
    this.phrases = new SpeakerPhrases(words, doc, toks, mentions, history);
    this.speakers = new Speakers(words, toks, mentions, phrases, history);
    this.shapes = new CueShapes(cues, words, toks);
    this.asides = new Asides(toks, shapes, speakers);
  }

  /** Adds the claims of the sentence to {@code claims}, numbering on from their count. */
  void read(List<Claim> claims) {
    List<CueLexicon.Hit> hits = new ArrayList<>();
    int skip = -1;
    for (CueLexicon.Hit hit : cues.find(toks)) {
      if (hit.from() < skip || mentions.withinName(hit.from(), hit.to())) {
        continue; // وكالة الأنباء السورية: a word of a name is no cue
      }
      if (shapes.isPossessive(hit)) {
        possessives.add(hit.from());
      } else if (!shapes.isCircumstance(hit) && !shapes.headsSpeakerOf(hit, hits)) {
        CueLexicon.Hit relayed = shapes.reportedBy(hit);
        hits.add(relayed);
        skip = relayed.to();
      }
    }
    int consumed = 0;
    for (int h = 0; h < hits.size(); h++) {
      CueLexicon.Hit hit = hits.get(h);
      if (hit.from() < consumed) {
        continue;
      }
      int next = h + 1 < hits.size() ? hits.get(h + 1).from() : toks.size();
      consumed = hit.cue().participle() ? participle(hit, next) : cue(hit, next, hits, h);
    }
    new Drafts(text, sentence, toks, shapes).finish(drafts, cuts, claims);
  }

  /** Handles a verb, noun or preposition cue; returns the index reading may go on from. */
  private int cue(CueLexicon.Hit hit, int next, List<CueLexicon.Hit> hits, int h) {
    CueLexicon.Cue cue = hit.cue();
    boolean prep = cue.pos().equals("prep");
    List<String> via = new ArrayList<>();
    // the speaker phrase after the cue
    int spFrom = phrases.headInCue(hit);
    boolean resumptive = false;
    if (spFrom == hit.to() && spFrom < next && words.is("resumptive", bare(spFrom))) {
      resumptive = true;
      spFrom++;
    } else if (spFrom == hit.to()) {
      spFrom = phrases.pastQuote(shapes.afterTime(spFrom, next), next); // أعلن اليوم "قسد"
    }
    int spTo = phrases.phraseEnd(spFrom, next);
    // a relay: "نقل الموقع عن مسؤولين" / "نقلا عن"
    boolean relayCue = cue.form().startsWith("نقل") || cue.form().contains(ABOUT);
    int about = relayCue ? shapes.indexOf(ABOUT, hit.to() - 1,
        Math.min(next, hit.to() + 6 + shapes.bracketed(hit.to(), hit.to() + 6))) : -1;
    if (about >= 0) {
      if (about > spFrom) {
        Speaker relay = speakers.classify(spFrom, about, hit.from());
        if (relay.entity() != null) {
          via.add(relay.entity());
        }
      } else if (drafts.isEmpty() && subject != null && subject.entity() != null) {
        via.add(subject.entity());
      } else if (drafts.isEmpty()) {
        // كانت قناة "فبراير" قد نقلت عن الناطق: the relaying outlet is written before the verb
        Speaker relay = speakers.subjectBefore(hit.from(), 0, false);
        if (relay != null && relay.entity() != null) {
          via.add(relay.entity());
        }
      }
      spFrom = about + 1;
      spTo = phrases.phraseEnd(spFrom, next);
    }
    int reach = cue.ambiguous() && about < 0 ? REACH_AMBIGUOUS : REACH;
    int marker = shapes.marker(phrases.afterQuotedName(hit.to(), spFrom, next), next, reach);
    if (marker < 0 && h + 1 < hits.size()) {
      // وقال مصدر عسكري، بحسب الموقع نفسه، إن: the aside's source relays the claim
      marker = asides.markerAfter(hits.get(h + 1), via);
    }
    marker = shapes.complement(cue, hit.to(), next, marker);
    int act = marker < 0 ? shapes.reportedAct(cue, spFrom, Math.min(next, spTo + 1)) : -1;
    marker = act >= 0 ? act - 1 : marker; // أفادت مصادر طبية بمقتل: what is said starts there
    if (marker >= 0 && spTo > marker) {
      spTo = act >= 0 ? act : marker;
    }
    spTo = phrases.pastCueLam(hit, spFrom, spTo, marker); // ووفقا لوكالة رويترز فإن
    spTo = phrases.extendToHolder(spFrom, spTo, marker >= 0 ? marker : Math.min(next, spTo + 8));
    for (int k = spFrom + 1; k < spTo; k++) {
      if (possessives.contains(k)) {
        spTo = k; // نقل عن مسؤولين قولهم
        break;
      }
    }
    Draft open = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
    boolean insideOpen = open != null && hit.from() >= open.contentFrom;
    // وبحسب وكالة رويترز فإنه ووفقا لمصدر: a source the open claim's source relays
    boolean nested = prep && insideOpen && hit.from() == open.contentFrom;
    // ...، بحسب ما نقلته وكالة رويترز.: an attribution closing the open claim
    boolean trailing = prep && insideOpen && marker < 0 && shapes.closesSentence(hit, spTo);
    if (insideOpen && !nested && !trailing && (marker < 0 || cue.pos().equals("noun"))) {
      // part of the reported clause (بعد أن أعلن حفتر ...، مسألة الاعتراف)
      if (marker < 0 && spFrom < spTo && speakers.subjectAt(spFrom, spTo) != null) {
        subject = speakers.subjectAt(spFrom, spTo);
        subjectFrom = hit.from();
      }
      return hit.to();
    }
    Entity named = spFrom < next ? mentions.entityStartingAt(spFrom, next) : null;
    boolean object = named != null
        && shapes.chargedObject(hit, spFrom, mentions.endOfMention(named, spFrom, next));
    if ((cue.subjectBefore() || object || shapes.pluperfect(hit)) && about < 0) {
      // a plural verb has its subject before it: what follows is its object (ووصفوا حفتر بـ)
      phrases.recipients(spFrom, marker >= 0 ? marker : Math.min(next, spTo + 6), via);
      spTo = spFrom;
    }
    boolean explicit = spFrom < spTo;
    Speaker speaker = null;
    boolean inherited = false;
    if (explicit) {
      if (marker < 0 && !prep) {
        // a noun object: the name ends the speaker (أعلن المتحدث ... محمد قنونو تدمير ...)
        spTo = phrases.objectStart(spFrom, spTo);
      }
      speaker = speakers.classify(spFrom, spTo, hit.from());
      phrases.recipients(spTo, marker >= 0 ? marker : Math.min(next, spTo + 6), via);
    }
    if (!explicit && !prep) {
      int relative = hit.from() - 1;
      if (resumptive) {
        speaker = latest();
        inherited = true;
      } else if (!insideOpen && relative >= 0
          && words.is("relative", toks.get(relative).norm())) {
        Entity e = mentions.lastEntityIn(Math.max(0, relative - 6), relative);
        speaker = e == null ? null
            : new Speaker(e.id(), mentions.mentionText(e, relative), kindOf(e));
      } else if (!shapes.hasConjunction(hit) || cue.position().equals("before")) {
        int floor = insideOpen ? open.contentFrom : 0;
        speaker = speakers.subjectBefore(hit.from(), floor, insideOpen);
        if (speaker == null && insideOpen) {
          return hit.to(); // an impersonal cue inside a reported clause (يعتقد أنهم)
        }
      } else if (open == null && subject == null && hit.from() > 0
          && isComma(toks.get(hit.from() - 1))) {
        // وكانت حركة الشباب قد تبنت الهجوم، وزعمت أن: on with the subject of a clause before
        speaker = speakers.subjectBefore(hit.from() - 1, 0, false);
      }
      if (speaker == null && cue.impersonal()) {
        // من المرجح أن: no one's statement, not the last speaker's
        speaker = new Speaker(null, null, SpeakerKind.UNKNOWN);
      } else if (speaker == null) {
        speaker = latest();
        inherited = true;
      }
    }
    boolean known = speaker != null && (speaker.entity() != null
        || speaker.kind() != SpeakerKind.UNKNOWN);
    // a document issued here has its author (أصدرت الرئاسة بيانا، نشرت المجلة تحقيقا)
    int objectAt = explicit ? spTo : hit.to();
    if (known && !inherited && objectAt < toks.size()) {
      String doc = words.accusativeDocument(toks.get(objectAt).norm());
      if (doc != null) {
        history.add(doc, speaker);
      }
    }
    if (prep) {
      if (nested && open.speaker.entity() != null) {
        via.add(open.speaker.entity());
      }
      return preposition(hit, speaker, known, nested, marker, spTo, next, hits, h, via);
    }
    boolean leads = !explicit || speakers.leads(spFrom, spTo);
    boolean commentator = explicit && words.is("commentator", phrases.headAt(spFrom));
    // a dropped subject is the last speaker's only when the verb opens the sentence
    boolean continued = inherited && shapes.atClauseStart(hit.from());
    boolean charged = marker < 0 && leads && (explicit ? known || commentator : continued)
        && shapes.chargedWith(cue, skipCommas(toks, explicit ? spTo : hit.to()), next);
    boolean byComplement = marker >= 0 && toks.get(marker).norm().equals(cue.complement());
    if (byComplement && (explicit ? !(known || commentator) || !leads : !continued)) {
      marker = -1; // كشفت الصور عن; ناقش الاجتماع ... وشدد على
    }
    boolean claim = marker >= 0 || charged
        || (cue.object() && explicit && !resumptive && (known || commentator) && leads);
    if (!claim) {
      if (explicit && known) {
        subject = speaker;
        subjectFrom = hit.from();
        if (drafts.isEmpty()) {
          history.add(phrases.headAt(spFrom), speaker);
        }
      }
      return explicit ? spTo : hit.to();
    }
    Draft d = draft(hit, speaker, inherited, via);
    d.contentFrom = marker >= 0 ? marker + 1 : skipCommas(toks, explicit ? spTo : hit.to());
    drafts.add(d);
    subject = speaker;
    subjectFrom = hit.from();
    if (explicit && !insideOpen) {
      history.add(phrases.headAt(spFrom), speaker);
    }
    return d.contentFrom;
  }

  /**
   * A draft for the cue {@code hit} said by {@code speaker}, relayed through the sources waiting
   * for it (وبحسب البيان، شدد) and {@code via}, never through the speaker itself.
   */
  private Draft draft(CueLexicon.Hit hit, Speaker speaker, boolean inherited, List<String> via) {
    Draft d = new Draft();
    d.speaker = speaker;
    d.inherited = inherited;
    d.via.addAll(pendingVia);
    pendingVia.clear();
    d.via.addAll(via);
    d.via.removeIf(v -> v.equals(speaker.entity()));
    d.cueFrom = hit.from();
    d.cueTo = hit.to();
    d.modality = hit.cue().modality();
    return d;
  }

  /** A preposition cue: بحسب، وفقا لـ، نقلا عن. */
  private int preposition(CueLexicon.Hit hit, Speaker speaker, boolean known, boolean nested,
      int marker, int spTo, int next, List<CueLexicon.Hit> hits, int h, List<String> via) {
    if (speaker == null || !known) {
      return hit.to();
    }
    Draft open = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
    int after = skipCommas(toks, spTo);
    boolean verbNext = marker < 0 && h + 1 < hits.size() && after >= next
        && !hits.get(h + 1).cue().pos().equals("prep");
    if (verbNext) {
      // وبحسب البيان، شدد السيسي على أن: the source relays the verb's claim
      if (speaker.entity() != null) {
        pendingVia.add(speaker.entity());
      }
      pendingVia.addAll(via);
      return spTo;
    }
    if (open != null && marker < 0 && !nested) {
      // a trailing attribution of the open claim: "...، بحسب الموقع"
      cuts.add(hit.from());
      if (open.inherited) {
        open.speaker = speaker;
        open.inherited = false;
        return spTo;
      }
      if (Objects.equals(open.speaker.entity(), speaker.entity())
          && open.speaker.kind().equals(speaker.kind())) {
        return spTo;
      }
      if (speaker.kind() == SpeakerKind.OUTLET && speaker.entity() != null) {
        // the outlet relays the open claim, and reports it: a claim of its own
        open.via.add(speaker.entity());
      }
    }
    Draft d = draft(hit, speaker, false, via);
    if (marker >= 0) {
      d.contentFrom = marker + 1;
    } else if (nested || shapes.atClauseStart(hit.from())) {
      d.contentFrom = after;
    } else {
      // the clause before the attribution: "شن الطيران ثماني ضربات، وذلك وفقا لمصدر محلي"
      int from = 0;
      for (Draft o : drafts) {
        from = Math.max(from, o.cueTo);
      }
      d.contentFrom = from;
      d.contentTo = hit.from();
      cuts.add(hit.from());
    }
    drafts.add(d);
    history.add(phrases.headAt(hit.to()), speaker);
    return Math.max(spTo, hit.to());
  }

  /** A participle: continues the open claim or starts one for the nearest clause's subject. */
  private int participle(CueLexicon.Hit hit, int next) {
    int marker = shapes.marker(hit.to(), next, REACH_PARTICIPLE);
    if (marker < 0) {
      return hit.to();
    }
    Draft open = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
    boolean afterComma = hit.from() > 0 && isComma(toks.get(hit.from() - 1));
    Speaker speaker;
    boolean inherited = false;
    if (open != null && subject != null && subjectFrom > open.cueFrom
        && !sameSpeaker(subject, open.speaker)) {
      // a later clause named its own subject (هذا ما أشار إليه حرشاوي، واصفا ...)
      speaker = subject;
    } else if (open != null) {
      if (afterComma || hit.from() < open.contentFrom) {
        return hit.to(); // the same speaker goes on: one claim
      }
      speaker = speakers.subjectAt(open.contentFrom, hit.from());
      if (speaker == null || sameSpeaker(speaker, open.speaker)) {
        return hit.to();
      }
    } else if (subject != null) {
      speaker = subject;
    } else {
      Entity e = mentions.lastEntityIn(Math.max(0, hit.from() - 8), hit.from());
      // past a long object, or an outlet spoken to: the clause's subject (أدانت الحكومة ...، مؤكدة)
      e = e == null || kindOf(e) == SpeakerKind.OUTLET ? mentions.firstActorIn(0, hit.from()) : e;
      if (e != null && isActor(e) && kindOf(e) != SpeakerKind.OUTLET) {
        speaker = new Speaker(e.id(), mentions.mentionText(e, hit.from()), kindOf(e));
      } else {
        speaker = latest();
        inherited = true;
      }
    }
    Draft d = new Draft();
    d.speaker = speaker;
    d.inherited = inherited;
    d.cueFrom = hit.from();
    d.cueTo = hit.to();
    d.modality = hit.cue().modality();
    d.contentFrom = marker + 1;
    drafts.add(d);
    subject = speaker;
    subjectFrom = hit.from();
    return d.contentFrom;
  }

  /** The speaker a claim without one of its own continues: this sentence's, else the last. */
  private Speaker latest() {
    return subject != null ? subject : history.latest();
  }

  /** Token {@code i}, normalized, without a conjunction. */
  private String bare(int i) {
    return Clitics.withoutConjunction(toks.get(i).norm(), 3);
  }

  /** The same entity, or for unlinked speakers the same kind. */
  private static boolean sameSpeaker(Speaker a, Speaker b) {
    return a.entity() != null ? a.entity().equals(b.entity())
        : b.entity() == null && a.kind().equals(b.kind());
  }
}
