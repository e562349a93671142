package org.marsad.fuzz;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of hostile input: mutated real Arabic (truncated, spliced, with odd code points
 * inserted), random Unicode, random and re-encoded bytes, broken HTML, JSON Lines and WARC
 * archives (plain and gzip), damaged after they are built.
 */
final class Inputs {
  private Inputs() {}

  /** A weighted choice for {@link Arbitraries#frequencyOf}. */
  private static <T> Tuple.Tuple2<Integer, Arbitrary<? extends T>> w(
      int weight, Arbitrary<? extends T> a) {
    return Tuple.of(weight, a);
  }

  // ---------------------------------------------------------------- code points

  /** Code points that trouble text handling, by family. */
  static Arbitrary<Integer> oddCodePoint() {
    return Arbitraries.frequencyOf(
        // bidi controls: embeddings, overrides, isolates, marks
        w(3, Arbitraries.integers().between(0x202A, 0x202E)),
        w(3, Arbitraries.integers().between(0x2066, 0x2069)),
        w(1, Arbitraries.of(0x200E, 0x200F, 0x061C)),
        // zero-width characters and the byte-order mark
        w(3, Arbitraries.of(0x200B, 0x200C, 0x200D, 0xFEFF, 0x2060)),
        // unpaired surrogates
        w(3, Arbitraries.integers().between(0xD800, 0xDFFF)),
        // Arabic presentation forms A and B
        w(4, Arbitraries.integers().between(0xFB50, 0xFDFF)),
        w(4, Arbitraries.integers().between(0xFE70, 0xFEFF)),
        // Arabic letters, marks, tatweel, digits, punctuation
        w(6, Arbitraries.integers().between(0x0600, 0x06FF)),
        w(3, Arbitraries.of(
            (int) '.', 0x060C, 0x061B, 0x061F, 0x06D4, (int) '«', (int) '»', (int) '"', (int) '(',
            (int) ')', (int) ':', 0x2026, (int) '-', (int) ' ')),
        // line and paragraph breaks, controls
        w(3, Arbitraries.of(0x0A, 0x0D, 0x2028, 0x2029, 0x85, 0x09, 0x0C)),
        w(1, Arbitraries.integers().between(0x00, 0x1F)),
        // other scripts: Latin, Hebrew, Persian/Urdu letters, Devanagari, CJK, combining marks
        w(2, Arbitraries.integers().between(0x41, 0x7A)),
        w(1, Arbitraries.integers().between(0x0590, 0x05FF)),
        w(1, Arbitraries.integers().between(0x0900, 0x097F)),
        w(1, Arbitraries.integers().between(0x4E00, 0x4FFF)),
        w(1, Arbitraries.integers().between(0x0300, 0x036F)),
        // supplementary planes: emoji, Arabic mathematical letters, anything
        w(1, Arbitraries.integers().between(0x1F300, 0x1F6FF)),
        w(1, Arbitraries.integers().between(0x1EE00, 0x1EEFF)),
        w(1, Arbitraries.integers().between(0, Character.MAX_CODE_POINT)));
  }

  /** A short run of odd code points. */
  static Arbitrary<String> oddRun() {
    return oddCodePoint().list().ofMinSize(1).ofMaxSize(24).map(Inputs::string);
  }

  /** Random Unicode of any length up to a few thousand UTF-16 units. */
  static Arbitrary<String> randomUnicode() {
    return Arbitraries.oneOf(
        oddCodePoint().list().ofMaxSize(3000).map(Inputs::string),
        Arbitraries.strings().all().ofMaxLength(2000));
  }

  /** One line far longer than any sentence: a phrase repeated without a break. */
  static Arbitrary<String> hugeLine() {
    return Combinators.combine(
            Arbitraries.oneOf(Arbitraries.of(List.of("وقال مصدر عسكري ", "حفتر ", "ﻻ", "\u200F",
                "ا", "مصر والإمارات وتركيا وقطر ", "\uFEFF", "٣", "x")), oddRun()),
            Arbitraries.integers().between(2_000, 30_000))
        .as((unit, n) -> unit.repeat(Math.max(1, n / unit.length())));
  }

