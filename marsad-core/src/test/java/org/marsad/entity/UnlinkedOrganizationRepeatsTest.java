package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Mention;
import org.marsad.model.Source;

/**
 * The first noun of an organization the knowledge base does not know, repeated bare with the
 * article, is a mention of it, on sentences written for this test.
 */
class UnlinkedOrganizationRepeatsTest {
  private static List<String> mentionsOfFirst(String text) {
    Document d = Document.of("t", new Source("t", null, null), "ar", null, DateValue.UNKNOWN,
        text, List.of());
    Entity first = EntityStage.standard().process(d).entities().get(0);
    return first.mentions().stream().map(Mention::text).toList();
  }

  @Test
  void theUnionNamedBeforeIsTheUnionRepeatedBare() {
    assertEquals(List.of("نقابة الصحفيين الفلسطينيين", "النقابة"),
        mentionsOfFirst("وأدانت نقابة الصحفيين الفلسطينيين اعتقال الصحفيين. وقالت النقابة، في"
            + " بيان، إن الاحتلال يستهدف الصحفيين."));
  }

  @Test
  void aNounThatHeadsAPhraseOfItsOwnIsNoRepeat() {
    assertEquals(List.of("نقابة الصحفيين الفلسطينيين"),
        mentionsOfFirst("وأدانت نقابة الصحفيين الفلسطينيين اعتقال الصحفيين. وقالت النقابة العامة"
            + " للعمال إن الإضراب مستمر."));
  }
}
