package org.marsad.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.marsad.analysis.Words;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.arabic.Tokenizer;
import org.marsad.kb.KbEntry;
import org.marsad.model.EntityType;

/**
 * A party's head noun repeated bare with the article refers back to the party: after «الجيش
 * الوطني الليبي», «فسيكمل الجيش انسحابه» is the same army; after «حركة حماس», «وقالت الحركة». The
 * noun (closed class "anaphor-head") is a mention of the nearest named organization before it in
 * the document whose name, or one of its knowledge-base names, begins with that noun; after a
 * demonstrative any definite noun does, when the name was written with it (خسرت هذه القوات after
 * قوات حفتر). A noun with a definite word or a name right after it heads a phrase of its own
 * (الجيش المصري، الحكومة الليبية) and is left to the other recognizers.
 */
final class DefiniteAnaphora {
  private static final Set<String> HEADS = Words.of("anaphor-head");
  private static final Set<String> DEMONSTRATIVES = Words.of("demonstrative");
  private static final Set<String> DESCRIBING = Words.of("describing-participle");
  /** The first nouns of each entry's names, without the article, of any knowledge base. */
  private static final Map<KbEntry, Set<String>> FIRST_NOUNS = new ConcurrentHashMap<>();

  private DefiniteAnaphora() {}

  /** A linked organization named in the document: its text span and knowledge-base entry. */
  record Named(int start, int end, KbEntry entry) {}

  /** A bare head noun at {@code [start, end)} that refers back to {@code entry}. */
  record Hit(int start, int end, KbEntry entry) {}

  /**
   * An organization a head noun may refer back to, named at {@code start}: by a name whose first
   * noun as written is {@code written} (its own, or one it is named inside of).
   */
  private record Candidate(int start, KbEntry entry, String written) {}

  /**
   * The bare head nouns of the document's {@code sentences} that refer back to one of {@code
   * named} before them, or to an organization that {@code inside} finds named inside one of their
   * names (given its words: حكومة الوفاق in قوات حكومة الوفاق); {@code named} spans, and any span
   * in {@code covered}, are not re-read.
   */
  static List<Hit> resolve(String text, List<List<Token>> sentences, List<Named> named,
      BitSet covered, Function<List<Token>, List<KbEntry>> inside) {
    List<Hit> out = new ArrayList<>();
    List<Candidate> candidates = null; // read from the names at the first head noun only
    for (List<Token> toks : sentences) {
      for (int i = 0; i < toks.size(); i++) {
        Token t = toks.get(i);
        if (t.kind() != Token.Kind.ARABIC || isCovered(covered, t)) {
          continue;
        }
        String w = Clitics.withoutConjunction(t.norm(), 3);
        int clitics = t.norm().length() - w.length();
        String head = w;
        if (w.startsWith("بال") || w.startsWith("كال")) {
          head = w.substring(1);
          clitics++; // بالحركة: the mention is الحركة
        } else if (w.startsWith("لل")) {
          head = "ا" + w.substring(1); // للحركة keeps its ل, as names do (للمجلس الرئاسي)
        }
        boolean pointed = i > 0 && DEMONSTRATIVES.contains(Words.bare(toks.get(i - 1)));
        if (!(HEADS.contains(head) || (pointed && head.startsWith("ال") && head.length() > 4))
            || headsPhrase(toks, i)) {
          continue;
        }
        if (candidates == null) {
          candidates = candidates(text, named, inside);
        }
        KbEntry antecedent = antecedent(candidates, t.start(), head, !HEADS.contains(head));
        if (antecedent != null && !elsewhere(toks, i, named, antecedent)
            && !restates(toks, i, named, antecedent)) {
          int start = t.start() + NameIndex.charOffset(t.text(), clitics);
          out.add(new Hit(start, t.end(), antecedent));
        }
      }
    }
    return out;
  }

  static boolean isCovered(BitSet covered, Token t) {
    int next = covered.nextSetBit(t.start());
    return next >= 0 && next < t.end();
  }

