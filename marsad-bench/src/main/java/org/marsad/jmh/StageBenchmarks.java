package org.marsad.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.marsad.arabic.Token;
import org.marsad.arabic.Tokenizer;
import org.marsad.bench.LuceneBaseline;
import org.marsad.claim.ClaimStage;
import org.marsad.entity.EntityStage;
import org.marsad.entity.NameIndex;
import org.marsad.entity.NameRecognizer;
import org.marsad.kb.KnowledgeBase;
import org.marsad.event.EventStage;
import org.marsad.model.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One article per operation through each hot stage, and through Lucene's ArabicAnalyzer (the
 * baseline). Throughput is articles per second; the corpus averages about 250 words an article,
 * so words per second are about 250 times the score (the exact count is printed by {@code marsad
 * bench}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class StageBenchmarks {
  private NameRecognizer recognizer;
  private LuceneBaseline lucene;

  @Setup
  public void setUp() {
    recognizer = EntityStage.loadRecognizer(new NameIndex(KnowledgeBase.standard()));
    lucene = new LuceneBaseline();
  }

  @TearDown
  public void tearDown() {
    lucene.close();
  }

  @Benchmark
  public int baselineLuceneArabicAnalyzer(Corpus c, Cursor at) {
    return lucene.tokens(c.texts.get(at.next(c)));
  }

  @Benchmark
  public List<Token> tokenizer(Corpus c, Cursor at) {
    return Tokenizer.tokenize(c.texts.get(at.next(c)));
  }

  @Benchmark
  public List<String[]> nameRecognizer(Corpus c, Cursor at) {
    return recognizer.tag(c.sentences.get(at.next(c)));
  }

  @Benchmark
  public Document entityStage(Corpus c, Cursor at) {
    return EntityStage.standard().process(c.cleaned.get(at.next(c)));
  }

  @Benchmark
  public Document claimStage(Corpus c, Cursor at) {
    return ClaimStage.standard().process(c.withEntities.get(at.next(c)));
  }

  @Benchmark
  public Document eventStage(Corpus c, Cursor at) {
    return EventStage.standard().process(c.withClaims.get(at.next(c)));
  }

  @Benchmark
  public Document fullPipeline(Corpus c, Cursor at) {
    return c.pipeline.run(c.raw.get(at.next(c)));
  }
}
