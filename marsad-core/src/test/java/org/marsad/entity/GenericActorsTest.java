package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Source;

/**
 * Generic actors on sentences written for these tests: "mention | name | country | sector" for
 * each generic entity the entity stage finds.
 */
class GenericActorsTest {
  private static List<String> generic(String text) {
    Document doc = Document.of("t", new Source(null, null, null), "ar", null,
        DateValue.day(LocalDate.of(2008, 6, 1)), text, List.of());
    return EntityStage.standard().process(doc).entities().stream().filter(Entity::generic)
        .map(e -> e.mentions().get(0).text() + " | " + e.name() + " | " + e.country() + " | "
            + e.sector())
        .toList();
  }

  @Test
  void aVehicleWithACountryAdjectiveIsThatCountrysMilitary() {
    assertEquals(List.of("دبابة إسرائيلية | Military Forces of Israel | ISR | MIL"),
        generic("قصفت دبابة إسرائيلية منزلا في بيت حانون."));
  }

  @Test
  void fighterJetsWithACountryAdjectiveAreThatCountrysMilitary() {
    assertEquals(List.of("مقاتلات إسرائيلية | Military Forces of Israel | ISR | MIL"),
        generic("شنت مقاتلات إسرائيلية غارات على مواقع في جنوب لبنان."));
  }

  @Test
  void aCountrysMilitaryIsNamedInArabicAsTheKnowledgeBaseNamesItsArmedForces() {
    assertEquals(List.of("دبابة إسرائيلية -> الجيش الإسرائيلي"),
        arabicNames("قصفت دبابة إسرائيلية منزلا في بيت حانون."));
    assertEquals(List.of("الشرطة العراقية -> الشرطة العراقية"),
        arabicNames("اعتقلت الشرطة العراقية ثلاثة رجال."));
    assertEquals(List.of("مسلحون مجهولون -> مسلحون مجهولون"),
        arabicNames("هاجم مسلحون مجهولون حاجزا أمنيا."));
  }

  private static List<String> arabicNames(String text) {
    Document doc = Document.of("t", new Source(null, null, null), "ar", null,
        DateValue.day(LocalDate.of(2008, 6, 1)), text, List.of());
    return EntityStage.standard().process(doc).entities().stream().filter(Entity::generic)
        .map(e -> e.mentions().get(0).text() + " -> " + e.name_ar()).toList();
  }

  @Test
  void policeWithACountryAdjectiveArePoliceForcesOfThatCountry() {
    assertEquals(List.of("الشرطة العراقية | Police Forces of Iraq | IRQ | COP"),
        generic("اعتقلت الشرطة العراقية ثلاثة رجال."));
  }

  @Test
  void unknownGunmenAreAnUnidentifiedArmedGroupWithoutACountry() {
    assertEquals(List.of("مسلحون مجهولون | Unidentified Armed Group | null | UAF"),
        generic("خطف مسلحون مجهولون مهندسا أمس."));
  }

  @Test
  void aStrikeWithACountryAdjectiveIsThatCountrysMilitaryAndWithoutOneNoActor() {
    assertEquals(List.of("غارة إسرائيلية | Military Forces of Israel | ISR | MIL"),
        generic("قتل اثنان من عناصر حزب الله في غارة إسرائيلية."));
    assertEquals(List.of(), generic("واعتبرت العملية أكبر ضربة لطالبان."));
  }

  @Test
  void anAttackWithACountryAdjectiveIsThatCountrysMilitary() {
    assertEquals(List.of("الدفاعات الجوية السورية | Military Forces of Syria | SYR | MIL",
        "هجوم إسرائيلي | Military Forces of Israel | ISR | MIL"),
        generic("وتصدت الدفاعات الجوية السورية لهجوم إسرائيلي في محيط دمشق."));
    assertEquals(List.of(), generic("وقتل أربعة أشخاص بهجوم انتحاري غرب بغداد."));
  }

  @Test
  void anAirForceWithItsAdjectiveAndCountryIsThatCountrysMilitary() {
    assertEquals(List.of("الطيران الحربي الإسرائيلي | Military Forces of Israel | ISR | MIL"),
        generic("وقصف الطيران الحربي الإسرائيلي بلدات في جنوب لبنان."));
    assertEquals(List.of("الدفاعات الجوية الأوكرانية | Military Forces of Ukraine | UKR | MIL"),
        generic("وأسقطت الدفاعات الجوية الأوكرانية سربا من المسيرات خلال الليل."));
    assertEquals(List.of(), generic("وتعرض الطيران المدني لخسائر كبيرة."));
  }

  @Test
  void theCountryMayBeNamedAfterTheNoun() {
    assertEquals(List.of("جيش باكستان | Military Forces of Pakistan | PAK | MIL"),
        generic("قصف جيش باكستان مواقع في الجبال."));
  }

