package org.marsad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.marsad.claim.ClaimStage;
import org.marsad.entity.EntityStage;
import org.marsad.event.EventStage;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Source;

/** Generic actors in the ACLED export, named as ACLED names them, on sentences written here. */
class GenericActorExportTest {
  private static List<CSVRecord> acled(String text) throws IOException {
    Document doc = Document.of("t", new Source(null, null, "وكالة"), "ar", null,
        DateValue.day(LocalDate.of(2008, 6, 1)), text, List.of());
    doc = EventStage.standard().process(
        ClaimStage.standard().process(EntityStage.standard().process(doc)));
    EventExport export = EventExport.acledCsv(EventSelection.FACTUAL, false);
    StringWriter w = new StringWriter();
    try {
      export.begin(w);
      export.write(doc, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (CSVParser p = CSVParser.parse(w.toString(),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      return p.getRecords();
    }
  }

  @Test
  void aForeignTankIsTheMilitaryForcesOfItsCountry() throws IOException {
    CSVRecord r = acled("قصفت دبابة إسرائيلية منزلا في مدينة غزة أمس مما أدى إلى مقتل ثلاثة"
        + " فلسطينيين.")
        .get(0);
    assertEquals("Military Forces of Israel", r.get("actor1"));
    assertEquals("1", r.get("inter1"));
  }

  @Test
  void unknownGunmenAttackingIraqiPoliceAreAnUnidentifiedArmedGroup() throws IOException {
    CSVRecord r = acled("قتل مسلحون مجهولون ثلاثة من رجال الشرطة العراقية في بغداد أمس.")
        .get(0);
    assertEquals("Unidentified Armed Group", r.get("actor1"));
    assertEquals("3", r.get("inter1"));
    assertEquals("Police Forces of Iraq", r.get("actor2"));
    assertEquals("1", r.get("inter2"));
  }

  @Test
  void protestersAreProtestersOfTheirCountry() throws IOException {
    CSVRecord r = acled("تظاهر آلاف المتظاهرين العراقيين أمس في البصرة احتجاجا على انقطاع"
        + " الكهرباء.").get(0);
    assertEquals("Protesters (Iraq)", r.get("actor1"));
    assertEquals("6", r.get("inter1"));
  }
}
