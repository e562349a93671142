package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The common-noun list: how it is built, that the shipped one is what the command builds. */
class CommonNounsTest {
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
  private static final Path CORPUS =
      ROOT.resolve("../shared/data/unlabelled/arwiki-2017-ar.txt.gz").normalize();
  private static final Path NAMES =
      ROOT.resolve("../shared/data/names/wikidata-person-name-tokens-ar.tsv").normalize();

  @Test
  void aWordOftenWrittenWithTheArticleIsACommonNounUnlessPersonsBearIt(@TempDir Path dir)
      throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      text.append("وصلت الترسانة إلى الميناء. ترسانة كبيرة. قال حفتر إن صالح والصالح حضرا.\n");
    }
    Path corpus = dir.resolve("text.txt");
    Files.writeString(corpus, text, StandardCharsets.UTF_8);
    Path names = dir.resolve("names.tsv");
    Files.writeString(names, "latin\tarabic\tcount\nsalih\tصالح\t3\n", StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    CommonNounsBuilder.build(corpus, names, out, line -> { });
    CommonNouns nouns = CommonNouns.read(new ByteArrayInputStream(
        out.toString().getBytes(StandardCharsets.UTF_8)));
    assertTrue(nouns.contains("ترسانه"));
    assertTrue(nouns.contains("ميناء"));
    assertFalse(nouns.contains("حفتر"), "a name never takes the article");
    assertFalse(nouns.contains("صالح"), "a name token of persons is left out");
  }

  @Test
  void theShippedListIsTheOneTheCommandBuildsFromItsRecordedInputs() throws IOException {
    assumeTrue(Files.isRegularFile(CORPUS) && Files.isRegularFile(NAMES),
        "no unlabelled text or name list beside the repository");
    StringWriter out = new StringWriter();
    CommonNounsBuilder.build(CORPUS, NAMES, out, line -> { });
    try (InputStream in = new GZIPInputStream(
        CommonNouns.class.getResourceAsStream(CommonNouns.RESOURCE))) {
      String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> header = shipped.lines().filter(l -> l.startsWith("# corpus:")).toList();
      assertEquals(out.toString().lines().filter(l -> l.startsWith("# corpus:")).toList(), header);
      assertEquals(out.toString(), shipped);
    }
  }
}
