package org.marsad.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.LongestMatch;
import org.marsad.arabic.Token;
import org.marsad.data.TsvRows;
import org.marsad.model.Code;
import org.marsad.model.EventMode;
import org.marsad.model.EventType;

/**
 * The event-trigger lexicon ({@code triggers.tsv}: form, pos, PLOVER type, mode, contexts,
 * recipient prepositions, notes), indexed by normalized token sequences. A form listed under
 * several types keeps the first. In text, a trigger's first token may carry the conjunction و/ف,
 * a preposition ب/ل (nouns) and, on its last token, an attached pronoun (قابله، رفضها); the token
 * is tried as written first (وافق starts with a root waw). Longest match wins. Immutable and
 * thread-safe.
 */
final class TriggerLexicon {
  /**
   * One trigger. {@code imperfect}: a present-tense verb form (قد + imperfect is "may");
   * {@code ambiguous}: the form has frequent non-event senses; {@code pronoun}: the form
   * carries an attached object pronoun (قابله); {@code firstPerson}: a first-person form
   * (نحيي، سنرد): the speaker acts; {@code crowd}: an act of its type only where a crowd does it
   * (تجمع، احتشد: a gathering of protesters is a protest, one of troops is not); {@code
   * mutual}: coordinated actors do it to each other (تبادل الطرفان الاتهامات، تبادل القصف);
   * {@code feminine}: a feminine singular verb form (دعت), whose subject is no masculine body;
   * {@code intervening}: a form split by its object, not its subject (حمّل X المسؤولية).
   */
  record Trigger(String form, String pos, EventType type, EventMode mode, List<String> context,
      Set<String> preps, boolean ambiguous, boolean imperfect, boolean pronoun,
      boolean firstPerson, boolean crowd, boolean mutual, boolean feminine, boolean intervening) {
    boolean verb() {
      return pos.equals("verb");
    }

    /** This trigger read as part of speech {@code p} (a verb form that is its verbal noun). */
    Trigger withPos(String p) {
      return new Trigger(form, p, type, mode, context, preps, ambiguous, imperfect, pronoun,
          firstPerson, crowd, mutual, feminine, intervening);
    }

    /** This trigger coded as {@code t} with mode {@code m} (a giving act stopped: SANCTION). */
    Trigger as(EventType t, EventMode m) {
      return new Trigger(form, pos, t, m, context, preps, ambiguous, imperfect, pronoun,
          firstPerson, crowd, mutual, feminine, intervening);
    }
  }

  /** A trigger found in tokens {@code [from, to)}; {@code pronoun}: its last token carries one. */
  record Hit(int from, int to, Trigger trigger, boolean pronoun) {}
  private static final String[] PRONOUNS = {"هما", "هم", "ها", "ه"};
  /** Particles that only a verb follows (لن تقف، لم تتمكن، سوف ترسل). */
  private static final Set<String> VERB_PARTICLES = Set.of("لن", "لم", "سوف");
  /** Beginnings of words whose و is of the root (وزار in وزارة). */
  private static final Set<String> WAW_INITIAL = Words.of("waw-initial");
  private static final Set<String> LIGHT_VERBS = Words.of("light-verb");
  private static final Set<String> PREPOSITIONS = Words.of("preposition");

  private final Map<String, List<String[]>> byFirst = new HashMap<>();
  private final Map<String, Trigger> byForm = new HashMap<>();
  /** Split forms whose object stands between their words (notes "intervenes": حمل X المسؤولية). */
  private final Set<String> objectBetween = new LinkedHashSet<>();
  private static final int NAME_WORDS = 3; // of names between a split form's words, not counted
  /** Split forms opening with a participle (محملا X المسؤولية): read as nouns, not verbs. */
  private final Set<String> participles = new HashSet<>();
  /** A form's second sense where a crowd does it (a form listed again with "crowd:"). */
  private final Map<String, Trigger> crowdSenses = new HashMap<>();

  /**
   * The sense of trigger {@code t}'s form where a crowd does it (احتج: an official objects, a
   * crowd demonstrates), or null.
   */
  Trigger crowdSense(Trigger t) {
    return crowdSenses.get(t.form());
  }

