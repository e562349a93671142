package org.marsad.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.arabic.Tokenizer;
import org.marsad.data.TsvRows;
import org.marsad.kb.Demonyms;
import org.marsad.kb.KnowledgeBase;

/**
 * Generic actors: the unnamed doers and parties acted on of conflict news (مسلحون، الشرطة
 * العراقية، دبابة إسرائيلية، المتظاهرون), from the nouns of {@code agents.tsv} and their kinds in
 * {@code agent-classes.tsv}. A noun is matched with its proclitics; the words right after it give
 * its country (a country adjective, or a country's name, which then belongs to the generic
 * actor's mention and is no mention of the country: جيش باكستان)
 * and may say the doer is unknown ({@code agent-modifier} words of {@code closed-class.tsv}). A
 * noun flagged {@code country} names an actor only with a country (القوات الأمريكية, not
 * القوات); one flagged {@code adj} is an adjective after a noun of an attack (هجوم انتحاري).
 * Immutable and thread-safe.
 */
public final class GenericActors {
  /** A kind of generic actor and its names. */
  public record Kind(String id, String sector, String withCountry, String withoutCountry) {}

  /** One noun of {@code agents.tsv}, normalized word by word. */
  private record Form(String[] words, Kind kind, String country, boolean needsCountry,
      boolean adjective, boolean needsQualifier, boolean member) {}

  /**
   * A generic actor found over tokens [from, to) and the characters [start, end): its kind, its
   * country (ISO alpha-3) or null, its English name.
   */
  public record Found(int from, int to, int start, int end, Kind kind, String country,
      String name) {
    /** The key that gathers one document's mentions of one generic actor. */
    public String key() {
      return kind.id() + "|" + (country == null ? "" : country);
    }
  }

  private static final Set<String> MODIFIERS = Words.of("agent-modifier");
  private static final Set<String> ATTACK_NOUNS = Words.of("attack-noun", "weapon-noun");
  private static final int MAX_MODIFIERS = 3;

  private static final Set<String> COUNTS = Words.of("number-word");
  private static final Set<String> QUANTITIES = Words.of("quantity");

  private final Map<String, List<Form>> byFirstWord;
  /** The kind of a country's people named by its plural adjective (خمسة فلسطينيين). */
  private final Kind civilians;

  private GenericActors(Map<String, List<Form>> byFirstWord, Kind civilians) {
    this.byFirstWord = byFirstWord;
    this.civilians = civilians;
  }

  private static final class Holder {
    static final GenericActors STANDARD = load();
  }

  public static GenericActors standard() {
    return Holder.STANDARD;
  }

  private static GenericActors load() {
    Map<String, Kind> kinds = new HashMap<>();
    for (TsvRows.Row row : TsvRows.resource(GenericActors.class, "agent-classes.tsv")) {
      String[] f = row.fields();
      if (f.length != 4 || !f[2].contains("%s")) {
        throw new IllegalStateException("agent-classes.tsv:" + row.line()
            + ": expected class, sector, a name with %s for the country, a name without");
      }
      kinds.put(f[0].strip(), new Kind(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip()));
    }
    Map<String, List<Form>> out = new HashMap<>();
    for (TsvRows.Row row : TsvRows.resource(GenericActors.class, "agents.tsv")) {
      String[] f = row.fields();
      Kind kind = f.length == 4 ? kinds.get(f[1].strip()) : null;
      if (kind == null) {
        throw new IllegalStateException("agents.tsv:" + row.line()
            + ": expected form, a class of agent-classes.tsv, country, flags; got " + row.line());
      }
      String country = f[2].isBlank() ? null : f[2].strip();
      if (country != null && !country.matches("[A-Z]{3}")) {
        throw new IllegalStateException("agents.tsv:" + row.line()
            + ": country must be ISO alpha-3: " + country);
      }
      List<String> words = Tokenizer.tokenize(f[0]).stream().map(Token::norm).toList();
      Set<String> flags = Set.of(f[3].strip().split("\\s*,\\s*|\\s+"));
      Form form = new Form(words.toArray(String[]::new), kind, country, flags.contains("country"),
          flags.contains("adj"), flags.contains("qualified"), flags.contains("member"));
      out.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(form);
    }
    out.values().forEach(l -> l.sort((a, b) -> b.words().length - a.words().length));
    Kind civilians = kinds.get("civilians");
    if (civilians == null) {
      throw new IllegalStateException("agent-classes.tsv: no class civilians");
    }
    return new GenericActors(Map.copyOf(out), civilians);
  }

