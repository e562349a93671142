package org.marsad.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.model.DateValue;

/** Where the publication date comes from, in order of trust, on texts written for the tests. */
class PublicationDateTest {
  private static final String TITLE = "افتتاح سوق جديد في مصراتة";
  private static final Optional<LocalDate> DATELINE = Optional.of(LocalDate.of(2021, 3, 12));

  private static DateValue find(Stated input, Stated page, Optional<LocalDate> dateline,
      String body) {
    return PublicationDate.find(input, page, dateline, TITLE + "\n\n" + body, TITLE);
  }

  @Test
  void theInputsDateWinsOverThePageAndTheText() {
    assertEquals(new DateValue("2021-03-10", "day", null, "manifest"),
        find(new Stated("2021-03-10", "manifest"), new Stated("2021-03-11", "page"), DATELINE,
            "افتتحت البلدية سوقا جديدا."));
  }

  @Test
  void aStatedMonthOrYearKeepsItsPrecisionAndDropsItsNote() {
    assertEquals(new DateValue("2019-04", "month", null, "manifest"),
        find(new Stated("2019-04 (approx.)", "manifest"), Stated.NONE, DATELINE, "نص."));
    assertEquals(new DateValue("2020", "year", null, "jsonl"),
        find(new Stated("2020", "jsonl"), Stated.NONE, Optional.empty(), "نص."));
  }

  @Test
  void thePagesDateWinsOverTheText() {
    assertEquals(new DateValue("2021-03-11", "day", null, "jsonld"),
        find(Stated.NONE, new Stated("2021-03-11T08:30:00+02:00", "jsonld"), DATELINE, "نص."));
  }

  @Test
  void theDatelinesDate() {
    assertEquals(new DateValue("2021-03-12", "day", null, "dateline"),
        find(Stated.NONE, Stated.NONE, DATELINE, "نص."));
  }

  @Test
  void aDateAfterAWeekdayInTheFirstSentence() {
    assertEquals(new DateValue("2021-03-15", "day", null, "lead"),
        find(Stated.NONE, Stated.NONE, Optional.empty(),
            "افتتحت بلدية مصراتة، الإثنين 15 مارس/آذار 2021، سوقا جديدا للخضار."));
  }

  @Test
  void datesLaterInTheBodyAreEventDates() {
    assertEquals(DateValue.UNKNOWN, find(Stated.NONE, Stated.NONE, Optional.empty(),
        "افتتحت البلدية سوقا جديدا. وكانت قد أعلنت عنه يوم الأحد 7 مارس 2021.\n\n"
            + "وبدأ البناء في 3 يناير 2020."));
  }

  @Test
  void strictDatesRefuseAnythingButIsoAndANote() {
    assertEquals(Optional.empty(), StatedDates.strict("2020-13-01"));
    assertEquals(Optional.empty(), StatedDates.strict("18 مايو 2020"));
    assertEquals(Optional.empty(), StatedDates.strict("2020-05 approx."));
    assertEquals(Optional.of(new DateValue("2020", "year", null)),
        StatedDates.strict("2020 (approx., after April)"));
  }
}