  static TriggerLexicon load() {
    TriggerLexicon lex = new TriggerLexicon();
    for (String file : FILES) {
      lex.add(file, TsvRows.resource(TriggerLexicon.class, file));
    }
    lex.byForm.replaceAll((form, t) -> t.pos().equals("multi") && lex.opensWithVerb(form)
        ? t.withPos("verb") : t);
    return lex;
  }

  /** The files in order: lemmas of event verbs and nouns, then idioms and light verbs. */
  private static final List<String> FILES = List.of("triggers.tsv", "idioms.tsv");

  private void add(String file, List<TsvRows.Row> rows) {
    for (TsvRows.Row row : rows) {
      String[] f = Arrays.copyOf(row.fields(), 7);
      for (int i = 0; i < f.length; i++) {
        f[i] = f[i] == null ? "" : f[i].strip();
      }
      if (f[0].isEmpty() || f[2].isEmpty()) {
        throw new IllegalStateException(file + ":" + row.line() + ": form and type needed");
      }
      String[] toks = ArabicNormalizer.normalize(f[0]).split("\\s+");
      String key = String.join(" ", toks);
      boolean crowdSense = byForm.containsKey(key) && f[6].contains("crowd:")
          && !byForm.get(key).type().name().equals(f[2]);
      if (byForm.containsKey(key) && !crowdSense) {
        continue;
      }
      List<String> context = f[4].isEmpty() ? List.of() : List.of(f[4].split("\\s*,\\s*"));
      Set<String> preps = new LinkedHashSet<>();
      for (String p : f[5].split("\\s*,\\s*")) {
        if (!p.isBlank()) {
          preps.add(ArabicNormalizer.normalize(p));
        }
      }
      String notes = f[6];
      String where = file + ":" + row.line();
      EventType type = Code.of(EventType.class, f[2], where);
      EventMode mode = f[3].isEmpty() ? null : Code.of(EventMode.class, f[3], where);
      Trigger t = new Trigger(key, f[1], type, mode, context, preps,
          notes.contains("ambiguous"), notes.matches("(?s).*\\bipf\\b.*"),
          notes.contains("+ object pronoun") || notes.contains("+ pronoun"),
          notes.matches("(?s).*\\b1p\\b.*"), notes.contains("crowd:"),
          notes.contains("mutual:"), notes.matches("(?s).*\\b3fs\\b.*"),
          notes.contains("intervenes"));
      if (crowdSense) {
        crowdSenses.put(key, t); // احتج: ACCUSE, and PROTEST where a crowd protests
        continue;
      }
      byForm.put(key, t);
      List<String[]> forms = byFirst.computeIfAbsent(toks[0], k -> new ArrayList<>());
      forms.add((int) forms.stream().filter(w -> content(w) >= content(toks)).count(), toks);
      if (notes.contains("intervenes")) {
        objectBetween.add(key);
      }
      if (notes.contains("active participle")) {
        participles.add(key);
      }
    }
  }

  /** A form's words that are no preposition: of two split forms, the one with more is read. */
  private static int content(String[] form) {
    return (int) Arrays.stream(form).filter(w -> !PREPOSITIONS.contains(w)).count();
  }

  /**
   * True when a multi-word form opens with a verb form of the lexicon (سيرد بقوة، شنت هجوما), after
   * a negation or future particle (لن تقف مكتوفة الأيدي): the form is read as a verb.
   */
  private boolean opensWithVerb(String form) {
    String[] words = form.split(" ");
    if (VERB_PARTICLES.contains(words[0]) && words.length > 1) {
      return true; // لن تقف مكتوفة الأيدي: a particle that only a verb follows
    }
    int i = (words[0].equals("لا") || words[0].equals("قد")) && words.length > 2 ? 1 : 0;
    Trigger first = byForm.get(words[i]);
    return (first != null && first.verb()) || LIGHT_VERBS.contains(words[i]);
  }

  int size() {
    return byForm.size();
  }

  /**
   * Triggers in {@code toks}, left to right, longest first, not overlapping. A multi-word form
   * whose words are split by a subject (فرضت وزارة الخزانة عقوبات، منح مجلس النواب الثقة) is
   * found at its first word and read as a verb there.
   */
  List<Hit> find(List<Token> toks) {
    return find(toks, new boolean[toks.size()]);
  }

