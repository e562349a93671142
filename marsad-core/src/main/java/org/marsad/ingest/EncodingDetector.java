package org.marsad.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.marsad.arabic.ArabicLetters;

/**
 * Decodes the bytes of a document, detecting their encoding among those Arabic news is served in:
 * UTF-8 (with or without byte-order mark), UTF-16 (with a byte-order mark, or without one when the
 * byte pattern is unmistakable), Windows-1256 and ISO-8859-6.
 *
 * <p>Order of decisions: a byte-order mark wins; then bytes that are valid UTF-8 are UTF-8 (a page
 * labelled Windows-1256 whose bytes are valid UTF-8 is mislabelled: single-byte Arabic text is
 * practically never valid UTF-8); then UTF-16 without a mark; then another declared charset,
 * unless the bytes read as Arabic in Windows-1256 (an Arabic page labelled ISO-8859-1 or
 * windows-1252, the old server defaults); then the single-byte Arabic code
 * pages are scored by how Arabic the decoded text looks (Arabic letters, the article ال, no
 * unmapped bytes, few Latin-1 accented letters), the declared charset breaking ties.
 *
 * <p>Design note: ICU4J's statistical detector was considered; on short Arabic texts it confuses
 * the two Arabic code pages, which this scoring separates by the article ال, so the small
 * specialised detector is kept. Stateless and thread-safe.
 */
public final class EncodingDetector {
  private EncodingDetector() {}

  public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  public static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

  /** Text decoded from bytes, and the charset it was decoded with. */
  public record Decoded(String text, Charset charset) {}

  public static Decoded decode(byte[] bytes) {
    return decode(bytes, Optional.empty());
  }

