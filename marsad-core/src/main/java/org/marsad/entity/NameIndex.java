package org.marsad.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.LongestMatch;
import org.marsad.arabic.Token;
import org.marsad.arabic.Tokenizer;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;

/**
 * Finds knowledge-base names in tokenized text. Forms are indexed as sequences of normalized
 * tokens; in the text, the first token of a match may carry proclitics (وحفتر، لحفتر، بالسراج,
 * للجيش), but not an article its form does not have; every other token must match exactly. Longest match first, left to right, no overlaps.
 * When one form names several entries, actors win over outlets over places, then the order of
 * the files. Immutable and thread-safe.
 */
public final class NameIndex {
  private final Map<String, KbEntry> forms = new HashMap<>();
  /**
   * The first token of every form, with the most tokens of a form starting with it: a token
   * reading that starts no form is passed over without building any key.
   */
  private final Map<String, Integer> firstTokens = new HashMap<>();

  /** A match: token range {@code [from, to)}, the entry, and the char offset after clitics. */
  public record Match(int from, int to, int start, int end, KbEntry entry) {}

  public NameIndex(KnowledgeBase kb) {
    for (KbEntry e : kb.entries()) {
      for (String form : withServantSpellings(e.forms())) {
        List<Token> toks = Tokenizer.tokenize(form);
        if (toks.isEmpty()) {
          continue;
        }
        List<String> norms = toks.stream().map(Token::norm).toList();
        String key = key(norms, 0, norms.size(), norms.get(0));
        KbEntry old = forms.get(key);
        if (old == null || rank(e) < rank(old)) {
          forms.put(key, e);
        }
        firstTokens.merge(norms.get(0), toks.size(), Math::max);
      }
    }
  }

  /**
   * {@code forms} with the other spelling of each name built on عبد (servant of): عبد الله
   * باتيلي and عبدالله باتيلي, عبد الحميد الدبيبة and عبدالحميد الدبيبة are written both ways.
   */
  static List<String> withServantSpellings(List<String> forms) {
    List<String> out = new ArrayList<>(forms);
    for (String f : forms) {
      String joined = f.replaceAll("(^|\\s)عبد\\s+(\\S)", "$1عبد$2");
      String split = f.replaceAll("(^|\\s)عبد(ال\\S+|الله)", "$1عبد $2");
      for (String v : List.of(joined, split)) {
        if (!v.equals(f) && !out.contains(v)) {
          out.add(v);
        }
      }
    }
    return out;
  }

  private static int rank(KbEntry e) {
    return switch (e.kind()) {
      case ACTOR -> 0;
      case OUTLET -> 1;
      case PLACE -> 2;
    };
  }

  private static String key(List<String> norms, int from, int to, String first) {
    StringBuilder b = new StringBuilder(first);
    for (int i = from + 1; i < to; i++) {
      b.append(' ').append(norms.get(i));
    }
    return b.toString();
  }

  public int size() {
    return forms.size();
  }

  /** Matches in {@code tokens} (tokens of one sentence or text). */
  public List<Match> find(List<Token> tokens) {
    List<String> norms = tokens.stream().map(Token::norm).toList();
    List<Match> out = new ArrayList<>();
    for (Raw m : match(norms, i -> tokens.get(i).isWord())) {
      Token first = tokens.get(m.from());
      int start = first.start() + charOffset(first.text(), m.clitics());
      out.add(new Match(m.from(), m.to(), start, tokens.get(m.to() - 1).end(), m.entry()));
    }
    return out;
  }

  /**
   * Per token of a sentence given as normalized forms, {@code B-TYPE} or {@code I-TYPE} where it
   * is part of a knowledge-base name (TYPE as in {@link KbEntry#type()}), else null. A token is a
   * word, and may start a name, when it has a letter.
   */
  public List<String> tags(List<String> norms) {
    List<String> out = new ArrayList<>(Collections.nCopies(norms.size(), (String) null));
    for (Raw m : match(norms, i -> norms.get(i).chars().anyMatch(Character::isLetter))) {
      for (int i = m.from(); i < m.to(); i++) {
        out.set(i, (i == m.from() ? "B-" : "I-") + m.entry().type());
      }
    }
    return out;
  }

  /** A match on normalized tokens: {@code clitics} letters of the first token precede the name. */
  private record Raw(int from, int to, int clitics, KbEntry entry) {}

  private List<Raw> match(List<String> norms, IntPredicate isWord) {
    return LongestMatch.scan(norms.size(), i -> isWord.test(i) ? nameAt(norms, i) : null,
        Raw::to);
  }

  /**
   * Whether {@code reading} is {@code norm} with its article taken off: a name is definite or not
   * by itself, so الصور is not صور (Tyre) and بالمشهد is not مشهد.
   */
  private static boolean articleTakenOff(String norm, String reading) {
    String before = norm.substring(0, norm.length() - reading.length());
    return before.endsWith("ال") || before.endsWith("لل");
  }

  /** The longest name starting at token {@code i}, under any clitic reading, or null. */
  private Raw nameAt(List<String> norms, int i) {
    Raw best = null;
    for (String reading : Clitics.withoutProclitics(norms.get(i))) {
      Integer longest = firstTokens.get(reading);
      if (longest == null || articleTakenOff(norms.get(i), reading)) {
        continue;
      }
      for (int to = Math.min(norms.size(), i + longest); to > i; to--) {
        if (best != null && to - i <= best.to() - best.from()) {
          break;
        }
        KbEntry e = forms.get(key(norms, i, to, reading));
        if (e != null) {
          best = new Raw(i, to, norms.get(i).length() - reading.length(), e);
          break;
        }
      }
    }
    return best;
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
