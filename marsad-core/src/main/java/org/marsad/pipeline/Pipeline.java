package org.marsad.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.marsad.analysis.Stage;
import org.marsad.claim.ClaimStage;
import org.marsad.clean.CleanPage;
import org.marsad.clean.Cleaning;
import org.marsad.entity.EntityStage;
import org.marsad.entity.NameRecognizer;
import org.marsad.kb.KnowledgeBase;
import org.marsad.kb.OutletIndex;
import org.marsad.event.EventStage;
import org.marsad.ingest.Limits;
import org.marsad.ingest.RawArticle;
import org.marsad.model.Document;

/**
 * The per-document pipeline: clean, describe, then the enrichment stages in order. The order is
 * checked where the stages are composed, by the layers each stage reads and fills ({@link
 * Stage#needs}, {@link Stage#gives}): entities before claims and events (both refer to entity
 * ids), claims before events (an event reported in a claim points at it). Stages run
 * only on Arabic documents; a document in another language keeps its cleaned text and metadata
 * and is reported by the caller.
 *
 * <p>Bounds: the enrichment stages read at most {@link #maxAnalysedChars()} characters of the
 * text (cut by {@link AnalysedText}); the document keeps its whole text, and the caller reports
 * a document analysed in part. A thread interrupted while running a document (a time limit, see
 * {@code extract.OrderedParallel}) stops before the next stage with a {@link
 * CancellationException}.
 *
 * <p>Thread-safe: the stages and everything they load (knowledge base, name model, lexicons)
 * are immutable after construction, so one pipeline serves any number of threads at once.
 */
public final class Pipeline {
  private final Cleaning cleaning;
  private final OutletIndex outlets;
  private final List<Stage> stages;
  private final int maxAnalysedChars;

  /**
   * {@code stages}, checked: each reads only layers that a stage before it gives (claims need
   * entities; events need entities and claims), and no layer is given twice.
   */
  private static List<Stage> ordered(List<Stage> stages) {
    EnumSet<Stage.Layer> given = EnumSet.noneOf(Stage.Layer.class);
    for (Stage s : stages) {
      if (!given.containsAll(s.needs())) {
        EnumSet<Stage.Layer> missing = EnumSet.copyOf(s.needs());
        missing.removeAll(given);
        throw new IllegalArgumentException(s.getClass().getSimpleName() + " needs " + missing
            + ", which no stage before it gives");
      }
      if (!given.add(s.gives())) {
        throw new IllegalArgumentException("two stages give " + s.gives());
      }
    }
    return List.copyOf(stages);
  }

  /** A pipeline linking outlets to the shipped knowledge base. */
  public Pipeline(Cleaning cleaning, List<Stage> stages) {
    this(cleaning, KnowledgeBase.standard(), stages);
  }

  /** A pipeline linking outlets to {@code kb}. */
  public Pipeline(Cleaning cleaning, KnowledgeBase kb, List<Stage> stages) {
    this(cleaning, new OutletIndex(kb), stages, Limits.DEFAULT_MAX_ANALYSED_CHARS);
  }

  private Pipeline(
      Cleaning cleaning, OutletIndex outlets, List<Stage> stages, int maxAnalysedChars) {
    if (maxAnalysedChars <= 0) {
      throw new IllegalArgumentException("maxAnalysedChars must be positive: " + maxAnalysedChars);
    }
    this.cleaning = cleaning;
    this.outlets = outlets;
    this.stages = ordered(stages);
    this.maxAnalysedChars = maxAnalysedChars;
  }

  /** This pipeline, with the stages reading at most {@code limits.maxAnalysedChars()}. */
  public Pipeline limitedTo(Limits limits) {
    return new Pipeline(cleaning, outlets, stages, limits.maxAnalysedChars());
  }

  /** How many characters of a document's text the enrichment stages read at most. */
  public int maxAnalysedChars() {
    return maxAnalysedChars;
  }

  /** The standard pipeline with every stage this build has. */
  public static Pipeline standard() {
    return new Pipeline(Cleaning.standard(), List.of(EntityStage.standard(), ClaimStage.standard(),
        EventStage.standard()));
  }

  /**
   * The standard pipeline reading {@code kb} (the shipped knowledge base merged with a user's)
   * instead of the shipped one: its names are found and linked, and the name recognizer and the
   * event stage read it.
   */
  public static Pipeline standard(KnowledgeBase kb) {
    return new Pipeline(Cleaning.standard(), kb, List.of(EntityStage.using(kb),
        ClaimStage.standard(), EventStage.using(kb)));
  }

  /**
   * The standard pipeline reading {@code kb} whose names are tagged by {@code recognizer} (a
   * model trained by {@code marsad train-ner}) instead of the shipped model.
   */
  public static Pipeline standard(KnowledgeBase kb, NameRecognizer recognizer) {
    return new Pipeline(Cleaning.standard(), kb, List.of(EntityStage.using(kb, recognizer),
        ClaimStage.standard(), EventStage.using(kb)));
  }

  public Document run(RawArticle article) {
    CleanPage page = cleaning.clean(article);
    Document doc = Describe.document(article, page, outlets);
    if (!"ar".equals(doc.language())) {
      return doc;
    }
    String text = doc.text();
    int end = AnalysedText.end(text, maxAnalysedChars);
    Document d = end < text.length() ? withText(doc, text.substring(0, end)) : doc;
    for (Stage s : stages) {
      if (Thread.currentThread().isInterrupted()) {
        throw new CancellationException("interrupted: " + article.path());
      }
      d = s.process(d);
    }
    return end < text.length() ? withText(d, text) : d;
  }

  /** {@code doc} with another text: spans into a prefix of the text stay valid. */
  private static Document withText(Document doc, String text) {
    return new Document(doc.format(), doc.id(), doc.source(), doc.language(), doc.title(),
        doc.published(), text, doc.removed(), doc.entities(), doc.events(), doc.claims());
  }
}
