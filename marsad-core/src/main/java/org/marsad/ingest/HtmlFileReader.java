package org.marsad.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML file is one article. The charset the page declares ({@code <meta charset>} or {@code
 * http-equiv}) is a hint to the encoding detector, which overrides a label the bytes contradict.
 */
final class HtmlFileReader implements ArticleReader {
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)");

  @Override
  public void read(Path file, String displayPath, Limits limits, Ingest.Sink out)
      throws IOException {
    byte[] bytes = Files2.readBounded(file, limits);
    String html = Decoding.text(bytes, declaredCharset(bytes));
    out.article(new RawArticle(Files2.stem(file), displayPath, null, null, null, null,
        RawArticle.Markup.HTML, html));
  }

  /** The charset named in a meta tag of the first 4 KiB, read as ASCII. */
  static Optional<java.nio.charset.Charset> declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? EncodingDetector.charsetNamed(m.group(1)) : Optional.empty();
  }
}
