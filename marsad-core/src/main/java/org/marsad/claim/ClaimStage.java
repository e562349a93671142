package org.marsad.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.analysis.Analysis;
import org.marsad.analysis.Words;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Sentence;
import org.marsad.arabic.Token;
import org.marsad.arabic.TokenizedSentence;
import org.marsad.entity.kb.Demonyms;
import org.marsad.model.Claim;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Mention;
import org.marsad.model.Span;
import org.marsad.model.Speaker;
import org.marsad.pipeline.Stage;

/**
 * Fills a document's claims, sentence by sentence, from reporting cues ({@code cues.tsv}) and the
 * closed word classes of {@code speaker-words.tsv}. Needs entities; thread-safe.
 *
 * <p>The rules, in the order they apply to a cue:
 *
 * <ol>
 *   <li>A noun cue of circumstance (في بيان، في مقابلة مع، خلال مؤتمر صحفي) is never a claim of its
 *       own; an outlet named in it is where the words were said ({@code via}).
 *   <li>A cue needs a proposition: a complementizer (إن، أن، بأن، إلى أن ...), a colon or, for
 *       verbs marked {@code object:} (أعلن، نفى), a noun object. The proposition is searched up to
 *       the next cue; أن after a temporal or modal word (بعد أن، يمكن أن) does not count.
 *       Prepositions (بحسب، وفقا لـ) need a speaker of known kind instead.
 *   <li>The speaker is the noun phrase after the cue (VSO: وقال مصدر سياسي ليبي), ending at a stop
 *       word, a recipient (لـ«المونيتور»، لصحيفة، للموقع), a proposition marker or, for a role, at
 *       the end of its holder's name. A relay (نقل الموقع عن مسؤولين) puts the relaying outlet in
 *       {@code via}, and so does a recipient outlet.
 *   <li>With no noun phrase after the cue: a resumptive pronoun (أوضح فيه) or a cue carrying the
 *       conjunction و/ف (وأضاف، وتابع) continues the latest speaker; otherwise the speaker was
 *       written before the verb in the same clause (SVO: السيسي، قال إن؛ المصدر نفسه قال إن), or
 *       before a relative pronoun (الولايات المتحدة التي أكدت أن).
 *   <li>A participle (قائلا، مؤكدا، مضيفا) after a comma continues the open claim of the sentence
 *       and adds no claim; without a comma it belongs to the nearest clause, whose subject may be
 *       the subject of the reported clause (أشار الموقع إلى أن المسماري حاول ... قائلا إن).
 *   <li>A preposition cue right before a verb cue (وبحسب البيان، شدد السيسي على أن) becomes a
 *       {@code via} of the verb's claim; a trailing one (..., بحسب الموقع) names the speaker of a
 *       continued claim, adds an outlet to {@code via}, or attributes the clause before it.
 *   <li>Kinds: {@code anonymous} for unnamed sources and unnamed media; {@code unknown} for
 *       unspecified commentators (مراقبون، محللون) and unresolved phrases; {@code outlet} for an
 *       outlet phrase or a media organization; {@code named} for other entities. A definite
 *       back-reference (المصدر، الموقع، البيان) takes the entity and kind of the latest speaker with
 *       that head; a statement's author is registered where it is issued (أصدر X بيانا).
 * </ol>
 *
 * A cue inside the proposition of an earlier claim of the sentence starts a claim of its own only
 * when it names its speaker; the earlier claim's content then ends at it. Modality comes from the
 * cue.
 */
public final class ClaimStage implements Stage {
  private final CueLexicon cues;
  private final SpeakerWords words;

  ClaimStage(CueLexicon cues, SpeakerWords words) {
    this.cues = cues;
    this.words = words;
  }

  private static final class Holder {
    static final ClaimStage STANDARD = new ClaimStage(CueLexicon.load(), SpeakerWords.load());
  }

  public static ClaimStage standard() {
    return Holder.STANDARD;
  }

