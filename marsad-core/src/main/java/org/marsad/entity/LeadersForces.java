package org.marsad.entity;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Words;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Token;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.EntityType;

/**
 * Forces named through their leader (قوات حميدتي، مليشيات اللواء المتقاعد خليفة حفتر، جيش المشير
 * خليفة حفتر): a noun of forces ({@code forces-of} in {@code closed-class.tsv}), the leader's
 * titles and their adjectives, then a person of the knowledge base. The forces are the
 * organization the person commands or heads on the document's date, from the person's dated
 * roles: an armed one before any other, and of two alike the one listed later.
 */
final class LeadersForces {
  private static final Set<String> FORCES_OF = Words.of("forces-of");
  private static final Set<String> GOVERNMENT_OF = Words.of("government-of");
  private static final Set<String> TITLES = Words.of("title");
  private static final Set<String> ARMED_SECTORS = Set.of("MIL", "REB");
  /** The most words of titles and their adjectives between the noun and the name. */
  private static final int MAX_TITLE_WORDS = 3;

  private LeadersForces() {}

  /**
   * The token of the noun of forces before the name that starts at token {@code from}, past
   * titles and definite adjectives (اللواء الليبي المتقاعد) on tokens {@code covered} leaves
   * free, or -1.
   */
  static int opening(List<Token> toks, boolean[] covered, int from) {
    int j = from - 1;
    while (j >= 0 && j >= from - MAX_TITLE_WORDS && !covered[j]
        && toks.get(j).kind() == Token.Kind.ARABIC && (TITLES.contains(Words.bare(toks.get(j)))
            || (j < from - 1 && Words.definiteAdjective(toks.get(j).norm())))) {
      j--;
    }
    if (j < 0 || covered[j] || toks.get(j).kind() != Token.Kind.ARABIC) {
      return -1;
    }
    String bare = Words.bare(toks.get(j));
    if (bare.startsWith("ال") || bare.startsWith("لل")) {
      return -1; // a definite noun owns no name after it: قائد الجيش محمد المنفي is its head
    }
    String noun = Words.withoutArticle(bare, 3);
    return FORCES_OF.contains(noun) || GOVERNMENT_OF.contains(noun) ? j : -1;
  }

  /**
   * The organization named by the noun {@code opening} and {@code person}'s name on {@code date}:
   * for a noun of government (حكومة فايز السراج، نظام الأسد، إدارة ترامب), the government the
   * person heads, one named with that noun first (حكومة الوفاق); for a noun of forces, the party
   * whose forces they are ({@link #party}); or null.
   */
  static KbEntry party(KnowledgeBase kb, KbEntry person, String date, Token opening) {
    String noun = Words.withoutArticle(Words.bare(opening), 3);
    if (!GOVERNMENT_OF.contains(noun)) {
      return party(kb, person, date);
    }
    KbEntry best = null;
    for (KbEntry.Role role : person.roles()) {
      KbEntry org = role.organization() == null || !role.heldOn(date) ? null
          : kb.get(role.organization()).orElse(null);
      if (org == null || !"GOV".equals(org.sector())) {
        continue;
      }
      if (best == null || startsWith(org.nameAr(), noun)) {
        best = org;
      }
    }
    return best;
  }

  /** True when the first word of {@code name}, normalized, is {@code noun}. */
  private static boolean startsWith(String name, String noun) {
    return name != null && ArabicNormalizer.normalize(name).startsWith(noun + " ");
  }

  /**
   * The organization whose forces {@code person}'s are on {@code date} (null: any date), or null
   * when the person holds no role in an organization of {@code kb}.
   */
  static KbEntry party(KnowledgeBase kb, KbEntry person, String date) {
    KbEntry best = null;
    int bestRank = Integer.MAX_VALUE;
    for (KbEntry.Role role : person.roles()) {
      if (role.organization() == null || !role.heldOn(date)) {
        continue;
      }
      KbEntry org = kb.get(role.organization()).orElse(null);
      if (org == null || org.type() != EntityType.ORGANIZATION) {
        continue;
      }
      int rank = ARMED_SECTORS.contains(org.sector()) ? 0 : 1;
      if (rank <= bestRank) {
        best = org;
        bestRank = rank;
      }
    }
    return best;
  }
}
