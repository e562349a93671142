package org.marsad.clean;

/**
 * Metadata a page states about itself (null when it does not): headline, site name, publication
 * date as written (ISO or free text), author byline.
 */
public record PageMeta(String title, String site, String date, String author) {
  public static final PageMeta NONE = new PageMeta(null, null, null, null);
}
