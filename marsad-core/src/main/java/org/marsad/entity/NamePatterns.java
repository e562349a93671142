package org.marsad.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.Words;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.data.TsvRows;
import org.marsad.model.Code;
import org.marsad.model.EntityType;

/**
 * Names made of a head noun and a name after it ({@code name-patterns.tsv}): facilities named by
 * their place, military bodies, outlets named in quotes. Immutable and thread-safe.
 */
final class NamePatterns {
  /** One element of a pattern: words (one of), a slot, optional or not. */
  private record Element(Set<String> words, String slot, boolean optional) {}

  private record Pattern(EntityType type, List<Element> elements) {}

  /**
   * A name found: tokens {@code [from, to)}, its characters and its type; {@code placeFrom} the
   * token where its place starts (-1 without one), a name of its own inside it; {@code byName}
   * when a {@code {name}} slot made it, which yields to a name the recognizer finds there; {@code
   * byWords} when a {@code {words}} slot did, which yields to a person the recognizer finds in it
   * (مكتب السنيورة).
   */
  record Hit(int from, int to, int start, int end, EntityType type, int placeFrom, boolean byName,
      boolean byWords) {}

  /** The most letters of proclitics a word may carry before a pattern's head (وبال). */
  private static final int MAX_PROCLITICS = 4;
  /** How many words a quoted name may have. */
  private static final int QUOTED = 4;

  private static final Set<String> NOT_A_NAME = Words.of("not-a-name");
  private static final Set<String> PREPOSITIONS = Words.of("preposition");
  private static final Set<String> TITLES = Words.of("title");
  private static final Set<String> BODY_HEADS = Words.of("body-head");
  private static final Set<String> BODY_ADJECTIVES = Words.of("body-adjective");
  private static final Set<String> TIME_WORDS = Words.of("time-word");
  private static final Set<String> ACT_PURPOSES = Words.of("act-purpose");
  private static final Set<String> ANAPHOR_HEADS = Words.of("anaphor-head");
  private static final Set<String> NAME_PREFIXES = Words.of("name-prefix");
  private static final Set<String> PLACE_ADJECTIVES = Words.of("place-adjective");
  /**
   * What a slot returns where its words hold a known party that a name must not swallow: no name
   * is made there (للأمم المتحدة).
   */
  private static final int BLOCKED = -2;
  /** How many adjectives a body named by a definite head may have. */
  private static final int ADJECTIVES = 3;
  /** How many words a phrase with ل after a body's name may have. */
  private static final int FOR_WORDS = 3;
  /** How many words a body's name may have after its head. */
  private static final int BODY_WORDS = 3;
  private static final NamePatterns STANDARD = load();

  private final List<Pattern> patterns;
  /** For each word a pattern may begin with, the patterns that do, in file order. */
  private final Map<String, List<Pattern>> byHead = new HashMap<>();
  /** The lengths of those words: a cheap test before a word's readings are looked up. */
  private final Set<Integer> headLengths = new HashSet<>();

  private NamePatterns(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
    for (Pattern p : patterns) {
      for (String w : p.elements().get(0).words()) {
        headLengths.add(w.length());
        byHead.computeIfAbsent(w, k -> new ArrayList<>()).add(p);
      }
    }
  }

  static NamePatterns standard() {
    return STANDARD;
  }

  private static NamePatterns load() {
    List<Pattern> out = new ArrayList<>();
    for (TsvRows.Row row : TsvRows.resource(NamePatterns.class, "name-patterns.tsv")) {
      String[] f = row.fields();
      if (f.length != 2) {
        throw new IllegalStateException("name-patterns.tsv:" + row.line()
            + ": expected type and pattern");
      }
      List<Element> elements = new ArrayList<>();
      for (String e : f[1].strip().split(" +")) {
        boolean optional = e.startsWith("(") && e.endsWith(")?");
        String body = optional ? e.substring(1, e.length() - 2) : e;
        if (body.startsWith("{")) {
          elements.add(new Element(Set.of(), body.substring(1, body.length() - 1), optional));
        } else {
          Set<String> words = new HashSet<>();
          for (String w : body.split("\\|")) {
            words.add(ArabicNormalizer.normalize(w));
          }
          elements.add(new Element(Set.copyOf(words), null, optional));
        }
      }
      out.add(new Pattern(Code.of(EntityType.class, f[0].strip(), "name-patterns.tsv:"
          + row.line()), elements));
    }
    return new NamePatterns(out);
  }

