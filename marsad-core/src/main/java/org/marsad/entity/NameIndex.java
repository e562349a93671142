package org.marsad.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.arabic.Tokenizer;
import org.marsad.entity.kb.KbEntry;
import org.marsad.entity.kb.KnowledgeBase;

/**
 * Finds knowledge-base names in tokenized text. Forms are indexed as sequences of normalized
 * tokens; in the text, the first token of a match may carry proclitics (وحفتر، لحفتر، بالسراج,
 * للجيش), every other token must match exactly. Longest match first, left to right, no overlaps.
 * When one form names several entries, actors win over outlets over places, then the order of
 * the files. Immutable and thread-safe.
 */
public final class NameIndex {
  private final Map<String, KbEntry> forms = new HashMap<>();
  private final int maxTokens;

  /** A match: token range {@code [from, to)}, the entry, and the char offset after clitics. */
  public record Match(int from, int to, int start, int end, KbEntry entry) {}

  public NameIndex(KnowledgeBase kb) {
    int max = 1;
    for (KbEntry e : kb.entries()) {
      for (String form : e.forms()) {
        List<Token> toks = Tokenizer.tokenize(form);
        if (toks.isEmpty()) {
          continue;
        }
        String key = key(toks, 0, toks.size(), toks.get(0).norm());
        KbEntry old = forms.get(key);
        if (old == null || rank(e) < rank(old)) {
          forms.put(key, e);
        }
        max = Math.max(max, toks.size());
      }
    }
    this.maxTokens = max;
  }

  private static int rank(KbEntry e) {
    return switch (e.kind()) {
      case ACTOR -> 0;
      case OUTLET -> 1;
      case PLACE -> 2;
    };
  }

  private static String key(List<Token> toks, int from, int to, String first) {
    StringBuilder b = new StringBuilder(first);
    for (int i = from + 1; i < to; i++) {
      b.append(' ').append(toks.get(i).norm());
    }
    return b.toString();
  }

  public int size() {
    return forms.size();
  }

  /** Matches in {@code tokens} (tokens of one sentence or text). */
  public List<Match> find(List<Token> tokens) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match best = null;
      if (tokens.get(i).kind() == Token.Kind.ARABIC || tokens.get(i).kind() == Token.Kind.LATIN) {
        for (String reading : Clitics.withoutProclitics(tokens.get(i).norm())) {
          int offset = tokens.get(i).norm().length() - reading.length();
          for (int to = Math.min(tokens.size(), i + maxTokens); to > i; to--) {
            if (best != null && to - i <= best.to() - best.from()) {
              break;
            }
            KbEntry e = forms.get(key(tokens, i, to, reading));
            if (e != null) {
              Token first = tokens.get(i);
              int start = first.start() + charOffset(first.text(), offset);
              best = new Match(i, to, start, tokens.get(to - 1).end(), e);
              break;
            }
          }
        }
      }
      if (best != null) {
        out.add(best);
        i = best.to();
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * Where the {@code normChars}-th normalized char starts in the original token: normalization
   * drops diacritics and tatweel, so the offsets can differ.
   */
  static int charOffset(String original, int normChars) {
    int seen = 0;
    for (int k = 0; k < original.length(); k++) {
      if (seen == normChars) {
        return k;
      }
      if (ArabicNormalizer.normalizeChar(original.charAt(k)) != 0) {
        seen++;
      }
    }
    return original.length();
  }
}
