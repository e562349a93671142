package org.marsad.model;

/** Who a claim's speaker is: the record format's {@code speaker.kind}. */
public enum SpeakerKind implements Code {
  NAMED,
  ANONYMOUS,
  OUTLET,
  UNKNOWN;

  @Override
  public String toString() {
    return wire();
  }
}
