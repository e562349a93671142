package org.marsad.claim;

import java.util.List;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;

/** Static word and token shapes the claim readers ask about: heads, articles, commas, quotes. */
final class WordShapes {
  private WordShapes() {}

  /** The head word of a normalized token: no conjunction, no article, no preposition ل/لل. */
  static String headOf(String norm) {
    return withoutArticle(Clitics.withoutConjunction(norm, 3));
  }

  /** A normalized word without its article ال or ل + ال (لل). */
  static String withoutArticle(String n) {
    return Words.withoutArticle(n, 3);
  }

  static boolean isDefinite(String norm) {
    String n = Clitics.withoutConjunction(norm, 3);
    return n.startsWith("ال") || n.startsWith("لل");
  }

  /** Quotation marks around a name (موقع “مدى مصر”) do not end the speaker phrase. */
  static boolean isQuote(Token t) {
    return t.kind() == Token.Kind.PUNCT && Overlay.isQuote(t);
  }

  static boolean isComma(Token t) {
    return t.kind() == Token.Kind.PUNCT && (t.text().equals("\u060C") || t.text().equals(","));
  }

  /** The first index from {@code i} on in {@code toks} that is not a comma. */
  static int skipCommas(List<Token> toks, int i) {
    while (i < toks.size() && isComma(toks.get(i))) {
      i++;
    }
    return i;
  }
}
