package org.marsad.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading, checking and applying a manifest; every problem names the manifest and the line. */
class ManifestTest {
  private static final String HEADER = "file\turl\toutlet\tdate\tnote\n";

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, UTF_8);
    return p;
  }

  private List<String> problems(String name, String content, Path... inputs) throws IOException {
    Path m = write(name, content);
    ManifestException e = assertThrows(ManifestException.class,
        () -> Manifest.read(m).bind(List.of(inputs)));
    return e.problems();
  }

  @Test
  void aTsvManifestGivesEachFileItsMetadata() throws Exception {
    Path a = write("news/a.txt", "نص");
    Path b = write("news/b.txt", "نص");
    Path m = write("news.tsv", HEADER
        + "a.txt\thttps://example.org/a\tصحيفة المدينة\t2021-03-12\tany note\n"
        + "news/b.txt\t\t\t2019-04 (approx.)\t\n");
    Manifest.Binding binding = Manifest.read(m).bind(List.of(a, b));
    RawArticle raw = new RawArticle("a", a.toString(), null, null, null, null,
        RawArticle.Markup.TEXT, "نص");
    assertEquals(new RawArticle("a", a.toString(), "https://example.org/a", "صحيفة المدينة",
        null, "2021-03-12", RawArticle.Markup.TEXT, "نص", "manifest"), binding.apply(a, raw));
    assertEquals("2019-04 (approx.)", binding.apply(b, raw).date());
  }

  @Test
  void aCsvManifestWithQuotedFields() throws Exception {
    Path a = write("a.html", "<p>نص</p>");
    Path m = write("meta.csv", "date,file,outlet,url\n\"2021-03\",a.html,\"صحيفة, المدينة\",\n");
    Manifest.Entry e = Manifest.read(m).bind(List.of(a)).entry(a).orElseThrow();
    assertEquals(new Manifest.Entry(2, "a.html", null, "صحيفة, المدينة", "2021-03"), e);
  }

  @Test
  void aMissingColumnIsNamedWithTheHeaderLine() throws Exception {
    List<String> p = problems("m.tsv", "file\turl\toutlet\na.txt\t\tx\n", write("a.txt", "نص"));
    assertEquals(List.of(dir.resolve("m.tsv") + ":1: missing column 'date' (the header has:"
        + " file, url, outlet)"), p);
  }

  @Test
  void aBadDateIsNamedWithItsLine() throws Exception {
    Path a = write("a.txt", "نص");
    List<String> p = problems("m.tsv", HEADER + "a.txt\t\t\t2021-13-01\t\n", a);
    assertEquals(1, p.size());
    assertTrue(p.get(0).startsWith(dir.resolve("m.tsv") + ":2: bad date '2021-13-01'"), p.get(0));
  }

  @Test
  void anUnknownFileIsNamedWithItsLine() throws Exception {
    Path a = write("a.txt", "نص");
    List<String> p = problems("m.tsv", HEADER + "a.txt\t\t\t\t\nmissing.txt\t\t\t\t\n", a);
    assertEquals(List.of(dir.resolve("m.tsv") + ":3: unknown file 'missing.txt': no input file"
        + " has that name"), p);
  }

  @Test
  void aFileListedTwiceAFileOfManyArticlesAndARowOfTheWrongLength() throws Exception {
    Path a = write("a.txt", "نص");
    Path j = write("feed.jsonl", "{\"text\":\"نص\"}\n");
    String m = dir.resolve("m.tsv").toString();
    assertEquals(List.of(m + ":3: 'a.txt' is listed twice (first on line 2)"),
        problems("m.tsv", HEADER + "a.txt\t\t\t\t\na.txt\t\t\t\t\n", a));
    assertEquals(List.of(m + ":2: 'feed.jsonl' holds many articles, each with its own fields;"
        + " a manifest row gives one article's metadata"),
        problems("m.tsv", HEADER + "feed.jsonl\t\t\t\t\n", a, j));
    assertEquals(List.of(m + ":2: expected 5 fields as in the header, found 2"),
        problems("m.tsv", HEADER + "a.txt\tx\n", a));
  }

  @Test
  void ingestGivesTheArticlesOfANamedFileTheManifestsMetadata() throws Exception {
    Path a = write("in/a.txt", "افتتحت البلدية سوقا جديدا.");
    Path m = write("m.tsv", HEADER + "a.txt\t\tصحيفة المدينة\t2021-03-12\t\n");
    Ingest ingest = new Ingest(Limits.DEFAULT, Manifest.read(m).bind(List.of(a)));
    RawArticle r = ingest.read(a).articles().get(0);
    assertEquals("صحيفة المدينة", r.outlet());
    assertEquals("manifest", r.statedBy());
  }
}
