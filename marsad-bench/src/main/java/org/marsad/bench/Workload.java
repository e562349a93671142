package org.marsad.bench;

import java.util.List;
import org.marsad.ingest.RawArticle;

/**
 * What a benchmark runs on: articles as the pipeline reads them, and for each the cleaned text and
 * its word count (words are counted on the cleaned text, so HTML markup is not counted).
 */
public record Workload(List<RawArticle> articles, List<String> texts, int[] words) {
  public Workload {
    articles = List.copyOf(articles);
    texts = List.copyOf(texts);
    words = words.clone();
    if (articles.size() != texts.size() || articles.size() != words.length) {
      throw new IllegalArgumentException("articles, texts and word counts differ in length: "
          + articles.size() + ", " + texts.size() + ", " + words.length);
    }
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("a workload needs at least one article");
    }
  }

  public int size() {
    return articles.size();
  }

  public int words(int i) {
    return words[i];
  }

  public long totalWords() {
    long n = 0;
    for (int w : words) {
      n += w;
    }
    return n;
  }

  @Override
  public int[] words() {
    return words.clone();
  }
}
