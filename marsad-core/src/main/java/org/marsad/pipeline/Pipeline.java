package org.marsad.pipeline;

import java.util.List;
import org.marsad.claim.ClaimStage;
import org.marsad.clean.CleanPage;
import org.marsad.clean.Cleaning;
import org.marsad.entity.EntityStage;
import org.marsad.entity.kb.KnowledgeBase;
import org.marsad.entity.kb.OutletIndex;
import org.marsad.event.EventStage;
import org.marsad.ingest.RawArticle;
import org.marsad.model.Document;

/**
 * The per-document pipeline: clean, describe, then the enrichment stages in order. The order is
 * fixed here, where the stages are composed: entities before claims and events (both refer to
 * entity ids), claims before events (an event reported in a claim points at it). Stages run
 * only on Arabic documents; a document in another language keeps its cleaned text and metadata
 * and is reported by the caller. Thread-safe.
 */
public final class Pipeline {
  private final Cleaning cleaning;
  private final OutletIndex outlets;
  private final List<Stage> stages;

  /** A pipeline linking outlets to the shipped knowledge base. */
  public Pipeline(Cleaning cleaning, List<Stage> stages) {
    this(cleaning, KnowledgeBase.standard(), stages);
  }

  /** A pipeline linking outlets to {@code kb}. */
  public Pipeline(Cleaning cleaning, KnowledgeBase kb, List<Stage> stages) {
    this.cleaning = cleaning;
    this.outlets = new OutletIndex(kb);
    this.stages = List.copyOf(stages);
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

  public Document run(RawArticle article) {
    CleanPage page = cleaning.clean(article);
    Document doc = Describe.document(article, page, outlets);
    if (!"ar".equals(doc.language())) {
      return doc;
    }
    for (Stage s : stages) {
      doc = s.process(doc);
    }
    return doc;
  }
}
