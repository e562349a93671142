package org.marsad.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.marsad.analysis.Stage;
import org.marsad.analysis.Overlay;
import org.marsad.analysis.OwnedActs;
import org.marsad.analysis.Words;
import org.marsad.arabic.ArabicDates;
import org.marsad.arabic.ArabicLetters;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.Token;
import org.marsad.arabic.TokenizedSentence;
import org.marsad.data.TsvRows;
import org.marsad.kb.Demonyms;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;

/**
 * Fills a document's entities. Per sentence: knowledge-base names ({@link NameIndex}, clitic
 * aware) and the statistical recognizer's names ({@link NameRecognizer}, which reads the whole
 * document, for names the knowledge base does not know); where both find a name, the knowledge
 * base's reading wins. Mentions are then gathered into entities: one per knowledge-base entry,
 * and for unlinked names one per normalized name, with a lone family name joining the full name
 * it ends (جويلي joins أسامة جويلي). Nisba adjectives (المصري، الليبية) are not place mentions.
 * Thread-safe.
 */
public final class EntityStage implements Stage {
  private final KnowledgeBase kb;
  private final NameIndex index;
  private final NameRecognizer recognizer;
  private final ContestedNames contested;
  private final QuotedOutlets quotedOutlets;
  private final RoleHolders roles;

  /**
   * A stage finding {@code index}'s names (built from {@code kb}); with {@code recognizer} null
   * it finds knowledge-base names only.
   */
  EntityStage(KnowledgeBase kb, NameIndex index, NameRecognizer recognizer) {
    this.kb = kb;
    this.index = index;
    this.recognizer = recognizer;
    this.contested = ContestedNames.load(kb);
    this.quotedOutlets = new QuotedOutlets(kb);
    this.roles = new RoleHolders(kb.entries());
  }

  private static final class Holder {
    static final NameIndex INDEX = new NameIndex(KnowledgeBase.standard());
    static final EntityStage STANDARD =
        new EntityStage(KnowledgeBase.standard(), INDEX, loadRecognizer(INDEX));
  }

  public static EntityStage standard() {
    return Holder.STANDARD;
  }

  /**
   * A stage finding and linking {@code kb}'s names. The recognizer reads the shipped knowledge
   * base only, as it was trained to, so that it judges on its own whether a user entry's name
   * is a name where it stands: gazetteers have villages named بيان, المصدر or الحكومة, so a user
   * entry's one-word name is linked only where the recognizer tags a name of its type over it.
   */
  public static EntityStage using(KnowledgeBase kb) {
    return new EntityStage(kb, new NameIndex(kb), Holder.STANDARD.recognizer);
  }

  /**
   * A stage finding and linking {@code kb}'s names with another recognizer than the shipped one
   * (a model trained by {@code marsad train-ner}, see {@link #readRecognizer}).
   */
  public static EntityStage using(KnowledgeBase kb, NameRecognizer recognizer) {
    return new EntityStage(kb, new NameIndex(kb), recognizer);
  }

  /** A recognizer model written by {@code marsad train-ner}, reading the shipped names. */
  public static NameRecognizer readRecognizer(InputStream in) throws IOException {
    return NameRecognizer.read(in, Holder.INDEX);
  }

  /** The shipped recognizer, reading {@code index}'s names. */
  public static NameRecognizer loadRecognizer(NameIndex index) {
    try (InputStream in = EntityStage.class.getResourceAsStream("ner.bin.gz")) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/marsad/entity/ner.bin.gz");
      }
      return NameRecognizer.read(in, index);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A mention before grouping: of a knowledge-base entry, a generic actor, or neither. */
  private record Found(int start, int end, EntityType type, KbEntry entry,
      GenericActors.Found generic) {
    Found(int start, int end, EntityType type, KbEntry entry) {
      this(start, end, type, entry, null);
    }
  }

  private static final GenericActors GENERIC = GenericActors.standard();
  /** Names too general to name their entry outside an article on its country. */
  private static final Set<String> SCOPED = scopedNames();
  private static final Set<String> PLACE_PARTS = Words.of("place-part");
  private static final Set<String> PLACE_NOUNS = Words.of("place-noun");
  private static final Set<String> NAME_PREFIXES = Words.of("name-prefix");
  private static final Set<String> RANK_PARTS = Words.of("rank-part");
  private static final Set<String> PLACE_ADJECTIVES = Words.of("place-adjective");
  private static final Set<String> ENVOYS = Words.of("envoy-noun");
  private static final Set<String> PREPOSITIONS = Words.of("preposition");
  private static final Set<String> LANDFORMS = Words.of("landform-noun");
  private static final Set<String> CURRENCIES = Words.of("currency");
  private static final Set<String> LIGHT_VERBS = Words.of("light-verb");

  @Override
  public Layer gives() {
    return Layer.ENTITIES;
  }

