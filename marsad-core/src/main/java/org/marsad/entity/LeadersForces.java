package org.marsad.entity;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Words;
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
    return FORCES_OF.contains(Words.withoutArticle(Words.bare(toks.get(j)), 3)) ? j : -1;
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