  static String string(List<Integer> codePoints) {
    StringBuilder b = new StringBuilder();
    for (int cp : codePoints) {
      b.appendCodePoint(cp);
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- mutated Arabic

  /** How one mutation changes a text; positions are fractions of its length, so they shrink. */
  enum Kind { TRUNCATE, DROP_FRONT, INSERT, INSERT_WORD, DELETE, DUPLICATE, SPLICE, REPLACE_CHAR }

  record Mutation(Kind kind, double at, double to, String insert) {
    String apply(String s) {
      int n = s.length();
      int i = (int) (at * n);
      int j = Math.max(i, Math.min(n, i + (int) (to * n)));
      return switch (kind) {
        case TRUNCATE -> s.substring(0, i);
        case DROP_FRONT -> s.substring(i);
        case INSERT, SPLICE -> s.substring(0, i) + insert + s.substring(i);
        case INSERT_WORD -> insertWord(s, i, insert);
        case DELETE -> s.substring(0, i) + s.substring(j);
        case DUPLICATE -> s.substring(0, j) + s.substring(i, j) + s.substring(j);
        case REPLACE_CHAR -> i < n ? s.substring(0, i) + insert + s.substring(i + 1) : s + insert;
      };
    }
  }

  /** {@code insert} as words of their own at the first space from {@code i} (or at the end). */
  private static String insertWord(String s, int i, String insert) {
    int k = s.indexOf(' ', i);
    return k < 0 ? s + " " + insert : s.substring(0, k) + " " + insert + s.substring(k);
  }

  static Arbitrary<Mutation> mutation() {
    Arbitrary<Double> fraction = Arbitraries.doubles().between(0, 1);
    Arbitrary<String> splice = Combinators.combine(Arbitraries.of(Seeds.TEXTS), fraction, fraction)
        .as((t, a, b) -> t.substring((int) (Math.min(a, b) * t.length()),
            (int) (Math.max(a, b) * t.length())));
    return Combinators.combine(
            Arbitraries.of(Kind.class),
            fraction,
            Arbitraries.doubles().between(0, 0.2),
            Arbitraries.frequencyOf(
                w(6, oddRun()),
                w(3, splice),
                // words with no letters once normalized: a tatweel, a lone diacritic
                w(2, Arbitraries.of("ـ", "ـــ", "\u064E", "\u0651\u064B", "ـ ـ")),
                w(1, hugeLine())))
        .as(Mutation::new);
  }

  /** A real article (or two spliced), changed by up to eight mutations. */
  static Arbitrary<String> mutatedArabic() {
    return Combinators.combine(Arbitraries.of(Seeds.TEXTS), mutation().list().ofMaxSize(8))
        .as(Inputs::mutate);
  }

  /** A real HTML page, changed by up to eight mutations (truncation inside tags included). */
  static Arbitrary<String> mutatedPage() {
    return Combinators.combine(Arbitraries.of(Seeds.PAGES), mutation().list().ofMaxSize(8))
        .as(Inputs::mutate);
  }

  private static String mutate(String text, List<Mutation> ms) {
    String s = text;
    for (Mutation m : ms) {
      s = m.apply(s);
    }
    return s;
  }

  /** Text for the pipeline: mostly mutated real Arabic, some random Unicode and huge lines. */
  static Arbitrary<String> anyText() {
    return Arbitraries.frequencyOf(
        w(7, mutatedArabic()),
        w(2, randomUnicode()),
        w(1, hugeLine()));
  }

  // ---------------------------------------------------------------- bytes

  static final List<Charset> CHARSETS = List.of(
      StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
      Charset.forName("windows-1256"), Charset.forName("ISO-8859-6"),
      StandardCharsets.ISO_8859_1);

  /** A text encoded in one of the charsets Arabic news comes in, with or without a mark. */
  static Arbitrary<byte[]> encodedText(Arbitrary<String> texts) {
    return Combinators.combine(texts, Arbitraries.of(CHARSETS), Arbitraries.of(true, false))
        .as((t, cs, bom) -> concat(bom ? bom(cs) : new byte[0], t.getBytes(cs)));
  }

  private static byte[] bom(Charset cs) {
    if (cs.equals(StandardCharsets.UTF_8)) {
      return new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    }
    if (cs.equals(StandardCharsets.UTF_16LE)) {
      return new byte[] {(byte) 0xFF, (byte) 0xFE};
    }
    if (cs.equals(StandardCharsets.UTF_16BE)) {
      return new byte[] {(byte) 0xFE, (byte) 0xFF};
    }
    return new byte[0];
  }

  /** How bytes are damaged. */
  enum ByteDamage { NONE, TRUNCATE, FLIP, INSERT_NUL, INSERT_RANDOM, CUT_MIDDLE }

  static Arbitrary<byte[]> damaged(Arbitrary<byte[]> bytes) {
    return Combinators.combine(bytes, Arbitraries.of(ByteDamage.class),
            Arbitraries.doubles().between(0, 1), Arbitraries.bytes().array(byte[].class).ofMaxSize(64))
        .as(Inputs::damage);
  }

  static byte[] damage(byte[] b, ByteDamage how, double at, byte[] noise) {
    int i = (int) (at * b.length);
    return switch (how) {
      case NONE -> b;
      case TRUNCATE -> java.util.Arrays.copyOf(b, i);
      case FLIP -> {
        byte[] c = b.clone();
        for (int k = 0; k < noise.length && c.length > 0; k++) {
          c[(i + k * 7919) % c.length] ^= (byte) (noise[k] | 1);
        }
        yield c;
      }
      case INSERT_NUL -> concat(java.util.Arrays.copyOf(b, i), new byte[noise.length + 1],
          java.util.Arrays.copyOfRange(b, i, b.length));
      case INSERT_RANDOM -> concat(java.util.Arrays.copyOf(b, i), noise,
          java.util.Arrays.copyOfRange(b, i, b.length));
      case CUT_MIDDLE -> concat(java.util.Arrays.copyOf(b, i / 2),
          java.util.Arrays.copyOfRange(b, i, b.length));
    };
  }

  /** Any bytes a file may hold: random, or text in some encoding, damaged or not. */
  static Arbitrary<byte[]> anyBytes() {
    return Arbitraries.frequencyOf(
        w(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(4000)),
        w(6, damaged(encodedText(anyText()))));
  }

  // ---------------------------------------------------------------- HTML

  /** Pages: real ones mutated, built ones with odd charset labels, and deep or broken tag soup. */
  static Arbitrary<String> anyHtml() {
    Arbitrary<String> built = Combinators.combine(
            Arbitraries.of("utf-8", "windows-1256", "iso-8859-6", "iso-8859-1", "utf-16", "x-bogus",
                "\"", ""),
            mutatedArabic().list().ofMinSize(1).ofMaxSize(4), oddRun())
        .as((cs, paras, odd) -> "<!DOCTYPE html><html dir=rtl><head><meta charset=\"" + cs
            + "\"><title>" + odd + "</title></head><body><article><h1>" + odd + "</h1><p>"
            + String.join("</p>\n<p>", paras) + "</p></article><div class=comments>"
            + odd + "</div></body></html>");
    Arbitrary<String> deep = Combinators.combine(
            Arbitraries.of("<div>", "<p>", "<span>", "<table><tr><td>", "<ul><li>", "<b><i>", "<a href=x>"),
            Arbitraries.integers().between(100, 20_000), mutatedArabic())
        .as((tag, n, text) -> "<html><body>" + tag.repeat(n) + text);
    Arbitrary<String> soup = Combinators.combine(
            Arbitraries.of("<", ">", "</p>", "<p", "<!--", "-->", "<script>", "</script>",
                "<style>", "&", "&#", "&#x", ";", "\"", "=", "<br>", "<![CDATA[", "<meta charset=",
                "<title>", "</div>", "<div class=related>").list().ofMaxSize(60),
            mutatedArabic())
        .as((parts, text) -> String.join(text.substring(0, Math.min(text.length(), 40)), parts)
            + text);
    return Arbitraries.frequencyOf(
        w(5, mutatedPage()),
        w(3, built),
        w(1, deep),
        w(1, soup));
  }

  // ---------------------------------------------------------------- JSON Lines

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper ASCII_JSON =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  /** One line: an article object (text or HTML, metadata, maybe wrong types) or junk. */
  static Arbitrary<String> jsonLine() {
    Arbitrary<String> article = Combinators.combine(
            Arbitraries.of("text", "html", "content", "body", "nothing"),
            Arbitraries.oneOf(anyText(), anyHtml()),
            oddRun().injectNull(0.3), // title, id, outlet, date
            Arbitraries.of("2020-05-17", "17 مايو 2020", "", "0000-00-00", "2020-13-45T99:00")
                .injectNull(0.3),
            Arbitraries.of(true, false))
        .as((field, content, odd, date, ascii) -> {
          ObjectNode o = JSON.createObjectNode();
          o.put(field, content);
          o.put("title", odd);
          o.put("id", odd);
          o.put("outlet", odd);
          o.put("url", odd == null ? null : "https://example.org/" + odd);
          o.put("date", date);
          try {
            return (ascii ? ASCII_JSON : JSON).writeValueAsString(o);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    Arbitrary<String> odd = Arbitraries.of("{", "[]", "null", "42", "\"text\"", "{\"text\": 5}",
        "{\"text\": {\"a\": 1}}", "{\"text\": [\"ا\"]}", "{\"html\": null}", "", "   ",
        "{\"text\": \"\\ud800\"}", "{\"text\": \"\\udc00\\ud800 قال\"}", "\uFEFF{\"text\": \"x\"}");
    return Arbitraries.frequencyOf(
        w(6, article),
        w(2, odd),
        w(1, randomUnicode().map(s -> s.replace('\n', ' '))));
  }

  /** A JSON Lines file, its lines joined and then maybe damaged. */
  static Arbitrary<byte[]> jsonl() {
    return damaged(jsonLine().list().ofMinSize(1).ofMaxSize(5)
        .map(lines -> String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
  }

  // ---------------------------------------------------------------- WARC

  /** One WARC record around a payload: a response with HTTP headers, or a resource. */
  static byte[] warcRecord(String type, String url, String mime, byte[] payload, int status,
      int lengthSkew) {
    byte[] block = payload;
    String contentType = mime;
    if (type.equals("response")) {
      byte[] http = ("HTTP/1.1 " + status + " OK\r\nContent-Type: " + mime
          + "\r\nContent-Length: " + payload.length + "\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1);
      block = concat(http, payload);
      contentType = "application/http; msgtype=response";
    }
    String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + url
        + "\r\nWARC-Date: 2020-05-17T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
        + java.util.UUID.nameUUIDFromBytes(block) + ">\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + Math.max(0, block.length + lengthSkew) + "\r\n\r\n";
    return concat(head.getBytes(StandardCharsets.UTF_8), block,
        "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  static Arbitrary<byte[]> warcRecord() {
    return Combinators.combine(
            Arbitraries.of("response", "resource", "request", "metadata", "warcinfo"),
            Arbitraries.of("https://example.org/a", "http://x/%zz", "not a url", "https://مثال.مصر/خبر"),
            Arbitraries.of("text/html; charset=utf-8", "text/html", "text/plain",
                "text/html; charset=windows-1256", "text/html; charset=bogus", "image/png",
                "text/html; charset=\"", ";;;"),
            Arbitraries.oneOf(encodedText(anyHtml()), anyBytes()),
            Arbitraries.of(200, 200, 200, 404, 301, 999),
            Arbitraries.frequencyOf(w(8, Arbitraries.just(0)),
                w(2, Arbitraries.integers().between(-200, 200))))
        .as(Inputs::warcRecord);
  }

  /** A WARC archive of a few records, maybe gzip-compressed record by record, maybe damaged. */
  static Arbitrary<byte[]> warc(boolean gzip) {
    return damaged(warcRecord().list().ofMinSize(1).ofMaxSize(4)
        .map(records -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          for (byte[] r : records) {
            out.writeBytes(gzip ? gzip(r) : r);
          }
          return out.toByteArray();
        }));
  }

  static byte[] gzip(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