  /** What a slot may stand on: the names of the knowledge base in the sentence. */
  interface Places {
    /** The token after a knowledge-base place starting at token {@code i}, or -1. */
    int placeEnd(int i);

    /** Whether a knowledge-base name lies within tokens {@code [from, to)}. */
    boolean named(int from, int to);

    /** Whether a knowledge-base person or organization lies within tokens {@code [from, to)}. */
    boolean party(int from, int to);
  }

  /** The names of one sentence, left to right, not overlapping. */
  List<Hit> find(List<Token> toks, Places places) {
    List<Hit> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      int quoted = quotedBody(toks, i, places);
      if (quoted > i) {
        // «حكومة السلام والوحدة»، "الحراك الوطني لإنقاذ طرابلس": a body's name in quotes
        out.add(new Hit(i + 1, quoted - 1, toks.get(i + 1).start(), toks.get(quoted - 2).end(),
            EntityType.ORGANIZATION, -1, false, true));
        i = quoted - 1;
        continue;
      }
      Set<String> readings = headReadings(toks.get(i));
      if (readings == null) {
        continue;
      }
      for (Pattern p : candidates(readings)) {
        int[] place = {-1};
        int end = match(toks, i, p, places, place, readings);
        if (end > i) {
          Token first = toks.get(i);
          int skipped = first.norm().length() - headReading(readings, p).length();
          boolean byName = p.elements().stream().anyMatch(e -> "name".equals(e.slot()));
          boolean byWords = p.elements().stream()
              .anyMatch(e -> "words".equals(e.slot()) || "qualified".equals(e.slot()));
          out.add(new Hit(i, end, first.start() + NameIndex.charOffset(first.text(), skipped),
              toks.get(end - 1).end(), p.type(), place[0], byName, byWords));
          i = end - 1;
          break;
        }
      }
    }
    return out;
  }

  /**
   * The readings of a token without proclitics when one of them is a word a pattern may begin
   * with, else null.
   */
  private Set<String> headReadings(Token t) {
    if (!t.isWord()) {
      return null;
    }
    String n = t.norm();
    // a reading drops at most a few proclitic letters (و، ب، ل، ال، لل for ال)
    boolean candidate = n.startsWith("لل") && byHead.containsKey("ال" + n.substring(2));
    for (int k = 0; k <= MAX_PROCLITICS && k < n.length() - 1 && !candidate; k++) {
      candidate = headLengths.contains(n.length() - k) && byHead.containsKey(n.substring(k));
    }
    if (!candidate) {
      return null;
    }
    Set<String> readings = Clitics.withoutProclitics(n);
    for (String r : readings) {
      if (byHead.containsKey(r)) {
        return readings;
      }
    }
    return null;
  }

  /** The patterns that may begin with one of {@code readings}, in file order. */
  private List<Pattern> candidates(Set<String> readings) {
    List<Pattern> out = new ArrayList<>();
    int lists = 0;
    for (String r : readings) {
      List<Pattern> of = byHead.get(r);
      if (of != null) {
        out.addAll(of);
        lists++;
      }
    }
    if (lists > 1) {
      out.sort(Comparator.comparingInt(patterns::indexOf)); // each list is in file order
    }
    return out;
  }

  /** The token after a match of {@code p} from token {@code i}, or -1; its place in {@code place}. */
  private static int match(List<Token> toks, int i, Pattern p, Places places, int[] place,
      Set<String> readings) {
    if (headReading(readings, p) == null) {
      return -1;
    }
    int j = i + 1;
    for (int k = 1; k < p.elements().size(); k++) {
      Element e = p.elements().get(k);
      int next = j < toks.size() ? element(toks, j, e, places) : -1;
      if (next == BLOCKED || (next < 0 && !e.optional())) {
        return -1;
      }
      if (next >= 0) {
        if ("place".equals(e.slot())) {
          place[0] = j;
        }
        j = next;
      }
    }
    return j;
  }

  /**
   * The first word's reading ({@code readings}: its forms with و، ب، ل، لل taken off) that the
   * pattern's head takes, or null.
   */
  private static String headReading(Set<String> readings, Pattern p) {
    Element head = p.elements().get(0);
    for (String r : readings) {
      if (head.words().contains(r)) {
        return r;
      }
    }
    return null;
  }

  /** The token after element {@code e} matched at token {@code j}, or -1. */
  private static int element(List<Token> toks, int j, Element e, Places places) {
    Token t = toks.get(j);
    if (e.slot() == null) {
      String n = t.norm();
      boolean prefixed = n.length() > 3 && (n.charAt(0) == 'ل' || n.charAt(0) == 'ب');
      return e.words().contains(n) || (prefixed && e.words().contains(n.substring(1)))
          ? j + 1 : -1;
    }
    return switch (e.slot()) {
      case "place" -> places.placeEnd(j);
      case "country" -> EntityStage.isDemonym(t.norm()) ? j + 1 : -1;
      case "number" -> t.kind() == Token.Kind.NUMBER ? j + 1 : -1;
      case "quoted" -> quoted(toks, j, places);
      case "name" -> name(toks, j) && places.placeEnd(j) <= j ? nameEnd(toks, j) : -1;
      case "words" -> words(toks, j, places);
      case "qualified" -> qualified(toks, j, places);
      case "for" -> forPhrase(toks, j, places);
      default -> throw new IllegalStateException("name-patterns.tsv: unknown slot " + e.slot());
    };
  }

  /**
   * True when token {@code j}, right after an indefinite head (بلدة، مستشفى), is a one-word name
   * (بلدة عيترون، مستشفى النو، سوق صابرين): an Arabic word with no conjunction or preposition
   * before it, that is no common noun and no word of place, time or a common compound ({@code
   * not-a-name}: معسكر تدريب), and, without the article, no adjective (حي سكني، قاعدة عريضة) nor
   * present-tense verb.
   */
  private static boolean name(List<Token> toks, int j) {
    Token t = toks.get(j);
    if (t.kind() != Token.Kind.ARABIC || !indefiniteHead(toks, j)) {
      return false;
    }
    String w = t.norm();
    boolean definite = w.startsWith("ال") && w.length() > 3;
    String core = definite ? w.substring(2) : w;
    boolean prefixed = w.length() > 2 && ("وفل".indexOf(w.charAt(0)) >= 0
        || w.startsWith("بال") || w.startsWith("كال"));
    // indefinite, no adjective (سكني، عريضة) nor present-tense verb (يتبع)
    boolean plain = definite || !(core.endsWith("ي") || core.endsWith("يه")
        || core.endsWith("ه") || core.startsWith("ي"));
    return core.length() >= 2 && !prefixed && plain && !CommonNouns.standard().contains(core)
        && !NOT_A_NAME.contains(core) && !NOT_A_NAME.contains(w);
  }

  /**
   * The token after a one-word name at {@code j} ({@link #name}) and what completes it: the word
   * after a first word that opens compound names ({@code name-prefix}: أم جرس، بني سهيلا، عين
   * عيسى) and an adjective of a place's part or age ({@code place-adjective}: عبسان الكبيرة).
   */
  private static int nameEnd(List<Token> toks, int j) {
    int k = j + 1;
    if (k < toks.size() && NAME_PREFIXES.contains(toks.get(j).norm())
        && toks.get(k).kind() == Token.Kind.ARABIC && !PREPOSITIONS.contains(toks.get(k).norm())
        && !NOT_A_NAME.contains(toks.get(k).norm())) {
      k++;
    }
    if (k < toks.size() && PLACE_ADJECTIVES.contains(toks.get(k).norm())) {
      k++;
    }
    return k;
  }

  /** True when the head before token {@code j} has no article: it may take a name after it. */
  private static boolean indefiniteHead(List<Token> toks, int j) {
    String head = Clitics.withoutConjunction(toks.get(j - 1).norm(), 3);
    return !head.startsWith("ال") && !head.startsWith("لل");
  }

  /**
   * The token after the words of a body's name that start at {@code j}, right after an indefinite
   * head (نقابة الصحفيين الفلسطينيين، تنسيقية لجان مقاومة الفاشر): up to {@value #BODY_WORDS}
   * Arabic words, definite ones or a construct noun before one or before a place that ends the
   * name (حلف قبائل حضرموت), none a preposition or a word of
   * {@code not-a-name}; -1 where there is none, or where they hold a person or organization the
   * knowledge base knows (مكتب الأمم المتحدة, كتلة الحزب الديمقراطي: the body named acts), not
   * where they hold a place (شبكة أطباء السودان).
   */
  private static int words(List<Token> toks, int j, Places places) {
    if (!indefiniteHead(toks, j)) {
      return -1;
    }
    int k = j;
    boolean named = false; // a definite word taken: no construct noun after it (سامي البراكس)
    while (k < toks.size() && k < j + BODY_WORDS) {
      Token t = toks.get(k);
      String w = t.norm();
      // a definite word joined by و goes on the name (وكالة المخابرات والأمن الوطني)
      boolean definite = (w.startsWith("ال") || (named && w.startsWith("وال"))) && w.length() > 3;
      int place = k > j && !named ? places.placeEnd(k) : -1;
      if (place > k) {
        k = place; // a place after construct nouns ends the name (مديرية أمن طرابلس)
        named = true;
        break;
      }
      // a common noun before a place is the body's field (مديرية أمن طرابلس)
      boolean beforePlace = k + 1 < toks.size() && places.placeEnd(k + 1) > k + 1;
      boolean construct = !definite && !named && !w.isEmpty() && k + 1 < toks.size()
          && (toks.get(k + 1).norm().startsWith("ال") || beforePlace)
          && "يتن".indexOf(w.charAt(0)) < 0;
      if (t.kind() != Token.Kind.ARABIC || PREPOSITIONS.contains(w)
          || (NOT_A_NAME.contains(w) && !beforePlace) || TITLES.contains(w)
          || !(definite || construct)) {
        break;
      }
      named |= definite;
      k++;
    }
    return k > j && (named || toks.get(k - 1).norm().startsWith("ال")) && !places.party(j, k)
        ? k : -1;
  }

  /**
   * The token after the qualifiers of a body named by a definite head that start at {@code j}
   * (المفوضية العليا المستقلة للانتخابات، الجمعية المغربية لحقوق الإنسان، المكتب الإعلامي
   * الحكومي): one to {@value #ADJECTIVES} definite adjectives ({@link #adjective}), then a phrase
   * with ل ({@link #forPhrase}). Two adjectives, or one and the phrase, make a name; one alone
   * (المجلس العسكري، اللجنة الأمنية) is a body the article does not name. -1 where there is no
   * name or its words hold a person or organization the knowledge base knows (المكتب السياسي
   * لحركة حماس: the movement speaks).
   */
  private static int qualified(List<Token> toks, int j, Places places) {
    int k = j;
    while (k < toks.size() && k < j + ADJECTIVES && adjective(toks.get(k))) {
      k++;
    }
    int phrase = k > j && k < toks.size() ? forPhrase(toks, k, places) : -1;
    if (k == j || phrase == BLOCKED || (phrase < 0 && k - j < 2)) {
      return -1;
    }
    int end = Math.max(k, phrase);
    return places.party(j, end) ? -1 : end;
  }

  /**
   * True when a token is a definite adjective of a body: an Arabic word with the article and no
   * other clitic, no word of time (الماضي، الحالي), ending as an adjective of relation does
   * (الإعلامي، المغربية) or one of {@code body-adjective} (العليا، المستقلة، المشتركة).
   */
  private static boolean adjective(Token t) {
    String w = t.norm();
    if (t.kind() != Token.Kind.ARABIC || !w.startsWith("ال") || w.length() < 5
        || TIME_WORDS.contains(w) || NOT_A_NAME.contains(w)) {
      return false;
    }
    return w.endsWith("ي") || w.endsWith("يه") || BODY_ADJECTIVES.contains(w);
  }

  /**
   * The token after a phrase with ل that completes a body's name from {@code j} (للانتخابات،
   * للأمن القومي، لحقوق الإنسان، لتسوية منازعات الاستثمار): a word with لل, or one with ل and
   * no article, then construct nouns up to a definite genitive, then adjectives, up to
   * {@value #FOR_WORDS} words in all; -1 where there is none or its first word is what people
   * act for ({@code act-purpose}: للمطالبة، للتظاهر) or a bare head that refers back to a
   * party named before ({@code anaphor-head}: للحركة), {@link #BLOCKED} where it holds a person
   * or organization the knowledge base knows (للأمم المتحدة): then there is no name at all, as
   * the known party is the one that acts (هيئة الأركان العامة للجيش الإسرائيلي).
   */
  private static int forPhrase(List<Token> toks, int j, Places places) {
    Token first = toks.get(j);
    String w = first.norm();
    boolean definite = w.startsWith("لل") && w.length() >= 5;
    boolean construct = !definite && w.startsWith("ل") && w.length() >= 4 && j + 1 < toks.size();
    if (first.kind() != Token.Kind.ARABIC || !(definite || construct)) {
      return -1;
    }
    String bare = definite ? "ال" + w.substring(2) : w.substring(1);
    if (PREPOSITIONS.contains(w) || TIME_WORDS.contains(bare) || NOT_A_NAME.contains(bare)
        || ACT_PURPOSES.contains(bare)) {
      return -1;
    }
    int k = j + 1;
    boolean open = !definite; // a construct noun that waits for its genitive
    while (k < toks.size() && k < j + FOR_WORDS && toks.get(k).kind() == Token.Kind.ARABIC) {
      String n = toks.get(k).norm();
      boolean article = n.startsWith("ال") && n.length() > 3;
      if (open && article && !TIME_WORDS.contains(n) && !NOT_A_NAME.contains(n)) {
        open = false; // لحقوق الإنسان
      } else if (!(open && !article && k + 1 < toks.size()
          && toks.get(k + 1).norm().startsWith("ال")) && !(!open && adjective(toks.get(k)))) {
        break; // لتسوية منازعات الاستثمار، للأمن القومي; not للانتخابات النتائج
      }
      k++;
    }
    if (open || (definite && k == j + 1 && ANAPHOR_HEADS.contains(bare))) {
      return -1; // المكتب السياسي للحركة: the movement named before, no name of its own
    }
    return places.party(j, k) ? BLOCKED : k;
  }

  /**
   * The token after the closing quotation mark of a body's name quoted from {@code j}: two to
   * five words that open with a noun of a body ({@code body-head}: حكومة، حراك، تحالف) without
   * clitics but the article; -1 where there is none or it holds a known person or body.
   */
  private static int quotedBody(List<Token> toks, int j, Places places) {
    if (j + 2 >= toks.size() || !Overlay.isQuote(toks.get(j))
        || !BODY_HEADS.contains(Words.withoutArticle(toks.get(j + 1).norm(), 3))) {
      return -1;
    }
    for (int k = j + 2; k < toks.size() && k <= j + QUOTED + 2; k++) {
      Token t = toks.get(k);
      if (Overlay.isQuote(t)) {
        return k > j + 2 && !places.party(j + 1, k) ? k + 1 : -1;
      }
      if (!t.isWord() || PREPOSITIONS.contains(t.norm())) {
        return -1; // «القوات على أهبة الاستعداد»: words quoted, no name
      }
    }
    return -1;
  }

  /**
   * The token after a closing quotation mark of a name opened at {@code j}, or -1; a name the
   * knowledge base knows (موقع “مدى مصر”) is left to it.
   */
  private static int quoted(List<Token> toks, int j, Places places) {
    if (!Overlay.isQuote(toks.get(j))) {
      return -1;
    }
    for (int k = j + 1; k < toks.size() && k <= j + QUOTED + 1; k++) {
      Token t = toks.get(k);
      if (Overlay.isQuote(t)) {
        return k > j + 1 && !places.named(j + 1, k) ? k + 1 : -1;
      }
      if (!t.isWord()) {
        return -1;
      }
    }
    return -1;
  }
}