  /**
   * The generic actors in one sentence's tokens, starting on tokens that {@code covered} leaves
   * free; {@code countryAt} gives the country (ISO alpha-3) that a token's name stands for, or
   * null: a country's name right after the noun may be covered, and joins the mention.
   */
  public List<Found> find(List<Token> toks, boolean[] covered, IntFunction<String> countryAt) {
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      if (covered[i] || toks.get(i).kind() != Token.Kind.ARABIC) {
        continue;
      }
      Found f = at(toks, covered, countryAt, i);
      if (f == null) {
        f = people(toks, i);
      }
      if (f != null) {
        out.add(f);
        i = f.to() - 1;
      }
    }
    return out;
  }

  private Found at(List<Token> toks, boolean[] covered, IntFunction<String> countryAt, int i) {
    for (String first : Clitics.withoutProclitics(toks.get(i).norm())) {
      List<Form> forms = byFirstWord.get(first);
      if (forms == null) {
        continue;
      }
      for (Form form : forms) {
        int to = i + form.words().length;
        if (!matches(toks, covered, form, i)) {
          continue;
        }
        if (form.adjective() && i > 0
            && Clitics.stems(toks.get(i - 1).norm()).stream().anyMatch(ATTACK_NOUNS::contains)) {
          return null; // هجوم انتحاري، بهجوم انتحاري: the attack's adjective, not its doer
        }
        String country = form.country();
        int end = to;
        while (end < toks.size() && end < to + MAX_MODIFIERS && !covered[end]
            && toks.get(end).kind() == Token.Kind.ARABIC) {
          String w = toks.get(end).norm();
          String c = country == null ? demonym(w) : null; // 12 جنديا إسرائيليا
          if (c != null) {
            country = c;
          } else if (!MODIFIERS.contains(w) && !MODIFIERS.contains(Words.withoutArticle(w, 2))) {
            break;
          }
          end++;
        }
        if (country == null && end < toks.size() && countryAt != null && end == to) {
          country = countryAt.apply(end); // جيش باكستان: the country's name joins the mention
          while (country != null && end < toks.size() && country.equals(countryAt.apply(end))) {
            end++;
          }
        }
        if ((country == null && form.needsCountry()) || (form.needsQualifier() && end == to)
            || (form.member() && ofNamedParty(toks, covered, end))) {
          continue; // القوات alone, قبائل alone (أبناء القبائل), ناشطين من سرايا القدس: no actor
        }
        String prefix = prefix(toks.get(i).norm(), first);
        boolean definite = first.startsWith("ال") || prefix.endsWith("ال") || prefix.endsWith("لل");
        if (country == null && end == to && end < toks.size() && covered[end] && !definite
            && form.words().length == 1) {
          return null; // مسلحو حركة الشباب: a noun in construct with a name is that party's men
        }
        int start = toks.get(i).start() + NameIndex.charOffset(toks.get(i).text(),
            clitics(toks.get(i).norm(), first));
        return new Found(i, end, start, toks.get(end - 1).end(), form.kind(), country,
            name(form.kind(), country));
      }
    }
    return null;
  }

  /**
   * A country's people named by the plural of its adjective after a number or a word of quantity
   * (خمسة فلسطينيين، آلاف السودانيين، عشرات من العراقيين، 25 فلسطينيا): civilians of that
   * country, or null.
   */
  private Found people(List<Token> toks, int i) {
    String n = toks.get(i).norm();
    // 25 فلسطينيا: a number from eleven on counts the singular in the accusative
    boolean accusative = n.endsWith("يا") && n.length() > 4 && i > 0
        && toks.get(i - 1).kind() == Token.Kind.NUMBER;
    if (!(n.endsWith("يين") || n.endsWith("يون") || accusative) || !counted(toks, i)) {
      return null; // most words: no country's people counted
    }
    String w = Clitics.withoutConjunction(n, 3); // والسودانيين, but فلسطينيين as written
    String country = w.equals(n) ? null : demonym(w);
    if (country == null) {
      w = n;
      country = demonym(n);
    }
    if (country == null) {
      return null;
    }
    int start = toks.get(i).start() + NameIndex.charOffset(toks.get(i).text(),
        n.length() - w.length());
    return new Found(i, i + 1, start, toks.get(i).end(), civilians, country,
        name(civilians, country));
  }

  /** True when من or في and a name follow token {@code i - 1}: members of that party. */
  private static boolean ofNamedParty(List<Token> toks, boolean[] covered, int i) {
    if (i >= toks.size() || !(toks.get(i).norm().equals("من") || toks.get(i).norm().equals("في"))) {
      return false;
    }
    int j = i + 1;
    while (j < toks.size() && Overlay.isQuote(toks.get(j))) {
      j++; // من «سرايا القدس»
    }
    return j < toks.size() && covered[j];
  }

  /**
   * The country of a country adjective, also in the accusative singular (إسرائيليا، فلسطينيا), or
   * null.
   */
  private static String demonym(String w) {
    return Demonyms.country(w).or(() -> w.endsWith("يا")
        ? Demonyms.country(w.substring(0, w.length() - 1)) : Optional.empty()).orElse(null);
  }

  /** True when a number or a word of quantity (past من) stands right before token {@code i}. */
  private static boolean counted(List<Token> toks, int i) {
    int j = i > 0 && toks.get(i - 1).norm().equals("من") ? i - 2 : i - 1;
    if (j < 0) {
      return false;
    }
    Token t = toks.get(j);
    String w = Clitics.withoutConjunction(t.norm(), 2);
    return t.kind() == Token.Kind.NUMBER || COUNTS.contains(w) || QUANTITIES.contains(w);
  }

  private static boolean matches(List<Token> toks, boolean[] covered, Form form, int i) {
    if (i + form.words().length > toks.size()) {
      return false;
    }
    for (int k = 1; k < form.words().length; k++) {
      if (covered[i + k] || !toks.get(i + k).norm().equals(form.words()[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * How many letters of {@code norm} are a conjunction or preposition before {@code stem}: the
   * article stays in the mention (المسلحين), as names keep it.
   */
  private static int clitics(String norm, String stem) {
    String prefix = prefix(norm, stem);
    if (prefix.endsWith("ال")) {
      return prefix.length() - 2;
    }
    return prefix.endsWith("لل") ? prefix.length() - 1 : prefix.length();
  }

  /** The letters a normalized word carries before {@code stem} (وال in والمسلحين), or "". */
  private static String prefix(String norm, String stem) {
    return norm.endsWith(stem) ? norm.substring(0, norm.length() - stem.length()) : "";
  }

  /**
   * The Arabic name of a generic actor found as {@code found}, written {@code longest} at its
   * longest: a country's soldiers, units, tanks and aircraft are its armed forces, named as the
   * knowledge base names them (its entry {@code <country>-mil}: دبابة إسرائيلية -> الجيش
   * الإسرائيلي), as the English name says "Military Forces of Israel"; any other as written.
   */
  public static String nameAr(Found found, String longest) {
    if (found.country() == null || !"MIL".equals(found.kind().sector())) {
      return longest;
    }
    return KnowledgeBase.standard().get(found.country().toLowerCase(Locale.ROOT) + "-mil")
        .map(k -> k.nameAr())
        .filter(n -> n != null && !n.isBlank()).orElse(longest);
  }

  /** The English name of a generic actor of {@code kind} and {@code country} (or null). */
  public static String name(Kind kind, String country) {
    if (country == null) {
      return kind.withoutCountry();
    }
    String en = KnowledgeBase.standard().get(country.toLowerCase(Locale.ROOT))
        .map(k -> k.nameEn()).filter(n -> n != null && !n.isBlank()).orElse(country);
    return String.format(Locale.ROOT, kind.withCountry(), en);
  }
}
