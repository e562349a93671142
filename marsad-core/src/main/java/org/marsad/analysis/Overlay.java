package org.marsad.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.arabic.TokenizedSentence;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;

/**
 * One sentence's tokens with the entity mentions laid over them ({@link Arg}): which mention a
 * token belongs to, the preposition before it, and which mentions are coordinated. Mentions that
 * overlap keep the longest; a country's adjective (الطائرات التركية) is not a mention of the
 * state. Immutable.
 */
public final class Overlay {
  private static final Set<String> PREPS = Words.of("preposition");
  private static final Set<String> COMPLEMENTIZERS = Words.of("complementizer");
  private static final Set<String> RELATIVES = Words.of("relative");
  private static final Set<String> PRONOUN_PREPS = Words.of("pronoun-preposition");
  private static final Set<String> FORCES_OF = Words.of("forces-of");
  private static final Set<String> ANNOUNCE = Words.of("announce-verb");
  private static final Set<String> TITLES = Words.of("title");
  private static final Set<String> LOYAL = Words.of("loyal-to");
  private static final Set<String> LAM_INITIAL = Words.of("lam-initial");
  private static final Set<String> ENVOYS = Words.of("envoy-noun");

  private final TokenizedSentence sentence;
  private final List<Token> toks;
  private final List<Arg> args;
  private final Arg[] byToken;

  Overlay(TokenizedSentence sentence, List<Entity> entities, KnowledgeBase kb) {
    this.sentence = sentence;
    this.toks = sentence.tokens();
    this.args = List.copyOf(build(entities, toks, kb));
    this.byToken = new Arg[toks.size()];
    for (Arg a : args) {
      for (int i = a.from(); i < a.to(); i++) {
        byToken[i] = a;
      }
    }
  }

  public TokenizedSentence sentence() {
    return sentence;
  }

  public List<Token> tokens() {
    return toks;
  }

  /** The mentions, left to right, not overlapping. */
  public List<Arg> args() {
    return args;
  }

  /** The mention token {@code i} lies in, or null. */
  public Arg at(int i) {
    return i < 0 || i >= byToken.length ? null : byToken[i];
  }

  /** Token {@code i}'s normalized form without the conjunction و/ف; "" outside the sentence. */
  public String n(int i) {
    return i < 0 || i >= toks.size() ? "" : Words.bare(toks.get(i));
  }

  /** Which tokens lie in a mention. */
  public boolean[] nameMask() {
    boolean[] mask = new boolean[toks.size()];
    for (int i = 0; i < mask.length; i++) {
      mask[i] = byToken[i] != null;
    }
    return mask;
  }

