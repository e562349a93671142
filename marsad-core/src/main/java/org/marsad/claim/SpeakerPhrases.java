package org.marsad.claim;

import static org.marsad.claim.ClaimStage.COMPLEMENTIZERS;
import static org.marsad.claim.Mentions.isMedia;
import static org.marsad.claim.WordShapes.headOf;
import static org.marsad.claim.WordShapes.isDefinite;
import static org.marsad.claim.WordShapes.isQuote;
import static org.marsad.claim.WordShapes.skipCommas;
import static org.marsad.claim.WordShapes.withoutArticle;

import java.util.List;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Speaker;

/**
 * Where a speaker phrase of one sentence starts and ends, its text, and the outlets it names as
 * recipients.
 */
final class SpeakerPhrases {
  /** Preposition ل, written alone (لـ after tatweel removal) or on the next word. */
  private static final String LAM = "ل";
  private static final String WITH = "مع";
  /** The longest speaker phrase after a cue, in tokens. */
  private static final int PHRASE = 10;

  private final SpeakerWords words;
  private final Document doc;
  private final String text;
  private final List<Token> toks;
  private final Mentions mentions;
  private final SpeakerHistory history;

  SpeakerPhrases(SpeakerWords words, Document doc, List<Token> toks, Mentions mentions,
      SpeakerHistory history) {
    this.words = words;
    this.doc = doc;
    this.text = doc.text();
    this.toks = toks;
    this.mentions = mentions;
    this.history = history;
  }

  /**
   * Where the speaker phrase starts: after the cue, or at a speaker head the cue spells itself
   * (قال مصدر، بحسب مصادر، وفقا لمسؤولين).
   */
  int headInCue(CueLexicon.Hit hit) {
    for (int i = hit.from() + 1; i < hit.to(); i++) {
      String head = words.head(toks.get(i).norm());
      if (isSpeakerHead(head) || Speakers.ROLES.contains(toks.get(i).norm())
          || words.bodyHead(toks.get(i).norm()) != null) { // نفت وزارة الخارجية الإماراتية
        return i;
      }
    }
    return hit.to();
  }

  /** Whether {@code head} heads a speaker phrase (مصدر، محللون، الموقع، البيان). */
  boolean isSpeakerHead(String head) {
    return words.isKnown(head);
  }

  /**
   * The end of the speaker phrase at {@code [spFrom, spTo)} where its head carries the cue's ل
   * (ووفقا لوكالة رويترز فإن، ووفقا للمصادر فإن): that ل marks no addressee, so a phrase that
   * stopped at once runs on to the proposition {@code marker}; else {@code spTo}.
   */
  int pastCueLam(CueLexicon.Hit hit, int spFrom, int spTo, int marker) {
    boolean lamOnHead = spFrom < hit.to() || (hit.prefixed() && spFrom == hit.to());
    return marker > spFrom && spTo == spFrom && lamOnHead ? phraseEnd(spFrom + 1, marker) : spTo;
  }

  /**
   * Past an opening quotation mark before a name (أعلنت "قسد" أنها ردت: the name in quotes is
   * the speaker, not the start of the words said); else {@code from}.
   */
  int pastQuote(int from, int limit) {
    return from + 1 < limit && isQuote(toks.get(from)) && toks.get(from + 1).kind()
        == Token.Kind.ARABIC && mentions.entityStartingAt(from + 1, from + 2) != null
        ? from + 1 : from;
  }

  /**
   * Where the words said may begin after a cue that ends at {@code cueEnd}: past the closing
   * quotation mark of a name in quotes that the speaker phrase at {@code spFrom} opens with (its
   * quotes open no quoted words); else {@code cueEnd}.
   */
  int afterQuotedName(int cueEnd, int spFrom, int limit) {
    if (spFrom == 0 || spFrom <= cueEnd || !isQuote(toks.get(spFrom - 1))) {
      return cueEnd;
    }
    for (int j = spFrom + 1; j < Math.min(limit, spFrom + 5); j++) {
      if (isQuote(toks.get(j))) {
        return j + 1;
      }
    }
    return cueEnd;
  }

  /** The end of a speaker phrase that starts at {@code from}, before {@code limit}. */
  int phraseEnd(int from, int limit) {
    int to = from;
    while (to < limit && to < toks.size() && to - from < PHRASE
        && (!isStop(to) || authorOfDocument(to))) {
      to++;
    }
    return to;
  }

