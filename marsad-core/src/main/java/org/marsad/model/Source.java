package org.marsad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a document came from: the input path (with {@code :LINE} for a JSONL line and {@code #N}
 * for the N-th WARC record), the original URL when known, and the publishing outlet when known.
 * {@code outlet_basis} says how the outlet was found: {@code jsonl} (the input's field), {@code
 * page} (the page's site name), {@code url} (the URL's host), {@code byline}, or {@code text} (a
 * phrase like نشر موقع «X», which may name a cited outlet rather than the publisher). {@code
 * outlet_kb}, an extension of the format, is the outlet's knowledge-base id when it is known:
 * from the URL's domain (then {@code outlet} is the outlet's Arabic name), else from the name.
 */
public record Source(
    String path,
    String url,
    String outlet,
    @JsonProperty("outlet_basis") @JsonInclude(JsonInclude.Include.NON_NULL) String outletBasis,
    @JsonProperty("outlet_kb") @JsonInclude(JsonInclude.Include.NON_NULL) String outletKb) {
  public Source(String path, String url, String outlet) {
    this(path, url, outlet, null, null);
  }

  public Source(String path, String url, String outlet, String outletBasis) {
    this(path, url, outlet, outletBasis, null);
  }
}
