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
 * @param statedBy what stated the outlet and date: {@code jsonl} (the record's fields, and any
 *     container's) or {@code manifest} (a manifest given with the input)
 */
public record RawArticle(
    String id,
    String path,
    String url,
    String outlet,
    String title,
    String date,
    Markup markup,
    String content,
    String statedBy) {
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

  /** An article whose metadata, if any, the container stated. */
  public RawArticle(String id, String path, String url, String outlet, String title, String date,
      Markup markup, String content) {
    this(id, path, url, outlet, title, date, markup, content, "jsonl");
  }

  /** This article with the metadata a manifest gives it: the manifest's values win. */
  public RawArticle withManifest(String manifestUrl, String manifestOutlet, String manifestDate) {
    return new RawArticle(id, path, manifestUrl != null ? manifestUrl : url,
        manifestOutlet != null ? manifestOutlet : outlet, title,
        manifestDate != null ? manifestDate : date, markup, content, "manifest");
  }
}
