package org.marsad.ingest;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.ingest.EncodingDetector.ISO_8859_6;
import static org.marsad.ingest.EncodingDetector.WINDOWS_1256;
import static org.marsad.ingest.EncodingDetectorTest.PARAGRAPH;
import static org.marsad.ingest.EncodingDetectorTest.bom;
import static org.marsad.ingest.EncodingDetectorTest.concat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.RawArticle.Markup;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@link Ingest#read} on files written here: one article, or one clear error, per rule. */
class IngestTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant DATE = Instant.parse("2024-05-01T10:00:00Z");

  @TempDir Path dir;

  // ---------------------------------------------------------------- helpers

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  private static ReadResult read(Path file) {
    return new Ingest(Limits.DEFAULT).read(file);
  }

  /** The one article of {@code file}, which must have read without errors. */
  private static RawArticle only(Path file) {
    ReadResult r = read(file);
    assertEquals(List.of(), r.errors(), "errors");
    assertEquals(1, r.articles().size(), "articles");
    RawArticle a = r.articles().get(0);
    assertEquals(file.toString(), a.path());
    return a;
  }

  /** The one error of {@code file}, which must have given no article; its message must say why. */
  private static InputError failure(Ingest ingest, Path file, String why) {
    ReadResult r = ingest.read(file);
    assertEquals(List.of(), r.articles(), "articles");
    assertEquals(1, r.errors().size(), () -> "errors: " + r.errors());
    InputError e = r.errors().get(0);
    assertEquals(file.toString(), e.path());
    assertTrue(e.message().contains(why), () -> "expected \"" + why + "\" in: " + e.message());
    assertTrue(e.message().lines().count() == 1, "one line");
    return e;
  }

  private static InputError failure(Path file, String why) {
    return failure(new Ingest(Limits.DEFAULT), file, why);
  }

  private void checkText(String name, byte[] bytes) throws IOException {
    RawArticle a = only(write(name, bytes));
    assertAll(
        () -> assertEquals(PARAGRAPH, a.content()),
        () -> assertEquals(Markup.TEXT, a.markup()),
        () -> assertEquals(name.substring(0, name.indexOf('.')), a.id()),
        () -> assertNull(a.url()));
  }

  private static String html(String charsetMeta) {
    return "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head>" + charsetMeta
        + "<title>افتتاح مستشفى جديد</title></head>\n<body><article><h1>افتتاح مستشفى جديد</h1>"
        + "<p>" + PARAGRAPH + "</p></article></body></html>\n";
  }

  // ---------------------------------------------------------------- plain text in each encoding

  @Test
  void textUtf8() throws IOException {
    checkText("utf8.txt", PARAGRAPH.getBytes(UTF_8));
  }

  @Test
  void textUtf8WithByteOrderMark() throws IOException {
    checkText("utf8bom.txt", concat(bom(0xEF, 0xBB, 0xBF), PARAGRAPH.getBytes(UTF_8)));
  }

  @Test
  void textUtf16LittleEndianWithByteOrderMark() throws IOException {
    checkText("utf16le.txt", concat(bom(0xFF, 0xFE), PARAGRAPH.getBytes(UTF_16LE)));
  }

  @Test
  void textUtf16BigEndianWithByteOrderMark() throws IOException {
    checkText("utf16be.txt", PARAGRAPH.getBytes(UTF_16));
  }

  @Test
  void textUtf16LittleEndianWithoutByteOrderMark() throws IOException {
    checkText("utf16le-nobom.txt", PARAGRAPH.getBytes(UTF_16LE));
  }

  @Test
  void textWindows1256() throws IOException {
    checkText("cp1256.txt", PARAGRAPH.getBytes(WINDOWS_1256));
  }

  @Test
  void textIso88596() throws IOException {
    checkText("iso88596.txt", PARAGRAPH.getBytes(ISO_8859_6));
  }

  @Test
  void textDamagedUtf8IsAnErrorNamingTheByte() throws IOException {
    byte[] good = PARAGRAPH.getBytes(UTF_8);
    byte[] bad = concat(Arrays.copyOf(good, 10), bom(0xFF), Arrays.copyOfRange(good, 10, good.length));
    InputError e = failure(write("damaged.txt", bad), "invalid UTF-8");
    assertTrue(e.message().contains("10"), e.message());
  }

  // ---------------------------------------------------------------- HTML

  @Test
  void htmlDeclaredWindows1256() throws IOException {
    String page = html("<meta charset=\"windows-1256\">");
    RawArticle a = only(write("page.html", page.getBytes(WINDOWS_1256)));
    assertAll(
        () -> assertEquals(page, a.content()),
        () -> assertEquals(Markup.HTML, a.markup()),
        () -> assertEquals("page", a.id()));
  }

  @Test
  void htmlDeclaredWithHttpEquiv() throws IOException {
    String page = html(
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">");
    assertEquals(page, only(write("equiv.htm", page.getBytes(WINDOWS_1256))).content());
  }

  @Test
  void htmlMislabelledWindows1256IsReadAsUtf8() throws IOException {
    String page = html("<meta charset=\"windows-1256\">");
    assertEquals(page, only(write("mislabelled.html", page.getBytes(UTF_8))).content());
  }

  @Test
  void htmlWithoutExtensionIsSniffed() throws IOException {
    String page = html("<meta charset=\"utf-8\">");
    RawArticle a = only(write("article-2024-05-01", page.getBytes(UTF_8)));
    assertAll(
        () -> assertEquals(Markup.HTML, a.markup()),
        () -> assertEquals(page, a.content()),
        () -> assertEquals("article-2024-05-01", a.id()));
  }

  @Test
  void htmlWithoutExtensionOrDoctypeIsSniffed() throws IOException {
    String page = "\n  <html><body><p>" + PARAGRAPH + "</p></body></html>";
    assertEquals(Markup.HTML, only(write("index", page.getBytes(WINDOWS_1256))).markup());
  }

  @Test
  void htmlWithoutExtensionWithByteOrderMarkIsSniffed() throws IOException {
    // Regression (fixed): Ingest.sniff strips only whitespace before looking for "<!doctype html"/"<html", so a
    // UTF-8 page saved with a byte-order mark (common from Windows editors) and no extension is
    // read as plain text: its tags and scripts end up in the article text.
    String page = html("<meta charset=\"utf-8\">");
    byte[] bytes = concat(bom(0xEF, 0xBB, 0xBF), page.getBytes(UTF_8));
    assertEquals(Markup.HTML, only(write("saved-page", bytes)).markup());
  }

  @Test
  void textWithoutExtensionIsSniffedAsText() throws IOException {
    RawArticle a = only(write("README", PARAGRAPH.getBytes(UTF_8)));
    assertEquals(Markup.TEXT, a.markup());
    assertEquals(PARAGRAPH, a.content());
  }

  // ---------------------------------------------------------------- JSON Lines

  private static String line(String... keysAndValues) {
    ObjectNode o = JSON.createObjectNode();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      o.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return o.toString();
  }

  @Test
  void jsonl() throws IOException {
    String content = String.join("\n",
        line("id", "a1", "url", "https://example.com/news/1", "title", "افتتاح مستشفى",
            "outlet", "الأهرام", "date", "2024-05-01", "text", PARAGRAPH),
        line("id", "a2", "url", "https://example.com/news/2", "title", "مستشفى جديد",
            "outlet", "اليوم السابع", "date", "2024-05-02", "html", html("")),
        "   ",
        "this is not JSON {",
        line("id", "a5", "title", "عنوان بلا نص", "url", "https://example.com/news/5"))
        + "\n";
    Path file = write("feed.jsonl", content.getBytes(UTF_8));
    ReadResult r = read(file);

    assertEquals(2, r.articles().size(), () -> "articles: " + r.articles());
    RawArticle text = r.articles().get(0);
    assertEquals(new RawArticle("a1", file + ":1", "https://example.com/news/1", "الأهرام",
        "افتتاح مستشفى", "2024-05-01", Markup.TEXT, PARAGRAPH), text);
    RawArticle html = r.articles().get(1);
    assertEquals(new RawArticle("a2", file + ":2", "https://example.com/news/2", "اليوم السابع",
        "مستشفى جديد", "2024-05-02", Markup.HTML, html("")), html);

    assertEquals(2, r.errors().size(), () -> "errors: " + r.errors());
    InputError notJson = r.errors().get(0);
    assertEquals(file + ":4", notJson.path()); // the blank third line still counts
    assertTrue(notJson.message().startsWith("not JSON"), notJson.message());
    InputError noText = r.errors().get(1);
    assertEquals(file + ":5", noText.path());
    assertTrue(noText.message().contains("no article text"), noText.message());
    assertTrue(noText.toString().startsWith(file + ":5: "), noText.toString());
  }

  @Test
  void jsonlGzipWithFieldAliasesAndNoIds() throws IOException {
    String content = String.join("\r\n",
        line("url", "https://example.com/n/1", "source", "الشروق", "published", "2024-05-03",
            "content", PARAGRAPH),
        "",
        line("body", PARAGRAPH, "site", "example.com"),
        "[1, 2, 3]");
    Path file = dir.resolve("feed.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(UTF_8));
    }
    ReadResult r = read(file);
    assertEquals(List.of(
        new RawArticle("feed-1", file + ":1", "https://example.com/n/1", "الشروق", null,
            "2024-05-03", Markup.TEXT, PARAGRAPH),
        new RawArticle("feed-3", file + ":3", null, "example.com", null, null, Markup.TEXT,
            PARAGRAPH)),
        r.articles());
    assertEquals(List.of(new InputError(file + ":4", "not a JSON object")), r.errors());
  }

  @Test
  void jsonlUpperCaseGzipExtension() throws IOException {
    // Regression (fixed): Ingest.formatOf lower-cases the name (FEED.JSONL.GZ is JSONL) but JsonlReader tests
    // file.toString().endsWith(".gz") case-sensitively, so the file is not decompressed and its
    // compressed bytes are parsed as lines: no article, only errors.
    Path file = dir.resolve("FEED.JSONL.GZ");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(line("id", "x", "text", PARAGRAPH).getBytes(UTF_8));
    }
    ReadResult r = read(file);
    assertEquals(List.of(), r.errors());
    assertEquals(PARAGRAPH, r.articles().get(0).content());
  }

  @Test
  void jsonlLineTooLargeIsSkippedAlone() throws IOException {
    String big = line("id", "big", "text", PARAGRAPH.repeat(10));
    String small = line("id", "small", "text", "خبر قصير عن الطقس في القاهرة اليوم.");
    Path file = write("mixed.jsonl", (big + "\n" + small + "\n").getBytes(UTF_8));
    ReadResult r = new Ingest(new Limits(1000)).read(file);
    assertEquals(List.of("small"), r.articles().stream().map(RawArticle::id).toList());
    assertEquals(1, r.errors().size());
    assertEquals(file + ":1", r.errors().get(0).path());
    assertTrue(r.errors().get(0).message().contains("too large"), r.errors().get(0).message());
  }

  // ---------------------------------------------------------------- WARC

  private static byte[] httpResponse(int status, String contentType, byte[] body) {
    String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\n"
        + "Content-Type: " + contentType + "\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n";
    return concat(head.getBytes(US_ASCII), body);
  }

  private static WarcResponse response(String url, byte[] http) throws IOException {
    return new WarcResponse.Builder(url).date(DATE).body(MediaType.HTTP_RESPONSE, http).build();
  }

  private static WarcRequest request(String url) throws IOException {
    String host = url.replaceFirst("https?://([^/]+).*", "$1");
    byte[] http = ("GET " + url.replaceFirst("https?://[^/]+", "") + " HTTP/1.1\r\nHost: " + host
        + "\r\n\r\n").getBytes(US_ASCII);
    return new WarcRequest.Builder(url).date(DATE).body(MediaType.HTTP_REQUEST, http).build();
  }

  private static byte[] png(int size) {
    byte[] b = new byte[size];
    new Random(7).nextBytes(b);
    byte[] header = bom(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    System.arraycopy(header, 0, b, 0, header.length);
    return b;
  }

  private static final String URL_1 = "https://example.com/news/1.html";
  private static final String URL_2 = "https://example.com/logo.png";
  private static final String URL_3 = "https://example.com/news/3.html";

  /**
   * A request, an HTML response in Windows-1256 (declared in the HTTP header), an image, a 404
   * page, and an HTML response in UTF-8 that declares nothing.
   */
  private Path writeWarc(String name, WarcCompression compression) throws IOException {
    Path file = dir.resolve(name);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        WarcWriter w = new WarcWriter(ch, compression)) {
      w.write(request(URL_1));
      w.write(response(URL_1, httpResponse(200, "text/html; charset=windows-1256",
          html("").getBytes(WINDOWS_1256))));
      w.write(request(URL_2));
      w.write(response(URL_2, httpResponse(200, "image/png", png(2000))));
      w.write(response("https://example.com/gone.html",
          httpResponse(404, "text/html", "<html><body>غير موجود</body></html>".getBytes(UTF_8))));
      w.write(response(URL_3, httpResponse(200, "text/html", html("").getBytes(UTF_8))));
    }
    return file;
  }

  private static void checkWarc(Path file) {
    ReadResult r = read(file);
    assertEquals(List.of(), r.errors());
    assertEquals(List.of(URL_1, URL_3), r.articles().stream().map(RawArticle::url).toList());
    assertEquals(List.of(file + "#2", file + "#6"),
        r.articles().stream().map(RawArticle::path).toList());
    for (RawArticle a : r.articles()) {
      assertEquals(html(""), a.content());
      assertEquals(Markup.HTML, a.markup());
      assertTrue(a.id().matches("[0-9a-f]{16}"), a.id());
    }
    assertNotEquals(r.articles().get(0).id(), r.articles().get(1).id());
  }

  @Test
  void warc() throws IOException {
    checkWarc(writeWarc("crawl.warc", WarcCompression.NONE));
  }

  @Test
  void warcGzip() throws IOException {
    checkWarc(writeWarc("crawl.warc.gz", WarcCompression.GZIP));
  }

  @Test
  void warcGzipWithoutExtensionIsSniffed() throws IOException {
    checkWarc(writeWarc("crawl-00001", WarcCompression.GZIP));
  }

  @Test
  void warcWindows1256PageLabelledLatin1() throws IOException {
    // Regression (fixed): see EncodingDetectorTest.windows1256LabelledLatinIsStillWindows1256: the HTTP header's
    // charset=iso-8859-1 (the old HTTP default, still sent by many Arabic sites' servers for
    // Windows-1256 pages) is trusted, and the article text is Latin mojibake.
    Path file = dir.resolve("latin1.warc");
    try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE), WarcCompression.NONE)) {
      w.write(response(URL_1, httpResponse(200, "text/html; charset=ISO-8859-1",
          html("").getBytes(WINDOWS_1256))));
    }
    ReadResult r = read(file);
    assertEquals(List.of(), r.errors());
    assertEquals(html(""), r.articles().get(0).content());
  }

  @Test
  void warcRecordTooLargeIsAnErrorForThatRecord() throws IOException {
    Path file = writeWarc("big.warc", WarcCompression.NONE);
    ReadResult r = new Ingest(new Limits(300)).read(file);
    assertEquals(List.of(), r.articles());
    assertEquals(List.of(file + "#2", file + "#6"),
        r.errors().stream().map(InputError::path).toList());
    assertTrue(r.errors().get(0).message().contains("too large"), r.errors().get(0).message());
  }

  /** Two HTML responses, the file cut {@code into} bytes into the second (-1: halfway). */
  private void checkTruncatedWarc(String name, WarcCompression compression, int into)
      throws IOException {
    Path whole = dir.resolve("whole-" + name);
    long start;
    long end;
    try (FileChannel ch = FileChannel.open(whole, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        WarcWriter w = new WarcWriter(ch, compression)) {
      w.write(response(URL_1, httpResponse(200, "text/html; charset=windows-1256",
          html("").getBytes(WINDOWS_1256))));
      start = w.position();
      w.write(response(URL_3, httpResponse(200, "text/html; charset=utf-8",
          html("").repeat(5).getBytes(UTF_8))));
      end = w.position();
    }
    byte[] bytes = Files.readAllBytes(whole);
    assertEquals(end, bytes.length);
    Path file = write(name, Arrays.copyOf(bytes, (int) (into < 0 ? (start + end) / 2 : start + into)));

    ReadResult r = read(file);
    assertEquals(List.of(URL_1), r.articles().stream().map(RawArticle::url).toList(),
        () -> "errors: " + r.errors());
    assertEquals(html(""), r.articles().get(0).content());
    assertEquals(1, r.errors().size(), () -> "errors: " + r.errors());
    InputError e = r.errors().get(0);
    assertTrue(e.path().startsWith(file.toString()), e.path());
    assertTrue(e.message().contains("truncated") || e.message().contains("damaged"),
        e.message());
  }

  @Test
  void warcTruncated() throws IOException {
    checkTruncatedWarc("cut.warc", WarcCompression.NONE, -1);
  }

  @Test
  void warcTruncatedInRecordHeader() throws IOException {
    checkTruncatedWarc("cut-header.warc", WarcCompression.NONE, 30);
  }

  @Test
  void warcGzipTruncated() throws IOException {
    checkTruncatedWarc("cut.warc.gz", WarcCompression.GZIP, -1);
  }

  @Test
  void warcWithoutRecords() throws IOException {
    failure(write("nothing.warc", new byte[0]), "no WARC records");
  }

  // ---------------------------------------------------------------- bad inputs

  @Test
  void emptyFile() throws IOException {
    failure(write("empty.txt", new byte[0]), "empty");
  }

  @Test
  void emptyFileWithoutExtension() throws IOException {
    failure(write("empty", new byte[0]), "empty");
  }

  @Test
  void emptyHtmlFile() throws IOException {
    failure(write("empty.html", new byte[0]), "empty");
  }

  @Test
  void whitespaceOnlyFile() throws IOException {
    failure(write("blank.txt", " \n\t\r\n   \f\n".getBytes(US_ASCII)), "empty");
  }

  @Test
  void whitespaceOnlyUtf16File() throws IOException {
    failure(write("blank16.txt", " \n\t\r\n ".getBytes(UTF_16)), "empty");
  }

  @Test
  void binaryFile() throws IOException {
    failure(write("logo.png", png(5000)), "binary");
  }

  @Test
  void binaryFileNamedTxt() throws IOException {
    failure(write("logo.txt", png(5000)), "binary");
  }

  @Test
  void fileTooLarge() throws IOException {
    byte[] bytes = PARAGRAPH.repeat(4).getBytes(UTF_8);
    assertTrue(bytes.length > 1000);
    failure(new Ingest(new Limits(1000)), write("long.txt", bytes), "too large");
  }

  @Test
  void missingFile() {
    failure(dir.resolve("no-such-file.txt"), "no such file");
  }

  @Test
  void folderIsNotAFile() {
    failure(dir, "not a regular file");
  }

  @Test
  void limitsMustBePositive() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new Limits(0));
  }

  // ---------------------------------------------------------------- folders

  @Test
  void expandWalksFoldersInSortedOrderSkippingHiddenAndMarkdown() throws IOException {
    byte[] b = PARAGRAPH.getBytes(UTF_8);
    Path in = dir.resolve("in");
    for (String name : List.of("b.txt", "a.txt", "sub/c.html", "sub/deeper/d.jsonl", "README.md",
        "sub/NOTES.MD", ".hidden.txt", ".git/config", "sub/.cache/e.txt", "z")) {
      write("in/" + name, b);
    }
    Path missing = dir.resolve("missing.txt");
    Path single = write("single.txt", b);

    List<Path> files = Ingest.expand(List.of(in, single, missing));

    assertEquals(List.of(in.resolve("a.txt"), in.resolve("b.txt"), in.resolve("sub/c.html"),
        in.resolve("sub/deeper/d.jsonl"), in.resolve("z"), single, missing), files);
  }

  @Test
  void expandEmptyFolder() throws IOException {
    Files.createDirectories(dir.resolve("none"));
    assertEquals(List.of(), Ingest.expand(List.of(dir.resolve("none"))));
  }
}
