package org.marsad.arabic;

import java.util.ArrayList;
import java.util.List;

/** A sentence with its tokens: the unit the extraction stages read. */
public record TokenizedSentence(Sentence sentence, List<Token> tokens) {
  public TokenizedSentence {
    tokens = List.copyOf(tokens);
  }

  /** The sentences of {@code text} ({@link SentenceSplitter}) with their tokens ({@link Tokenizer}). */
  public static List<TokenizedSentence> of(String text) {
    List<Token> all = Tokenizer.tokenize(text);
    List<TokenizedSentence> out = new ArrayList<>();
    int t = 0;
    for (Sentence s : SentenceSplitter.split(text)) {
      while (t < all.size() && all.get(t).start() < s.start()) {
        t++;
      }
      int u = t;
      while (u < all.size() && all.get(u).end() <= s.end()) {
        u++;
      }
      out.add(new TokenizedSentence(s, all.subList(t, u)));
      t = u;
    }
    return out;
  }
}
