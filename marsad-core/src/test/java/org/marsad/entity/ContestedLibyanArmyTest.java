package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Source;

/**
 * "الجيش الليبي" is the GNA's forces in some articles and Haftar's LNA in others. Each
 * row is an article written for this test, the outlet it is published by (a knowledge-base id,
 * or empty), the mention looked at, and the entry it must be linked to ({@code -} for none).
 */
class ContestedLibyanArmyTest {
  private static String linkOf(String text, String outlet, String basis, String mention) {
    Source source = outlet == null ? new Source("t", null, null)
        : new Source("t", null, outlet, basis, outlet);
    Document d = Document.of("t", source, "ar", null, DateValue.UNKNOWN, text, List.of());
    for (Entity e : EntityStage.standard().process(d).entities()) {
      if (e.mentions().stream().anyMatch(m -> m.text().equals(mention))) {
        return e.kb() == null ? "unlinked" : e.kb();
      }
    }
    return "-";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # the article calls Haftar's side militias and the GNA legitimate
      pro-GNA usage | صدت قوات الجيش الليبي هجوما جديدا لمليشيات حفتر جنوب طرابلس، وأكد الناطق باسمها أن قوات الشرعية ستواصل الدفاع عن العاصمة ضد مرتزقة حفتر. | | | قوات الجيش الليبي | gna-forces
      # the article calls the GNA's side militias and Turkey an invader
      pro-LNA usage | أعلن الجيش الليبي تحرير مواقع جديدة من مليشيات الوفاق في محيط طرابلس، وقال إن المرتزقة السوريين الذين جلبهم الغزو التركي فروا من المنطقة. | | | الجيش الليبي | lna
      with clitics | قالت مصادر إن مليشيات حفتر انسحبت بعد أن تقدم للجيش الليبي عدد من المقاتلين، وإن قوات الشرعية سيطرت على المحور. | | | للجيش الليبي | gna-forces
      # nothing in the text: the publishing outlet's documented alignment decides
      pro-GNA outlet | قال المتحدث باسم الجيش الليبي إن الاشتباكات توقفت صباح اليوم في محور عين زارة. | libya-observer | url | الجيش الليبي | gna-forces
      pro-LNA outlet | قال المتحدث باسم الجيش الليبي إن الاشتباكات توقفت صباح اليوم في محور عين زارة. | almarsad | url | الجيش الليبي | lna
      state media of a GNA backer | قال المتحدث باسم الجيش الليبي إن الاشتباكات توقفت صباح اليوم في محور عين زارة. | anadolu | jsonl | الجيش الليبي | gna-forces
      # an outlet only named in the text may be a cited one: it does not decide
      cited outlet | قال المتحدث باسم الجيش الليبي إن الاشتباكات توقفت صباح اليوم في محور عين زارة. | libya-observer | text | الجيش الليبي | lna
      no outlet: the default | قال المتحدث باسم الجيش الليبي إن الاشتباكات توقفت صباح اليوم في محور عين زارة. | | | الجيش الليبي | lna
      # the article's usage outweighs its outlet's alignment
      usage over outlet | أعلن الجيش الليبي تحرير مواقع جديدة من مليشيات الوفاق، وقال إن مرتزقة أردوغان فروا من المنطقة. | libya-observer | url | الجيش الليبي | lna
      # an association right after the name decides that mention
      near association | هاجمت مليشيات الوفاق مواقع في ترهونة، فيما قال الجيش الليبي التابع لحكومة الوفاق إنه صد الهجوم. | | | الجيش الليبي | gna-forces
      near leader | أكد الجيش الليبي بقيادة المشير خليفة حفتر أنه يسيطر على الحقول النفطية. | libya-observer | url | الجيش الليبي | lna
      armed forces | أعلنت القوات المسلحة الليبية، التابعة لحكومة الوفاق، استعادة قاعدة الوطية من مليشيات حفتر. | | | القوات المسلحة الليبية | gna-forces
      # the LNA's own name stays the LNA
      LNA's own name | قال الجيش الوطني الليبي إنه صد هجوما لمليشيات حفتر المزعومة في تصريح ساخر. | | | الجيش الوطني الليبي | lna
      # the bare word: only where the article's usage says which side, not by the outlet
      bare word decided | قالت مصادر إن الجيش سيطر على المحور بعد انسحاب مليشيات حفتر، وإن قوات الشرعية تقدمت نحو ترهونة. | | | الجيش | gna-forces
      bare word undecided | قالت مصادر إن الجيش سيطر على المحور بعد معارك استمرت يومين. | libya-observer | url | الجيش | -
      another country's army | قال المصدر إن مليشيات حفتر تلقت تدريبا على يد عناصر الجيش في مصر، وإن قوات الشرعية رصدت ذلك. | | | الجيش | -
      # a name's default holds only where the article names something else of its country
      short name in a Libyan article | قال الجيش الوطني إنه سيطر على مواقع جديدة جنوب طرابلس. | | | الجيش الوطني | lna
      short name in another war | وقال قائد القوات البرية إن الجيش الوطني سيطر على بلدة جديدة وسط الصومال. | | | الجيش الوطني | -
      a nisba after the word | قالت مصادر إن مليشيات حفتر تلقت دعما من الجيش السوداني، وإن قوات الشرعية رصدت ذلك. | | | الجيش | -
      """)
  void contestedArmy(String label, String text, String outlet, String basis, String mention,
      String expected) {
    assertEquals(expected, linkOf(text, outlet, basis, mention), label);
  }
}
