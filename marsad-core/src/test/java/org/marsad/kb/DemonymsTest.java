package org.marsad.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.ArabicNormalizer;

/** Country and group adjectives read in their forms, on words written for these tests. */
class DemonymsTest {
  private static String norm(String w) {
    return ArabicNormalizer.normalize(w);
  }

  @Test
  void aCountryAdjectiveIsReadInItsFeminineAndPluralForms() {
    assertEquals(Optional.of("EGY"), Demonyms.country(norm("المصرية")));
    assertEquals(Optional.of("EGY"), Demonyms.country(norm("مصريين")));
    assertEquals(Optional.empty(), Demonyms.country(norm("مدينة")));
  }

  @Test
  void aGroupAdjectiveNamesAGroupTheKnowledgeBaseKnowsButNotWithTheArticleAsASurname() {
    assertEquals(Optional.of("houthis"), Demonyms.party(norm("حوثي")));
    assertEquals(Optional.of("houthis"), Demonyms.party(norm("والحوثية")));
    assertEquals(Optional.of("houthis"), Demonyms.party(norm("حوثيين")));
    assertEquals(Optional.empty(), Demonyms.party(norm("الحوثي")));
    for (String w : new String[] {"حوثي", "داعشي"}) {
      String id = Demonyms.party(norm(w)).orElseThrow();
      assertTrue(KnowledgeBase.standard().get(id).isPresent(), id);
    }
  }
}
