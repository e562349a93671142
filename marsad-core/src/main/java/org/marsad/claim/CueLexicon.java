package org.marsad.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.analysis.Words;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.LongestMatch;
import org.marsad.arabic.Token;
import org.marsad.data.TsvRows;
import org.marsad.model.ClaimModality;
import org.marsad.model.Code;

/**
 * The reporting-cue lexicon ({@code cues.tsv}: form, pos, modality, speaker position, notes),
 * indexed by normalized token sequences. In text, a cue's first token may carry the conjunction
 * و or ف; the token is tried as written first (وافق starts with a root waw). A form that ends in
 * a bare preposition ل (وفقا ل) matches when the next word carries it (وفقا للمصدر); the hit then
 * ends before that word, which begins the speaker. Longest match wins. The notes column marks
 * ambiguous cues ({@code ambiguous:}), participles ({@code participle}) and verbs whose proposition
 * may be a noun object instead of a clause ({@code object:}, أعلن تدمير ...). Immutable and
 * thread-safe.
 */
final class CueLexicon {
  private static final Set<String> PREPOSITIONS = Words.of("preposition");
  /**
   * A cue entry. {@code impersonal}: no one says it (من المرجح أن، قيل إن: "no named speaker" in
   * the notes), so it takes no speaker named before it. {@code reports}: what it reports may be
   * the noun of an act with ب right after the speaker ("report=ب" in the notes: أفادت مصادر
   * طبية بمقتل 23 مدنيا).
   */
  record Cue(String form, String pos, ClaimModality modality, String position, boolean ambiguous,
      boolean participle, boolean object, String complement, boolean impersonal,
      boolean reports) {

    /** A verb whose subject is written before it or dropped (plural: قالوا، وصفوا). */
    boolean subjectBefore() {
      return pos.equals("verb") && position.equals("before");
    }
  }

  /** {@code complement=P} in the notes: the preposition before a noun proposition. */
  private static final Pattern COMPLEMENT = Pattern.compile("complement=(\\S+)");

  /**
   * A cue found in tokens {@code [from, to)}; {@code prefixed}: the cue's final preposition is
   * written on token {@code to} (وفقا للمصدر).
   */
  record Hit(int from, int to, Cue cue, boolean prefixed) {}

  /** A bare preposition that a form may end in; in text it is written on the next word. */
  private static final String LAM = "\u0644";

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
      String notes = f.length > 4 ? f[4] : "";
      Matcher complement = COMPLEMENT.matcher(notes);
      ClaimModality modality =
          Code.of(ClaimModality.class, f[2].strip(), "cues.tsv:" + row.line());
      Cue cue = new Cue(key, f[1].strip(), modality, f[3].strip(),
          notes.contains("ambiguous"), notes.contains("participle"), notes.contains("object:"),
          complement.find() ? ArabicNormalizer.normalize(complement.group(1)) : null,
          notes.contains("no named speaker"), notes.contains("report=ب"));
      lex.byForm.putIfAbsent(key, cue);
      lex.byFirst.computeIfAbsent(toks[0], k -> new ArrayList<>()).add(toks);
    }
    // a verb with its speaker (أكدت تقارير) takes its verb's object and complement
    lex.byForm.replaceAll((form, c) -> {
      Cue verb = lex.byForm.get(form.split(" ")[0]);
      return !form.contains(" ") || verb == null || !c.pos().equals("verb") ? c
          : new Cue(c.form(), c.pos(), c.modality(), c.position(), c.ambiguous(),
              c.participle(), c.object() || verb.object(),
              c.complement() != null ? c.complement() : verb.complement(), c.impersonal(),
              c.reports() || verb.reports());
    });
    return lex;
  }

  /**
   * Whether the normalized word is a verb cue, also with an object pronoun written on it
   * (نقلته، أوردها): the verb of "بحسب ما نقلته وكالة".
   */
  boolean isVerb(String norm) {
    for (String suffix : OBJECT_PRONOUNS) {
      if (norm.endsWith(suffix) && norm.length() > suffix.length() + 1) {
        Cue c = byForm.get(norm.substring(0, norm.length() - suffix.length()));
        if (c != null && c.pos().equals("verb")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Object pronouns a verb may carry, the longest first, and none. */
  private static final List<String> OBJECT_PRONOUNS = List.of("هما", "ها", "هم", "ه", "");

  /** Cues in {@code toks}, left to right, longest first, not overlapping. */
  List<Hit> find(List<Token> toks) {
    return LongestMatch.scan(toks.size(), i -> cueAt(toks, i), Hit::to);
  }

  /**
   * The longest cue starting at token {@code i}, or null. A one-word cue written as a preposition
   * is (بيّن, بين), right after a word, is the preposition (اشتباكات بين الجيش والمتمردين).
   */
  private Hit cueAt(List<Token> toks, int i) {
    Hit best = null;
    String n = toks.get(i).norm();
    boolean preposition = i > 0 && PREPOSITIONS.contains(n)
        && toks.get(i - 1).kind() == Token.Kind.ARABIC;
    String bare = Clitics.withoutConjunction(n, 3);
    String[] readings = bare.equals(n) ? new String[] {n} : new String[] {n, bare};
    for (String first : readings) {
      for (String[] form : byFirst.getOrDefault(first, List.of())) {
        if (i + form.length > toks.size()) {
          continue;
        }
        boolean ok = true;
        boolean prefixed = false;
        for (int k = 1; k < form.length && ok; k++) {
          String t = toks.get(i + k).norm();
          ok = t.equals(form[k]);
          if (!ok && k == form.length - 1 && form[k].equals(LAM) && t.length() > 2
              && t.startsWith(LAM)) {
            ok = true;
            prefixed = true;
          }
        }
        int len = prefixed ? form.length - 1 : form.length;
        if (ok && (best == null || len > best.to() - best.from())) {
          best = new Hit(i, i + len, byForm.get(String.join(" ", form)), prefixed);
        }
      }
      if (best != null) {
        break;
      }
    }
    return best != null && preposition && best.to() - best.from() == 1 ? null : best;
  }
}