  @Override
  public Document process(Document doc) {
    String text = doc.text();
    List<List<Token>> sentences = new ArrayList<>();
    List<List<String>> norms = new ArrayList<>();
    for (TokenizedSentence s : TokenizedSentence.of(text)) {
      sentences.add(s.tokens());
      norms.add(s.tokens().stream().map(Token::norm).toList());
    }
    List<String[]> tags = recognizer == null ? null : recognizer.tag(norms);
    if (tags != null) {
      for (int j = 0; j < sentences.size(); j++) {
        TitledNames.mark(sentences.get(j), tags.get(j), recognizer.evidence().persons());
      }
    }
    Sides sides = new Sides(contested.documentReading(norms), contested.outletReading(outlet(doc)),
        new HashSet<>());
    List<Found> found = new ArrayList<>();
    for (int j = 0; j < sentences.size(); j++) {
      found.addAll(sentence(text, sentences.get(j), tags == null ? null : tags.get(j), sides,
          doc.published().value()));
    }
    found.addAll(offices(sentences, found, doc.published().value()));
    found.addAll(surnames(sentences, found));
    // الجيش الوطني or مجلس النواب in an article on Somalia or Iraq: a reading that the name
    // alone does not tie to its country holds only where the article names something else of it
    Set<String> countries = new HashSet<>();
    Map<String, Set<String>> scopedEntries = new HashMap<>();
    for (Found f : found) {
      if (f.entry() == null || f.entry().country() == null) {
        continue;
      }
      if (!sides.scoped().contains(f)) {
        countries.add(f.entry().country());
      } else if (scopedEntries.computeIfAbsent(f.entry().country(), c -> new HashSet<>())
          .add(f.entry().id()) && scopedEntries.get(f.entry().country()).size() > 1) {
        countries.add(f.entry().country()); // two bodies of one state: مجلس النواب والمجلس الأعلى للدولة
      }
    }
    found.removeIf(f -> sides.scoped().contains(f) && !countries.contains(f.entry().country()));
    List<Found> anaphors = anaphora(text, sentences, found);
    // وقالت الجماعة after جماعة بوكو حرام: that group, not an unnamed one
    found.removeIf(f -> loneNoun(f) && anaphors.stream()
        .anyMatch(h -> h.start() < f.end() && f.start() < h.end()));
    found.addAll(anaphors);
    Map<Found, Found> repeated = unlinkedAnaphora(text, sentences, found);
    found.addAll(repeated.keySet());
    return doc.withEntities(group(text, found, repeated));
  }

  /**
   * A person's last name alone after his full name (كمال الفقي ... وأضاف الفقي): a mention of
   * him, which grouping joins to the full name. Not a last name that is a common noun (يحيى سريع
   * ... رد سريع) or a name token listed often (حسن شيخ محمود ... محمود عباس).
   */
  private List<Found> surnames(List<List<Token>> sentences, List<Found> found) {
    Map<Integer, Found> personsEnding = new HashMap<>();
    for (Found f : found) {
      if (f.type() == EntityType.PERSON && f.generic() == null) {
        personsEnding.merge(f.end(), f, (x, y) -> x.start() <= y.start() ? x : y);
      }
    }
    Map<String, Integer> lastNames = new HashMap<>();
    // a surname that is also a common word (يحيى سريع، ذبيح الله مجاهد) only as the subject right
    // after a verb opening its sentence with و or ف (وتوعد سريع، ونفى مجاهد)
    Map<String, Integer> commonLastNames = new HashMap<>();
    for (List<Token> toks : sentences) {
      for (int i = 1; i < toks.size(); i++) {
        Token t = toks.get(i);
        Found f = personsEnding.get(t.end());
        String last = Words.bare(t);
        if (f != null && toks.get(i - 1).start() >= f.start() && last.length() > 2
            && (recognizer == null
            || recognizer.evidence().persons().count(last) < TitledNames.OFTEN)) {
          // a name of two words or more ends here
          (TitledNames.commonWord(last) ? commonLastNames : lastNames)
              .merge(last, f.end(), Math::min);
        }
      }
    }
    List<Found> out = new ArrayList<>();
    if (lastNames.isEmpty() && commonLastNames.isEmpty()) {
      return out;
    }
    for (List<Token> toks : sentences) {
      for (int i = 0; i < toks.size(); i++) {
        Token t = toks.get(i);
        Integer after = lastNames.get(Words.bare(t));
        if (after == null && i == 1 && toks.get(0).kind() == Token.Kind.ARABIC
            && !toks.get(0).norm().equals(Words.bare(toks.get(0)))) {
          after = commonLastNames.get(t.norm());
        }
        if (after != null && t.start() >= after && t.kind() == Token.Kind.ARABIC
            && found.stream().noneMatch(f -> f.start() < t.end() && t.start() < f.end())) {
          int start = t.norm().equals(Words.bare(t)) ? t.start()
              : t.start() + NameIndex.charOffset(t.text(), 1); // وأضاف الفقي، والفقي
          out.add(new Found(start, t.end(), EntityType.PERSON, null));
        }
      }
    }
    return out;
  }

  /**
   * Bare head nouns of a party named before (الجيش، الحركة), or named inside a name before (حكومة
   * الوفاق in قوات حكومة الوفاق): mentions of it.
   */
  private List<Found> anaphora(String text, List<List<Token>> sentences, List<Found> found) {
    BitSet covered = new BitSet();
    List<DefiniteAnaphora.Named> named = new ArrayList<>();
    for (Found f : found) {
      if (!loneNoun(f)) {
        covered.set(f.start(), f.end());
      }
      if (f.entry() != null) {
        named.add(new DefiniteAnaphora.Named(f.start(), f.end(), f.entry()));
      }
    }
    List<Found> out = new ArrayList<>();
    for (DefiniteAnaphora.Hit h : DefiniteAnaphora.resolve(text, sentences, named, covered,
        this::organizationsInside)) {
      out.add(new Found(h.start(), h.end(), h.entry().type(), h.entry()));
    }
    return out;
  }

  /** True for a generic actor named by its noun alone (الجماعة): it may refer back instead. */
  private static boolean loneNoun(Found f) {
    return f.generic() != null && f.generic().to() - f.generic().from() == 1;
  }

  /**
   * The organizations the knowledge base names right after the first word of a name of three
   * words or more (قوات حكومة الوفاق names the government too: الحكومة may refer back to it).
   */
  private List<KbEntry> organizationsInside(List<Token> words) {
    List<KbEntry> out = new ArrayList<>();
    if (words.size() >= 3) {
      for (NameIndex.Match m : index.find(words.subList(1, words.size()))) {
        if (m.from() == 0 && m.entry().type() == EntityType.ORGANIZATION) {
          out.add(m.entry());
        }
      }
    }
    return out;
  }

