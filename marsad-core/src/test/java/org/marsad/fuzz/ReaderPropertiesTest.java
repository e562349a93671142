package org.marsad.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.marsad.ingest.EncodingDetector;
import org.marsad.ingest.IngestException;

/**
 * Every reader on hostile files: text, HTML, JSON Lines (plain and gzip), WARC (plain and gzip),
 * files without an extension (format sniffed), and the encoding detector on its own.
 */
@Tag("fuzz")
class ReaderPropertiesTest {
  @Provide
  Arbitrary<byte[]> bytes() {
    return Inputs.anyBytes();
  }

  @Provide
  Arbitrary<byte[]> html() {
    return Inputs.damaged(Inputs.encodedText(Inputs.anyHtml()));
  }

  @Provide
  Arbitrary<byte[]> jsonl() {
    return Inputs.jsonl();
  }

  @Provide
  Arbitrary<byte[]> jsonlGz() {
    return Inputs.damaged(Inputs.jsonl().map(Inputs::gzip));
  }

  @Provide
  Arbitrary<byte[]> warc() {
    return Inputs.warc(false);
  }

  @Provide
  Arbitrary<byte[]> warcGz() {
    return Inputs.warc(true);
  }

  @Property(tries = 200)
  void textFiles(@ForAll("bytes") byte[] b) throws IOException {
    Behaviour.checkFile("article.txt", b);
  }

  @Property(tries = 120)
  void filesWithoutExtension(@ForAll("bytes") byte[] b) throws IOException {
    Behaviour.checkFile("article", b);
  }

  @Property(tries = 200)
  void htmlFiles(@ForAll("html") byte[] b) throws IOException {
    Behaviour.checkFile("page.html", b);
  }

  @Property(tries = 160)
  void jsonLinesFiles(@ForAll("jsonl") byte[] b) throws IOException {
    Behaviour.checkFile("wire.jsonl", b);
  }

  @Property(tries = 80)
  void gzipJsonLinesFiles(@ForAll("jsonlGz") byte[] b) throws IOException {
    Behaviour.checkFile("wire.jsonl.gz", b);
  }

  @Property(tries = 160)
  void warcFiles(@ForAll("warc") byte[] b) throws IOException {
    Behaviour.checkFile("crawl.warc", b);
  }

  @Property(tries = 160)
  void gzipWarcFiles(@ForAll("warcGz") byte[] b) throws IOException {
    Behaviour.checkFile("crawl.warc.gz", b);
  }

  @Provide
  Arbitrary<Optional<Charset>> declared() {
    return Arbitraries.of("utf-8", "windows-1256", "ISO-8859-6", "ISO-8859-1", "UTF-16",
            "UTF-32", "x-IBM1097", "GB18030", "Shift_JIS", "windows-1252", "nonsense")
        .map(EncodingDetector::charsetNamed).injectNull(0.3)
        .map(o -> o == null ? Optional.empty() : o);
  }

  /** The detector decodes or says why not, with nothing but {@link IngestException}. */
  @Property(tries = 1000)
  void decodingNeverThrowsAnythingElse(@ForAll("bytes") byte[] b,
      @ForAll("declared") Optional<Charset> declared) {
    try {
      EncodingDetector.decode(b, declared);
    } catch (IngestException expected) {
      // a clear reason, reported per file by the readers
    }
  }

  @Provide
  Arbitrary<String> arabicExcerpt() {
    return Combinators.combine(Arbitraries.of(Seeds.TEXTS), Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(200, 4000))
        .as((t, at, len) -> {
          int from = (int) (at * Math.max(0, t.length() - len));
          return t.substring(from, Math.min(t.length(), from + len));
        })
        .filter(t -> t.chars().filter(c -> c >= 0x0621 && c <= 0x064A).count() >= 100);
  }

  /** Arabic text in Windows-1256, ISO-8859-6, UTF-8 or UTF-16 is decoded back to itself. */
  @Property(tries = 300)
  void arabicInEveryEncodingIsReadBack(@ForAll("arabicExcerpt") String text,
      @ForAll("encodings") Charset cs) {
    CharsetEncoder enc = cs.newEncoder();
    String t = text.codePoints().filter(c -> enc.canEncode(Character.toString(c)))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
    assertEquals(t, EncodingDetector.decode(t.getBytes(cs)).text());
  }

  @Provide
  Arbitrary<Charset> encodings() {
    return Arbitraries.of(Inputs.CHARSETS.subList(0, 5));
  }
}
