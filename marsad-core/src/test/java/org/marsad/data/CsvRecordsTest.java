package org.marsad.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 records with the line each starts on, and malformed input named by its line. */
class CsvRecordsTest {
  private static void check(String csv, String... records) throws IOException {
    List<String> got = CsvRecords.read(new StringReader(csv)).stream()
        .map(r -> r.line() + ":" + String.join("|", r.fields())).toList();
    assertEquals(List.of(records), got);
  }

  @Test
  void plainFields() throws IOException {
    check("a,b,c\n1,2,3\n", "1:a|b|c", "2:1|2|3");
  }

  @Test
  void emptyFieldsAreKept() throws IOException {
    check("a,,c,\n", "1:a||c|");
  }

  @Test
  void quotedCommasQuotesAndLineBreaks() throws IOException {
    check("\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,row\n",
        "1:x, y|say \"hi\"|two\nlines", "3:next|row");
  }

  @Test
  void crlfBomAndBlankLines() throws IOException {
    check("\uFEFFid,name\r\n\r\nطرابلس,طرابلس الغرب\r\n", "1:id|name", "3:طرابلس|طرابلس الغرب");
  }

  @Test
  void lastLineWithoutLineBreak() throws IOException {
    check("a,b", "1:a|b");
  }

  @Test
  void emptyInput() throws IOException {
    check("");
  }

  @Test
  void unclosedQuoteNamesItsLine() {
    IOException e = assertThrows(CsvRecords.SyntaxException.class,
        () -> CsvRecords.read(new StringReader("a,b\nc,\"open\n")));
    assertEquals("line 2: a quoted field is not closed", e.getMessage());
  }

  @Test
  void anUnclosedQuoteAfterBlankLinesNamesTheLineItOpensOn() {
    IOException e = assertThrows(CsvRecords.SyntaxException.class,
        () -> CsvRecords.read(new StringReader("a,b\r\n\r\n\r\n\"open,x\r\nmore\r\n")));
    assertEquals("line 4: a quoted field is not closed", e.getMessage());
  }

  @Test
  void textAfterAClosingQuoteNamesItsLine() {
    IOException e = assertThrows(CsvRecords.SyntaxException.class,
        () -> CsvRecords.read(new StringReader("a,b\n\"x\"y,z\n")));
    assertTrue(e.getMessage().startsWith("line 2: text after a quoted field's closing quote"),
        e.getMessage());
  }

  @Test
  void lineBreaksOfEveryKindCountAsLines() throws IOException {
    check("a\rb\r\nc\nd", "1:a", "2:b", "3:c", "4:d");
  }
}