  @Test
  void aNounThatNeedsACountryIsNoActorWithoutOne() {
    assertEquals(List.of(), generic("انسحبت القوات من المدينة."));
    assertEquals(List.of("القوات الهندية | Military Forces of India | IND | MIL"),
        generic("انسحبت القوات الهندية من المدينة."));
  }

  @Test
  void theKnowledgeBasesNameWinsOverAGenericReading() {
    assertEquals(List.of(), generic("انسحبت القوات الأمريكية من المدينة."));
  }

  @Test
  void aSuicideBomberActsButASuicideAttackIsNoActor() {
    assertEquals(List.of("انتحاري | Unidentified Armed Group | null | UAF"),
        generic("فجر انتحاري نفسه وسط السوق."));
    assertEquals(List.of(), generic("قتل خمسة أشخاص في هجوم انتحاري وسط السوق."));
  }

  @Test
  void eachSectorHasItsNouns() {
    assertEquals(List.of("متمردون | Unidentified Rebel Forces | null | REB"),
        generic("هاجم متمردون قاعدة للجيش."));
    assertEquals(List.of("المتظاهرون المصريون | Protesters (Egypt) | EGY | OPP"),
        generic("رفع المتظاهرون المصريون لافتات."));
    assertEquals(List.of("مشاغبون | Rioters | null | OPP"), generic("أحرق مشاغبون سيارات."));
    assertEquals(List.of("الطلاب | Students | null | EDU"), generic("اعتصم الطلاب أمام الجامعة."));
    assertEquals(List.of("عمال | Labour Group | null | LAB"), generic("أضرب عمال الميناء أمس."));
    assertEquals(List.of("مدنيين | Civilians | null | CVL"), generic("قتل ثلاثة مدنيين أمس."));
    assertEquals(List.of("صحفيين | Journalists | null | MED"), generic("اعتقل صحفيين أمس."));
    assertEquals(List.of("مستوطنون | Settlers (Israel) | ISR | UAF"),
        generic("هاجم مستوطنون قرية قرب نابلس."));
    assertEquals(List.of("مسلحو القبائل | Unidentified Communal Militia | null | UAF"),
        generic("أغلق مسلحو القبائل الطريق."));
  }

  @Test
  void mentionsOfOneGenericActorAreOneEntity() {
    assertEquals(List.of("مسلحون | Unidentified Armed Group | null | UAF"),
        generic("هاجم مسلحون الحاجز. وفر المسلحون بعد الهجوم."));
  }
  @Test
  void aGroupNamedByItsHeadNounAloneIsAnUnidentifiedArmedGroup() {
    assertEquals(List.of("الجماعة | Unidentified Armed Group | null | UAF"),
        generic("وقامت الجماعة بخطف مهندسين قرب الحدود."));
    assertEquals(List.of("التنظيم | Unidentified Armed Group | null | UAF"),
        generic("وفجر التنظيم سيارة مفخخة في سوق المدينة."));
  }

  @Test
  void aGroupsHeadNounAfterTheGroupIsNamedIsThatGroupNotAGenericOne() {
    assertEquals(List.of(),
        generic("وأعلنت جماعة بوكو حرام مسؤوليتها، وقالت الجماعة إنها خطفت مهندسين."));
  }

  @Test
  void tribesWithAnAdjectiveAreACommunalMilitiaAndTribesAloneNoActor() {
    assertEquals(List.of("قبائل عربية منفلتة | Unidentified Communal Militia | null | UAF"),
        generic("وهاجمت قبائل عربية منفلتة قرى في غرب الإقليم."));
    assertEquals(List.of(), generic("وأعرب عن استعداد بلاده لتدريب أبناء القبائل."));
  }
  @Test
  void aDroneWithACountryAdjectiveIsThatCountrysMilitaryButAMarchIsNoActor() {
    assertEquals(List.of("مسيرة إسرائيلية | Military Forces of Israel | ISR | MIL"),
        generic("وقصفت مسيرة إسرائيلية سيارة في جنوب لبنان."));
    assertEquals(List.of(), generic("وخرجت مسيرة حاشدة في شوارع المدينة."));
  }
  @Test
  void aNumberFromElevenOnCountsACountrysPeopleInTheAccusativeSingular() {
    assertEquals(List.of("عراقيا | Civilians (Iraq) | IRQ | CVL"),
        generic("وقتل 30 عراقيا في تفجير انتحاري ببغداد."));
    assertEquals(List.of("جنديا إسرائيليا | Military Forces of Israel | ISR | MIL"),
        generic("وأصيب 12 جنديا إسرائيليا في كمين."));
  }
}
