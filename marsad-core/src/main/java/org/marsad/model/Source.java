package org.marsad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a document came from: the input path (with {@code :LINE} for a JSONL line and {@code #N}
 * for the N-th WARC record), the original URL when known, and the publishing outlet when known.
 * {@code outlet_basis} says how the outlet was found: {@code jsonl} (the input's field), {@code
 * page} (the page's site name), {@code url} (the URL's host), {@code byline}, or {@code text} (a
 * phrase like نشر موقع «X», which may name a cited outlet rather than the publisher); as
 * extensions of the format, {@code manifest} (the manifest given with the input), {@code jsonld}
 * (the publisher of the page's JSON-LD article), {@code dateline} (the agency code or outlet of
 * the article's dateline: (وال)، (CNN)) and {@code author} (a writer's note naming the site the
 * writer works for); {@code byline} also covers a source credit (المصدر: الجزيرة، (أ ف ب) at the
 * end). Extensions of the format: {@code outlet_kb} is the outlet's knowledge-base id when it is
 * known: from the URL's domain (then {@code outlet} is the outlet's Arabic name), else from the
 * name; {@code author} is the byline the page states ({@code <meta name="author">}, JSON-LD);
 * {@code dateline} is the article's dateline ({@link Dateline}).
 */
public record Source(
    String path,
    String url,
    String outlet,
    @JsonProperty("outlet_basis") @JsonInclude(JsonInclude.Include.NON_NULL) String outletBasis,
    @JsonProperty("outlet_kb") @JsonInclude(JsonInclude.Include.NON_NULL) String outletKb,
    @JsonInclude(JsonInclude.Include.NON_NULL) String author,
    @JsonInclude(JsonInclude.Include.NON_NULL) Dateline dateline) {
  public Source(String path, String url, String outlet) {
    this(path, url, outlet, null, null);
  }

  public Source(String path, String url, String outlet, String outletBasis) {
    this(path, url, outlet, outletBasis, null);
  }

  public Source(String path, String url, String outlet, String outletBasis, String outletKb) {
    this(path, url, outlet, outletBasis, outletKb, null, null);
  }
}