  /**
   * Decodes {@code bytes}; {@code declared} is the charset a page or header claims, if any. A
   * byte-order mark is not part of the returned text.
   *
   * @throws IngestException when the bytes are damaged UTF-8 or in no supported encoding
   */
  public static Decoded decode(byte[] bytes, Optional<Charset> declared) {
    int n = bytes.length;
    if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }
    Optional<Charset> utf16 = utf16WithoutMark(bytes);
    if (utf16.isEmpty()) {
      Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
      if (utf8.isPresent()) {
        return new Decoded(utf8.get(), StandardCharsets.UTF_8);
      }
    } else {
      return new Decoded(lenient(bytes, 0, utf16.get()), utf16.get());
    }
    if (declared.isPresent()
        && !declared.get().equals(StandardCharsets.UTF_8)
        && !declared.get().equals(WINDOWS_1256)
        && !declared.get().equals(ISO_8859_6)
        && declared.get().canEncode()
        // servers still label Windows-1256 pages with the old Latin defaults: when the bytes
        // read as Arabic, the label is wrong
        && !looksArabic(lenient(bytes, 0, WINDOWS_1256))) {
      Optional<String> asDeclared = strict(bytes, declared.get());
      if (asDeclared.isPresent()) {
        return new Decoded(asDeclared.get(), declared.get());
      }
    }
    int firstBad = firstInvalidUtf8(bytes);
    if (damagedUtf8(bytes)) {
      throw new IngestException("invalid UTF-8: malformed byte sequence at byte " + firstBad);
    }
    String cp1256 = lenient(bytes, 0, WINDOWS_1256);
    String iso = lenient(bytes, 0, ISO_8859_6);
    double s1 = arabicScore(cp1256);
    double s2 = arabicScore(iso);
    if (s1 <= 0 && s2 <= 0) {
      throw new IngestException(
          "unknown encoding: invalid UTF-8 at byte " + firstBad
              + ", and not Windows-1256, ISO-8859-6 or UTF-16 Arabic text either");
    }
    if (s2 > s1 || (s1 == s2 && declared.isPresent() && declared.get().equals(ISO_8859_6))) {
      return new Decoded(iso, ISO_8859_6);
    }
    return new Decoded(cp1256, WINDOWS_1256);
  }

  /** At least 20 Arabic letters, and at least half of all letters Arabic. */
  static boolean looksArabic(String s) {
    ArabicLetters.LetterCount n = ArabicLetters.count(s);
    return n.arabic() >= 20 && 2 * n.arabic() >= n.letters();
  }

  /**
   * True when most non-ASCII bytes form valid UTF-8 sequences: UTF-8 text with some damage, not
   * a single-byte code page (whose Arabic letters almost never pair up into valid sequences).
   */
  static boolean damagedUtf8(byte[] b) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    while (i < b.length) {
      int len = sequenceLength(b, i);
      if (len > 1) {
        valid += len;
      } else if (len < 0) {
        invalid++;
      }
      i += Math.abs(len);
    }
    return valid > 0 && valid >= 4 * invalid;
  }

  /** Offset of the first byte that breaks UTF-8, or -1. */
  static int firstInvalidUtf8(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int len = sequenceLength(b, i);
      if (len < 0) {
        return i;
      }
      i += len;
    }
    return -1;
  }

  /**
   * The length of the well-formed UTF-8 sequence at {@code b[i]} (1 for ASCII), or -1 when the
   * byte there starts no well-formed sequence.
   */
  private static int sequenceLength(byte[] b, int i) {
    int c = b[i] & 0xFF;
    if (c < 0x80) {
      return 1;
    }
    int len = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    if (len == 0 || i + len > b.length) {
      return -1;
    }
    for (int k = 1; k < len; k++) {
      if ((b[i + k] & 0xC0) != 0x80) {
        return -1;
      }
    }
    return len;
  }

  /** Parses a charset label such as {@code windows-1256} or {@code utf8}; empty if unknown. */
  public static Optional<Charset> charsetNamed(String label) {
    if (label == null) {
      return Optional.empty();
    }
    String l = label.trim().replace("\"", "").replace("'", "");
    if (l.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(l));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Higher when {@code s} reads like Arabic text: letters, the article ال, no damage; at most 0
   * when it does not read like Arabic at all.
   */
  static double arabicScore(String s) {
    int arabic = 0;
    int article = 0;
    int bad = 0;
    int latinAccented = 0;
    char prev = ' ';
    char prev2 = ' ';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (ArabicLetters.isArabicLetter(c)) {
        arabic++;
        if (c == ArabicLetters.LAM && prev == ArabicLetters.ALEF && !ArabicLetters.isWordPart(prev2)) {
          article++;
        }
      } else if (c == '\uFFFD' || (c >= '\u0080' && c < '\u00A0')) {
        bad++;
      } else if (c >= '\u00C0' && c <= '\u00FF') {
        latinAccented++;
      }
      prev2 = prev;
      prev = c;
    }
    if (article == 0 && arabic < 20) {
      return 0;
    }
    return arabic + 20.0 * article - 10.0 * bad - 3.0 * latinAccented;
  }

  /**
   * UTF-16 without a byte-order mark: in one of the two byte positions nearly every byte is the
   * high byte of an ASCII (0x00) or Arabic (0x06) character, or general punctuation (0x20).
   */
  private static Optional<Charset> utf16WithoutMark(byte[] bytes) {
    int n = Math.min(bytes.length, 8192) & ~1;
    if (n < 8) {
      return Optional.empty();
    }
    int evenHigh = 0;
    int oddHigh = 0;
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      int e = bytes[i] & 0xFF;
      int o = bytes[i + 1] & 0xFF;
      if (e == 0x00 || e == 0x06 || e == 0x20) {
        evenHigh++;
      }
      if (o == 0x00 || o == 0x06 || o == 0x20) {
        oddHigh++;
      }
      if (e == 0) {
        evenZero++;
      }
      if (o == 0) {
        oddZero++;
      }
    }
    int pairs = n / 2;
    if (oddHigh >= 0.9 * pairs && evenZero < 0.1 * pairs && oddZero > 0) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (oddHigh >= 0.9 * pairs && evenZero < 0.1 * pairs && bytes[1] == 0x06) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (evenHigh >= 0.9 * pairs && oddZero < 0.1 * pairs && (evenZero > 0 || bytes[0] == 0x06)) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static Optional<String> strict(byte[] bytes, Charset cs) {
    CharsetDecoder d =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer out = d.decode(ByteBuffer.wrap(bytes));
      return Optional.of(out.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String lenient(byte[] bytes, int offset, Charset cs) {
    return new String(bytes, offset, bytes.length - offset, cs);
  }
}