  /** Complementizers, normalized (إن، أن، بأن، أنه، لأن ...). */
  static final Set<String> COMPLEMENTIZERS = Words.of("proposition-marker");
  /** The preposition إلى, normalized; إلى أن follows أشار، لفت، نوه. */
  private static final String ILA = "الي";
  /** Preposition ل, written alone (لـ after tatweel removal) or on the next word. */
  private static final String LAM = "ل";
  private static final String WITH = "مع";
  private static final String ABOUT = "عن";
  /** How far a proposition marker is looked for after a cue, in tokens. */
  private static final int REACH = 40;
  private static final int REACH_AMBIGUOUS = 14;
  private static final int REACH_PARTICIPLE = 16;
  /** The longest speaker phrase after a cue, and before it (SVO), in tokens. */
  private static final int PHRASE = 10;
  private static final int SUBJECT = 20;

  @Override
  public Document process(Document doc) {
    List<Claim> claims = new ArrayList<>();
    List<SpeakerRef> history = new ArrayList<>();
    for (TokenizedSentence s : Analysis.sentences(doc.text())) {
      new SentenceReader(doc, s.sentence(), s.tokens(), history).read(claims);
    }
    return doc.withClaims(claims.stream().map(ClaimStage::withSpeakerCountry).toList());
  }

  /** An unlinked speaker's country, from a country adjective in its phrase (مسؤول مصري). */
  private static Claim withSpeakerCountry(Claim c) {
    Speaker s = c.speaker();
    if (s == null || s.entity() != null || s.text() == null) {
      return c;
    }
    return Demonyms.firstIn(s.text()).map(country -> new Claim(c.id(), s.withCountry(country),
        c.via(), c.cue(), c.modality(), c.content(), c.evidence())).orElse(c);
  }

  /** A speaker met earlier in the document, for back-references and continued claims. */
  private record SpeakerRef(String head, Speaker speaker) {}

  /** A claim of the sentence being read; its content ends where the next one starts. */
  private static final class Draft {
    Speaker speaker;
    boolean inherited;
    final List<String> via = new ArrayList<>();
    int cueFrom;
    int cueTo;
    String modality;
    int contentFrom;
    int contentTo = -1;
  }

  /** Reads one sentence; not shared between threads. */
  private final class SentenceReader {
    final Document doc;
    final String text;
    final Sentence sentence;
    final List<Token> toks;
    final List<SpeakerRef> history;
    final List<Draft> drafts = new ArrayList<>();
    final List<Integer> cuts = new ArrayList<>();
    /** Where possessive verbal nouns (قولهم) start: they end the speaker before them. */
    final Set<Integer> possessives = new HashSet<>();
    /** Via entities of a preposition cue waiting for the verb cue after it. */
    final List<String> pendingVia = new ArrayList<>();
    /** The latest speaker read in this sentence, claim or not (علقت الحكومة ... قائلة). */
    Speaker subject;
    /** The cue index where {@link #subject} was read. */
    int subjectFrom = -1;

    SentenceReader(Document doc, Sentence sentence, List<Token> toks, List<SpeakerRef> history) {
      this.doc = doc;
      this.text = doc.text();
      this.sentence = sentence;
      this.toks = toks;
      this.history = history;
    }

