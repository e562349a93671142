package org.marsad.store;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Clitics;

/**
 * Arabic analysis for search: standard tokenization, lower case, digits to ASCII, the core's
 * {@link ArabicNormalizer}, then every reading of the word without its proclitics ({@link
 * Clitics#withoutProclitics}: و، ف، ب، ل، ك، ال، لل) stacked at the word's position. Indexing
 * لحفتر thus indexes لحفتر and حفتر, and the query حفتر finds it. The same analysis runs on queries.
 * Thread-safe.
 */
final class SearchAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    // Order matters: readings are computed on the normalized word, so normalization comes first.
    TokenStream sink = new LowerCaseFilter(source);
    sink = new DecimalDigitFilter(sink);
    sink = new ReadingsFilter(sink);
    return new TokenStreamComponents(source, sink);
  }

  /** Every reading of a normalized word, the word itself first. */
  static Set<String> readings(String word) {
    String norm = ArabicNormalizer.normalize(word);
    Set<String> out = new LinkedHashSet<>();
    if (!norm.isEmpty()) {
      out.addAll(Clitics.withoutProclitics(norm));
    }
    return out;
  }

  /** Replaces each token with its readings, the others at position increment 0. */
  private static final class ReadingsFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State state;

    ReadingsFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!pending.isEmpty()) {
        restoreState(state);
        term.setEmpty().append(pending.poll());
        posInc.setPositionIncrement(0);
        return true;
      }
      while (input.incrementToken()) {
        Set<String> rs = readings(term.toString());
        if (rs.isEmpty()) {
          continue; // only diacritics or tatweel
        }
        var it = rs.iterator();
        term.setEmpty().append(it.next());
        while (it.hasNext()) {
          pending.add(it.next());
        }
        state = captureState();
        return true;
      }
      return false;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      pending.clear();
      state = null;
    }
  }
}
