package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Mention;
import org.marsad.model.Source;

/**
 * Clitics, spelling variants, in-document coreference and country adjectives, on
 * sentences written for this test. Each row: a sentence, a knowledge-base id, and the mentions
 * of the one entity linked to it ({@code ;}-separated), or {@code -} when nothing may link to it.
 */
class EntityMentionRulesTest {
  private static String mentionsOf(String text, String kb) {
    Document d = Document.of("t", new Source("t", null, null), "ar", null, DateValue.UNKNOWN,
        text, List.of());
    List<Entity> linked = EntityStage.standard().process(d).entities().stream()
        .filter(e -> kb.equals(e.kb())).toList();
    if (linked.isEmpty()) {
      return "-";
    }
    assertEquals(1, linked.size(), "one entity per knowledge-base entry: " + linked);
    return String.join(";", linked.get(0).mentions().stream().map(Mention::text).toList());
  }

  @ParameterizedTest(name = "[{index}] {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # clitics: conjunctions and prepositions are not part of the mention
      التقى السراج وحفتر في باريس، ثم أرسل رسالة لحفتر.                   | haftar      | حفتر;حفتر
      واتصل الوزير بالسراج فالسراج هو رئيس المجلس.                        | sarraj      | السراج;السراج
      وقالت مصادر إن وبحفتر لا علاقة له، وإن لطرابلس وضعا خاصا.            | tripoli     | طرابلس
      # spelling variants link to one entry
      أعلن فايز السراج ثم فائز السراج أن الحكومة باقية.                   | sarraj      | فايز السراج;فائز السراج
      انسحب مقاتلو فاغنر ثم عناصر فاجنر، وقال قائد في الفاغنر إن ذلك مؤقت. | wagner      | فاغنر;فاجنر;الفاغنر
      وقالت أفريكوم إن القيادة العسكرية الأمريكية في أفريقيا رصدت الطائرات. | africom     | أفريكوم;القيادة العسكرية الأمريكية في أفريقيا
      # Iraq's federal government, where the article names something else of Iraq
      اتهمت حكومة إقليم كردستان الحكومة الاتحادية في بغداد بالمماطلة. | irq-gov | الحكومة الاتحادية
      وقالت الحكومة الاتحادية إن الميزانية جاهزة.                        | irq-gov | -
      # the occupation is Israel's army where the article names Israel, not another state's
      وقالت إسرائيل إن الاحتلال سيواصل عملياته.                          | isr-mil | الاحتلال
      وقالت الفصائل إن الاحتلال سيواصل عملياته.                          | isr-mil | -
      وقالت إسرائيل إن قوات الاحتلال الأمريكي انسحبت من القاعدة.          | isr-mil | -
      # the E3, and Yemen's Presidential Leadership Council
      وانتقد عراقجي الترويكا الأوروبية.                                   | e3      | الترويكا الأوروبية
      ورحب مجلس القيادة الرئاسي بالخطوة.                                  | yem-plc | مجلس القيادة الرئاسي
      # Somalia's member states, and its federal government where the article names Somalia
      واتهم رئيس ولاية جوبالاند الحكومة الفيدرالية في مقديشو بإشعال الحرب. | som-gov | الحكومة الفيدرالية
      وقالت الحكومة الفيدرالية إن الميزانية جاهزة.                           | som-gov | -
      واتهم رئيس ولاية جوبالاند الحكومة في مقديشو بإشعال الحرب.             | jubaland | ولاية جوبالاند
      # Kurdistan spelled with و by Kurdish outlets
      وقالت حكومة إقليم كوردستان إن الرواتب تأخرت.                        | krg     | حكومة إقليم كوردستان
      # an abbreviation in brackets after an organization's name, and its later uses, are it
      وقالت منظمة أطباء بلا حدود (إم إس إف) إن الوضع خطير، وأضافت إم إس إف أن المستشفيات مكتظة. | msf | منظمة أطباء بلا حدود;إم إس إف;إم إس إف
      # coreference: a title before the name, the full name and the family name are one person
      قال حفتر إن خليفة حفتر لن يتراجع، وأكد المشير خليفة حفتر ذلك.        | haftar      | حفتر;خليفة حفتر;خليفة حفتر
      قال اللواء أسامة جويلي إن جويلي سيقود المحور.                        | juwaili     | أسامة جويلي;جويلي
      # country adjectives are not mentions of the country
      قال مسؤول مصري إن الموقف المصري ثابت.                               | egy         | -
      ورحبت الصحافة التركية بالخطوة.                                      | tur         | -
      وقال دبلوماسيون إن للتونسيين والليبيين مصالح مشتركة.                 | lby         | -
      # but the country itself is one, with or without clitics
      وقالت مصر وتركيا إن الحل في ليبيا سياسي.                            | tur         | تركيا
      # a country whose name reads as its adjective is named where no noun stands before it
      وأدانت السعودية الهجوم، وقالت السفارة السعودية إنه فاشل.              | sau         | السعودية
      # a name that is also a common noun is the noun with the article (الحماس: enthusiasm)
      وتوصلت حماس وإسرائيل إلى اتفاق، وأبدى الوسطاء الحماس له.              | hamas       | حماس
      """)
  void mentions(String text, String kb, String expected) {
    assertEquals(expected, mentionsOf(text, kb), () -> "in: " + text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وقال مصدر سياسي ليبي مقرب من الحكومة إن الاتفاق قريب.  | ليبي
      وأكد مسؤول مصري رفيع أن القاهرة لن تتدخل.             | مصري
      وقال ضابط تونسي متقاعد إن الحدود آمنة.                 | تونسي
      """)
  void aCountryAdjectiveAloneIsNoName(String text, String adjective) {
    Document d = Document.of("t", new Source("t", null, null), "ar", null, DateValue.UNKNOWN,
        text, List.of());
    for (Entity e : EntityStage.standard().process(d).entities()) {
      for (Mention m : e.mentions()) {
        assertNotEquals(adjective, ArabicNormalizer.normalize(m.text()), () -> "a name: " + e);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      المصري | true
      التركية | true
      والليبيين | true
      للتونسيين | true
      بالأمريكية | true
      الجزائر | false
      السودان | false
      الإمارات | false
      تركية | false
      """)
  void demonyms(String word, boolean expected) {
    assertEquals(expected, EntityStage.isDemonym(Conll.norms(Arrays.asList(word)).get(0)), word);
  }
}
