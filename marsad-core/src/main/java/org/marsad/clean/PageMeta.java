package org.marsad.clean;

/**
 * Metadata a page states about itself (null when it does not): headline, site name, publication
 * date as written (ISO or free text), author byline. {@code siteBasis} and {@code dateBasis} say
 * where the site name and the date were read: {@code page} (a {@code <meta>} tag, the page title,
 * a {@code <time>}) or {@code jsonld} (the page's JSON-LD article).
 */
public record PageMeta(String title, String site, String siteBasis, String date,
    String dateBasis, String author) {
  public static final PageMeta NONE = new PageMeta(null, null, null, null, null, null);
}