  /**
   * Officials named by office and country (الرئيس التركي) whom the article also names: mentions
   * of them ({@link RoleHolders}), on tokens no other name covers.
   */
  private List<Found> offices(List<List<Token>> sentences, List<Found> found, String date) {
    Set<String> named = new HashSet<>();
    for (Found f : found) {
      if (f.entry() != null) {
        named.add(f.entry().id());
      }
    }
    List<Found> out = new ArrayList<>();
    if (named.isEmpty()) {
      return out;
    }
    BitSet inName = new BitSet();
    for (Found f : found) {
      inName.set(f.start(), f.end());
    }
    for (List<Token> toks : sentences) {
      boolean[] covered = new boolean[toks.size()];
      for (int i = 0; i < toks.size(); i++) {
        int next = inName.nextSetBit(toks.get(i).start());
        covered[i] = next >= 0 && next < toks.get(i).end();
      }
      for (RoleHolders.Hit h : roles.find(toks, covered, named, date)) {
        if (h.to() < toks.size() && startsMentionOf(found, toks.get(h.to()), h.holder())) {
          continue; // الرئيس المصري عبد الفتاح السيسي: the office titles the name that follows
        }
        out.add(new Found(h.start(), h.end(), h.holder().type(), h.holder()));
      }
    }
    return out;
  }

