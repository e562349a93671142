package org.marsad.ingest;

/**
 * Unpaired UTF-16 surrogates: Java strings may hold them (a JSON escape such as {@code \ud800}
 * gives one), UTF-8 cannot encode them, so a record holding one could not be written faithfully.
 * Input text is repaired on entry ({@link RawArticle}): each unpaired surrogate becomes U+FFFD,
 * which keeps every offset in place, as the JDK's decoders do for malformed bytes. Stateless.
 */
public final class Surrogates {
  private Surrogates() {}

  /** The replacement character that stands for what could not be read. */
  public static final char REPLACEMENT = '\uFFFD';

  /** The offset of the first unpaired surrogate in {@code s}, or -1 when there is none. */
  public static int firstUnpaired(CharSequence s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** {@code s} with every unpaired surrogate replaced by U+FFFD; {@code s} itself when none. */
  public static String repair(String s) {
    int at = s == null ? -1 : firstUnpaired(s);
    if (at < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s);
    for (int i = at; i < b.length(); i++) {
      char c = b.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < b.length()
          && Character.isLowSurrogate(b.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        b.setCharAt(i, REPLACEMENT);
      }
    }
    return b.toString();
  }
}