  /** As {@link #find(List)}; a split form's later words may not lie in a name ({@code inName}). */
  List<Hit> find(List<Token> toks, boolean[] inName) {
    boolean[] used = inName.clone();
    return LongestMatch.scan(toks.size(),
        i -> used[i] ? null : triggerAt(toks, i, used, inName), Hit::to);
  }

  /** The longest trigger starting at token {@code i}, contiguous or split, or null. */
  private Hit triggerAt(List<Token> toks, int i, boolean[] used, boolean[] inName) {
    Hit best = null;
    Map<String, Reading> readings = readings(toks.get(i).norm());
    for (Map.Entry<String, Reading> first : readings.entrySet()) {
      for (String[] form : byFirst.getOrDefault(first.getKey(), List.of())) {
        Hit h = match(toks, i, form, first.getValue().pronoun());
        if (h != null && first.getValue().future() && !(h.trigger().imperfect()
            && Threats.HARMING.contains(h.trigger().type()))) {
          continue; // سيطرة is no س + يطرة: the future only of a present-tense verb of harm
        }
        if (h != null && first.getValue().preposition() && h.trigger().verb()) {
          h = new Hit(h.from(), h.to(), h.trigger().withPos("noun"), h.pronoun());
        }
        if (h != null && (best == null || h.to() - h.from() > best.to() - best.from())) {
          best = h;
        }
      }
      if (best != null) {
        break;
      }
    }
    if (best == null || best.to() - best.from() == 1) {
      Hit split = split(toks, i, readings.keySet(), used, inName);
      best = split != null ? split : best;
    }
    return best;
  }

  /** A form of 2-3 words from {@code i}, its others up to 6 words later (see objectBetween). */
  private Hit split(List<Token> toks, int i, Set<String> readings, boolean[] used,
      boolean[] inName) {
    for (String first : readings) {
      for (String[] form : byFirst.getOrDefault(first, List.of())) {
        if (form.length < 2) {
          continue;
        }
        int last = i + 7;
        for (int k = i + 2; k <= last && k + form.length - 1 <= toks.size(); k++) {
          Token between = toks.get(k - 1);
          // names between: حمل رئيس حلف قبائل حضرموت الشيخ عمرو بن حبريش قيادة المجلس المسؤولية
          last += inName[k - 1] && (objectBetween.contains(String.join(" ", form))
              || last < i + 7 + NAME_WORDS) ? 1 : 0; // تلقى الوزير بدر عبد العاطي اتصالا
          if (between.kind() == Token.Kind.PUNCT && !"/()".contains(between.text())
              && !Overlay.isQuote(between)) {
            int close = Clause.shortAsideEnd(toks, k - 1);
            if (close < 0) {
              break;
            }
            last += close - k + 2; // أطلق حزب الله، الخميس، أكثر من 200 صاروخ: an aside between
            k = close + 1;
            if (k + form.length - 1 > toks.size()) {
              break;
            }
          }
          if (k - 1 > i && !used[k - 1] && startsTrigger(between.norm())
              && !Senses.timeOfDayAt(toks, k - 1)) { // شن فجر اليوم حملة اعتقالات: a time
            break; // another act stands between (أعلن المجلس سحب دعمه): not one split form
          }
          int[] at = rest(toks, k, form);
          if (at != null) {
            for (int m : at) {
              used[m] = true;
            }
            String key = String.join(" ", form);
            Trigger t = byForm.get(key);
            return new Hit(i, i + 1, t.withPos(participles.contains(key) ? "noun" : "verb"), false);
          }
        }
      }
    }
    return null;
  }

  /** True when some trigger form starts with a reading of this word. */
  private boolean startsTrigger(String norm) {
    for (String r : readings(norm).keySet()) {
      if (byFirst.containsKey(r)) {
        return true;
      }
    }
    return false;
  }

