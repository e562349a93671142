package org.marsad.jmh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.arabic.Token;
import org.marsad.arabic.TokenizedSentence;
import org.marsad.bench.BenchCorpus;
import org.marsad.bench.Workload;
import org.marsad.claim.ClaimStage;
import org.marsad.entity.EntityStage;
import org.marsad.ingest.RawArticle;
import org.marsad.model.Document;
import org.marsad.pipeline.Pipeline;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The benchmarks' input, made once per fork: about 20,000 words of articles generated from the
 * samples in {@code samples} ({@link BenchCorpus#generate}), and each article as every stage
 * expects it (raw, cleaned, with entities, with claims, as normalized sentences). Benchmarks take
 * the articles in turn, one per operation.
 */
@State(Scope.Benchmark)
public class Corpus {
  /** Folders of sample articles, comma-separated, relative to where the benchmark runs. */
  @Param("examples,../shared/corpus/seeds")
  public String samples;

  Pipeline pipeline;
  List<RawArticle> raw;
  List<String> texts;
  List<Document> cleaned;
  List<Document> withEntities;
  List<Document> withClaims;
  List<List<List<String>>> sentences;

  @Setup
  public void setUp() {
    List<Path> from = new ArrayList<>();
    for (String s : samples.split(",")) {
      if (Files.isDirectory(Path.of(s))) {
        from.add(Path.of(s));
      }
    }
    if (from.isEmpty()) {
      throw new IllegalStateException("no sample folder among " + samples
          + "; run from the repository root or set -p samples=DIR");
    }
    pipeline = Pipeline.standard();
    Workload work = BenchCorpus.generate(BenchCorpus.read(from, System.err::println), pipeline,
        20_000, 8);
    raw = work.articles();
    texts = work.texts();
    cleaned = new ArrayList<>();
    withEntities = new ArrayList<>();
    withClaims = new ArrayList<>();
    sentences = new ArrayList<>();
    for (RawArticle a : raw) {
      Document full = pipeline.run(a);
      Document bare = full.withEntities(List.of()).withClaims(List.of()).withEvents(List.of());
      cleaned.add(bare);
      Document e = EntityStage.standard().process(bare);
      withEntities.add(e);
      withClaims.add(ClaimStage.standard().process(e));
      List<List<String>> norms = new ArrayList<>();
      for (TokenizedSentence s : TokenizedSentence.of(full.text())) {
        norms.add(s.tokens().stream().map(Token::norm).toList());
      }
      sentences.add(norms);
    }
  }

  int size() {
    return raw.size();
  }
}
