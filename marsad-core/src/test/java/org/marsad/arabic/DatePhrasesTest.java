package org.marsad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.marsad.model.DateValue;

/**
 * Date expressions: the table in {@code golden/dates/phrases.tsv} (one sentence a row with what
 * must be found in it), then the cases fixed one by one.
 */
class DatePhrasesTest {
  private static final String TABLE = "/golden/dates/phrases.tsv";

  private static List<DatePhrases.Found> find(String text, String published) {
    Optional<LocalDate> pub = Optional.ofNullable(published).map(LocalDate::parse);
    return DatePhrases.find(text, Tokenizer.tokenize(text), pub);
  }

  private static String covered(String text, DatePhrases.Found f) {
    List<Token> toks = Tokenizer.tokenize(text);
    return text.substring(toks.get(f.from()).start(), toks.get(f.to() - 1).end());
  }

  /** The only date of {@code text}, or a failure naming what was found. */
  private static DateValue only(String text, String published) {
    List<DatePhrases.Found> found = find(text, published);
    assertEquals(1, found.size(), () -> text + " -> " + found);
    return found.get(0).value();
  }

  private static void check(String text, String published, String value, String precision) {
    assertEquals(new DateValue(value, precision, null), only(text, published), text);
  }

  private static void none(String text, String published) {
    assertEquals(List.of(), find(text, published), text);
  }

  @ParameterizedTest(name = "{0} [{1}]")
  @CsvFileSource(resources = TABLE, delimiter = '\t', encoding = "UTF-8")
  void resolvesAsInTheTable(String sentence, String published, String value, String precision,
      String phrase, String span) {
    if (precision.equals("none")) {
      none(sentence, published);
    } else {
      assertEquals(new DateValue(value, precision, phrase), only(sentence, published), sentence);
    }
  }

  @ParameterizedTest(name = "{0} [{1}]")
  @CsvFileSource(resources = TABLE, delimiter = '\t', encoding = "UTF-8")
  void tokenRangeCoversThePhrase(String sentence, String published, String value,
      String precision, String phrase, String span) {
    assumeFalse(precision.equals("none"));
    List<DatePhrases.Found> found = find(sentence, published);
    assertEquals(1, found.size(), () -> sentence + " -> " + found);
    DatePhrases.Found f = found.get(0);
    assertTrue(f.from() < f.to(), () -> "empty range " + f);
    assertEquals(span, covered(sentence, f), sentence);
    if (phrase != null) {
      assertEquals(phrase, covered(sentence, f), "an unresolved phrase is the covered text");
    }
  }

  @Test
  void relativeDatesResolveAgainstPublication() {
    String text = "قصفت الطائرات المدينة أمس";
    check(text, "2020-05-20", "2020-05-19", "day");
    check(text, "2020-03-01", "2020-02-29", "day");
    assertEquals(new DateValue(null, "unknown", "أمس"), only(text, null));
  }

  @Test
  void theSameDayIsNotThePublicationDate() {
    none("أفرج عنهم في اليوم نفسه", "2020-05-20");
    none("أفرج عنهم في نفس اليوم", "2020-05-20");
    none("أفرج عنهم في ذات اليوم", "2020-05-20");
    none("قتل جنديان في اليوم الأول من الهجوم", "2020-05-20");
    check("أفرج عنهم اليوم", "2020-05-20", "2020-05-20", "day");
  }

  @Test
  void februaryIsAMonthNotAConjunction() {
    check("في 5 فبراير 2020", null, "2020-02-05", "day");
    check("في فبراير الماضي", "2020-05-20", "2020-02", "month");
  }

  @Test
  void shortWordsAfterAConjunction() {
    check("وأمس قصفت الطائرات المدينة", "2020-05-20", "2020-05-19", "day");
    check("وغدا تبدأ المحادثات", "2020-05-20", "2020-05-21", "day");
    check("وقع الاتفاق بالأمس", "2020-05-20", "2020-05-19", "day");
  }

  @Test
  void dayBeforeYesterdayWithMin() {
    check("وصل الوفد أول من أمس", "2020-05-20", "2020-05-18", "day");
  }

  @Test
  void yearlessDatesTakeTheNearestYear() {
    check("في 28 ديسمبر", "2020-01-05", "2019-12-28", "day");
    check("في 3 يناير", "2019-12-20", "2020-01-03", "day");
    check("في 18 مايو", "2020-05-20", "2020-05-18", "day");
  }

  @Test
  void dayAndMonthBeforeMadiAreInThePast() {
    check("في 18 مايو الماضي", "2020-03-01", "2019-05-18", "day");
    check("في 18 مايو المقبل", "2020-06-01", "2021-05-18", "day");
  }

  @Test
  void weekdayBeforeAFullDateIsOneExpression() {
    check("يوم الثلاثاء 19 مايو 2020", null, "2020-05-19", "day");
    check("الثلاثاء، 19 مايو 2020", "2020-05-20", "2020-05-19", "day");
  }

  @Test
  void weekdayWithMadiOrMuqbil() {
    check("الأربعاء الماضي", "2020-05-20", "2020-05-13", "day");
    check("الخميس المقبل", "2020-05-20", "2020-05-21", "day");
    check("يوم الأربعاء", "2020-05-20", "2020-05-20", "day");
  }

  @Test
  void bareSundayIsAWeekdayButElevenIsNot() {
    check("أعلن الرئيس الأحد حالة الطوارئ", "2020-05-20", "2020-05-17", "day");
    none("نشر الجيش الأحد عشر لواء", "2020-05-20");
    none("قال أحد المسؤولين", "2020-05-20");
  }

  @Test
  void generalInTitlesIsNotAYear() {
    none("قال الأمين العام السابق للحزب", "2020-05-20");
    none("أكد النائب العام الحالي", "2020-05-20");
    check("قال في العام الماضي", "2020-05-20", "2019", "year");
  }

  @Test
  void comingWeeksMonthsAndYears() {
    check("الأسبوع المقبل", "2020-05-20", "2020-05-25/2020-05-31", "range");
    check("الشهر القادم", "2020-12-20", "2021-01", "month");
    check("العام المقبل", "2020-05-20", "2021", "year");
  }

  @Test
  void monthWordBelongsToTheMonth() {
    List<DatePhrases.Found> found = find("في شهر أبريل 2019", null);
    assertEquals(1, found.size());
    assertEquals("شهر أبريل 2019", covered("في شهر أبريل 2019", found.get(0)));
  }

  @Test
  void emptyAndRandomInput() {
    none("", "2020-05-20");
    Random random = new Random(4);
    String alphabet = "أمس اليوم غدا مايو أيار 2020 18 ١٨ الماضي العام الشهر الأسبوع يوم الثلاثاء شهر"
        + " رمضان نفسه أول من ( ) / ، و ف ب ل";
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        int at = random.nextInt(alphabet.length() - 4);
        text.append(alphabet, at, at + 1 + random.nextInt(4));
      }
      String s = text.toString();
      List<Token> toks = Tokenizer.tokenize(s);
      int last = 0;
      for (DatePhrases.Found f : DatePhrases.find(s, toks,
          Optional.of(LocalDate.of(2020, 5, 20)))) {
        assertTrue(f.from() >= last && f.from() < f.to() && f.to() <= toks.size(), s);
        last = f.to();
      }
    }
  }
}
