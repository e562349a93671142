package org.marsad.ingest;

import java.util.List;

/** What reading one file gave: the articles in it and the errors, in input order. */
public record ReadResult(List<RawArticle> articles, List<InputError> errors) {
  public ReadResult {
    articles = List.copyOf(articles);
    errors = List.copyOf(errors);
  }

  public static ReadResult of(RawArticle article) {
    return new ReadResult(List.of(article), List.of());
  }

  public static ReadResult failed(String path, String message) {
    return new ReadResult(List.of(), List.of(new InputError(path, message)));
  }
}
