package org.marsad.meta;

/**
 * A value an input or a page states about an article (an outlet, a date as written) and where it
 * was stated: {@code jsonl}, {@code manifest}, {@code page}, {@code jsonld}. Either may be null.
 */
public record Stated(String value, String basis) {
  public static final Stated NONE = new Stated(null, null);

  public boolean present() {
    return value != null && !value.isBlank();
  }
}
