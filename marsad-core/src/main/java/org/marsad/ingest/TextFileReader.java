package org.marsad.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** A plain-text file is one article; its encoding is detected. */
final class TextFileReader implements ArticleReader {
  @Override
  public void read(Path file, String displayPath, Limits limits, Ingest.Sink out)
      throws IOException {
    byte[] bytes = Files2.readBounded(file, limits);
    String text = Decoding.text(bytes, Optional.empty());
    out.article(new RawArticle(Files2.stem(file), displayPath, null, null, null, null,
        RawArticle.Markup.TEXT, text));
  }
}
