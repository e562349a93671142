package org.marsad.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Name recognition over the sentences of one document: two {@link Tagger}s in sequence. The first
 * tags each sentence from its own words and the knowledge-base names among them ({@link
 * NameIndex#tags}). The second also sees, per token, the {@link NameLexicon} tag of its stem and
 * a document tag: the entity type that the first pass gave most often to other occurrences of
 * the same stem within {@value #WINDOW} sentences on either side, marked {@code +} when those
 * occurrences were at least as often inside a name as outside and {@code -} otherwise, or
 * {@code O} when they were all outside one. A name spelled out once in an article is then easier to find where it
 * recurs in a weaker context (وقال البدري). Labels are {@code B-X}, {@code I-X} and {@code O} with
 * X one of PERSON, LOCATION, ORGANIZATION, MISC. The knowledge base is not part of the model
 * file: it is given when the model is read, and should be the one the model was trained with.
 * The word clusters and name lists ({@link WordEvidence}) are: the file carries them.
 * Immutable and thread-safe.
 */
public final class NameRecognizer {
  /** Sentences on either side of a sentence that count as its document context. */
  static final int WINDOW = 10;
  private static final String MAGIC = "marsad-ner/3";
  /** A model of the version before word clusters and name lists: read with none. */
  private static final String MAGIC_WITHOUT_EVIDENCE = "marsad-ner/2";

  private final NameIndex knowledgeBase;
  private final WordEvidence evidence;
  private final NerScores first;
  private final NameLexicon lexicon;
  private final NerScores second;

  NameRecognizer(NameIndex knowledgeBase, WordEvidence evidence, Tagger first,
      NameLexicon lexicon, Tagger second) {
    this.knowledgeBase = knowledgeBase;
    this.evidence = evidence;
    this.first = new NerScores(first, evidence);
    this.lexicon = lexicon;
    this.second = new NerScores(second, evidence);
  }

  /** The word clusters and name lists both taggers were trained with. */
  WordEvidence evidence() {
    return evidence;
  }

  NameIndex knowledgeBase() {
    return knowledgeBase;
  }

  Tagger firstTagger() {
    return first.tagger();
  }

  NameLexicon lexicon() {
    return lexicon;
  }

  Tagger secondTagger() {
    return second.tagger();
  }

  /** Features in both taggers, for reports. */
  public int features() {
    return first.tagger().features() + second.tagger().features();
  }

  /** Tags for each sentence of a document, given as normalized tokens, in reading order. */
  public List<String[]> tag(List<List<String>> sentences) {
    List<String[]> stems = new ArrayList<>(sentences.size());
    List<List<String>> kb = new ArrayList<>(sentences.size());
    List<String[]> firstPass = new ArrayList<>(sentences.size());
    for (List<String> s : sentences) {
      NerScores.Word[] ws = first.words(s);
      List<String> k = knowledgeBase.tags(s);
      stems.add(NerScores.stems(ws));
      kb.add(k);
      firstPass.add(first.tag(ws, s, k, null, null));
    }
    List<List<String>> document = documentTags(stems, firstPass);
    List<String[]> out = new ArrayList<>(sentences.size());
    for (int j = 0; j < sentences.size(); j++) {
      List<String> s = sentences.get(j);
      out.add(second.tag(second.words(s), s, kb.get(j), lexicon.tags(stems.get(j)),
          document.get(j)));
    }
    return out;
  }

  /**
   * Per token, what {@code tags} say about other occurrences of its stem ({@code stems}, per
   * sentence) nearby (or null).
   */
  static List<List<String>> documentTags(List<String[]> stems, List<String[]> tags) {
    List<List<String>> out = new ArrayList<>(stems.size());
    for (int j = 0; j < stems.size(); j++) {
      // per stem in the window: how often the first pass gave it each label type
      Map<String, Map<String, Integer>> seen = new HashMap<>();
      for (int k = Math.max(0, j - WINDOW); k <= Math.min(stems.size() - 1, j + WINDOW); k++) {
        for (int i = 0; i < stems.get(k).length; i++) {
          seen.computeIfAbsent(stems.get(k)[i], x -> new HashMap<>())
              .merge(type(tags.get(k)[i]), 1, Integer::sum);
        }
      }
      List<String> o = new ArrayList<>(stems.get(j).length);
      for (int i = 0; i < stems.get(j).length; i++) {
        Map<String, Integer> counts = seen.get(stems.get(j)[i]);
        String self = type(tags.get(j)[i]);
        String best = null;
        int bestCount = 0;
        int names = 0;
        for (var e : counts.entrySet()) {
          int c = e.getValue() - (e.getKey().equals(self) ? 1 : 0); // other occurrences only
          if (!e.getKey().equals("O")) {
            names += c;
            if (c > bestCount || (c == bestCount && c > 0 && e.getKey().compareTo(best) < 0)) {
              best = e.getKey();
              bestCount = c;
            }
          }
        }
        int outside = counts.getOrDefault("O", 0) - (self.equals("O") ? 1 : 0);
        if (best != null) {
          o.add(best + (names >= outside ? "+" : "-"));
        } else {
          o.add(outside > 0 ? "O" : null);
        }
      }
      out.add(o);
    }
    return out;
  }

  private static String type(String tag) {
    return tag.equals("O") ? "O" : tag.substring(2);
  }

  /** Writes the model (gzip-compressed). */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    DataOutputStream d = new DataOutputStream(gz);
    d.writeUTF(MAGIC);
    evidence.writeTo(d);
    first.tagger().writeTo(d);
    lexicon.writeTo(d);
    second.tagger().writeTo(d);
    d.flush();
    gz.finish();
  }

  /** Reads a model written by {@link #write}, to be used with {@code knowledgeBase}. */
  public static NameRecognizer read(InputStream in, NameIndex knowledgeBase) throws IOException {
    DataInputStream d = new DataInputStream(new GZIPInputStream(in, 1 << 16));
    String magic = d.readUTF();
    WordEvidence evidence;
    if (magic.equals(MAGIC)) {
      evidence = WordEvidence.readFrom(d);
    } else if (magic.equals(MAGIC_WITHOUT_EVIDENCE)) {
      evidence = WordEvidence.NONE;
    } else {
      throw new IOException("not a Marsad name recognizer model: " + magic);
    }
    Tagger first = Tagger.readFrom(d);
    NameLexicon lexicon = NameLexicon.readFrom(d);
    return new NameRecognizer(knowledgeBase, evidence, first, lexicon, Tagger.readFrom(d));
  }
}
