package org.marsad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.extract.Extractor;
import org.marsad.extract.OrderedParallel;
import org.marsad.ingest.Limits;
import org.marsad.model.Document;
import org.marsad.model.RecordJson;
import org.marsad.pipeline.Pipeline;

/**
 * The documents of the cross-document commands: files of records (JSON Lines whose first line is
 * a {@code marsad/1} record), standard input ({@code -}, records), or articles in any format
 * Marsad reads, which are run through the pipeline first. Bad lines and unreadable files are
 * reported, one line each, and skipped.
 */
final class CorpusInput {
  /** The documents read, in input order, and how many inputs or lines failed. */
  record Loaded(List<Document> documents, int failed) {}

  private CorpusInput() {}

  static Loaded load(List<String> inputs, PrintWriter err) throws IOException {
    List<Document> docs = new ArrayList<>();
    List<Path> articles = new ArrayList<>();
    int failed = 0;
    for (String input : inputs) {
      if (input.equals("-")) {
        failed += records("standard input", new BufferedReader(new InputStreamReader(System.in,
            StandardCharsets.UTF_8)), docs, err);
        continue;
      }
      Path p = Path.of(input);
      if (isRecordFile(p)) {
        try (BufferedReader r = utf8(p)) {
          failed += records(input, r, docs, err);
        } catch (CharacterCodingException e) {
          err.println("marsad: " + input + ": not UTF-8 text");
          failed++;
        }
      } else {
        articles.add(p);
      }
    }
    if (!articles.isEmpty()) {
      StringWriter extracted = new StringWriter();
      Extractor.Summary s = new Extractor(Pipeline.standard(), Limits.DEFAULT,
          OrderedParallel.defaultThreads())
          .extract(articles, extracted, err::println);
      failed += s.failed();
      for (String line : extracted.toString().split("\n")) {
        if (!line.isBlank()) {
          docs.add(RecordJson.parse(line));
        }
      }
    }
    return new Loaded(docs, failed);
  }

  /** True for a regular file whose first non-blank line is a Marsad record. */
  static boolean isRecordFile(Path p) throws IOException {
    if (!Files.isRegularFile(p)) {
      return false;
    }
    try (BufferedReader r = utf8(p)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          return line.contains("\"format\":\"" + Document.FORMAT + "\"");
        }
      }
    } catch (CharacterCodingException e) {
      return false;
    }
    return false;
  }

  private static int records(String name, BufferedReader r, List<Document> docs, PrintWriter err)
      throws IOException {
    int[] failed = {0};
    RecordLines.each(r, (n, line) -> {
      try {
        docs.add(RecordJson.parse(line));
      } catch (IllegalArgumentException e) {
        err.println("marsad: " + name + ":" + n + ": " + e.getMessage());
        failed[0]++;
      }
    });
    return failed[0];
  }

  private static BufferedReader utf8(Path p) throws IOException {
    return new BufferedReader(new InputStreamReader(Files.newInputStream(p),
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }
}
