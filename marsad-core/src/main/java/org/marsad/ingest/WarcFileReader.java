package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC web archives (plain or gzip-compressed, read by jwarc): every {@code response} record with
 * HTTP status 200 and an HTML or plain-text payload, and every {@code resource} record of such a
 * type, is one article whose URL is the record's target. Other records (requests, metadata,
 * redirects, images) are skipped silently; a damaged record is an error for that record, and a
 * truncated archive ends with an error naming the last record read.
 */
final class WarcFileReader implements ArticleReader {
  @Override
  public void read(Path file, String displayPath, Limits limits, Ingest.Sink out)
      throws IOException {
    int n = 0;
    boolean anyError = false;
    try (WarcReader reader = new WarcReader(file)) {
      reader.onWarning(message -> { });
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          out.error(new InputError(displayPath + "#" + (n + 1),
              "damaged or truncated WARC record after record " + n + ": " + oneLine(e)));
          anyError = true;
          break;
        }
        if (next.isEmpty()) {
          break;
        }
        n++;
        String where = displayPath + "#" + n;
        RawArticle a;
        try {
          a = article(next.get(), where, limits);
        } catch (IngestException e) {
          out.error(new InputError(where, e.getMessage(), e.tooLarge()));
          anyError = true;
          continue;
        } catch (IOException | RuntimeException e) {
          out.error(new InputError(where, "damaged WARC record: " + oneLine(e)));
          anyError = true;
          continue;
        }
        if (a != null) {
          out.article(a);
        }
      }
    }
    if (n == 0 && !anyError) {
      out.error(new InputError(displayPath, "no WARC records"));
    }
  }

  private static RawArticle article(WarcRecord record, String where, Limits limits)
      throws IOException {
    String url;
    MediaType type;
    InputStream body;
    if (record instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP)) {
        return null;
      }
      if (response.http().status() != 200) {
        return null;
      }
      url = response.target();
      type = response.http().contentType();
      body = response.http().bodyDecoded().stream();
    } else if (record instanceof WarcResource resource) {
      url = resource.target();
      type = resource.contentType();
      body = resource.body().stream();
    } else {
      return null;
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    boolean html = base.contains("html");
    if (!html && !base.equals("text/plain")) {
      return null;
    }
    byte[] bytes = readBounded(body, limits);
    Optional<Charset> declared = EncodingDetector.charsetNamed(type.parameters().get("charset"));
    if (declared.isEmpty() && html) {
      declared = HtmlFileReader.declaredCharset(bytes);
    }
    String content = Decoding.text(bytes, declared);
    return new RawArticle(urlId(url), where, url, null, null, null,
        html ? RawArticle.Markup.HTML : RawArticle.Markup.TEXT, content);
  }

  private static byte[] readBounded(InputStream in, Limits limits) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
    if (bytes.length > limits.maxDocumentBytes()) {
      long total = bytes.length + in.transferTo(java.io.OutputStream.nullOutputStream());
      throw IngestException.tooLarge(limits, total);
    }
    return bytes;
  }

  /** A stable id from the URL: the first 16 hex digits of its SHA-256. */
  static String urlId(String url) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
