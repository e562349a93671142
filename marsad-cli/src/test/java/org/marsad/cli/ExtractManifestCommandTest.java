package org.marsad.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.DateValue;
import org.marsad.model.Document;
import org.marsad.model.RecordJson;

/**
 * {@code marsad extract --manifest FILE}: a folder of scraped texts gets its metadata from the
 * manifest, which wins over the datelines; a bad manifest stops the run, naming file and line.
 */
class ExtractManifestCommandTest {
  /** Written for these tests. */
  private static final String DATED = "افتتاح سوق جديد في مصراتة\n\n"
      + "مصراتة 12 مارس 2021 (وال) – افتتحت البلدية سوقا جديدا للخضار في وسط المدينة.\n";

  private static final String UNDATED = "البلدية تبدأ صيانة الطريق الساحلي\n\n"
      + "بدأت البلدية أعمال صيانة الطريق الساحلي بين المدينة والميناء.\n";

  @TempDir Path dir;

  /** Writes {@code content} to {@code name} under the test's folder, its folders made first. */
  private Path write(String name, String content) throws IOException {
    Path p = Files.createDirectories(dir.resolve(name).getParent()).resolve(Path.of(name)
        .getFileName());
    return Files.writeString(p, content, UTF_8);
  }

  private static Map<String, Document> records(Path out) throws IOException {
    return Files.readAllLines(out, UTF_8).stream().map(RecordJson::parse)
        .collect(Collectors.toMap(Document::id, d -> d));
  }

  @Test
  void theManifestGivesOutletAndDateAndWinsOverTheDateline() throws IOException {
    write("in/a.txt", DATED);
    write("in/b.txt", UNDATED);
    Path manifest = write("m.tsv", "file\turl\toutlet\tdate\n"
        + "a.txt\thttps://example.org/a\tصحيفة المدينة\t2021-03-13\n"
        + "b.txt\t\tصحيفة المدينة\t2021-03 (approx.)\n");
    Path out = dir.resolve("out.jsonl");

    CliRun r = CliRun.of("extract", "--manifest", manifest.toString(), "--out", out.toString(),
        dir.resolve("in").toString());

    assertEquals(0, r.exit(), r.err());
    Map<String, Document> docs = records(out);
    Document a = docs.get("a");
    assertEquals(new DateValue("2021-03-13", "day", null, "manifest"), a.published());
    assertEquals("صحيفة المدينة", a.source().outlet());
    assertEquals("manifest", a.source().outletBasis());
    assertEquals("https://example.org/a", a.source().url());
    assertEquals("مصراتة", a.source().dateline().place());
    assertEquals(new DateValue("2021-03", "month", null, "manifest"), docs.get("b").published());
  }

  @Test
  void withoutTheManifestTheDatelineGivesDateAndAgency() throws IOException {
    write("in/a.txt", DATED);
    Path out = dir.resolve("out.jsonl");

    CliRun r = CliRun.of("extract", "--out", out.toString(), dir.resolve("in").toString());

    assertEquals(0, r.exit(), r.err());
    Document a = records(out).get("a");
    assertEquals(new DateValue("2021-03-12", "day", null, "dateline"), a.published());
    assertEquals("وكالة الأنباء الليبية", a.source().outlet());
    assertEquals("dateline", a.source().outletBasis());
    assertEquals("lana", a.source().outletKb());
  }

  @Test
  void aBadManifestStopsTheRunNamingFileAndLine() throws IOException {
    write("in/a.txt", DATED);
    Path manifest = write("m.tsv", "file\turl\toutlet\tdate\n"
        + "a.txt\t\t\tyesterday\nz.txt\t\t\t\n");
    Path out = dir.resolve("out.jsonl");

    CliRun r = CliRun.of("extract", "--manifest", manifest.toString(), "--out", out.toString(),
        dir.resolve("in").toString());

    assertEquals(2, r.exit(), r.err());
    r.assertNoStackTrace();
    assertTrue(r.err().contains(manifest + ":2: bad date 'yesterday'"), r.err());
    assertFalse(Files.exists(out));
    Path missing = write("m2.tsv", "file\turl\toutlet\tdate\nz.txt\t\t\t\n");
    CliRun r2 = CliRun.of("extract", "--manifest", missing.toString(), "--out", out.toString(),
        dir.resolve("in").toString());
    assertEquals(2, r2.exit(), r2.err());
    assertTrue(r2.err().contains(missing + ":2: unknown file 'z.txt'"), r2.err());
  }

  /** The news set beside the repository, with its manifest: every article has outlet and date. */
  @Test
  void theNewsSetWithItsManifest() throws IOException {
    String root = System.getProperty("marsad.root");
    assumeTrue(root != null, "marsad.root is not set");
    Path corpus = Path.of(root).resolve("../shared/corpus").normalize();
    assumeTrue(Files.isRegularFile(corpus.resolve("news.tsv")), "no news set at " + corpus);
    Path out = dir.resolve("news.jsonl");

    CliRun r = CliRun.of("extract", "--manifest", corpus.resolve("news.tsv").toString(),
        "--out", out.toString(), corpus.resolve("news").toString());

    assertEquals(0, r.exit(), r.err());
    Map<String, Document> docs = records(out);
    assertFalse(docs.isEmpty());
    for (Document d : docs.values()) {
      assertNotNull(d.source().outlet(), d.id());
      assertNotNull(d.published().value(), d.id());
      assertEquals("manifest", d.published().basis(), d.id());
    }
    Path plain = dir.resolve("plain.jsonl");
    assertEquals(0, CliRun.of("extract", "--out", plain.toString(),
        corpus.resolve("news").toString()).exit());
    Set<String> dated = records(plain).values().stream()
        .filter(d -> d.published().value() != null).map(Document::id)
        .collect(Collectors.toSet());
    for (Document d : records(plain).values()) {
      if (d.published().value() != null) {
        assertEquals(docs.get(d.id()).published().value(), d.published().value(), d.id());
      }
    }
    assertTrue(dated.size() >= 4, dated.toString());
  }
}
