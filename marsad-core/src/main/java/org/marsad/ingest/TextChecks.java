package org.marsad.ingest;

/** Checks shared by the readers on decoded text. */
final class TextChecks {
  private TextChecks() {}

  /** Nothing but whitespace, no-break spaces and invisible format characters. */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\uFEFF'
          && Character.getType(c) != Character.FORMAT) {
        return false;
      }
    }
    return true;
  }

  /**
   * Why {@code text} is not a readable document (empty, or binary), or null when it is. Binary:
   * more than 2% of the first 8,000 characters are control characters, NULs or replacement
   * characters.
   */
  static String problem(String text) {
    if (isBlank(text)) {
      return "empty: no text";
    }
    int n = Math.min(text.length(), 8000);
    int bad = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD'
          || c == 0x7F) {
        bad++;
      }
    }
    if (bad > 0.02 * n) {
      return "binary content: not a text document";
    }
    return null;
  }
}
