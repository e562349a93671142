package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.Token;
import org.marsad.arabic.Tokenizer;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Source;

/** Where a name starts and ends, and which name it joins, on sentences written for the tests. */
class NameBoundariesTest {
  private static List<Entity> entities(String text) {
    Document d = Document.of("t", new Source("t", null, null), "ar", null, DateValue.UNKNOWN,
        text, List.of());
    return EntityStage.standard().process(d).entities();
  }

  private static List<String> texts(List<Entity> es) {
    return es.stream().flatMap(e -> e.mentions().stream()).map(m -> m.text()).toList();
  }

  @Test
  void aPersonNamedAfterHisTitleIsFoundThoughTheTaggerMissesHim() {
    List<Entity> es = entities("وقال وزير الداخلية كمال الفقي إن الأمن مستتب.");
    assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.PERSON
        && texts(List.of(e)).contains("كمال الفقي")), texts(es).toString());
    // a spokesman's body after باسم is part of his title
    List<Entity> spokesman = entities("وقال المتحدث باسم الفصائل كمال الحسني إن الهجوم مدان.");
    assertTrue(spokesman.stream().anyMatch(e -> e.type() == EntityType.PERSON
        && texts(List.of(e)).contains("كمال الحسني")), texts(spokesman).toString());
    // a place the tagger runs into the person after it stays a place of its own
    List<Entity> governor = entities("واتهم رئيس ولاية جوبالاند أحمد محمد إسلام الحكومة بإشعال"
        + " الحرب.");
    assertTrue(governor.stream().anyMatch(e -> e.type() == EntityType.PERSON
        && texts(List.of(e)).equals(List.of("أحمد محمد إسلام"))), texts(governor).toString());
    // words of the frame after a title are no name (باسم is "in the name of", كان "was")
    assertTrue(entities("وقال المتحدث الرسمي باسم الجيش إن القوات تقدمت.").stream()
        .noneMatch(e -> e.type() == EntityType.PERSON));
    assertTrue(entities("وهناك أمر كان أساسي لم يتم التركيز عليه.").stream()
        .noneMatch(e -> e.type() == EntityType.PERSON));
  }

  @Test
  void aPersonsLastNameAloneAfterHisFullNameIsHim() {
    List<Entity> es = entities("وقال وزير الداخلية كمال الفقي إن الأمن مستتب. وأضاف الفقي أن"
        + " القانون فوق الجميع.");
    assertTrue(es.stream().anyMatch(e -> texts(List.of(e)).equals(List.of("كمال الفقي",
        "الفقي"))), texts(es).toString());
    // a last name that is a common word (سريع: quick) is no mention of him alone
    assertTrue(entities("وقال يحيى سريع إن القوات تقدمت. وطالب برد سريع.").stream()
        .allMatch(e -> e.mentions().size() == 1), "one mention each");
    // ... but it is, as the subject right after a verb opening its sentence with و
    List<Entity> vowed = entities("وقال يحيى سريع إن القوات تقدمت. وتوعد سريع بمزيد من العمليات.");
    assertTrue(vowed.stream().anyMatch(e -> texts(List.of(e)).equals(List.of("يحيى سريع",
        "سريع"))), texts(vowed).toString());
  }

  @Test
  void aCommonNounWithTheArticleIsNotAnUndefinedPlaceName() {
    assertTrue(entities("ونشر الموقع بعض الصور من المدينة.").stream()
        .noneMatch(e -> "tyre".equals(e.kb())));
    assertTrue(entities("وتقع مدينة صور في جنوب لبنان.").stream()
        .anyMatch(e -> "tyre".equals(e.kb())));
  }

  @Test
  void theCountrysideOfAPlaceIsNoNameOfItsOwn() {
    List<Entity> es = entities("وقصفت الطائرات بلدات في ريف حلب الغربي، وتجددت الاشتباكات في"
        + " ريف دمشق.");
    assertFalse(texts(es).contains("ريف"), texts(es).toString());
    assertTrue(es.stream().anyMatch(e -> "aleppo".equals(e.kb())), es.toString());
  }

  @Test
  void aNameNeverSpansPunctuation() {
    List<String> texts = texts(entities("وقال المبعوث (كمال) عبد الرحيم إن الحوار مستمر."));
    assertFalse(texts.stream().anyMatch(t -> t.contains(")") || t.contains("(")), texts.toString());
  }

  @Test
  void aNameDoesNotBeginWithAWordOfAttribution() {
    List<String> texts = texts(entities("وقال الباحث جلال حرشاوي إن الوضع معقد. وبحسب حرشاوي"
        + " فإن القوات انسحبت."));
    assertFalse(texts.stream().anyMatch(t -> t.startsWith("بحسب") || t.startsWith("وبحسب")),
        texts.toString());
  }

  @Test
  void aSurnameAloneJoinsTheFullNameTheArticleGave() {
    List<Entity> es = entities("وقدم عقيلة صالح خريطة طريق. وتقوم خريطة طريق صالح على"
        + " انتخاب مجلس جديد.");
    assertEquals(1, es.stream().filter(e -> e.type() == EntityType.PERSON).count(), es.toString());
    Entity saleh = es.stream().filter(e -> "aguila-saleh".equals(e.kb())).findFirst().orElseThrow();
    assertEquals(2, saleh.mentions().size());
  }

  @Test
  void aWordRunningTextUsesAsACommonNounBeginsNoRecognizedName() {
    List<Token> toks = Tokenizer.tokenize("وبالترسانة المشهد حفتر صالح");
    assertTrue(TaggedSpans.common(toks.get(0)));
    assertTrue(TaggedSpans.common(toks.get(1)));
    assertFalse(TaggedSpans.common(toks.get(2)));
    assertFalse(TaggedSpans.common(toks.get(3)), "a name token of persons");
  }

  @Test
  void aPersonsNameLeavesOutTheConjunctionWrittenOnItButNotANameThatBeginsWithWaw() {
    List<String> texts = texts(entities(
        "واجتمع النائبان أحمد كرامي وقاسم عبد العزيز مساء الجمعة مع وليد جنبلاط."));
    assertTrue(texts.contains("قاسم عبد العزيز"), texts.toString());
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("وليد")), texts.toString());
  }
}
