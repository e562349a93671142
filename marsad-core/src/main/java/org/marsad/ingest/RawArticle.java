package org.marsad.ingest;

import java.util.Objects;

/**
 * One article as read from its input, before cleaning: decoded content (plain text or HTML) and
 * whatever metadata the container gave (JSONL fields, WARC headers). Null metadata is unknown.
 * Every text field is well-formed UTF-16: unpaired surrogates are replaced by U+FFFD on
 * construction ({@link Surrogates}), so that whatever the pipeline derives can be written as UTF-8.
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
    id = Surrogates.repair(id);
    path = Surrogates.repair(path);
    url = Surrogates.repair(url);
    outlet = Surrogates.repair(outlet);
    title = Surrogates.repair(title);
    date = Surrogates.repair(date);
    content = Surrogates.repair(content);
  }
}
