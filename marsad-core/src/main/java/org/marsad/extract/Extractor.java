package org.marsad.extract;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.marsad.ingest.Ingest;
import org.marsad.ingest.InputError;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.ReadResult;
import org.marsad.ingest.Limits;
import org.marsad.model.Document;
import org.marsad.model.RecordJson;
import org.marsad.pipeline.Pipeline;

/**
 * Runs the pipeline over files and folders and writes one JSON line per article, in input order.
 * Bad inputs never stop the run: each gets one line through {@code report}. Ids are made unique
 * within a run by a numeric suffix ({@code -2}, {@code -3}) in input order, so they are stable for
 * the same inputs. Not thread-safe: one run at a time.
 */
public final class Extractor {
  private final Pipeline pipeline;
  private final Ingest ingest;

  public Extractor(Pipeline pipeline, Limits limits) {
    this.pipeline = pipeline;
    this.ingest = new Ingest(limits);
  }

  /** Counts of a run. */
  public record Summary(int files, int documents, int failed, int notArabic) {
    public String line() {
      return String.format(Locale.ROOT,
          "marsad: %d file%s read, %d record%s written, %d failed%s", files, files == 1 ? "" : "s",
          documents, documents == 1 ? "" : "s", failed,
          notArabic > 0 ? ", " + notArabic + " not in Arabic" : "");
    }
  }

  public Summary extract(List<Path> paths, Writer out, Consumer<String> report) throws IOException {
    List<Path> files = Ingest.expand(paths);
    Set<String> ids = new HashSet<>();
    int docs = 0;
    int failed = 0;
    int notArabic = 0;
    if (files.isEmpty()) {
      report.accept("marsad: no input files under " + paths);
      return new Summary(0, 0, 1, 0);
    }
    for (Path file : files) {
      ReadResult r = ingest.read(file);
      for (InputError e : r.errors()) {
        report.accept("marsad: " + e);
        failed++;
      }
      for (RawArticle a : r.articles()) {
        Document doc;
        try {
          doc = pipeline.run(a);
        } catch (RuntimeException | StackOverflowError e) {
          report.accept("marsad: " + a.path() + ": could not be processed: " + e);
          failed++;
          continue;
        }
        doc = withUniqueId(doc, ids);
        String problem = Records.problem(doc);
        if (problem != null) {
          report.accept("marsad: " + a.path() + ": internal error, record not written: " + problem);
          failed++;
          continue;
        }
        if (!"ar".equals(doc.language())) {
          report.accept("marsad: " + a.path() + ": not Arabic (language " + doc.language()
              + "): text and metadata only, no extraction");
          notArabic++;
        }
        out.write(RecordJson.line(doc));
        out.write('\n');
        docs++;
      }
    }
    out.flush();
    return new Summary(files.size(), docs, failed, notArabic);
  }

  private static Document withUniqueId(Document doc, Set<String> ids) {
    String id = doc.id();
    for (int k = 2; !ids.add(id); k++) {
      id = doc.id() + "-" + k;
    }
    return id.equals(doc.id()) ? doc : doc.withId(id);
  }
}
