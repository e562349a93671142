package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.Analysis;
import org.marsad.analysis.Overlay;
import org.marsad.claim.ClaimStage;
import org.marsad.entity.EntityStage;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Source;

/**
 * Where an act that the detector alone finds is coded and who does it ({@link
 * GenericParties#withDoer}, {@link GenericParties#doer}), on sentences written for these tests.
 */
class DetectedActDoerTest {
  private static final TriggerLexicon LEXICON = TriggerLexicon.load();

  private record Read(Document doc, Overlay o, List<TriggerLexicon.Hit> hits) {
    TriggerLexicon.Hit first(String type) {
      return hits.stream().filter(h -> h.trigger().type().name().equals(type)).findFirst()
          .orElseThrow();
    }

    String word(TriggerLexicon.Hit h) {
      return o.tokens().get(h.from()).text();
    }

    /** The first mention of entity {@code id}, or null for none. */
    String mention(String id) {
      return id == null ? null : doc.entities().stream().filter(e -> e.id().equals(id))
          .map(Entity::mentions).map(m -> m.get(0).text()).findFirst().orElse(null);
    }
  }

  private static Read read(String sentence) {
    Document doc = Document.of("t", new Source(null, null, null), "ar", null,
        DateValue.day(LocalDate.of(2008, 6, 1)), sentence, List.of());
    Document d = ClaimStage.standard().process(EntityStage.standard().process(doc));
    Overlay o = Analysis.overlays(d, KnowledgeBase.standard()).get(0);
    // as the event stage reads them: triggers inside a generic actor's name are found too
    return new Read(d, o, LEXICON.find(o.tokens(), new boolean[o.tokens().size()]));
  }

  /** The sentence's first attack trigger is {@code trigger}, and its doer {@code doer}. */
  private static void assertDoer(String trigger, String doer, String sentence) {
    Read r = read(sentence);
    TriggerLexicon.Hit hit = r.first("ASSAULT");
    assertEquals(trigger, r.word(hit));
    assertEquals(doer, r.mention(GenericParties.doer(r.o(), hit)));
  }

  @Test
  void aSuicideAttackerWhoseNameHoldsTheTriggerIsTheDoerNotTheSpeaker() {
    assertDoer("انتحاريا", "انتحاريا", "وقال الجيش إن انتحاريا اقتحم المبنى صباح اليوم.");
  }

  @Test
  void aSuicideAttackerFromANamedGroupIsThatGroup() {
    Read r = read("وذكرت الشرطة أن مهاجما انتحاريا من حركة طالبان اقتحم المبنى.");
    assertEquals("حركة طالبان", r.mention(GenericParties.doer(r.o(), r.first("ASSAULT"))));
  }

  @Test
  void aLaterVerbRightAfterItsSubjectIsWhereTheActIsCoded() {
    Read r = read("وفي خرق للهدنة أعلنت الوزارة أن القوات الروسية أسقطت طائرتين للاستطلاع.");
    TriggerLexicon.Hit first = r.first("ASSAULT");
    assertEquals(null, GenericParties.doer(r.o(), first));
    TriggerLexicon.Hit at = GenericParties.withDoer(r.o(), first, r.hits());
    assertEquals("أسقطت", r.word(at));
    assertEquals("القوات الروسية", r.mention(GenericParties.doer(r.o(), at)));
  }

  @Test
  void aLaterVerbFarFromAnyPartyLeavesTheFirstTrigger() {
    Read r = read("وفي خرق للهدنة أعلنت الوزارة أن طائرتين للاستطلاع أسقطتا فوق المدينة.");
    TriggerLexicon.Hit first = r.first("ASSAULT");
    assertNotNull(first);
    assertEquals(first, GenericParties.withDoer(r.o(), first, r.hits()));
  }

  @Test
  void armedMenNamedAsASubjectAnywhereDoTheAttackFoundWithNoDoerBesideIt() {
    assertDoer("اشتباكات", "مسلحون",
        "وأفاد شهود عيان بوقوع اشتباكات عنيفة بعد أن أطلق مسلحون قذائف على مقر الحزب.");
  }

  @Test
  void twoArmedGroupsNamedLeaveTheAttackWithoutADoer() {
    assertDoer("اشتباكات", null,
        "وأفاد شهود عيان بوقوع اشتباكات عنيفة، وقالوا إن مسلحين ومتمردين انسحبوا من المنطقة.");
  }

  @Test
  void aSitInOrStrikeCarriedOutIsAProtestByThoseWhoCarryItOut() {
    Read sitIn = read("ونفذ المتظاهرون اعتصاما أمام البرلمان.");
    TriggerLexicon.Hit hit = sitIn.first("PROTEST");
    assertEquals("اعتصاما", sitIn.word(hit));
    assertEquals("المتظاهرون", sitIn.mention(GenericParties.doer(sitIn.o(), hit)));
    Read strike = read("ونفذ عمال الموانئ إضرابا عن العمل أمس.");
    hit = strike.first("PROTEST");
    assertEquals("إضرابا", strike.word(hit));
    assertEquals("عمال", strike.mention(GenericParties.doer(strike.o(), hit)));
  }

  @Test
  void partiesCoordinatedWithTheDoerDoTheActEach() {
    Read r = read("وخرج آلاف من أنصار حركة حماس وحركة الجهاد الإسلامي في تظاهرات وسط غزة.");
    // the protest noun, not خرج (a protest only with إلى after it, which the event stage checks)
    TriggerLexicon.Hit hit = r.hits().stream().filter(h -> r.word(h).equals("تظاهرات"))
        .findFirst().orElseThrow();
    assertEquals(List.of("حركة حماس", "حركة الجهاد الإسلامي"),
        GenericParties.doers(r.o(), hit).stream().map(r::mention).toList());
  }
}
