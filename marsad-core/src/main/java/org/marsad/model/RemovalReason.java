package org.marsad.model;

/** Why cleaning removed a piece of the input: the record format's {@code removed.reason}. */
public enum RemovalReason implements Code {
  BOILERPLATE,
  COMMENTS,
  RELATED,
  AUTHOR,
  BYLINE,
  APPEAL,
  ADS,
  COOKIES,
  SHARE,
  CAPTION,
  NAVIGATION,
  TAGS,
  CORRECTION;

  @Override
  public String toString() {
    return wire();
  }
}
