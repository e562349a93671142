package org.marsad.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.arabic.TokenizedSentence;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Document;
import org.marsad.model.Entity;

/**
 * What the stages read of one document: its sentences and tokens, made once per text, and,
 * once entities are found, each sentence's {@link Overlay} of mentions on tokens. The stages of
 * one document run on one thread, so the last text and the last entity list seen on a thread
 * are kept: the claim and event stages share the tokens and the overlay the entity stage's
 * output gives, and nothing is tokenized twice.
 */
public final class Analysis {
  private static final ThreadLocal<Analysis> LAST = new ThreadLocal<>();

  private final String text;
  private final List<TokenizedSentence> sentences;
  private List<Entity> overlaid;
  private KnowledgeBase overlayKb;
  private List<Overlay> overlays;
  private Map<String, String> countries;
  private List<Entity> countriesOf;

  private Analysis(String text) {
    this.text = text;
    this.sentences = TokenizedSentence.of(text);
  }

  /** The sentences and tokens of {@code text}, made once per text and thread. */
  public static List<TokenizedSentence> sentences(String text) {
    return of(text).sentences;
  }

  /** The analysis of {@code text}: the one last made on this thread when the text is the same. */
  private static Analysis of(String text) {
    Analysis a = LAST.get();
    if (a == null || a.text != text) {
      a = new Analysis(text);
      LAST.set(a);
    }
    return a;
  }

  /** The document's sentences with its entities laid over their tokens. */
  public static List<Overlay> overlays(Document doc, KnowledgeBase kb) {
    Analysis a = of(doc.text());
    if (a.overlaid != doc.entities() || a.overlayKb != kb) {
      List<Overlay> out = new ArrayList<>(a.sentences.size());
      for (TokenizedSentence s : a.sentences) {
        out.add(new Overlay(s, doc.entities(), kb));
      }
      a.overlays = out;
      a.overlaid = doc.entities();
      a.overlayKb = kb;
    }
    return a.overlays;
  }

  /**
   * The id of {@code doc}'s entity for the country of ISO alpha-3 code {@code iso3}, or null.
   */
  public static String country(Document doc, KnowledgeBase kb, String iso3) {
    Analysis a = of(doc.text());
    if (a.countriesOf != doc.entities()) {
      Map<String, String> map = new HashMap<>();
      for (Entity en : doc.entities()) {
        KbEntry entry = en.kb() == null ? null : kb.get(en.kb()).orElse(null);
        if (entry != null && entry.isCountry() && entry.country() != null) {
          map.putIfAbsent(entry.country(), en.id());
        }
      }
      a.countries = map;
      a.countriesOf = doc.entities();
    }
    return a.countries.get(iso3);
  }
}
