package org.marsad.model;

/** One occurrence of an entity in the text. */
public record Mention(int start, int end, String text) {
  public Mention {
    new Span(start, end, text); // validates
  }
}