  /**
   * True when a definite word follows the noun: it heads a phrase of its own; but not a participle
   * that only describes the party (الحكومة المعترف بها دوليا: the government named before; closed
   * class "describing-participle"), nor, after a feminine noun, a word that does not end as its
   * adjective would (ودعت الهيئة السفن: the verb's object). A name without the article after it
   * opens another phrase, the verb's object or a holder (طالبت الوزارة مجلس الأمن، المتحدث باسم
   * الجماعة يحيى سريع).
   */
  static boolean headsPhrase(List<Token> toks, int i) {
    if (i + 1 >= toks.size()) {
      return false;
    }
    Token next = toks.get(i + 1);
    String n = next.norm();
    // a feminine noun's adjective ends as it does (الهيئة العامة، الحكومة الليبية، الهيئة العليا):
    // another word is the verb's object (ودعت الهيئة السفن إلى)
    boolean feminine = toks.get(i).norm().endsWith("ه") || toks.get(i).norm().endsWith("ات");
    boolean agrees = n.endsWith("ه") || n.endsWith("ي") || n.endsWith("ا");
    return next.kind() == Token.Kind.ARABIC && !DESCRIBING.contains(n) && n.startsWith("ال")
        && (!feminine || agrees);
  }

  /**
   * True when the party's name ends right before the noun, which restates it in apposition
   * (حكومة الوفاق الوطني الحكومة المعترف بشرعيتها دوليا): a description, not another mention.
   */
  private static boolean restates(List<Token> toks, int i, List<Named> named, KbEntry party) {
    if (i == 0) {
      return false;
    }
    int end = toks.get(i - 1).end();
    return named.stream().anyMatch(n -> n.end() == end && n.entry().equals(party));
  }

  /**
   * True when في and a place of another country than the party's follow the noun (عناصر الجيش في
   * مصر after مليشيات حفتر): another country's body, not the party.
   */
  private static boolean elsewhere(List<Token> toks, int i, List<Named> named, KbEntry party) {
    if (i + 2 >= toks.size() || !toks.get(i + 1).norm().equals("في")) {
      return false;
    }
    Token place = toks.get(i + 2);
    for (Named n : named) {
      if (n.start() >= place.start() && n.start() < place.end()
          && n.entry().kind() == KbEntry.Kind.PLACE) {
        return n.entry().country() != null && !n.entry().country().equals(party.country());
      }
    }
    return false;
  }

  /**
   * The organizations of {@code named}, each name's words read once: its own entry, then those
   * {@code inside} finds named inside it.
   */
  private static List<Candidate> candidates(String text, List<Named> named,
      Function<List<Token>, List<KbEntry>> inside) {
    List<Candidate> out = new ArrayList<>();
    for (Named n : named) {
      if (!referable(n.entry())) {
        continue;
      }
      List<Token> words = Tokenizer.tokenize(text.substring(n.start(), n.end()));
      String written = firstNoun(words);
      out.add(new Candidate(n.start(), n.entry(), written));
      for (KbEntry e : inside.apply(words)) {
        out.add(new Candidate(n.start(), e, written));
      }
    }
    return out;
  }

  /**
   * The nearest organization named before {@code before} whose name begins with the noun: as
   * written there, or, unless {@code asWritten} (a noun pointed to by a demonstrative, which
   * points back to words of the text), by one of its knowledge-base names.
   */
  private static KbEntry antecedent(List<Candidate> candidates, int before, String head,
      boolean asWritten) {
    String noun = Words.withoutArticle(head, 2);
    Candidate best = null;
    for (Candidate c : candidates) {
      if (c.start() < before && referable(c.entry())
          && (best == null || c.start() > best.start())
          && (noun.equals(c.written()) || (!asWritten && firstNouns(c.entry()).contains(noun)))) {
        best = c;
      }
    }
    return best == null ? null : best.entry();
  }

  private static Set<String> firstNouns(KbEntry e) {
    return FIRST_NOUNS.computeIfAbsent(e, k -> {
      Set<String> out = new HashSet<>();
      out.add(firstNoun(e.nameAr()));
      e.forms().forEach(f -> out.add(firstNoun(f)));
      out.remove("");
      return Set.copyOf(out);
    });
  }

  private static String firstNoun(String name) {
    return name == null || name.isEmpty() ? "" : firstNoun(Tokenizer.tokenize(name));
  }

  /** The first word of a name of several words, normalized and without its article, or "". */
  private static String firstNoun(List<Token> words) {
    return words.size() > 1 ? Words.withoutArticle(words.get(0).norm(), 2) : "";
  }

  /** An organization or a state: what a bare head noun may refer back to (الحركة، المملكة). */
  private static boolean referable(KbEntry e) {
    return e.type() == EntityType.ORGANIZATION || e.isCountry();
  }
}
