package org.marsad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The domain codes are enums in the code and keep the record format's names on the wire. */
class CodesKeepTheirWireNamesTest {
  private static final ObjectMapper JSON = RecordJson.mapper();

  @Test
  void lowerCaseCodesAreWrittenAndReadByTheirRecordNames() throws Exception {
    assertEquals("\"heavy-weapons\"", JSON.writeValueAsString(EventMode.HEAVY_WEAPONS));
    assertEquals("\"strike-hun\"", JSON.writeValueAsString(EventMode.STRIKE_HUN));
    assertEquals("\"asserted\"", JSON.writeValueAsString(ClaimModality.ASSERTED));
    assertEquals("\"anonymous\"", JSON.writeValueAsString(SpeakerKind.ANONYMOUS));
    assertEquals("{\"text\":\"اترك تعليقاً\",\"reason\":\"comments\"}",
        JSON.writeValueAsString(new Removed("اترك تعليقاً", RemovalReason.COMMENTS)));
    assertEquals(EventMode.SUICIDE_ATTACK, JSON.readValue("\"suicide-attack\"", EventMode.class));
    assertEquals(new Removed("x", RemovalReason.CAPTION),
        JSON.readValue("{\"text\":\"x\",\"reason\":\"caption\"}", Removed.class));
  }

  @Test
  void upperCaseCodesAreTheirConstantNames() throws Exception {
    assertEquals("\"ASSAULT\"", JSON.writeValueAsString(EventType.ASSAULT));
    assertEquals(EntityType.ORGANIZATION, JSON.readValue("\"ORGANIZATION\"", EntityType.class));
  }

  @Test
  void aCodeInTextIsItsRecordName() {
    assertEquals("martial-law", "" + EventMode.MARTIAL_LAW);
    assertEquals("questioned", ClaimModality.QUESTIONED.toString());
  }

  @Test
  void aNameLooksUpItsConstantAndAnUnknownNameIsAnErrorListingTheKnownOnes() {
    assertEquals(EventMode.STRIKE_GEN, Code.of(EventMode.class, "strike-gen"));
    assertEquals(EventType.ASSAULT, Code.of(EventType.class, "ASSAULT"));
    assertFalse(Code.isName(EntityType.class, "person"));
    assertTrue(Code.isName(SpeakerKind.class, "outlet"));
    assertFalse(Code.isName(SpeakerKind.class, "OUTLET"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Code.of(ClaimModality.class, "rumoured"));
    assertTrue(e.getMessage().startsWith("unknown claim modality: rumoured"), e.getMessage());
    assertTrue(e.getMessage().contains("asserted, denied, confirmed"), e.getMessage());
  }

  @Test
  void aRecordWithAnUnknownCodeIsRefused() {
    for (String bad : List.of("{\"text\":\"x\",\"reason\":\"spam\"}",
        "{\"text\":\"x\",\"reason\":\"COMMENTS\"}")) {
      assertThrows(Exception.class, () -> JSON.readValue(bad, Removed.class), bad);
    }
  }
}
