package org.marsad.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.marsad.clean.Cleaning;
import org.marsad.ingest.Ingest;
import org.marsad.ingest.InputError;
import org.marsad.ingest.Limits;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.ReadResult;
import org.marsad.model.Document;
import org.marsad.pipeline.Pipeline;

/**
 * Corpora for benchmarks. {@link #read} takes articles as they are; {@link #generate} composes
 * new plain-text articles from the paragraphs of sample Arabic articles (a random title line and
 * three to ten random paragraphs each, with publication dates spread over two years), so that a
 * large corpus can be made from a few bundled samples without repeating whole articles. The
 * generator is deterministic for a given seed.
 */
public final class BenchCorpus {
  private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
  private static final int DAYS = 730;

  private BenchCorpus() {}

  /** Every article under {@code paths}; unreadable files are reported and skipped. */
  public static List<RawArticle> read(List<Path> paths, Consumer<String> report) {
    Ingest ingest = new Ingest(Limits.DEFAULT);
    List<RawArticle> out = new ArrayList<>();
    for (Path file : Ingest.expand(paths)) {
      ReadResult r = ingest.read(file);
      for (InputError e : r.errors()) {
        report.accept("marsad: " + e);
      }
      out.addAll(r.articles());
    }
    return out;
  }

  /** A workload of the articles as given, with their cleaned texts. */
  public static Workload of(List<RawArticle> articles) {
    Cleaning cleaning = Cleaning.standard();
    List<String> texts = new ArrayList<>();
    int[] words = new int[articles.size()];
    for (int i = 0; i < articles.size(); i++) {
      String text = cleaning.clean(articles.get(i)).text();
      texts.add(text);
      words[i] = Words.count(text);
    }
    return new Workload(articles, texts, words);
  }

  /**
   * About {@code targetWords} words of new articles made from the paragraphs of the Arabic
   * documents among {@code samples}.
   *
   * @throws IllegalArgumentException when no sample is in Arabic
   */
  public static Workload generate(List<RawArticle> samples, Pipeline pipeline, long targetWords,
      long seed) {
    List<String> paragraphs = new ArrayList<>();
    for (RawArticle a : samples) {
      Document d = pipeline.run(a);
      if ("ar".equals(d.language())) {
        for (String p : d.text().split("\n\n")) {
          if (!p.isBlank()) {
            paragraphs.add(p.strip());
          }
        }
      }
    }
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("no Arabic sample articles to generate a corpus from");
    }
    Cleaning cleaning = Cleaning.standard();
    Random random = new Random(seed);
    List<RawArticle> articles = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    long words = 0;
    for (int n = 1; words < targetWords; n++) {
      StringBuilder text = new StringBuilder(firstLine(paragraphs.get(random.nextInt(paragraphs.size()))));
      int k = 3 + random.nextInt(8);
      for (int i = 0; i < k; i++) {
        text.append("\n\n").append(paragraphs.get(random.nextInt(paragraphs.size())));
      }
      String id = "bench-" + n;
      String date = FIRST_DAY.plusDays(random.nextInt(DAYS)).toString();
      String content = text.toString();
      articles.add(new RawArticle(id, id, null, null, null, date, RawArticle.Markup.TEXT, content));
      String cleaned = cleaning.clean(articles.get(articles.size() - 1)).text();
      texts.add(cleaned);
      int w = Words.count(cleaned);
      counts.add(w);
      words += w;
    }
    return new Workload(articles, texts, counts.stream().mapToInt(Integer::intValue).toArray());
  }

  /** A title: the paragraph's first sentence, cut at twelve words. */
  private static String firstLine(String paragraph) {
    String[] w = paragraph.split("\\s+");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < w.length && i < 12; i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(w[i]);
      if (w[i].endsWith(".")) {
        break;
      }
    }
    return b.toString();
  }
}
