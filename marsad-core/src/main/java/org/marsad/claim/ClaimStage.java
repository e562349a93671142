package org.marsad.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.marsad.analysis.Analysis;
import org.marsad.analysis.Stage;
import org.marsad.analysis.Words;
import org.marsad.arabic.TokenizedSentence;
import org.marsad.kb.Demonyms;
import org.marsad.model.Claim;
import org.marsad.model.Document;
import org.marsad.model.Speaker;

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
 *       back-reference (المصدر، الموقع، البيان) takes the entity and kind of the latest speaker
 *       with that head; a statement's author is registered where it is issued (أصدر X بيانا).
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

  @Override
  public Layer gives() {
    return Layer.CLAIMS;
  }

  @Override
  public Set<Layer> needs() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public Document process(Document doc) {
    List<Claim> claims = new ArrayList<>();
    SpeakerHistory history = new SpeakerHistory(doc, words);
    for (TokenizedSentence s : Analysis.sentences(doc.text())) {
      new SentenceReader(cues, words, doc, s.sentence(), s.tokens(), history).read(claims);
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
}
