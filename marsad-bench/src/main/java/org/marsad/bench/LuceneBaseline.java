package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * The baseline: Lucene's ArabicAnalyzer (standard tokenizer, lower-casing, stop words,
 * normalization, light stemming) over a text, consuming every token. It is about as fast as
 * reading Arabic text with any analysis at all can be. Thread-safe (Lucene's analyzers reuse
 * their components per thread).
 */
public final class LuceneBaseline implements AutoCloseable {
  private final Analyzer analyzer = new ArabicAnalyzer();

  /** The number of tokens the analyzer gives for {@code text}. */
  public int tokens(String text) {
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      ts.reset();
      int n = 0;
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
