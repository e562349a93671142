package org.marsad.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.marsad.ingest.EncodingDetector.ISO_8859_6;
import static org.marsad.ingest.EncodingDetector.WINDOWS_1256;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each rule of {@link EncodingDetector} through one helper: bytes in, text and charset out. */
class EncodingDetectorTest {
  /** Written for these tests; every character exists in Windows-1256 and in ISO-8859-6. */
  static final String PARAGRAPH =
      "أعلنت وزارة الصحة في القاهرة يوم الثلاثاء افتتاح مستشفى جديد في محافظة الجيزة. "
          + "وقال الوزير في مؤتمر صحفي إن المستشفى سيخدم أكثر من مليون مواطن، "
          + "وأضاف أن الحكومة تخطط لبناء عشرة مستشفيات أخرى خلال العام المقبل.";

  /** One sentence each: short enough that the two Arabic code pages are hard to tell apart. */
  static final List<String> SHORT =
      List.of(
          "قال الرئيس إن الحكومة ستعمل على حل الأزمة.",
          "انخفضت أسعار النفط اليوم.",
          "وصل الوفد إلى بغداد مساء الأحد.");

  static byte[] bom(int... marks) {
    byte[] b = new byte[marks.length];
    for (int i = 0; i < marks.length; i++) {
      b[i] = (byte) marks[i];
    }
    return b;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static void check(String expected, byte[] bytes, Optional<Charset> declared, Charset charset) {
    EncodingDetector.Decoded d = EncodingDetector.decode(bytes, declared);
    assertEquals(expected, d.text(), () -> "text decoded as " + d.charset());
    assertEquals(charset, d.charset());
  }

  static void check(byte[] bytes, Charset charset) {
    check(PARAGRAPH, bytes, Optional.empty(), charset);
  }

  @Test
  void utf8() {
    check(PARAGRAPH.getBytes(UTF_8), UTF_8);
  }

  @Test
  void utf8WithByteOrderMark() {
    check(concat(bom(0xEF, 0xBB, 0xBF), PARAGRAPH.getBytes(UTF_8)), UTF_8);
  }

  @Test
  void utf16LittleEndianWithByteOrderMark() {
    check(concat(bom(0xFF, 0xFE), PARAGRAPH.getBytes(UTF_16LE)), UTF_16LE);
  }

  @Test
  void utf16BigEndianWithByteOrderMark() {
    byte[] bytes = PARAGRAPH.getBytes(UTF_16); // Java writes big-endian with a mark
    assertEquals(0xFE, bytes[0] & 0xFF);
    check(bytes, UTF_16BE);
  }

  @Test
  void utf16LittleEndianWithoutByteOrderMark() {
    check(PARAGRAPH.getBytes(UTF_16LE), UTF_16LE);
  }

  @Test
  void windows1256() {
    check(PARAGRAPH.getBytes(WINDOWS_1256), WINDOWS_1256);
  }

  @Test
  void iso88596() {
    check(PARAGRAPH.getBytes(ISO_8859_6), ISO_8859_6);
  }

  @Test
  void windows1256LabelledUtf8IsStillWindows1256() {
    check(PARAGRAPH, PARAGRAPH.getBytes(WINDOWS_1256), Optional.of(UTF_8), WINDOWS_1256);
  }

  @Test
  void utf8LabelledWindows1256IsUtf8() {
    check(PARAGRAPH, PARAGRAPH.getBytes(UTF_8), Optional.of(WINDOWS_1256), UTF_8);
  }

  @Test
  void iso88596LabelledWindows1256IsStillIso88596() {
    check(PARAGRAPH, PARAGRAPH.getBytes(ISO_8859_6), Optional.of(WINDOWS_1256), ISO_8859_6);
  }

  @Test
  void windows1256LabelledLatinIsStillWindows1256() {
    // Regression (fixed): decode() trusts any declared charset other than UTF-8 and the two Arabic code pages
    // whenever the bytes decode strictly in it. Every byte is valid ISO-8859-1, and Arabic
    // Windows-1256 text is almost always valid windows-1252, so an Arabic page labelled with the
    // old HTTP default (charset=iso-8859-1) or windows-1252 comes out as Latin mojibake
    // ("ÃÚáäÊ æÒÇÑÉ ..."), although the class Javadoc's order of decisions has no such step and
    // HtmlFileReader promises that the detector overrides a label the bytes contradict.
    for (Charset label : List.of(ISO_8859_1, Charset.forName("windows-1252"))) {
      check(PARAGRAPH, PARAGRAPH.getBytes(WINDOWS_1256), Optional.of(label), WINDOWS_1256);
    }
  }

  @Test
  void shortWindows1256TextIsNotTakenForIso88596() {
    for (String s : SHORT) {
      check(s, s.getBytes(WINDOWS_1256), Optional.empty(), WINDOWS_1256);
    }
  }

  @Test
  void shortIso88596TextIsNotTakenForWindows1256() {
    for (String s : SHORT) {
      check(s, s.getBytes(ISO_8859_6), Optional.empty(), ISO_8859_6);
    }
  }

  @Test
  void emptyBytesAreEmptyUtf8Text() {
    check("", new byte[0], Optional.empty(), UTF_8);
  }

  @Test
  void damagedUtf8NamesTheFirstBadByte() {
    String first = PARAGRAPH.substring(0, PARAGRAPH.indexOf('.') + 1);
    String rest = PARAGRAPH.substring(first.length());
    int offset = first.getBytes(UTF_8).length;
    byte[] bytes =
        concat(
            first.getBytes(UTF_8),
            bom(0xFF),
            rest.substring(0, 20).getBytes(UTF_8),
            bom(0xC0, 0x80), // an overlong encoding: never valid
            rest.substring(20).getBytes(UTF_8));
    IngestException e =
        assertThrows(IngestException.class, () -> EncodingDetector.decode(bytes));
    assertTrue(e.getMessage().contains("invalid UTF-8"), e.getMessage());
    assertTrue(e.getMessage().matches(".*\\b" + offset + "\\b.*"),
        () -> "expected byte offset " + offset + " in: " + e.getMessage());
  }

  @Test
  void damagedUtf8LabelledWindows1256IsStillAnError() {
    byte[] good = PARAGRAPH.getBytes(UTF_8);
    byte[] bytes = concat(good, bom(0xD8)); // the last letter cut in half
    IngestException e =
        assertThrows(
            IngestException.class,
            () -> EncodingDetector.decode(bytes, Optional.of(WINDOWS_1256)));
    assertTrue(e.getMessage().contains("invalid UTF-8"), e.getMessage());
    assertTrue(e.getMessage().contains(String.valueOf(good.length)), e.getMessage());
  }

  @Test
  void latinTextIsNotArabic() {
    byte[] bytes = "Le café de l'élève est très bon.".getBytes(ISO_8859_1);
    IngestException e =
        assertThrows(IngestException.class, () -> EncodingDetector.decode(bytes));
    assertTrue(e.getMessage().contains("invalid UTF-8"), e.getMessage());
  }

  @Test
  void charsetLabels() {
    assertEquals(Optional.of(WINDOWS_1256), EncodingDetector.charsetNamed(" \"Windows-1256\" "));
    assertEquals(Optional.of(UTF_8), EncodingDetector.charsetNamed("utf8"));
    assertEquals(Optional.empty(), EncodingDetector.charsetNamed("no-such-charset"));
    assertEquals(Optional.empty(), EncodingDetector.charsetNamed("bad label!"));
    assertEquals(Optional.empty(), EncodingDetector.charsetNamed(""));
    assertEquals(Optional.empty(), EncodingDetector.charsetNamed(null));
  }

  /** Nothing but {@link IngestException}, whatever the bytes and whatever the label. */
  @Test
  void randomBytesFailOnlyWithIngestException() {
    Random random = new Random(20240501L);
    List<Optional<Charset>> labels =
        List.of(
            Optional.empty(), Optional.of(UTF_8), Optional.of(WINDOWS_1256),
            Optional.of(ISO_8859_6), Optional.of(ISO_8859_1), Optional.of(UTF_16),
            Optional.of(Charset.forName("Shift_JIS")));
    // Bytes drawn from everywhere, and from the bytes Arabic text is made of, to reach every rule.
    int[] arabicish = {0x00, 0x06, 0x20, 0x2E, 0xC7, 0xE1, 0xD8, 0xD9, 0xA7, 0x84, 0xFF, 0xFE,
        0xEF, 0xBB, 0xBF, 0x0A, 0xC8, 0xE3};
    for (int round = 0; round < 3000; round++) {
      byte[] bytes = new byte[random.nextInt(round % 10 == 0 ? 9000 : 300)];
      boolean narrow = random.nextBoolean();
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] =
            (byte) (narrow ? arabicish[random.nextInt(arabicish.length)] : random.nextInt(256));
      }
      Optional<Charset> label = labels.get(random.nextInt(labels.size()));
      try {
        EncodingDetector.Decoded d = EncodingDetector.decode(bytes, label);
        assertTrue(d.text() != null && d.charset() != null);
      } catch (IngestException expected) {
        assertTrue(!expected.getMessage().isBlank());
      } catch (RuntimeException | Error e) {
        fail("round " + round + " (" + bytes.length + " bytes, label " + label + "): " + e, e);
      }
    }
  }
}
