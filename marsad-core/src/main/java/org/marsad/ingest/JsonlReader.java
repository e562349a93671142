package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * JSON Lines: one article per line, an object with {@code text} or {@code html} (also accepted:
 * {@code content}, {@code body}) and optional {@code id}, {@code url}, {@code title}, {@code
 * outlet} (or {@code source}, {@code site}), {@code date} (or {@code published}). Blank lines are
 * skipped; a bad line is an error for that line only. Lines are read as bytes so that one huge
 * line is skipped without being held in memory. {@code .gz} files are decompressed; a file that
 * ends early (a truncated download) keeps the articles read before the damage, and gets one error
 * naming the line where reading stopped.
 */
final class JsonlReader implements ArticleReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void read(Path file, String displayPath, Limits limits, Ingest.Sink out)
      throws IOException {
    String stem = Files2.stem(file);
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
            ? new GZIPInputStream(raw, 1 << 16) : raw) {
      BoundedLines lines = new BoundedLines(in, limits.maxDocumentBytes());
      int lineNo = 0;
      while (true) {
        BoundedLines.Line line;
        try {
          line = lines.next();
        } catch (IOException e) {
          out.error(new InputError(displayPath + ":" + (lineNo + 1),
              "damaged or truncated after line " + lineNo + ": " + e.getMessage()));
          return;
        }
        if (line == null) {
          break;
        }
        lineNo++;
        String where = displayPath + ":" + lineNo;
        if (line.tooLong() > 0) {
          out.error(new InputError(where, limits.tooLarge(line.tooLong()), true));
          continue;
        }
        if (line.bytes().length == 0 || new String(line.bytes(), StandardCharsets.UTF_8).isBlank()) {
          continue;
        }
        RawArticle a;
        try {
          a = article(line.bytes(), stem, where, lineNo);
        } catch (IngestException e) {
          out.error(new InputError(where, e.getMessage()));
          continue;
        }
        out.article(a);
      }
    }
  }

  private static RawArticle article(byte[] bytes, String stem, String where, int lineNo) {
    String json = EncodingDetector.decode(bytes, Optional.of(StandardCharsets.UTF_8)).text();
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      String msg = e.getOriginalMessage();
      throw new IngestException("not JSON: " + (msg == null ? "parse error" : msg.lines().findFirst().orElse(msg)));
    }
    if (node == null || !node.isObject()) {
      throw new IngestException("not a JSON object");
    }
    String html = field(node, "html");
    String text = first(field(node, "text"), field(node, "content"), field(node, "body"));
    if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
      throw new IngestException("no article text: expected a \"text\" or \"html\" field");
    }
    boolean isHtml = text == null || text.isBlank();
    String content = isHtml ? html : text;
    String problem = TextChecks.problem(content);
    if (problem != null) {
      throw new IngestException(problem);
    }
    String id = first(field(node, "id"), stem + "-" + lineNo);
    return new RawArticle(
        id,
        where,
        field(node, "url"),
        first(field(node, "outlet"), field(node, "source"), field(node, "site")),
        field(node, "title"),
        first(field(node, "date"), field(node, "published")),
        isHtml ? RawArticle.Markup.HTML : RawArticle.Markup.TEXT,
        content);
  }

  private static String field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isValueNode() ? v.asText() : null;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
