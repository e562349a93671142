package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Name lists in their three forms, and their lookups. */
class NameListTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aTsvGivesTheSecondColumnNormalizedWithItsCounts() throws IOException {
    NameList l = NameList.read(file("names.tsv",
        "latin\tarabic\tcount\nfatima\tفاطمة\t3\nfatma\tفاطمه\t2\nasad\tالأسد\t1\n"));
    assertEquals(5, l.count("فاطمه"));
    assertEquals(1, l.count("اسد")); // listed with the article, found without
    assertEquals(1, l.count("والاسد"));
    assertEquals(5, l.count("لفاطمه"));
    assertEquals(0, l.count("سالم"));
  }

  @Test
  void aCsvGivesItsCityNameArColumnAndLeavesLatinNamesOut() throws IOException {
    NameList l = NameList.read(file("cities.csv", "\uFEFFCountryNameAr,CityNameAr,Population\n"
        + "\"ليبيا\",\"سبها\",1\n\"أفغانستان\",\"ولاية قندهار\",2\n\"إكوادور\",\"Calceta\",3\n"));
    assertEquals(2, l.size());
    assertEquals(1, l.count("سبها"));
    assertTrue(l.inLongerName("قندهار"));
    assertFalse(l.inLongerName("ليبيا"));
  }

  @Test
  void theCompactFormRoundTrips() throws IOException {
    NameList l = NameList.read(file("names.tsv", "latin\tarabic\tcount\nomar\tعمر\t4\n"));
    StringWriter out = new StringWriter();
    l.write(out, List.of("a note"));
    assertEquals("# a note\nعمر\t4\n", out.toString());
    NameList back = NameList.read(file("names.txt", out.toString()));
    assertEquals(4, back.count("عمر"));
    assertEquals(0, back.atLeast(5).count("عمر"));
  }

  @Test
  void badInputNamesTheFileAndLine() throws IOException {
    Path noColumn = file("cities.csv", "CountryNameAr,Population\n\"ليبيا\",1\n");
    IOException e = assertThrows(IOException.class, () -> NameList.read(noColumn));
    assertTrue(e.getMessage().startsWith(noColumn + ":1: no CityNameAr column"), e.getMessage());
    Path badCount = file("names.tsv", "latin\tarabic\tcount\nomar\tعمر\tmany\n");
    e = assertThrows(IOException.class, () -> NameList.read(badCount));
    assertEquals(badCount + ":2: not a count: 'many'", e.getMessage());
  }

  @Test
  void theShippedListsHaveTheirNames() {
    assertTrue(NameList.persons().count("جون") >= WordEvidence.FREQUENT);
    assertEquals(1, Math.min(1, NameList.cities().count("طرابلس")));
  }
}