    void read(List<Claim> claims) {
      List<CueLexicon.Hit> hits = new ArrayList<>();
      for (CueLexicon.Hit hit : cues.find(toks)) {
        if (isPossessive(hit)) {
          possessives.add(hit.from());
        } else if (!isCircumstance(hit)) {
          hits.add(hit);
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
      for (Draft d : drafts) {
        int end = toks.size();
        for (Draft o : drafts) {
          if (o.cueFrom >= d.contentFrom && o.cueFrom < end) {
            end = o.cueFrom;
          }
        }
        for (int c : cuts) {
          if (c >= d.contentFrom && c < end) {
            end = c;
          }
        }
        d.contentTo = d.contentTo >= 0 ? Math.min(d.contentTo, end) : end;
        while (d.contentTo > d.contentFrom && isComma(toks.get(d.contentTo - 1))) {
          d.contentTo--;
        }
        Span content = d.contentFrom < d.contentTo
            ? Span.of(text, toks.get(d.contentFrom).start(), toks.get(d.contentTo - 1).end())
            : null;
        Span cue = Span.of(text, toks.get(d.cueFrom).start(), toks.get(d.cueTo - 1).end());
        claims.add(new Claim("c" + (claims.size() + 1), d.speaker,
            d.via.stream().distinct().toList(), cue, d.modality, content,
            Span.of(text, sentence.start(), sentence.end())));
      }
    }

    /** Handles a verb, noun or preposition cue; returns the index reading may go on from. */
    private int cue(CueLexicon.Hit hit, int next, List<CueLexicon.Hit> hits, int h) {
      CueLexicon.Cue cue = hit.cue();
      boolean prep = cue.pos().equals("prep");
      List<String> via = new ArrayList<>();
      // the speaker phrase after the cue
      int spFrom = headInCue(hit);
      boolean resumptive = false;
      if (spFrom == hit.to() && spFrom < next && words.is("resumptive", bare(spFrom))) {
        resumptive = true;
        spFrom++;
      }
      int spTo = phraseEnd(spFrom, next);
      // a relay: "نقل الموقع عن مسؤولين" / "نقلا عن"
      boolean relayCue = cue.form().startsWith("نقل") || cue.form().contains(ABOUT);
      int about = relayCue ? indexOf(ABOUT, hit.to() - 1, Math.min(next, hit.to() + 6)) : -1;
      if (about >= 0) {
        if (about > spFrom) {
          Speaker relay = classify(spFrom, about, hit.from());
          if (relay.entity() != null) {
            via.add(relay.entity());
          }
        } else if (drafts.isEmpty() && subject != null && subject.entity() != null) {
          via.add(subject.entity());
        }
        spFrom = about + 1;
        spTo = phraseEnd(spFrom, next);
      }
      int reach = cue.ambiguous() && about < 0 ? REACH_AMBIGUOUS : REACH;
      int marker = marker(hit.to(), next, reach);
      if (marker >= 0 && spTo > marker) {
        spTo = marker;
      }
      spTo = extendToHolder(spFrom, spTo, marker >= 0 ? marker : Math.min(next, spTo + 8));
      for (int k = spFrom + 1; k < spTo; k++) {
        if (possessives.contains(k)) {
          spTo = k; // نقل عن مسؤولين قولهم
          break;
        }
      }
      Draft open = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
      boolean insideOpen = open != null && hit.from() >= open.contentFrom;
      if (insideOpen && (marker < 0 || cue.pos().equals("noun"))) {
        // part of the reported clause (بعد أن أعلن حفتر ...، مسألة الاعتراف)
        if (marker < 0 && spFrom < spTo && subjectAt(spFrom, spTo) != null) {
          subject = subjectAt(spFrom, spTo);
          subjectFrom = hit.from();
        }
        return hit.to();
      }
      boolean explicit = spFrom < spTo;
      Speaker speaker = null;
      boolean inherited = false;
      if (explicit) {
        if (marker < 0 && !prep) {
          // a noun object: the name ends the speaker (أعلن المتحدث ... محمد قنونو تدمير ...)
          spTo = objectStart(spFrom, spTo);
        }
        speaker = classify(spFrom, spTo, hit.from());
        recipients(spTo, marker >= 0 ? marker : Math.min(next, spTo + 6), via);
      }
      if (!explicit && !prep) {
        int relative = hit.from() - 1;
        if (resumptive) {
          speaker = latest();
          inherited = true;
        } else if (!insideOpen && relative >= 0
            && words.is("relative", toks.get(relative).norm())) {
          Entity e = lastEntityIn(Math.max(0, relative - 6), relative);
          speaker = e == null ? null : new Speaker(e.id(), mentionText(e, relative), kindOf(e));
        } else if (!hasConjunction(hit) || cue.position().equals("before")) {
          int floor = insideOpen ? open.contentFrom : 0;
          speaker = subjectBefore(hit.from(), floor, insideOpen);
          if (speaker == null && insideOpen) {
            return hit.to(); // an impersonal cue inside a reported clause (يعتقد أنهم)
          }
        }
        if (speaker == null) {
          speaker = latest();
          inherited = true;
        }
      }
      boolean known = speaker != null && (speaker.entity() != null
          || !speaker.kind().equals("unknown"));
      // a document issued here has its author (أصدرت الرئاسة بيانا، نشرت المجلة تحقيقا)
      int objectAt = explicit ? spTo : hit.to();
      if (known && !inherited && objectAt < toks.size()) {
        String doc = accusativeDocument(toks.get(objectAt).norm());
        if (doc != null) {
          history.add(new SpeakerRef(doc, speaker));
        }
      }
      if (prep) {
        return preposition(hit, speaker, known, marker, spTo, next, hits, h, via);
      }
      boolean claim = marker >= 0
          || (cue.object() && explicit && !resumptive && known);
      if (!claim) {
        if (explicit && known) {
          subject = speaker;
          subjectFrom = hit.from();
          if (drafts.isEmpty()) {
            history.add(new SpeakerRef(headAt(spFrom), speaker));
          }
        }
        return explicit ? spTo : hit.to();
      }
      Draft d = new Draft();
      d.speaker = speaker;
      d.inherited = inherited;
      d.via.addAll(pendingVia);
      pendingVia.clear();
      d.via.addAll(via);
      d.via.removeIf(v -> v.equals(d.speaker.entity()));
      d.cueFrom = hit.from();
      d.cueTo = hit.to();
      d.modality = cue.modality();
      d.contentFrom = marker >= 0 ? marker + 1 : skipCommas(explicit ? spTo : hit.to());
      drafts.add(d);
      subject = speaker;
      subjectFrom = hit.from();
      if (explicit && !insideOpen) {
        history.add(new SpeakerRef(headAt(spFrom), speaker));
      }
      return d.contentFrom;
    }

    /** A preposition cue: بحسب، وفقا لـ، نقلا عن. */
    private int preposition(CueLexicon.Hit hit, Speaker speaker, boolean known, int marker,
        int spTo, int next, List<CueLexicon.Hit> hits, int h, List<String> via) {
      if (speaker == null || !known) {
        return hit.to();
      }
      Draft open = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
      int after = skipCommas(spTo);
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
      if (open != null && marker < 0) {
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
        if (speaker.kind().equals("outlet") && speaker.entity() != null) {
          open.via.add(speaker.entity());
          return spTo;
        }
      }
      Draft d = new Draft();
      d.speaker = speaker;
      d.via.addAll(via);
      d.via.removeIf(v -> v.equals(d.speaker.entity()));
      d.cueFrom = hit.from();
      d.cueTo = hit.to();
      d.modality = hit.cue().modality();
      if (marker >= 0) {
        d.contentFrom = marker + 1;
      } else if (atClauseStart(hit.from())) {
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
      history.add(new SpeakerRef(headAt(hit.to()), speaker));
      return Math.max(spTo, hit.to());
    }

    /** A participle: continues the open claim or starts one for the nearest clause's subject. */
    private int participle(CueLexicon.Hit hit, int next) {
      int marker = marker(hit.to(), next, REACH_PARTICIPLE);
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
        speaker = subjectAt(open.contentFrom, hit.from());
        if (speaker == null || sameSpeaker(speaker, open.speaker)) {
          return hit.to();
        }
      } else if (subject != null) {
        speaker = subject;
      } else {
        Entity e = lastEntityIn(Math.max(0, hit.from() - 8), hit.from());
        if (e != null && isActor(e)) {
          speaker = new Speaker(e.id(), mentionText(e, hit.from()), kindOf(e));
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

    // ---- speaker phrases ----

    /**
     * Where the speaker phrase starts: after the cue, or at a speaker head the cue spells itself
     * (قال مصدر، بحسب مصادر، وفقا لمسؤولين).
     */
    private int headInCue(CueLexicon.Hit hit) {
      for (int i = hit.from() + 1; i < hit.to(); i++) {
        String head = head(toks.get(i).norm());
        if (isSpeakerHead(head)) {
          return i;
        }
      }
      return hit.to();
    }

    private boolean isSpeakerHead(String head) {
      return isKnown(head);
    }

    /** The end of a speaker phrase that starts at {@code from}, before {@code limit}. */
    private int phraseEnd(int from, int limit) {
      int to = from;
      while (to < limit && to < toks.size() && to - from < PHRASE && !isStop(to)) {
        to++;
      }
      return to;
    }

    private boolean isStop(int i) {
      Token t = toks.get(i);
      if (t.kind() == Token.Kind.PUNCT) {
        return !isQuote(t);
      }
      String n = t.norm();
      String b = Clitics.withoutConjunction(n, 3);
      if (COMPLEMENTIZERS.contains(n) || words.is("stop", n) || words.is("stop", b)) {
        return true;
      }
      return isRecipient(n);
    }

    /** A recipient: لـ، للموقع، لصحيفة، لوكالة. */
    private boolean isRecipient(String n) {
      if (n.equals(LAM)) {
        return true;
      }
      if (n.startsWith(LAM + LAM)) {
        return true;
      }
      return n.length() > 2 && n.startsWith(LAM)
          && words.is("outlet", withoutArticle(n.substring(1)));
    }

    /** A role and then its holder: "قائد قوات الدعم السريع في السودان محمد دقلو". */
    private int extendToHolder(int spFrom, int spTo, int limit) {
      if (spFrom >= spTo || limit <= spTo || personIn(spFrom, spTo) != null
          || words.is("anonymous", headAt(spFrom))) {
        return spTo;
      }
      int reach = Math.min(limit, spTo + 8);
      Entity person = personIn(spTo, reach);
      return person == null ? spTo : endOfMention(person, spTo, reach);
    }

    /** Where a noun object starts after a speaker phrase with no proposition marker. */
    private int objectStart(int spFrom, int spTo) {
      Entity e = entityIn(spFrom, spTo);
      if (e == null) {
        return spTo;
      }
      int end = endOfMention(e, spFrom, spTo);
      return end > spFrom ? end : spTo;
    }

    /** Outlets the words were said to or through: لـ«المونيتور»، في حديث لقناة X، للموقع. */
    private void recipients(int from, int to, List<String> via) {
      for (int i = from; i < to && i < toks.size(); i++) {
        String n = toks.get(i).norm();
        if (n.startsWith(LAM + LAM) && words.is("outlet", n.substring(2))) {
          Speaker s = resolve(n.substring(2), null, toks.get(i).start());
          if (s != null && s.entity() != null) {
            via.add(s.entity());
          }
        }
      }
      if (from >= to || to > toks.size()) {
        return;
      }
      int s = toks.get(from).start();
      int e = toks.get(to - 1).end();
      for (Entity en : doc.entities()) {
        if (!en.type().equals("ORGANIZATION")) {
          continue;
        }
        for (Mention m : en.mentions()) {
          if (m.start() >= s && m.end() <= e && (isMedia(en) || afterRecipient(m.start(), from))) {
            via.add(en.id());
          }
        }
      }
    }

    /**
     * Whether the mention at {@code start} is a recipient: right after the speaker phrase
     * (لـ«المونيتور»، لصحيفة X) or after a way of speaking (في حديث لقناة X، في مقابلة مع X).
     */
    private boolean afterRecipient(int start, int floor) {
      int first = skipCommas(floor);
      for (int i = first; i < toks.size() && toks.get(i).start() <= start; i++) {
        Token t = toks.get(i);
        boolean lead = i == first || (i > 0 && words.is("medium", headOf(toks.get(i - 1).norm())));
        String n = t.norm();
        if (!lead) {
          continue;
        }
        if (t.end() > start && t.start() < start && n.startsWith(LAM)) {
          return true; // لقناة written on the name's first word
        }
        if (t.end() <= start && countWordsBetween(i, start) <= 2
            && (n.equals(LAM) || n.equals(WITH) || isRecipient(n))) {
          return true;
        }
      }
      return false;
    }

    private int countWordsBetween(int i, int start) {
      int c = 0;
      for (int k = i + 1; k < toks.size() && toks.get(k).start() < start; k++) {
        if (toks.get(k).isWord()) {
          c++;
        }
      }
      return c;
    }

    /**
     * The speaker of a phrase {@code [from, to)}: its head (after quantifiers) decides the kind,
     * an entity in it gives the id; definite heads refer back.
     */
    private Speaker classify(int from, int to, int at) {
      int h = from;
      while (h < to - 1 && words.is("quantifier", headOf(toks.get(h).norm()))) {
        h++;
      }
      if (h < to - 1 && toks.get(h).norm().equals("من")) {
        h++;
      }
      String head = head(toks.get(h).norm());
      boolean definite = isDefinite(toks.get(h).norm());
      Entity e = entityIn(from, to);
      String phrase = phraseText(from, to);
      if (words.is("anonymous", head)) {
        Speaker sp = new Speaker(null, phrase, "anonymous");
        return definite ? Objects.requireNonNullElse(resolve(head, phrase, at), sp) : sp;
      }
      if (words.is("commentator", head)) {
        return new Speaker(null, phrase, "unknown");
      }
      if (words.is("outlet", head)) {
        if (e != null && e.type().equals("ORGANIZATION")) {
          return new Speaker(e.id(), phrase, "outlet");
        }
        Speaker sp = definite ? resolve(head, phrase, at) : null;
        return sp != null ? new Speaker(sp.entity(), phrase, "outlet")
            : new Speaker(null, phrase, "outlet");
      }
      if (words.is("document", head)) {
        if (e != null) {
          return new Speaker(e.id(), phrase, kindOf(e));
        }
        Speaker sp = definite ? resolve(head, phrase, at) : null;
        return sp != null ? sp : new Speaker(null, phrase, "unknown");
      }
      if (e != null) {
        return new Speaker(e.id(), phrase, kindOf(e));
      }
      return new Speaker(null, phrase, "unknown");
    }

    /**
     * The subject written before a verb cue in its clause (SVO). The clause starts after a
     * sentence mark, a linker (لكن، إذ، بينما) or a complementizer; the leftmost speaker head in
     * it wins, then a person, then an organization. With {@code adjacent}, the subject must start
     * the clause (the subject of a reported clause: أن المسماري يقول).
     */
    private Speaker subjectBefore(int cue, int floor, boolean adjacent) {
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
      return adjacent ? subjectAt(start, end) : leftmostSpeaker(start, end);
    }

    /** A speaker whose phrase starts at {@code from} (within its first two tokens), or null. */
    private Speaker subjectAt(int from, int to) {
      for (int i = from; i < Math.min(to, from + 2); i++) {
        if (isSpeakerHead(headAt(i))) {
          return classify(i, phraseEnd(i, to), toks.get(i).start());
        }
        Entity e = entityStartingAt(i, to);
        if (e != null && isActor(e)) {
          return new Speaker(e.id(), mentionText(e, to), kindOf(e));
        }
      }
      return null;
    }

    private Speaker leftmostSpeaker(int from, int to) {
      for (int i = from; i < to; i++) {
        if (isSpeakerHead(headAt(i)) && !words.is("document", headAt(i))) {
          int end = i;
          while (end < to && !isComma(toks.get(end))) {
            end++;
          }
          return classify(i, Math.max(end, i + 1), toks.get(i).start());
        }
      }
      Entity e = entityIn(from, to);
      if (e != null && isActor(e)) {
        return new Speaker(e.id(), mentionText(e, to), kindOf(e));
      }
      return null;
    }

    /** A definite back-reference takes the entity and kind of the latest speaker with its head. */
    private Speaker resolve(String head, String phrase, int at) {
      for (int i = history.size() - 1; i >= 0; i--) {
        SpeakerRef r = history.get(i);
        if (r.head().equals(head)) {
          Speaker s = r.speaker();
          return phrase == null ? s : new Speaker(s.entity(), phrase, s.kind());
        }
      }
      if (words.is("outlet", head)) {
        // the outlet last named before (الموقع after موقع “مدى مصر”)
        Entity media = null;
        int best = -1;
        for (Entity en : doc.entities()) {
          for (Mention m : en.mentions()) {
            if (isMedia(en) && m.end() <= at && m.start() > best) {
              media = en;
              best = m.start();
            }
          }
        }
        if (media != null) {
          return new Speaker(media.id(), phrase == null ? media.mentions().get(0).text() : phrase,
              "outlet");
        }
      }
      return null;
    }

    private Speaker latest() {
      if (subject != null) {
        return subject;
      }
      return history.isEmpty() ? new Speaker(null, null, "unknown")
          : history.get(history.size() - 1).speaker();
    }

    // ---- markers ----

    /** Index of the proposition marker in {@code [from, to)} within {@code reach}, or -1. */
    private int marker(int from, int to, int reach) {
      for (int i = from; i < to && i < toks.size() && i < from + reach; i++) {
        Token t = toks.get(i);
        String n = t.norm();
        if (COMPLEMENTIZERS.contains(n)) {
          if (i > 0 && words.is("temporal", Clitics.withoutConjunction(toks.get(i - 1).norm(), 3))) {
            continue;
          }
          return i;
        }
        if (n.equals(ILA) && i + 1 < to && COMPLEMENTIZERS.contains(toks.get(i + 1).norm())) {
          return i + 1;
        }
        if (t.kind() == Token.Kind.PUNCT && n.equals(":")) {
          return i;
        }
        if (t.kind() == Token.Kind.PUNCT && (n.equals(".") || n.equals("؟") || n.equals("!"))) {
          return -1;
        }
      }
      return -1;
    }

    // ---- cue shapes ----

    /** A noun cue of circumstance: في بيان، في مقابلة مع، خلال مؤتمر صحفي. */
    private boolean isCircumstance(CueLexicon.Hit hit) {
      if (!hit.cue().pos().equals("noun") || hit.cue().participle()) {
        return false;
      }
      if (hit.cue().form().startsWith("في ") || hit.cue().form().startsWith("خلال ")) {
        return true;
      }
      if (hit.from() == 0) {
        return false;
      }
      String before = Clitics.withoutConjunction(toks.get(hit.from() - 1).norm(), 2);
      return before.equals("في") || before.equals("خلال") || before.equals("عبر");
    }

    /** A possessive verbal noun (قوله، تصريحاته): part of the construction before it. */
    private boolean isPossessive(CueLexicon.Hit hit) {
      CueLexicon.Cue c = hit.cue();
      return c.pos().equals("noun") && !c.participle() && c.position().equals("before");
    }

    private boolean hasConjunction(CueLexicon.Hit hit) {
      String first = hit.cue().form().split(" ")[0];
      return !toks.get(hit.from()).norm().equals(first);
    }

    private boolean atClauseStart(int i) {
      int k = i - 1;
      while (k >= 0 && isComma(toks.get(k))) {
        k--;
      }
      return k < 0 || toks.get(k).kind() == Token.Kind.PUNCT || words.is("linker", toks.get(k).norm());
    }

    // ---- tokens and entities ----

    private String bare(int i) {
      return Clitics.withoutConjunction(toks.get(i).norm(), 3);
    }

    private String headAt(int i) {
      return i < toks.size() ? head(toks.get(i).norm()) : "";
    }

    private String phraseText(int from, int to) {
      Token first = toks.get(from);
      int start = first.start();
      String prefix = "";
      String n = first.norm();
      if (n.length() > 3 && n.startsWith(LAM + LAM)) {
        // للمصدر: ل + ال, shown as المصدر
        start += 2;
        prefix = "ال";
      } else if (n.length() > 3 && n.startsWith(LAM) && isSpeakerHead(headOf(n.substring(1)))) {
        start += 1;
      }
      return prefix + text.substring(start, toks.get(to - 1).end());
    }

    private int skipCommas(int i) {
      while (i < toks.size() && isComma(toks.get(i))) {
        i++;
      }
      return i;
    }

    private int indexOf(String norm, int from, int to) {
      for (int i = Math.max(0, from); i < to && i < toks.size(); i++) {
        if (toks.get(i).norm().equals(norm)) {
          return i;
        }
      }
      return -1;
    }

    private Entity personIn(int from, int to) {
      Entity e = entityIn(from, to);
      return e != null && e.type().equals("PERSON") ? e : null;
    }

    /** The token index just after the entity's mention within {@code [from, to)}. */
    private int endOfMention(Entity en, int from, int to) {
      int s = toks.get(from).start();
      int e = toks.get(to - 1).end();
      for (Mention m : en.mentions()) {
        if (m.start() >= s && m.end() <= e) {
          for (int i = from; i < to; i++) {
            if (toks.get(i).end() >= m.end()) {
              return i + 1;
            }
          }
        }
      }
      return from;
    }

    private Entity entityStartingAt(int i, int to) {
      Token t = toks.get(i);
      int e = toks.get(Math.min(to, toks.size()) - 1).end();
      for (Entity en : doc.entities()) {
        for (Mention m : en.mentions()) {
          if (m.start() >= t.start() && m.start() < t.end() && m.end() <= e) {
            return en;
          }
        }
      }
      return null;
    }

    /** The first entity mentioned in tokens {@code [from, to)}, a person before any other. */
    private Entity entityIn(int from, int to) {
      return pick(from, to, true);
    }

    /** The last actor mentioned in tokens {@code [from, to)}, a person before any other. */
    private Entity lastEntityIn(int from, int to) {
      return pick(from, to, false);
    }

    private Entity pick(int from, int to, boolean first) {
      if (from >= to) {
        return null;
      }
      int s = toks.get(from).start();
      int e = toks.get(to - 1).end();
      Entity best = null;
      int bestAt = -1;
      for (Entity en : doc.entities()) {
        if (!first && !isActor(en)) {
          continue;
        }
        for (Mention m : en.mentions()) {
          if (m.start() < s || m.end() > e) {
            continue;
          }
          boolean person = en.type().equals("PERSON");
          boolean bestPerson = best != null && best.type().equals("PERSON");
          boolean better = best == null || (person && !bestPerson)
              || (person == bestPerson && (first ? m.start() < bestAt : m.start() > bestAt));
          if (better) {
            best = en;
            bestAt = m.start();
          }
        }
      }
      return best;
    }

    /** The text of the entity's last mention before {@code to}. */
    private String mentionText(Entity e, int to) {
      int end = to < toks.size() ? toks.get(to).start() : text.length();
      Mention last = e.mentions().get(0);
      for (Mention m : e.mentions()) {
        if (m.end() <= end) {
          last = m;
        }
      }
      return last.text();
    }
  }

  // ---- shared helpers ----

  private static boolean sameSpeaker(Speaker a, Speaker b) {
    return a.entity() != null ? a.entity().equals(b.entity())
        : b.entity() == null && a.kind().equals(b.kind());
  }

  private static boolean isActor(Entity e) {
    return e.type().equals("PERSON") || e.type().equals("ORGANIZATION");
  }

  private static boolean isMedia(Entity e) {
    return e.type().equals("ORGANIZATION") && "MED".equals(e.sector());
  }

  private static String kindOf(Entity e) {
    return isMedia(e) ? "outlet" : "named";
  }

  private static boolean isDefinite(String norm) {
    String n = Clitics.withoutConjunction(norm, 3);
    return n.startsWith("ال") || n.startsWith("لل");
  }

  /** Quotation marks around a name (موقع “مدى مصر”) do not end the speaker phrase. */
  private static boolean isQuote(Token t) {
    String n = t.text();
    return t.kind() == Token.Kind.PUNCT && (n.equals("\u201C") || n.equals("\u201D")
        || n.equals("\"") || n.equals("\u00AB") || n.equals("\u00BB"));
  }

  private static boolean isComma(Token t) {
    return t.kind() == Token.Kind.PUNCT && (t.text().equals("\u060C") || t.text().equals(","));
  }

  /** The head word of a normalized token: no conjunction, no article, no preposition ل/لل. */
  static String headOf(String norm) {
    return withoutArticle(Clitics.withoutConjunction(norm, 3));
  }

  /** A normalized word without its article ال or ل + ال (لل). */
  static String withoutArticle(String n) {
    if (n.startsWith("لل") && n.length() > 4) {
      n = n.substring(2);
    } else if (n.startsWith("ال") && n.length() > 4) {
      n = n.substring(2);
    }
    return n;
  }

  /**
   * The head word of a normalized token as {@link #headOf}, and also without a preposition ل or ب
   * when that gives a word of a known class (لمصدر، بحسب لا).
   */
  private String head(String norm) {
    // a root waw is tried first: وكالة is not و + كالة
    String asWritten = withoutArticle(norm);
    if (isKnown(asWritten)) {
      return asWritten;
    }
    String h = headOf(norm);
    if (h.length() > 3 && (h.startsWith("ل") || h.startsWith("ب"))) {
      String rest = headOf(h.substring(1));
      if (isKnown(rest)) {
        return rest;
      }
    }
    return h;
  }

  private boolean isKnown(String head) {
    return words.is("anonymous", head) || words.is("commentator", head)
        || words.is("outlet", head) || words.is("document", head);
  }

  /** The head of an accusative document noun (بيانا، تقريرا), or null. */
  private String accusativeDocument(String norm) {
    String n = headOf(norm);
    if (n.length() > 3 && n.endsWith("ا") && words.is("document", n.substring(0, n.length() - 1))) {
      return n.substring(0, n.length() - 1);
    }
    return null;
  }
}
