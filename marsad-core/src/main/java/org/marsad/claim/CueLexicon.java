package org.marsad.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.data.TsvRows;

/**
 * The reporting-cue lexicon ({@code cues.tsv}: form, pos, modality, speaker position, notes),
 * indexed by normalized token sequences. In text, a cue's first token may carry the conjunction
 * و or ف; the token is tried as written first (وافق starts with a root waw). Longest match wins.
 * Immutable and thread-safe.
 */
final class CueLexicon {
  /** A cue entry. {@code speakerAfter}: the speaker follows the cue (قال مصدر, بحسب الموقع). */
  record Cue(String form, String pos, String modality, String position, boolean ambiguous) {}

  /** A cue found in tokens {@code [from, to)}. */
  record Hit(int from, int to, Cue cue) {}

  private final Map<String, List<String[]>> byFirst = new HashMap<>();
  private final Map<String, Cue> byForm = new HashMap<>();

  static CueLexicon load() {
    CueLexicon lex = new CueLexicon();
    for (TsvRows.Row row : TsvRows.resource(CueLexicon.class, "cues.tsv")) {
      String[] f = row.fields();
      if (f.length < 4) {
        throw new IllegalStateException("cues.tsv:" + row.line() + ": expected 5 fields");
      }
      String norm = ArabicNormalizer.normalize(f[0].strip());
      String[] toks = norm.split("\\s+");
      String key = String.join(" ", toks);
      Cue cue = new Cue(key, f[1].strip(), f[2].strip(), f[3].strip(),
          f.length > 4 && f[4].contains("ambiguous"));
      lex.byForm.putIfAbsent(key, cue);
      lex.byFirst.computeIfAbsent(toks[0], k -> new ArrayList<>()).add(toks);
    }
    return lex;
  }

  /** Cues in {@code toks}, left to right, longest first, not overlapping. */
  List<Hit> find(List<Token> toks) {
    List<Hit> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      Hit best = null;
      String n = toks.get(i).norm();
      String bare = Clitics.withoutConjunction(n, 3);
      String[] readings = bare.equals(n) ? new String[] {n} : new String[] {n, bare};
      for (String first : readings) {
        for (String[] form : byFirst.getOrDefault(first, List.of())) {
          if (i + form.length > toks.size()) {
            continue;
          }
          boolean ok = true;
          for (int k = 1; k < form.length && ok; k++) {
            ok = toks.get(i + k).norm().equals(form[k]);
          }
          if (ok && (best == null || form.length > best.to() - best.from())) {
            best = new Hit(i, i + form.length, byForm.get(String.join(" ", form)));
          }
        }
        if (best != null) {
          break;
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
}
