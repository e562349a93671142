package org.marsad.ingest;

import java.util.Objects;

/**
 * One article as read from its input, before cleaning: decoded content (plain text or HTML) and
 * whatever metadata the container gave (JSONL fields, WARC headers). Null metadata is unknown.
 *
 * @param id a stable id: the file name without extension, the JSONL {@code id}, or a hash of the
 *     URL for WARC records
 * @param path where it came from: the file path, with {@code #N} for the N-th record of a file
 */
public record RawArticle(
    String id,
    String path,
    String url,
    String outlet,
    String title,
    String date,
    Markup markup,
    String content) {
  /** How {@code content} is written. */
  public enum Markup {
    TEXT,
    HTML
  }

  public RawArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(markup, "markup");
    Objects.requireNonNull(content, "content");
  }
}
