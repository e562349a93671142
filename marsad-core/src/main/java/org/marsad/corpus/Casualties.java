package org.marsad.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.arabic.Tokenizer;
import org.marsad.data.TsvRows;

/**
 * Reads casualty counts from a sentence: a number tied to a casualty word, after it ("مقتل 5
 * مدنيين", "بمقتل ما لا يقل عن 12") or before it ("7 قتلى و10 جرحى"), written in digits or as a
 * number word. The words are in {@code casualties.tsv}. Immutable and thread-safe.
 */
public final class Casualties {
  /** How far a number may stand from the word that governs it ("مقتل ما لا يقل عن 5"). */
  static final int AFTER_WINDOW = 5;

  /** The counts a sentence gives; null where it gives none. */
  public record Count(Integer killed, Integer injured) {
    public boolean isEmpty() {
      return killed == null && injured == null;
    }
  }

  private record Cue(String kind, boolean numberAfter) {}

  private static final Map<String, Cue> CUES = new HashMap<>();
  private static final Map<String, Integer> NUMBERS = new HashMap<>();

  static {
    for (TsvRows.Row row : TsvRows.resource(Casualties.class, "casualties.tsv")) {
      String[] f = row.fields();
      if (f.length != 3) {
        throw new IllegalStateException("casualties.tsv line " + row.line() + ": 3 fields expected");
      }
      switch (f[0]) {
        case "number" -> NUMBERS.put(f[2], Integer.valueOf(f[1]));
        case "killed", "injured" -> CUES.put(f[2], new Cue(f[0], f[1].equals("after")));
        default -> throw new IllegalStateException(
            "casualties.tsv line " + row.line() + ": unknown kind " + f[0]);
      }
    }
  }

  private Casualties() {}

  /** The casualty counts in {@code sentence}, empty when it gives none. */
  public static Optional<Count> read(String sentence) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    Integer killed = null;
    Integer injured = null;
    for (int i = 0; i < tokens.size(); i++) {
      Cue cue = cue(tokens.get(i));
      if (cue == null) {
        continue;
      }
      Integer n = cue.numberAfter() ? numberAfter(tokens, i) : numberBefore(tokens, i);
      if (n == null) {
        continue;
      }
      if (cue.kind().equals("killed") && killed == null) {
        killed = n;
      } else if (cue.kind().equals("injured") && injured == null) {
        injured = n;
      }
    }
    Count c = new Count(killed, injured);
    return c.isEmpty() ? Optional.empty() : Optional.of(c);
  }

  private static Cue cue(Token t) {
    if (t.kind() != Token.Kind.ARABIC) {
      return null;
    }
    for (String form : Clitics.withoutProclitics(t.norm())) {
      Cue c = CUES.get(form);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  private static Integer numberAfter(List<Token> tokens, int cue) {
    for (int j = cue + 1; j < tokens.size() && j <= cue + AFTER_WINDOW; j++) {
      Token t = tokens.get(j);
      if (t.kind() == Token.Kind.PUNCT) {
        return null;
      }
      Integer n = number(t);
      if (n != null) {
        return n;
      }
    }
    return null;
  }

  private static Integer numberBefore(List<Token> tokens, int cue) {
    return cue > 0 ? number(tokens.get(cue - 1)) : null;
  }

  private static Integer number(Token t) {
    if (t.kind() == Token.Kind.NUMBER) {
      String digits = t.norm().replaceAll("[^0-9]", "");
      if (digits.isEmpty() || digits.length() > 7 || t.norm().contains(".")) {
        return null;
      }
      return Integer.valueOf(digits);
    }
    if (t.kind() == Token.Kind.ARABIC) {
      return NUMBERS.get(Clitics.withoutConjunction(t.norm(), 3));
    }
    return null;
  }
}
