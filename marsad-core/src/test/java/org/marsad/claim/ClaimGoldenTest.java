package org.marsad.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.marsad.data.TsvRows;
import org.marsad.entity.EntityStage;
import org.marsad.extract.Records;
import org.marsad.model.Claim;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Source;

/**
 * Golden cases for the claim stage, one cue family a line ({@code golden/claim/cue-families.tsv}):
 * each sentence runs through the entity and claim stages and the expected speaker, kind, entity, via,
 * modality, cue and content of one of its claims are checked; negative lines expect no claim.
 */
class ClaimGoldenTest {
  private static final String FILE = "/golden/claim/cue-families.tsv";
  private static final String CONSTRUCTIONS = "/golden/claim/constructions.tsv";

  private static Document run(String text) {
    Document d = Document.of("t", new Source("t", null, null), "ar", null, DateValue.UNKNOWN,
        text, List.of());
    Document out = ClaimStage.standard().process(EntityStage.standard().process(d));
    assertNull(Records.problem(out));
    return out;
  }

  @TestFactory
  Stream<DynamicTest> cueFamilies() {
    return cases(FILE);
  }

  @TestFactory
  Stream<DynamicTest> reportingConstructionsOfNewsProse() {
    return cases(CONSTRUCTIONS);
  }

  private static Stream<DynamicTest> cases(String file) {
    List<DynamicTest> tests = new ArrayList<>();
    for (TsvRows.Row row : TsvRows.resource(ClaimGoldenTest.class, file)) {
      String[] f = row.fields();
      assertEquals(10, f.length, file + ":" + row.line() + ": expected 10 fields");
      tests.add(DynamicTest.dynamicTest(f[0] + " (line " + row.line() + ")",
          () -> check(file, f, row.line())));
    }
    return tests.stream();
  }

  private static void check(String file, String[] f, int line) {
    Document d = run(f[1]);
    String where = file + ":" + line + " " + d.claims();
    int n = Integer.parseInt(f[2]);
    String kind = f[4];
    if (kind.equals("none")) {
      assertEquals(List.of(), d.claims(), where);
      return;
    }
    if (kind.equals("count")) {
      assertEquals(n, d.claims().size(), where);
      return;
    }
    assertTrue(d.claims().size() >= n, where);
    Claim c = d.claims().get(n - 1);
    if (!f[3].equals("-")) {
      assertEquals(f[3], c.speaker().text(), where);
    }
    assertEquals(kind, c.speaker().kind().wire(), where);
    if (!f[5].equals("-")) {
      assertEquals(f[5].equals("null") ? null : kb(d, f[5]).id(), c.speaker().entity(), where);
    }
    if (!f[6].equals("-")) {
      List<String> via = new ArrayList<>();
      for (String key : f[6].isEmpty() ? new String[0] : f[6].split("\\|")) {
        via.add(kb(d, key).id());
      }
      assertEquals(via, c.via(), where);
    }
    assertEquals(f[7], c.modality().wire(), where);
    if (!f[8].equals("-")) {
      assertEquals(f[8], c.cue().text(), where);
    }
    if (!f[9].equals("-")) {
      assertTrue(c.content() != null && c.content().text().startsWith(f[9]), where);
    }
  }

  private static Entity kb(Document d, String key) {
    return d.entities().stream().filter(e -> key.equals(e.kb())).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + key + " in " + d.entities()));
  }
}