  /**
   * True when token {@code i}, written with ل, names the author of the indefinite document named
   * right before it (بحسب بيان للهلال الأحمر المصري), not an addressee (وأكد البيان للصحفيين).
   */
  private boolean authorOfDocument(int i) {
    String before = i > 0 ? Clitics.withoutConjunction(toks.get(i - 1).norm(), 3) : "";
    return toks.get(i).norm().startsWith(LAM) && !toks.get(i).norm().equals(LAM)
        && !before.startsWith("ال") && words.is("document", headOf(before));
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
  int extendToHolder(int spFrom, int spTo, int limit) {
    if (spFrom >= spTo || limit <= spTo || mentions.personIn(spFrom, spTo) != null
        || (words.is("anonymous", headAt(spFrom)) && !(isDefinite(toks.get(spFrom).norm())
        && Speakers.ROLES.contains(toks.get(spFrom).norm())))) {
      return spTo; // مسؤول في الوزارة: unnamed; المسؤول الإعلامي في «قسد» فرهاد شامي: named
    }
    // the holder may also start inside the phrase, cut by its length (قال رئيس مجلس الوزراء
    // وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني)
    int reach = Math.min(limit, spTo + 10);
    Entity person = mentions.personIn(spFrom, reach);
    return person == null ? spTo : Math.max(spTo, mentions.endOfMention(person, spFrom, reach));
  }

  /** Where a noun object starts after a speaker phrase with no proposition marker. */
  int objectStart(int spFrom, int spTo) {
    Entity e = mentions.entityIn(spFrom, spTo);
    if (e == null || (e.generic() && isSpeakerHead(headAt(spFrom)))) {
      // (a generic actor after an unnamed speaker's head is the object's: مصادر مقتل جنود)
      // an unnamed speaker: its head and the quantifiers and adjectives of relation after it
      // (تقارير عدة، مصادر عسكرية ليبية), not the object (وقوع قتال)
      int end = spFrom + 1;
      while (end < spTo && (words.is("quantifier", headOf(toks.get(end).norm()))
          || isRelationAdjective(toks.get(end).norm()))) {
        end++;
      }
      return isSpeakerHead(headAt(spFrom)) ? end : spTo;
    }
    int bare = objectAfterDefiniteHead(spFrom, spTo);
    if (bare >= 0) {
      return bare; // أكد الوزير استمرار دعم الإمارات: a definite head takes no genitive
    }
    int end = mentions.endOfMention(e, spFrom, spTo);
    return end > spFrom ? end : spTo;
  }

  /**
   * Where an object starts right after a definite speaker head and its adjectives, before any
   * name: a bare word that is no adjective, preposition or name (أكد الوزير دعم ...), or -1.
   */
  private int objectAfterDefiniteHead(int spFrom, int spTo) {
    String first = toks.get(spFrom).norm();
    if (!first.startsWith("ال") || !(isSpeakerHead(headAt(spFrom))
        || Speakers.ROLES.contains(first))) {
      return -1;
    }
    int k = spFrom + 1;
    while (k < spTo && isRelationAdjective(toks.get(k).norm())) {
      k++;
    }
    if (k >= spTo || toks.get(k).kind() != Token.Kind.ARABIC
        || mentions.entityStartingAt(k, toks.size()) != null || mentions.withinName(k, k + 1)) {
      return -1;
    }
    return Speakers.bareWord(toks.get(k).norm()) && mentions.entityIn(spFrom, k) == null ? k : -1;
  }

  /** A nisba adjective (ليبية، عسكري، دوليين): ending in ي، يه، يون، يين or يات. */
  private static boolean isRelationAdjective(String norm) {
    return norm.length() > 3 && (norm.endsWith("ي") || norm.endsWith("يه")
        || norm.endsWith("يون") || norm.endsWith("يين") || norm.endsWith("يات"));
  }

  /** Outlets the words were said to or through: لـ«المونيتور»، في حديث لقناة X، للموقع. */
  void recipients(int from, int to, List<String> via) {
    for (int i = from; i < to && i < toks.size(); i++) {
      String n = toks.get(i).norm();
      if (n.startsWith(LAM + LAM) && words.is("outlet", n.substring(2))) {
        Speaker s = history.resolve(n.substring(2), null, toks.get(i).start());
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
      if (en.type() != EntityType.ORGANIZATION) {
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
    int first = skipCommas(toks, floor);
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

  /** The speaker head of token {@code i} ({@link SpeakerWords#head}), or "" past the end. */
  String headAt(int i) {
    return i < toks.size() ? words.head(toks.get(i).norm()) : "";
  }

  /**
   * The text of tokens {@code [from, to)}, without a preposition ل written on the head, nor a
   * quote at either end that the phrase does not close or open (قالت "قسد").
   */
  String phraseText(int from, int to) {
    int quotes = 0;
    for (int i = from; i < to; i++) {
      quotes += isQuote(toks.get(i)) ? 1 : 0;
    }
    if (quotes % 2 == 1 && to - from > 1) { // a quote left open at either end, not «نيويوركر»
      if (isQuote(toks.get(to - 1))) {
        to--;
      } else if (isQuote(toks.get(from))) {
        from++;
      }
    }
    Token first = toks.get(from);
    int start = first.start();
    String prefix = "";
    String n = first.norm();
    if (n.length() > 3 && n.startsWith(LAM + LAM)) {
      // للمصدر: ل + ال, shown as المصدر
      start += 2;
      prefix = "ال";
    } else if (n.length() > 3 && n.startsWith(LAM) && words.knownAfterPreposition(n) != null) {
      start += 1;
    }
    return prefix + text.substring(start, toks.get(to - 1).end());
  }
}