  private static boolean startsMentionOf(List<Found> found, Token t, KbEntry entry) {
    for (Found f : found) {
      if (f.entry() == entry && f.start() >= t.start() && f.start() < t.end()) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> scopedNames() {
    Set<String> out = new HashSet<>();
    for (TsvRows.Row row : TsvRows.resource(EntityStage.class, "scoped-names.tsv")) {
      out.add(ArabicNormalizer.normalize(row.fields()[0].strip()));
    }
    return Set.copyOf(out);
  }

  /**
   * How an article reads contested names: its own usage and its outlet's alignment, or null; and
   * the mentions found so far whose reading holds only in an article on its country: contested
   * names the words right after them did not decide, and names of {@code scoped-names.tsv}.
   */
  private record Sides(String document, String outlet, Set<Found> scoped) {}

  /**
   * The publishing outlet's knowledge-base entry, or null; an outlet found only from a phrase in
   * the text may be a cited one, not the publisher, and is not used.
   */
  private KbEntry outlet(Document doc) {
    var s = doc.source();
    if (s == null || s.outletKb() == null || "text".equals(s.outletBasis())) {
      return null;
    }
    return kb.get(s.outletKb()).orElse(null);
  }

  /**
   * Names in one sentence: the knowledge base's (a person's forces as the party the person leads
   * on {@code date}: {@link LeadersForces}), then contested names ({@link ContestedNames}) on the
   * tokens left, then the recognizer's {@code tags} (or null).
   */
  private List<Found> sentence(String text, List<Token> toks, String[] tags, Sides sides,
      String date) {
    List<Found> out = new ArrayList<>();
    List<NameIndex.Match> kbNames = index.find(toks);
    boolean[] covered = new boolean[toks.size()];
    boolean[] adjectives = new boolean[toks.size()];
    for (NameIndex.Match m : kbNames) {
      if (m.to() - m.from() == 1 && isDemonym(toks.get(m.from()).norm())
          && !countryNamed(toks, m)) {
        continue; // التركية is Turkish, not Turkey (تركيه)
      }
      if (m.to() - m.from() == 1 && verbAtClauseHead(toks, m.from())) {
        continue; // ودان رئيس الحكومة: and the prime minister condemned, not the town Waddan
      }
      if (m.to() - m.from() == 1 && commonNounWithArticle(toks.get(m.from()).norm())) {
        continue; // الحماس is enthusiasm; حماس is Hamas
      }
      if (m.to() - m.from() == 1 && agreesWithNoun(toks, covered, m)) {
        continue; // الدول العربية: Arab, not the channel العربية
      }
      if (m.from() > 0 && m.entry().kind() == KbEntry.Kind.PLACE
          && LANDFORMS.contains(Words.bare(toks.get(m.from() - 1)))) {
        continue; // جبل الزاوية: the mountain (a pattern names it), not the town
      }
      if (m.to() - m.from() == 1 && accusativeAdjective(toks, covered, m)) {
        adjectives[m.from()] = true;
        continue; // 230 أسيرا أوكرانيا: Ukrainian, not Ukraine (nor a name the recognizer tags)
      }
      if (m.to() - m.from() == 1 && m.entry().kind() == KbEntry.Kind.PLACE
          && monthOfDate(toks, m.from())) {
        continue; // اغسطس (آب) 2008 is a month (آب), not Ibb (إب)
      }
      if (surname(toks, covered, m)) {
        // السفير السعودي وليد بخاري: a town's name after a titled first name is his surname
        out.add(new Found(toks.get(m.from() - 1).start(), m.end(), EntityType.PERSON, null));
        covered[m.from() - 1] = true;
        covered[m.from()] = true;
        continue;
      }
      boolean scoped = SCOPED.contains(ArabicNormalizer.normalize(text.substring(m.start(),
          m.end())));
      String after = m.to() < toks.size() ? definite(toks.get(m.to()).norm()) : "";
      if (scoped && after.startsWith("ال") && Demonyms.country(after)
          .filter(c -> !c.equals(m.entry().country())).isPresent()) {
        continue; // قوات الاحتلال الأمريكي: a general name of one state's body, another state's
      }
      if (m.to() - m.from() == 1 && !KnowledgeBase.isShipped(m.entry().id())
          && !tagged(tags, m.from(), m.to(), m.entry().type())) {
        continue; // a user entry's one-word name is linked where the recognizer sees a name
      }
      int forces = m.entry().type() == EntityType.PERSON
          ? LeadersForces.opening(toks, covered, m.from()) : -1;
      KbEntry party = forces < 0 ? null
          : LeadersForces.party(kb, m.entry(), date, toks.get(forces));
      if (party != null) {
        // قوات حميدتي، مليشيات اللواء المتقاعد خليفة حفتر: the forces of the party he leads,
        // and the leader named in their name
        Token first = toks.get(forces);
        int start = first.start() + NameIndex.charOffset(first.text(),
            first.norm().length() - Words.bare(first).length());
        out.add(new Found(start, m.end(), party.type(), party));
        out.add(new Found(m.start(), m.end(), m.entry().type(), m.entry()));
        Arrays.fill(covered, forces, m.to(), true);
        continue;
      }
      KbEntry outlet = m.entry().kind() == KbEntry.Kind.PLACE
          ? quotedOutlets.at(text, m.start(), m.end()) : null; // قال لـ«الشرق الأوسط»
      KbEntry entry = outlet != null ? outlet : m.entry();
      Found f = new Found(m.start(), m.end(), entry.type(), entry);
      out.add(f);
      if (scoped) {
        sides.scoped().add(f);
      }
      for (int i = m.from(); i < m.to(); i++) {
        covered[i] = true;
      }
    }
    for (int i = 1; i < toks.size(); i++) {
      KbEntry state = covered[i] || !Demonyms.mayBe(toks.get(i).norm())
          || !(ENVOYS.contains(Words.bare(toks.get(i - 1))) || OwnedActs.before(toks, i)) ? null
          : Demonyms.country(toks.get(i).norm()).flatMap(c -> kb.get(c.toLowerCase(Locale.ROOT)))
              .filter(e -> countryOf(e) != null).orElse(null);
      if (state == null && !covered[i] && Demonyms.mayBe(toks.get(i).norm())) {
        // قصف حوثي، الميليشيا الحوثية: a group's adjective names the group
        state = Demonyms.party(toks.get(i).norm()).flatMap(kb::get).orElse(null);
      }
      if (state != null) {
        // طردت النيجر السفير الفرنسي: the envoy's adjective names the state he stands for;
        // القرار الإيراني: a decision's or a stance's adjective the state that took it
        out.add(new Found(toks.get(i).start(), toks.get(i).end(), state.type(), state));
        covered[i] = true;
      }
    }
    List<String> norms = toks.stream().map(Token::norm).toList();
    KbEntry[] entryAt = new KbEntry[toks.size()];
    for (NameIndex.Match m : kbNames) {
      Arrays.fill(entryAt, m.from(), m.to(), m.entry());
    }
    for (ContestedNames.Hit h : contested.find(norms, covered, i -> entryAt[i], sides.document(),
        sides.outlet())) {
      Token first = toks.get(h.from());
      int start = first.start() + NameIndex.charOffset(first.text(), h.clitics());
      Found f = new Found(start, toks.get(h.to() - 1).end(), h.entry().type(), h.entry());
      out.add(f);
      if (h.byDefault()) {
        sides.scoped().add(f);
      }
      for (int i = h.from(); i < h.to(); i++) {
        covered[i] = true;
      }
    }
    NamePatterns.Places places = new NamePatterns.Places() {
      @Override
      public int placeEnd(int i) {
        return EntityStage.placeEnd(kbNames, i);
      }

      @Override
      public boolean named(int from, int to) {
        return kbNames.stream().anyMatch(m -> m.from() < to && m.to() > from);
      }

      @Override
      public boolean party(int from, int to) {
        return kbNames.stream().anyMatch(m -> m.from() < to && m.to() > from
            && (m.entry().type() == EntityType.PERSON
                || m.entry().type() == EntityType.ORGANIZATION));
      }
    };
    for (NamePatterns.Hit p : NamePatterns.standard().find(toks, places)) {
      // a name made by a {name} slot yields to one the recognizer tags there (خان بني سعد)
      if (!withinOne(kbNames, p.from(), p.to())
          && !(p.byName() && tagged(tags, p.from(), p.to(), EntityType.EQUIPMENT))
          && !(p.byWords() && tagged(tags, p.from() + 1, p.to(), EntityType.PERSON))) {
        // a name inside it is part of it (المنطقة الغربية العسكرية), but for its place
        out.removeIf(f -> f.start() >= p.start() && f.end() <= p.end()
            && (p.placeFrom() < 0 || f.start() < toks.get(p.placeFrom()).start()));
        out.add(new Found(p.start(), p.end(), p.type(), quotedEntry(toks, p)));
        Arrays.fill(covered, p.from(), p.to(), true);
      }
    }
    for (GenericActors.Found g : GENERIC.find(toks, covered, i -> countryOf(entryAt[i]))) {
      out.removeIf(f -> f.start() >= g.start() && f.end() <= g.end()); // جيش باكستان
      out.add(new Found(g.start(), g.end(), EntityType.ORGANIZATION, null, g));
      Arrays.fill(covered, g.from(), g.to(), true);
    }
    if (tags != null) {
      for (String span : Conll.spans(List.of(tags))) {
        String[] p = span.split(":");
        if (p[0].equals("MISC")) {
          continue;
        }
        EntityType type = EntityType.valueOf(p[0]);
        int from = Integer.parseInt(p[1]);
        int to = Integer.parseInt(p[2]);
        while (type == EntityType.PERSON && from < to - 2 && covered[from]
            && entryAt[from] != null && entryAt[from].type() == EntityType.LOCATION
            && !toks.get(from + 1).norm().startsWith("ال")) {
          from++; // رئيس ولاية جوبالاند أحمد محمد إسلام: the place before the person is its own
        }
        if (type == EntityType.PERSON && firstNameBefore(toks, covered, from)) {
          from--; // نظيره الباكستاني جليل عباس جيلاني: the first name the tagger left out
        }
        if (type == EntityType.PERSON && to - from >= 3
            && LIGHT_VERBS.contains(toks.get(to - 1).norm())) {
          to--; // محمد آل جابر أجرى، الأسبوع الماضي، اتصالات: the verb after the name is no name
        }
        if (type == EntityType.PERSON && lastNameAli(toks, covered, from, to)) {
          to++; // نظيره السوداني حسين عوض علي في مقر الوزارة: علي ends the name
        }
        boolean overlaps = false;
        for (int i = from; i < to; i++) {
          overlaps |= covered[i] || adjectives[i];
        }
        if (overlaps) {
          continue;
        }
        for (int[] piece : TaggedSpans.pieces(toks, from, to)) {
          int a = piece[0];
          int b = piece[1];
          if (toks.get(a).kind() != Token.Kind.ARABIC || hasTanwin(toks.subList(a, b))
              || (b - a == 1 && isNisba(toks.get(a).norm())) || TaggedSpans.common(toks.get(a))
              || (b - a == 1 && Demonyms.country(toks.get(a).norm()).isPresent())
              || (b - a == 1 && PLACE_PARTS.contains(Words.bare(toks.get(a))))
              || (b - a == 1 && verbAtClauseHead(toks, a))
              || currency(toks.subList(a, b))) {
            // مصدر سياسي ليبي، في ريف حلب، 182 مليون ريال: a country adjective, ريف or a
            // currency alone is no name
            continue;
          }
          int start = toks.get(a).start();
          if (type == EntityType.PERSON && procliticOnName(toks.get(a).norm(),
              recognizer.evidence().persons())) {
            start += NameIndex.charOffset(toks.get(a).text(), 1); // وقاسم عبد العزيز، بمظلوم عبدي
          }
          // بلدة عيل بور، بولاية غلمدغ: a name after a town's or province's noun is a place
          EntityType as = a > 0 && placeNoun(toks.get(a - 1)) ? EntityType.LOCATION : type;
          int end = toks.get(b - 1).end();
          if (as == EntityType.LOCATION) {
            // بني سهيلا، أم جرس، عبسان الكبيرة: the first word of a compound place name and the
            // adjective after a place's name are part of it
            if (a > 0 && !covered[a - 1] && NAME_PREFIXES.contains(toks.get(a - 1).norm())) {
              start = toks.get(a - 1).start();
            }
            if (b < toks.size() && !covered[b] && PLACE_ADJECTIVES.contains(toks.get(b).norm())) {
              end = toks.get(b).end();
            }
          }
          out.add(new Found(start, end, as, null));
        }
      }
    }
    return out;
  }

  /**
   * True when a one-word place of the knowledge base that is no state follows a word the name
   * lists give as a first name often ({@link TitledNames#OFTEN}), no common noun nor word of the
   * sentence's frame (على is also علي), itself right after a title, a role or a definite
   * adjective ({@link TitledNames#afterTitle}: السفير السعودي وليد بخاري): the two words name a
   * person.
   */
  private boolean surname(List<Token> toks, boolean[] covered, NameIndex.Match m) {
    int first = m.from() - 1;
    if (m.to() - m.from() != 1 || first < 1 || covered[first] || covered[first - 1]
        || m.entry().kind() != KbEntry.Kind.PLACE || m.entry().isCountry()
        || toks.get(first).kind() != Token.Kind.ARABIC || TitledNames.frame(toks.get(first))) {
      return false;
    }
    String name = toks.get(first).norm();
    return recognizer.evidence().persons().count(name) >= TitledNames.OFTEN
        && !TitledNames.commonWord(name) && TitledNames.afterTitle(toks.get(first - 1));
  }

  /**
   * True when the word before a person the tagger found at {@code from} is a first name it left
   * out: a word of the name lists that is no common noun (or listed often) nor word of the
   * sentence's frame, right after a title, a role or a definite adjective ({@link
   * TitledNames#afterTitle}).
   */
  private boolean firstNameBefore(List<Token> toks, boolean[] covered, int from) {
    int first = from - 1;
    if (first < 1 || covered[first] || toks.get(first).kind() != Token.Kind.ARABIC
        || TitledNames.frame(toks.get(first)) || toks.get(first).norm().startsWith("ال")
        || toks.get(first).norm().length() < 3 || TitledNames.role(toks.get(first))
        || RANK_PARTS.contains(toks.get(first).norm())) {
      return false; // هما، رئيس، الفريق أول: a pronoun, a role or a rank's word
    }
    String name = toks.get(first).norm();
    int listed = recognizer.evidence().persons().count(name);
    return (listed >= TitledNames.OFTEN || (listed > 0 && !TitledNames.commonWord(name)))
        && TitledNames.afterTitle(toks.get(first - 1));
  }

  /**
   * A noun of a town or province (place-noun), with or without the preposition ب or ل; not with
   * the article (المنطقة، الحي are no heads of a name after them).
   */
  private static boolean placeNoun(Token t) {
    String b = Words.bare(t);
    return PLACE_NOUNS.contains(b) || ((b.startsWith("ب") || b.startsWith("ل"))
        && PLACE_NOUNS.contains(b.substring(1)));
  }

  /** True when the tokens are a currency, alone or with its country (ريال، ريال قطري). */
  private static boolean currency(List<Token> span) {
    return CURRENCIES.contains(Words.bare(span.get(0))) && (span.size() == 1
        || (span.size() == 2 && (isNisba(span.get(1).norm())
            || Demonyms.country(span.get(1).norm()).isPresent())));
  }

  /**
   * True when a person's name begins with the conjunction و or a preposition ب or ل written on
   * it: the word is no token of {@code persons} (the recognizer's person-name list) as written
   * (وليد، بشير، ليلى are), but is one without that letter (وقاسم، بمظلوم، لمحمود).
   */
  private static boolean procliticOnName(String norm, NameList persons) {
    return norm.length() > 3 && "وبل".indexOf(norm.charAt(0)) >= 0
        && !persons.listsAsWritten(norm)
        && persons.listsAsWritten(norm.substring(1));
  }

  /**
   * The token after a knowledge-base place below a country that starts at token {@code i}, or
   * -1 (قاعدة تركية is a Turkish base, not one named Turkey).
   */
  private static int placeEnd(List<NameIndex.Match> names, int i) {
    for (NameIndex.Match m : names) {
      if (m.from() == i && m.entry().type() == EntityType.LOCATION
          && !m.entry().isCountry()) {
        return m.to();
      }
    }
    return -1;
  }

  /** Whether one knowledge-base name covers tokens {@code [from, to)}. */
  private static boolean withinOne(List<NameIndex.Match> names, int from, int to) {
    for (NameIndex.Match m : names) {
      if (m.from() <= from && m.to() >= to) {
        return true;
      }
    }
    return false;
  }

  /** The country a knowledge-base country entry stands for, else null. */
  private static String countryOf(KbEntry e) {
    return e != null && e.isCountry() ? e.country() : null;
  }

  /**
   * Whether the recognizer tagged a name of {@code type}'s kind in tokens [from, to): a person
   * for a PERSON, a place for a LOCATION or FACILITY, an organization for an ORGANIZATION, any
   * name but MISC for EQUIPMENT.
   */
  private static boolean tagged(String[] tags, int from, int to, EntityType type) {
    String want = switch (type) {
      case PERSON, ORGANIZATION -> type.name();
      case LOCATION, FACILITY -> EntityType.LOCATION.name();
      default -> null;
    };
    for (int i = from; tags != null && i < to; i++) {
      String t = tags[i];
      if (!t.equals("O") && !t.endsWith("MISC") && (want == null || t.endsWith("-" + want))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Names do not take tanwin: a span with an indefinite accusative (دبلوماسياً، أمنياً) is an
   * adverb or a common noun that the tagger mistook.
   */
  static boolean hasTanwin(List<Token> toks) {
    for (Token t : toks) {
      String x = t.text();
      if (x.indexOf(ArabicLetters.FATHATAN) >= 0 || x.indexOf(ArabicLetters.DAMMATAN) >= 0
          || x.indexOf(ArabicLetters.KASRATAN) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the person's name in tokens [from, to) of two words or more is followed by علي
   * written with ي (the preposition is written على), then punctuation, a preposition, إن or the
   * sentence's end: the name's last word, not the preposition.
   */
  static boolean lastNameAli(List<Token> toks, boolean[] covered, int from, int to) {
    if (to - from < 2 || to >= toks.size() || covered[to] || !toks.get(to).text().equals("علي")) {
      return false;
    }
    return to + 1 == toks.size() || toks.get(to + 1).kind() == Token.Kind.PUNCT
        || PREPOSITIONS.contains(toks.get(to + 1).norm())
        || COMPLEMENTIZERS.contains(toks.get(to + 1).norm());
  }

  private static final Set<String> BARE_NAMES = Words.of("bare-name");
  private static final Set<String> COMPLEMENTIZERS = Words.of("complementizer");

  /**
   * True when the word at {@code i} is a month's name written in a date: after a day's number or
   * another month's name (18 اغسطس (آب)), or before a year.
   */
  static boolean monthOfDate(List<Token> toks, int i) {
    if (ArabicDates.month(toks.get(i).norm()).isEmpty()) {
      return false;
    }
    int before = i - 1;
    while (before >= 0 && toks.get(before).kind() == Token.Kind.PUNCT) {
      before--;
    }
    int after = i + 1;
    while (after < toks.size() && toks.get(after).kind() == Token.Kind.PUNCT) {
      after++;
    }
    return (before >= 0 && (toks.get(before).kind() == Token.Kind.NUMBER
        || ArabicDates.month(toks.get(before).norm()).isPresent()))
        || (after < toks.size() && toks.get(after).kind() == Token.Kind.NUMBER);
  }

  private static final Set<String> VERB_NAMES = Words.of("verb-name");

  /**
   * True when the one-word place name at {@code i} is also a verb ({@code verb-name}) and stands
   * where a verb would: at the head of a sentence or after a comma, before a word that is not a
   * preposition (ودان رئيس الحكومة; not في ودان, ودان والجفرة).
   */
  static boolean verbAtClauseHead(List<Token> toks, int i) {
    if (!VERB_NAMES.contains(toks.get(i).norm())) {
      return false;
    }
    boolean head = i == 0 || toks.get(i - 1).kind() == Token.Kind.PUNCT;
    if (!head || i + 1 >= toks.size()) {
      return false;
    }
    Token next = toks.get(i + 1);
    return next.kind() == Token.Kind.ARABIC && !PREPOSITIONS.contains(next.norm())
        && !next.norm().startsWith("و");
  }

  /** A name that is also a common noun, written with the article: the noun (الحماس). */
  static boolean commonNounWithArticle(String norm) {
    String s = definite(norm);
    return s.startsWith("ال") && BARE_NAMES.contains(s.substring(2));
  }

  /** A definite country adjective (التركية، والمصري، للتونسيين), whatever the knowledge base has. */
  static boolean isDemonym(String norm) {
    String s = definite(norm);
    return s.startsWith("ال") && Demonyms.country(s).isPresent();
  }

  /** A word without its conjunction, with a preposition on its article read as the article. */
  private static String definite(String norm) {
    String s = Clitics.withoutConjunction(norm, 3);
    if (s.startsWith("لل")) {
      s = "ا" + s.substring(1);
    } else if (s.startsWith("بال") || s.startsWith("كال")) {
      s = s.substring(1);
    }
    return s;
  }

  /**
   * True when a one-word match that reads as a country adjective is the name of the country
   * itself (السعودية): written as one of the entry's own forms, and not after a definite noun it
   * would agree with (أدانت السعودية الهجوم; not القوات السعودية).
   */
  private static boolean countryNamed(List<Token> toks, NameIndex.Match m) {
    String s = definite(toks.get(m.from()).norm());
    boolean ownForm = m.entry().forms().stream().map(ArabicNormalizer::normalize)
        .anyMatch(f -> f.equals(s));
    return ownForm && (m.from() == 0
        || !definite(toks.get(m.from() - 1).norm()).startsWith("ال"));
  }

  /**
   * True when a one-word organization's name shaped as a feminine relational adjective follows a
   * definite noun it agrees with (الدول العربية، المنطقة العربية; not قناة العربية, nor والعربية
   * after another name).
   */
  private static boolean agreesWithNoun(List<Token> toks, boolean[] covered, NameIndex.Match m) {
    int i = m.from();
    String w = toks.get(i).norm();
    EntityType type = m.entry().type();
    if (i == 0 || type == EntityType.PERSON || m.entry().kind() == KbEntry.Kind.PLACE
        || !w.endsWith("يه") || !isNisba(w)) {
      return false;
    }
    Token before = toks.get(i - 1);
    return before.kind() == Token.Kind.ARABIC && !covered[i - 1]
        && definite(before.norm()).startsWith("ال");
  }

  /**
   * True when a country's name is written as its own adjective in the accusative (أوكرانيا،
   * روسيا) right after an indefinite noun in the accusative that it describes (أسيرا أوكرانيا،
   * ضابطا روسيا), not after a preposition or a name, nor after a participle that opens a clause
   * after a comma (، مطالبا إثيوبيا بالالتزام).
   */
  private static boolean accusativeAdjective(List<Token> toks, boolean[] covered,
      NameIndex.Match m) {
    int i = m.from();
    String w = toks.get(i).norm();
    String country = countryOf(m.entry());
    if (i == 0 || country == null || !w.endsWith("يا") || covered[i - 1]) {
      return false;
    }
    Token before = toks.get(i - 1);
    if (i >= 2 && (toks.get(i - 2).text().equals("،") || toks.get(i - 2).text().equals(","))) {
      return false; // ، مطالبا إثيوبيا: a participle opening a clause takes the state as object
    }
    String b = before.norm();
    String bare = Words.bare(before);
    // not a particle (بينما، كما), a plural verb (زاروا) or a preposition
    return before.kind() == Token.Kind.ARABIC && bare.length() > 3 && bare.endsWith("ا")
        && !bare.endsWith("ما") && !bare.endsWith("وا") && !bare.startsWith("ال")
        && !PREPOSITIONS.contains(bare)
        && country.equals(Demonyms.country(w.substring(0, w.length() - 1)).orElse(null));
  }

  /**
   * The knowledge base's entry that a name made with quotes inside (حركة «الشباب») names when
   * read without them (حركة الشباب), or null.
   */
  private KbEntry quotedEntry(List<Token> toks, NamePatterns.Hit p) {
    List<Token> words = toks.subList(p.from(), p.to()).stream()
        .filter(t -> !Overlay.isQuote(t)).toList();
    if (words.size() == p.to() - p.from()) {
      return null;
    }
    for (NameIndex.Match m : index.find(words)) {
      if (m.from() == 0 && m.to() == words.size()) {
        return m.entry();
      }
    }
    return null;
  }

  /** المصري، الليبية، التركيين: a relational adjective, not a name. */
  static boolean isNisba(String norm) {
    String s = norm.startsWith("ال") ? norm.substring(2) : null;
    if (s == null) {
      return false;
    }
    return s.length() > 3 && (s.endsWith("ي") || s.endsWith("يه") || s.endsWith("يين")
        || s.endsWith("يون") || s.endsWith("يتين"));
  }

  private static List<Entity> group(String text, List<Found> found, Map<Found, Found> repeated) {
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    Map<String, List<Found>> groups = new LinkedHashMap<>();
    Map<String, EntityType> typeOf = new LinkedHashMap<>();
    for (Found f : found) {
      Found named = repeated.getOrDefault(f, f); // grouped with the name it repeats
      String key = named.entry() != null ? "kb:" + named.entry().id()
          : named.generic() != null ? "generic:" + named.generic().key()
          : named.type() + ":" + nameKey(text, named);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
      typeOf.putIfAbsent(key, f.type());
    }
    joinAbbreviations(text, found, groups);
    joinStateForces(text, groups);
    // a lone unlinked person name that ends a longer one, linked or not, joins it
    for (String key : new ArrayList<>(groups.keySet())) {
      if (!key.startsWith("PERSON:") || key.contains(" ")) {
        continue;
      }
      String last = key.substring("PERSON:".length());
      for (String other : groups.keySet()) {
        if (!other.equals(key) && (other.startsWith("PERSON:") && other.endsWith(" " + last)
            || endsWithName(text, groups.get(other), last))) {
          groups.get(other).addAll(groups.remove(key));
          break;
        }
      }
    }
    List<Entity> out = new ArrayList<>();
    int n = 1;
    for (var e : groups.entrySet()) {
      List<Found> fs = e.getValue();
      fs.sort((a, b) -> Integer.compare(a.start(), b.start()));
      KbEntry kb = fs.stream().map(Found::entry).filter(Objects::nonNull).findFirst().orElse(null);
      List<Mention> mentions = new ArrayList<>();
      String longest = "";
      for (Found f : fs) {
        String s = text.substring(f.start(), f.end());
        mentions.add(new Mention(f.start(), f.end(), s));
        if (s.length() > longest.length()) {
          longest = s;
        }
      }
      GenericActors.Found generic = fs.get(0).generic();
      if (generic != null && kb == null) {
        out.add(new Entity("e" + n++, EntityType.ORGANIZATION, generic.name(),
            GenericActors.nameAr(generic, longest), null,
            generic.country(), generic.kind().sector(), mentions, true));
        continue;
      }
      EntityType type = kb != null ? kb.type() : typeOf.get(e.getKey());
      String nameAr = kb != null && kb.nameAr() != null && !kb.nameAr().isEmpty() ? kb.nameAr() : longest;
      String name = kb != null && kb.nameEn() != null && !kb.nameEn().isEmpty() ? kb.nameEn() : nameAr;
      out.add(new Entity("e" + n++, type, name, nameAr, kb == null ? null : kb.id(),
          kb == null ? null : kb.country(), kb == null ? null : kb.sector(), mentions));
    }
    return out;
  }

  /**
   * A state's unnamed soldiers, units, tanks and aircraft (طائرة مسيرة إسرائيلية، آلية عسكرية
   * إسرائيلية) in a document that names that state's armed forces (قوات الاحتلال الإسرائيلي,
   * linked to the entry {@code <country>-mil}) are those forces: the generic mentions join theirs,
   * but for the acts named with the adjective ({@code strike-noun}: غارات إسرائيلية).
   */
  private static void joinStateForces(String text, Map<String, List<Found>> groups) {
    for (String key : new ArrayList<>(groups.keySet())) {
      GenericActors.Found g = key.startsWith("generic:") ? groups.get(key).get(0).generic() : null;
      if (g == null || g.country() == null || !"MIL".equals(g.kind().sector())) {
        continue;
      }
      List<Found> army = groups.get("kb:" + g.country().toLowerCase(Locale.ROOT) + "-mil");
      if (army == null) {
        continue;
      }
      List<Found> forces = groups.get(key).stream().filter(f -> !strike(text, f)).toList();
      army.addAll(forces);
      groups.get(key).removeAll(forces);
      if (groups.get(key).isEmpty()) {
        groups.remove(key);
      }
    }
  }

  private static final Set<String> STRIKES = Words.of("strike-noun");

  /** True when a generic mention names an act of the forces (غارات إسرائيلية), not the forces. */
  private static boolean strike(String text, Found f) {
    String first = ArabicNormalizer.normalize(text.substring(f.start(), f.end())).split(" ")[0];
    return Clitics.withoutProclitics(first).stream().anyMatch(STRIKES::contains);
  }

  /**
   * An organization's name in brackets right after an organization's (بعثة الاتحاد الأفريقي
   * الانتقالية في الصومال (أتميس)) is its abbreviation: the two groups of mentions become one,
   * the unlinked one joining the other; two linked to different entries stay apart.
   */
  private static void joinAbbreviations(String text, List<Found> found,
      Map<String, List<Found>> groups) {
    for (int i = 1; i < found.size(); i++) {
      Found name = found.get(i - 1);
      Found abbreviation = found.get(i);
      if (name.type() != EntityType.ORGANIZATION || abbreviation.type() != EntityType.ORGANIZATION
          || name.end() > abbreviation.start()
          || !text.substring(name.end(), abbreviation.start()).strip().equals("(")
          || !text.substring(abbreviation.end()).stripLeading().startsWith(")")) {
        continue;
      }
      String a = keyOf(groups, name);
      String b = keyOf(groups, abbreviation);
      if (a == null || b == null || a.equals(b) || (a.startsWith("kb:") && b.startsWith("kb:"))) {
        continue;
      }
      String into = a.startsWith("kb:") || !b.startsWith("kb:") ? a : b;
      String from = into.equals(a) ? b : a;
      groups.get(into).addAll(groups.remove(from));
    }
  }

  /** The key of the group that holds {@code f}, or null. */
  private static String keyOf(Map<String, List<Found>> groups, Found f) {
    for (var e : groups.entrySet()) {
      if (e.getValue().contains(f)) {
        return e.getKey();
      }
    }
    return null;
  }

  /**
   * The first noun of an unlinked organization's name repeated bare with the article (وقالت
   * النقابة after نقابة الصحفيين الفلسطينيين) refers back to the nearest such organization named
   * before it: its mentions, each mapped to the name it repeats. A noun with a definite word or a
   * name right after it heads a phrase of its own (النقابة العامة) and is left alone.
   */
  private static Map<Found, Found> unlinkedAnaphora(String text, List<List<Token>> sentences,
      List<Found> found) {
    Map<Found, Found> out = new LinkedHashMap<>();
    List<Found> named = found.stream().filter(f -> f.entry() == null && f.generic() == null
        && f.type() == EntityType.ORGANIZATION)
        .sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
    if (named.isEmpty()) {
      return out;
    }
    BitSet covered = new BitSet();
    found.forEach(f -> covered.set(f.start(), f.end()));
    for (List<Token> toks : sentences) {
      for (int i = 0; i < toks.size(); i++) {
        Token t = toks.get(i);
        String w = Clitics.withoutConjunction(t.norm(), 3);
        if (t.kind() != Token.Kind.ARABIC || DefiniteAnaphora.isCovered(covered, t)
            || !w.startsWith("ال") || w.length() < 5
            || DefiniteAnaphora.headsPhrase(toks, i)) {
          continue;
        }
        Found antecedent = null;
        for (Found f : named) {
          if (f.end() <= t.start() && w.substring(2).equals(firstNoun(text, f))) {
            antecedent = f;
          }
        }
        if (antecedent != null) {
          int start = t.start() + NameIndex.charOffset(t.text(), t.norm().length() - w.length());
          out.put(new Found(start, t.end(), EntityType.ORGANIZATION, null), antecedent);
        }
      }
    }
    return out;
  }

  /** The first word of a name, normalized, without a conjunction or a preposition ل or ب. */
  private static String firstNoun(String text, Found f) {
    String[] words = nameKey(text, f).trim().split(" ");
    String first = words.length == 0 ? "" : words[0]; // a name of marks alone has no word
    return first.length() > 4 && (first.startsWith("ل") || first.startsWith("ب"))
        && !first.startsWith("لل") ? first.substring(1) : first;
  }

  /** Whether a linked person has a mention that ends with the word {@code last} (عقيلة صالح). */
  private static boolean endsWithName(String text, List<Found> group, String last) {
    return group.stream().anyMatch(f -> f.entry() != null && f.type() == EntityType.PERSON
        && nameKey(text, f).endsWith(" " + last));
  }

  /** The normalized name without a leading conjunction, for grouping unlinked mentions. */
  private static String nameKey(String text, Found f) {
    return Clitics.withoutConjunction(
        ArabicNormalizer.normalize(text.substring(f.start(), f.end())), 4);
  }
}
