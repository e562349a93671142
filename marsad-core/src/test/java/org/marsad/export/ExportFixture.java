package org.marsad.export;

import java.util.List;
import org.marsad.model.Claim;
import org.marsad.model.ClaimModality;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.EventMode;
import org.marsad.model.EventType;
import org.marsad.model.Geo;
import org.marsad.model.Mention;
import org.marsad.model.Source;
import org.marsad.model.Span;
import org.marsad.model.Speaker;
import org.marsad.model.SpeakerKind;

/**
 * A small record built by hand (sentences written for these tests): an air strike with a place,
 * coordinates and a day; a denied shelling (negated); aid announced in a statement whose evidence
 * holds a comma, double quotes and a line break; a threat that is only hypothetical.
 */
final class ExportFixture {
  private ExportFixture() {}

  static final String STRIKE = "شنت قوات حفتر غارات جوية على مطار معيتيقة في طرابلس يوم الاثنين.";
  static final String DENIAL = "ونفى المسماري أن تكون قوات حفتر قصفت حكومة الوفاق في مصراتة.";
  static final String AID =
      "وقالت حكومة الوفاق, في بيان, إن تركيا \"سترسل مزيدا من المساعدات\"\nإلى طرابلس.";
  static final String THREAT = "وهدد حفتر بمهاجمة مصراتة إذا لم تنسحب قوات الوفاق.";
  static final String TEXT = String.join(" ", STRIKE, DENIAL, AID, THREAT);

  static Document document() {
    Entity haftar = entity("e1", "ORGANIZATION", "Libyan National Army", "قوات حفتر", "lna",
        "LBY", "MIL", "قوات حفتر");
    Entity gna = entity("e2", "ORGANIZATION", "Government of National Accord", "حكومة الوفاق",
        "gna", "LBY", "GOV", "حكومة الوفاق");
    Entity mitiga = entity("e3", "FACILITY", "Mitiga International Airport", "مطار معيتيقة",
        "mitiga-airport", "LBY", null, "مطار معيتيقة");
    Entity misrata = entity("e4", "LOCATION", "Misrata", "مصراتة", "misrata", "LBY", null,
        "مصراتة");
    Entity turkey = entity("e5", "LOCATION", "Turkey", "تركيا", "turkey", "TUR", "GOV", "تركيا");
    Entity mismari = entity("e6", "PERSON", "Ahmed al-Mismari", "المسماري", "al-mismari", "LBY",
        "MIL", "المسماري");
    Claim denial = new Claim("c1", new Speaker("e6", "المسماري", SpeakerKind.NAMED), List.of(),
        span("نفى"), ClaimModality.DENIED, span("أن تكون قوات حفتر قصفت حكومة الوفاق في مصراتة"),
        span(DENIAL));
    Claim statement = new Claim("c2", new Speaker("e2", "حكومة الوفاق", SpeakerKind.NAMED),
        List.of(), span("قالت"), ClaimModality.ASSERTED,
        span("تركيا \"سترسل مزيدا من المساعدات\"\nإلى طرابلس"), span(AID));
    List<Event> events = List.of(
        new Event("v1", EventType.ASSAULT, EventMode.AERIAL, List.of("military"), "e1", null, "e3",
            new Geo(32.8941, 13.2760, 1), DateValue.day(java.time.LocalDate.of(2020, 5, 18)),
            false, false, null, span(STRIKE), 0.9),
        new Event("v2", EventType.ASSAULT, EventMode.HEAVY_WEAPONS, List.of("military"), "e1",
            "e2", "e4",
            new Geo(32.3754, 15.0925, 1), DateValue.UNKNOWN, true, false, "c1", span(DENIAL),
            0.8),
        new Event("v3", EventType.AID, EventMode.MILITARY, List.of("military"), "e5", "e2",
            null, null,
            new DateValue("2020-05", "month", "هذا الشهر"), false, false, "c2", span(AID), 0.7),
        new Event("v4", EventType.ASSAULT, null, List.of(), "e1", "e2", "e4", null,
            new DateValue("2020-05-18/2020-05-24", "range", "هذا الأسبوع"), false, true, null,
            span(THREAT), 0.5));
    return new Document(Document.FORMAT, "fixture", new Source("in/fixture.txt", null,
            "ليبيا أوبزرفر"), "ar", "غارات على معيتيقة",
        DateValue.day(java.time.LocalDate.of(2020, 5, 19)), TEXT, List.of(),
        List.of(haftar, gna, mitiga, misrata, turkey, mismari), events,
        List.of(denial, statement));
  }

  private static Entity entity(String id, String type, String name, String nameAr, String kb,
      String country, String sector, String mention) {
    Span s = span(mention);
    return new Entity(id, EntityType.valueOf(type), name, nameAr, kb, country, sector,
        List.of(new Mention(s.start(), s.end(), s.text())));
  }

  /** The first occurrence of {@code text} in {@link #TEXT}. */
  static Span span(String text) {
    int start = TEXT.indexOf(text);
    if (start < 0) {
      throw new IllegalArgumentException("not in the fixture text: " + text);
    }
    return Span.of(TEXT, start, start + text.length());
  }
}