  /** Where {@code form}'s later words stand from token {@code k} on (quotes skipped), or null. */
  private static int[] rest(List<Token> toks, int k, String[] form) {
    int[] at = new int[form.length - 1];
    int j = k;
    for (int m = 1; m < form.length; m++, j++) {
      j = m > 1 ? pastQuotes(toks, j) : j;
      if (j >= toks.size() || !toks.get(j).norm().equals(form[m])) {
        return null;
      }
      at[m - 1] = j;
    }
    return at;
  }

  /** Token {@code j}, or the first after it that is no quotation mark (but not past the last). */
  private static int pastQuotes(List<Token> toks, int j) {
    while (j < toks.size() - 1 && Overlay.isQuote(toks.get(j))) {
      j++;
    }
    return j;
  }

  private Hit match(List<Token> toks, int i, String[] form, boolean strippedPronoun) {
    if (i + form.length > toks.size() || (strippedPronoun && form.length > 1)) {
      return null;
    }
    Trigger t = byForm.get(String.join(" ", form));
    boolean pronoun = strippedPronoun || t.pronoun();
    int j = i;
    for (int k = 1; k < form.length; k++) {
      j = pastQuotes(toks, j + 1); // أعرب عن "قلقه": a word of the form may be quoted
      if (j >= toks.size()) {
        return null;
      }
      String n = toks.get(j).norm();
      if (!n.equals(form[k])) {
        if (k == form.length - 1 && withoutPronoun(n).contains(form[k])) {
          pronoun = true;
          continue;
        }
        return null;
      }
    }
    return new Hit(i, j + 1, t, pronoun);
  }

  private static Set<String> withoutPronoun(String n) {
    Set<String> out = new LinkedHashSet<>();
    for (String p : PRONOUNS) {
      if (n.length() >= p.length() + 3 && n.endsWith(p)) {
        String s = n.substring(0, n.length() - p.length());
        out.add(s);
        if (s.endsWith("ت")) {
          out.add(s.substring(0, s.length() - 1) + "ه");
        }
      }
    }
    return out;
  }

  /**
   * How a token reads as a form's first word: with an attached pronoun taken off ({@code
   * pronoun}), with a preposition ب/ل taken off ({@code preposition}: what follows a
   * preposition is a noun, never a verb: لدعمه، بقصف), and with the future's س taken off a
   * present-tense verb ({@code future}: سيضرب), kept for verbs of harm, which it makes threats
   * ({@link Threats}).
   */
  private record Reading(boolean pronoun, boolean preposition, boolean future) {}

  /** True when a word reads as the future's س before a present-tense verb (سيضرب، ستقصف، سنرد). */
  static boolean future(String bare) {
    return bare.length() > 3 && bare.charAt(0) == 'س' && "يتن".indexOf(bare.charAt(1)) >= 0;
  }

  /** True when {@code n} is longer than a beginning whose و is of the root (closed class). */
  private static boolean wawInitial(String n) {
    if (n.isEmpty() || n.charAt(0) != 'و') {
      return false;
    }
    for (String w : WAW_INITIAL) {
      if (n.length() > w.length() && n.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /** The readings a token may match a form's first token by, as written first. */
  private static Map<String, Reading> readings(String n) {
    Set<String> plain = new LinkedHashSet<>();
    plain.add(n);
    // وزارة is no و + زارة (زاره: visited him), whatever the pronoun stripped after
    String bare = wawInitial(n) ? n : Clitics.withoutConjunction(n, 3);
    plain.add(bare);
    if (n.length() == 3 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف')) {
      plain.add(n.substring(1)); // وشن، وحث: a verb of two letters, after the form as written
    }
    Set<String> written = new LinkedHashSet<>(plain);
    written.addAll(withoutPronoun(n));
    written.addAll(withoutPronoun(bare));
    String unprefixed = Words.withoutPreposition(bare);
    if (unprefixed != null) {
      plain.add(unprefixed);
    }
    Map<String, Reading> out = new LinkedHashMap<>();
    for (String s : plain) {
      out.put(s, new Reading(false, !written.contains(s), false));
    }
    for (String s : plain) {
      for (String w : withoutPronoun(s)) {
        out.putIfAbsent(w, new Reading(true, !written.contains(w), false));
      }
    }
    if (future(bare)) {
      out.putIfAbsent(bare.substring(1), new Reading(false, false, true));
    }
    return out;
  }
}
