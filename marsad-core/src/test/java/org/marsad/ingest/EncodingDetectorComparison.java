package org.marsad.ingest;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.marsad.ingest.EncodingDetector.ISO_8859_6;
import static org.marsad.ingest.EncodingDetector.WINDOWS_1256;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Compares {@link EncodingDetector} with ICU4J's {@link CharsetDetector} on labelled samples: the
 * Arabic texts of the encoding tests, the bundled examples and, when they are checked out beside
 * the repository, the seed and news articles (each whole, up to 3,000 characters, and its first
 * line alone), written in UTF-8 (with and without a byte-order mark), UTF-16 (both byte orders,
 * with and without a mark), Windows-1256 and ISO-8859-6, as plain text and as HTML pages whose
 * declared charset is true or a lie. A detector is right on a sample when the text it decodes is
 * the text written (a byte-order mark aside). Run {@link #main} to print the figures.
 */
final class EncodingDetectorComparison {
  private static final Path ROOT = Path.of(System.getProperty("marsad.root", ".."));

  /** One labelled sample: its bytes, the charset a page declares (or null), and its text. */
  record Sample(String kind, byte[] bytes, String declared, boolean html, String text) {}

  /** How many samples of each kind, and how many of them each detector got right. */
  record Score(Map<String, int[]> byKind, int samples, int handWritten, int icu) {
    double handWrittenAccuracy() {
      return handWritten / (double) samples;
    }

    double icuAccuracy() {
      return icu / (double) samples;
    }

    String report() {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
          "%d samples: EncodingDetector %d right (%.3f), ICU4J CharsetDetector %d right (%.3f)%n",
          samples, handWritten, handWrittenAccuracy(), icu, icuAccuracy()));
      byKind.forEach((kind, n) -> b.append(String.format(Locale.ROOT,
          "  %-40s %4d samples  EncodingDetector %4d  ICU4J %4d%n", kind, n[0], n[1], n[2])));
      return b.toString();
    }
  }

  private EncodingDetectorComparison() {}

  public static void main(String[] args) {
    System.out.print(score(samples()).report());
  }

  static Score score(List<Sample> samples) {
    Map<String, int[]> byKind = new LinkedHashMap<>();
    int hand = 0;
    int icu = 0;
    for (Sample s : samples) {
      int[] n = byKind.computeIfAbsent(s.kind(), k -> new int[3]);
      n[0]++;
      if (s.text().equals(handWritten(s))) {
        n[1]++;
        hand++;
      }
      if (s.text().equals(icu(s))) {
        n[2]++;
        icu++;
      }
    }
    return new Score(byKind, samples.size(), hand, icu);
  }

  /** What the readers decode: a page's declared charset is the hint, as HtmlFileReader gives it. */
  private static String handWritten(Sample s) {
    Optional<Charset> declared = s.html() ? HtmlFileReader.declaredCharset(s.bytes())
        : Optional.empty();
    try {
      return withoutMark(Decoding.text(s.bytes(), declared));
    } catch (IngestException e) {
      return null;
    }
  }

  /** ICU's best match, with the declared charset as its hint and HTML markup filtered out. */
  private static String icu(Sample s) {
    CharsetDetector d = new CharsetDetector();
    d.enableInputFilter(s.html());
    if (s.declared() != null) {
      d.setDeclaredEncoding(s.declared());
    }
    d.setText(s.bytes());
    CharsetMatch m = d.detect();
    try {
      return m == null ? null : withoutMark(m.getString());
    } catch (RuntimeException | IOException e) {
      return null;
    }
  }

  private static String withoutMark(String s) {
    return s != null && s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  static List<Sample> samples() {
    List<Sample> out = new ArrayList<>();
    for (String text : texts()) {
      add(out, text);
      String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse(text).strip();
      if (!first.equals(text)) {
        add(out, first);
      }
    }
    return out;
  }

  private static void add(List<Sample> out, String text) {
    plain(out, "UTF-8", text, UTF_8, new byte[0]);
    plain(out, "UTF-8 with a byte-order mark", text, UTF_8, bytes(0xEF, 0xBB, 0xBF));
    plain(out, "UTF-16LE with a byte-order mark", text, UTF_16LE, bytes(0xFF, 0xFE));
    plain(out, "UTF-16BE with a byte-order mark", text, UTF_16BE, bytes(0xFE, 0xFF));
    plain(out, "UTF-16LE without a mark", text, UTF_16LE, new byte[0]);
    plain(out, "UTF-16BE without a mark", text, UTF_16BE, new byte[0]);
    plain(out, "Windows-1256", text, WINDOWS_1256, new byte[0]);
    plain(out, "ISO-8859-6", text, ISO_8859_6, new byte[0]);
    page(out, "HTML Windows-1256 declared truly", text, WINDOWS_1256, "windows-1256");
    page(out, "HTML ISO-8859-6 declared truly", text, ISO_8859_6, "iso-8859-6");
    page(out, "HTML UTF-8 declared truly", text, UTF_8, "utf-8");
    page(out, "HTML Windows-1256 declared UTF-8", text, WINDOWS_1256, "utf-8");
    page(out, "HTML Windows-1256 declared ISO-8859-1", text, WINDOWS_1256, "iso-8859-1");
    page(out, "HTML ISO-8859-6 declared Windows-1256", text, ISO_8859_6, "windows-1256");
    page(out, "HTML UTF-8 declared Windows-1256", text, UTF_8, "windows-1256");
  }

  private static void plain(List<Sample> out, String kind, String text, Charset cs, byte[] mark) {
    if (cs.newEncoder().canEncode(text)) {
      byte[] body = text.getBytes(cs);
      byte[] all = new byte[mark.length + body.length];
      System.arraycopy(mark, 0, all, 0, mark.length);
      System.arraycopy(body, 0, all, mark.length, body.length);
      out.add(new Sample(kind, all, null, false, text));
    }
  }

  private static void page(List<Sample> out, String kind, String text, Charset cs,
      String declared) {
    String html = "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"" + declared
        + "\"><title>" + text.lines().findFirst().orElse("") + "</title></head>\n<body><p>"
        + text.replace("\n\n", "</p>\n<p>") + "</p></body></html>\n";
    if (cs.newEncoder().canEncode(html)) {
      out.add(new Sample(kind, html.getBytes(cs), declared, true, html));
    }
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  /** The labelled Arabic texts: written for the tests, the examples, the seeds and news set. */
  private static List<String> texts() {
    List<String> texts = new ArrayList<>();
    texts.add(EncodingDetectorTest.PARAGRAPH);
    texts.addAll(EncodingDetectorTest.SHORT);
    try {
      texts.add(Files.readString(ROOT.resolve("examples/01-tarhuna-clashes.txt"), UTF_8));
      texts.add(new String(Files.readAllBytes(ROOT.resolve("examples/05-windows-1256.txt")),
          WINDOWS_1256));
      for (String corpus : List.of("seeds", "news")) {
        Path dir = ROOT.resolve("../shared/corpus").resolve(corpus);
        if (Files.isDirectory(dir)) {
          try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
              texts.add(Files.readString(f, UTF_8));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts.stream().map(EncodingDetectorComparison::capped).toList();
  }

  /** At most 3,000 characters, cut at a line end. */
  private static String capped(String text) {
    String t = text.replace("\r\n", "\n").strip();
    if (t.length() <= 3000) {
      return t;
    }
    int cut = t.lastIndexOf('\n', 3000);
    return t.substring(0, cut > 0 ? cut : 3000).strip();
  }
}