  /** The end of a phrase that runs into a mention (سحب عناصر الفاغنر): the mention's start. */
  public int clip(int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (byToken[i] != null && byToken[i].from() == i) {
        return i;
      }
    }
    return to;
  }

  /** The mention starting at token {@code from}, or null. */
  public Arg argAt(int from) {
    Arg a = at(from);
    return a != null && a.from() == from ? a : null;
  }

  /** The mention ending right before token {@code to}, or null. */
  public Arg argEndingAt(int to) {
    Arg a = at(to - 1);
    return a != null && a.to() == to ? a : null;
  }

  /** The first mention of {@code a}'s coordination. */
  public Arg groupHead(Arg a) {
    return args.get(a.group());
  }

  /** The last mention of {@code a}'s coordination. */
  public Arg lastOfGroup(Arg a) {
    Arg last = a;
    for (Arg b : args) {
      if (b.group() == a.group() && b.to() > last.to()) {
        last = b;
      }
    }
    return last;
  }

  /** The entity ids of the actors coordinated with {@code head}, in order. */
  public List<String> group(Arg head) {
    List<String> ids = new ArrayList<>();
    for (Arg a : args) {
      if (a.group() == head.group() && a.actor() && !ids.contains(a.entity().id())) {
        ids.add(a.entity().id());
      }
    }
    return ids;
  }

  /** True for punctuation that ends a clause (not quotes, slashes, brackets). */
  public boolean endsClause(int i) {
    return toks.get(i).kind() == Token.Kind.PUNCT && boundary(i);
  }

  /** True for punctuation that ends a clause (not quotes, slashes, brackets) and complementizers. */
  public boolean boundary(int i) {
    Token t = toks.get(i);
    if (t.kind() == Token.Kind.PUNCT) {
      String p = t.text();
      return !(isQuote(t) || p.equals("/") || p.equals("(") || p.equals(")") || p.equals("-"));
    }
    return COMPLEMENTIZERS.contains(n(i));
  }

  public static boolean isQuote(Token t) {
    String p = t.text();
    return p.equals("\u201C") || p.equals("\u201D") || p.equals("\"") || p.equals("\u00AB")
        || p.equals("\u00BB");
  }

  // ---- building

  private static List<Arg> build(List<Entity> entities, List<Token> toks, KnowledgeBase kb) {
    List<Arg> raw = new ArrayList<>();
    if (toks.isEmpty()) {
      return raw;
    }
    int s = toks.get(0).start();
    int e = toks.get(toks.size() - 1).end();
    for (Entity en : entities) {
      KbEntry entry = null;
      boolean looked = false;
      for (Mention m : en.mentions()) {
        if (m.start() < s || m.end() > e) {
          continue;
        }
        if (!looked) {
          entry = en.kb() == null ? null : kb.get(en.kb()).orElse(null);
          looked = true;
        }
        int from = -1;
        int to = -1;
        for (int i = 0; i < toks.size(); i++) {
          Token t = toks.get(i);
          if (from < 0 && t.end() > m.start()) {
            from = i;
          }
          if (t.start() < m.end()) {
            to = i + 1;
          }
        }
        if (adjective(en, entry, m) && !(from > 0
            && (ENVOYS.contains(Words.bare(toks.get(from - 1))) || OwnedActs.before(toks, from)))) {
          continue; // but السفير الفرنسي stands for France, القرار الإيراني for Iran
        }
        if (from >= 0 && to > from) {
          Token first = toks.get(from);
          String prefix = prefix(first, m);
          boolean afterWaw = first.start() < m.start() && first.text().startsWith("و");
          boolean capital = entry != null && "capital".equals(entry.placeKind());
          boolean actor = (actorCapable(en, entry) || forcesOf(toks, from)
              || townAnnouncing(toks, from)) && !(en.type() == EntityType.LOCATION && !capital
              && from == 0 && to < toks.size() && toks.get(to).text().equals(":"));
              // سوريا: اشتباكات دامية: a headline's topic, not a party
          raw.add(new Arg(en, from, to, prefix, prefix, -1, actor,
              en.type() == EntityType.LOCATION || en.type() == EntityType.FACILITY,
              capital, afterWaw));
        }
      }
    }
    raw.sort(Comparator.comparingInt(Arg::from).thenComparingInt(a -> -(a.to() - a.from())));
    List<Arg> out = new ArrayList<>();
    for (Arg a : raw) {
      if (!out.isEmpty() && a.from() < out.get(out.size() - 1).to()) {
        continue;
      }
      int idx = out.size();
      int floor = out.isEmpty() ? 0 : out.get(idx - 1).to();
      int patron = patronOf(toks, a, floor);
      if (patron >= 0) {
        // القوات الموالية لحكومة الوفاق: the phrase names the patron's forces, as a subject
        // or after the phrase's own preposition
        String w = Words.bare(toks.get(patron));
        String p = w.startsWith("لل") || (w.startsWith("ل") && !w.startsWith("ال")) ? "ل"
            : w.startsWith("بال") ? "ب" : prepBefore(toks, patron, floor, 0); // للقوة التابعة
        String chain = p.isEmpty() ? prepBefore(toks, patron, floor, 2) : p;
        out.add(new Arg(a.entity(), a.from(), a.to(), p, chain.isEmpty() ? p : chain, idx,
            a.actor(), a.place(), a.capital(), a.afterWaw()));
        continue;
      }
      String prep = a.prep().isEmpty() ? prepBefore(toks, a.from(), floor, 0) : a.prep();
      // a genitive ل (القائد العام للقوات) keeps looking for the phrase's preposition
      String chain = prep.isEmpty() || (prep.equals("ل") && !a.prep().isEmpty())
          ? prepBefore(toks, a.from(), floor, 2) : prep;
      if (chain.isEmpty()) {
        chain = prep;
      }
      int group = idx;
      if (idx > 0 && conjoined(toks, out.get(idx - 1), a)) {
        Arg prev = out.get(idx - 1);
        group = prev.group();
        prep = prev.prep();
        chain = prev.chain();
      }
      out.add(a.inGroup(group, prep, chain));
    }
    return out;
  }

  /**
   * A country's adjective (الطائرات التركية، المبادرة الروسية) describes a noun; it is not a
   * mention of the state as a party (but after an envoy's noun, which stands for the state).
   */
  private static boolean adjective(Entity en, KbEntry entry, Mention m) {
    if (entry == null || !entry.isCountry()) {
      return false;
    }
    String n = ArabicNormalizer.normalize(m.text());
    // one word: المملكة العربية السعودية is the state's name, not an adjective
    return (n.endsWith("يه") || n.endsWith("ي")) && n.strip().indexOf(' ') < 0
        && !n.equals(ArabicNormalizer.normalize(en.name_ar() == null ? "" : en.name_ar()));
  }

  private static boolean actorCapable(Entity en, KbEntry entry) {
    switch (en.type()) {
      case PERSON:
        return true;
      case ORGANIZATION:
        return !"MED".equals(en.sector())
            && (entry == null || entry.kind() != KbEntry.Kind.OUTLET);
      case LOCATION:
        return entry != null && (entry.isCountry()
            || "capital".equals(entry.placeKind()));
      default:
        return false;
    }
  }

  /**
   * True when a town is named as the subject of a verb of announcing (وأعلنت مدينة الزاوية حالة
   * النفير): the word مدينة right before it, the verb right before that; the town acts through
   * its council and forces.
   */
  private static boolean townAnnouncing(List<Token> toks, int from) {
    return from >= 2 && Words.bare(toks.get(from - 1)).equals("مدينه")
        && ANNOUNCE.contains(Words.bare(toks.get(from - 2)));
  }

  /**
   * True when a noun of armed men stands right before token {@code from}, or before the word
   * مدينة there (قوات مدينة الزاوية، مقاتلو الزاوية): the place's forces act.
   */
  private static boolean forcesOf(List<Token> toks, int from) {
    int j = from - 1;
    while (j >= 0 && TITLES.contains(Words.bare(toks.get(j)))) {
      j--;
    }
    if (j >= 0 && Words.bare(toks.get(j)).equals("مدينه")) {
      j--;
    }
    return j >= 0 && forcesNoun(toks.get(j));
  }

  /** A noun of armed men or forces, as written or without its conjunction (وحدات، ووحدات). */
  private static boolean forcesNoun(Token t) {
    return FORCES_OF.contains(Words.withoutArticle(t.norm(), 3))
        || FORCES_OF.contains(Words.withoutArticle(Words.bare(t), 3));
  }

  /**
   * The token where "forces loyal to" opens before a patron written with ل (القوات الموالية
   * لحكومة الوفاق، وحدات تابعة لحفتر), or -1.
   */
  private static int patronOf(List<Token> toks, Arg a, int floor) {
    int loyal = a.from() - 1;
    if (!a.actor() || !a.prep().equals("ل") || loyal - 1 < floor
        || !LOYAL.contains(Words.bare(toks.get(loyal)))) {
      return -1;
    }
    if (forcesNoun(toks.get(loyal - 1))) {
      return loyal - 1;
    }
    // وحدات أمنية تابعة لوزارة الداخلية: an adjective of the forces between
    String adjective = Words.bare(toks.get(loyal - 1));
    return loyal - 2 >= floor && (adjective.endsWith("يه") || adjective.endsWith("ي"))
        && forcesNoun(toks.get(loyal - 2)) ? loyal - 2 : -1;
  }

  /** The proclitic preposition written on the mention's first token (لحفتر، بالسراج), or "". */
  private static String prefix(Token first, Mention m) {
    String before = first.start() < m.start()
        ? ArabicNormalizer.normalize(first.text().substring(0, m.start() - first.start())) : "";
    before = Clitics.withoutConjunction(before, 0);
    if (before.startsWith("ل") || before.startsWith("ب")) {
      return before.substring(0, 1);
    }
    String mn = ArabicNormalizer.normalize(m.text());
    if (first.start() == m.start() && mn.startsWith("لل")) {
      return "ل";
    }
    return "";
  }

  /**
   * The preposition before the mention at token {@code from}: من / على يد / من قبل, or, with
   * {@code maxWords} > 0, a preposition before that many nouns (على مواقع قوات X، بالقائد العام
   * X), not reaching back past {@code floor} (the previous mention).
   */
  private static String prepBefore(List<Token> toks, int from, int floor, int maxWords) {
    int words = 0;
    for (int j = from - 1; j >= floor && words <= maxWords; j--) {
      Token t = toks.get(j);
      if (t.kind() == Token.Kind.PUNCT && isQuote(t)) {
        continue;
      }
      if (t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.NUMBER) {
        return "";
      }
      String w = Words.bare(t);
      if (j > floor && Words.eachOf(toks, j - 1)) {
        j--; // لدى كل من مالي والنيجر، أعلنت كل من مصر والإمارات: "each of" opens no phrase
        continue;
      }
      if (w.equals("قبل") && j > 0 && Words.bare(toks.get(j - 1)).equals("من")) {
        return "من قبل";
      }
      if ((w.equals("يد") || w.equals("ايدي")) && j > 0
          && Words.bare(toks.get(j - 1)).equals("علي")) {
        return "علي يد"; // على يد، على أيدي
      }
      if (w.equals("جانب") && j > 0 && Words.bare(toks.get(j - 1)).equals("من")) {
        return "من قبل"; // من جانب مصر: the agent, as من قبل
      }
      if (PREPS.contains(w)) {
        return w;
      }
      if (COMPLEMENTIZERS.contains(w) || RELATIVES.contains(w) || PRONOUN_PREPS.contains(w)) {
        return "";
      }
      boolean prefixed = (w.startsWith("ل") || w.startsWith("ب")) && !w.startsWith("ال")
          && (w.startsWith("ال", 1) || w.startsWith("ل", 1) || w.length() >= 5)
          && !LAM_INITIAL.contains(w); // لقائه: the meeting, not ل + a noun
      if (prefixed) {
        return w.substring(0, 1); // لصفوف X، بالقائد العام X
      }
      if (!TITLES.contains(w)) {
        words++; // على قوات اللواء المتقاعد خليفة حفتر: titles are not counted
      }
    }
    return "";
  }

  /** "مصر والإمارات": the mention follows the previous one, after a و written on it or alone. */
  private static boolean conjoined(List<Token> toks, Arg prev, Arg a) {
    if (a.from() == prev.to()) {
      return a.afterWaw();
    }
    if (a.from() == prev.to() + 1) {
      return toks.get(prev.to()).norm().equals("و");
    }
    // «جهاز الردع» و«اللواء 444»: names in quotes, and the و between them; a name opened by a
    // quote may go on to its closing quote (جهاز الردع لمكافحة الجريمة المنظمة والإرهاب)
    int j = prev.to();
    if (prev.from() > 0 && isQuote(toks.get(prev.from() - 1))) {
      for (int k = j; k < Math.min(a.from(), j + 8); k++) {
        if (isQuote(toks.get(k))) {
          j = k;
          break;
        }
      }
    }
    j = pastQuotes(toks, j, a.from());
    return j < a.from() && toks.get(j).norm().equals("و")
        && pastQuotes(toks, j + 1, a.from()) == a.from();
  }

  /** The first token from {@code j} (before {@code limit}) that is no quotation mark. */
  private static int pastQuotes(List<Token> toks, int j, int limit) {
    while (j < limit && isQuote(toks.get(j))) {
      j++;
    }
    return j;
  }
}
