package org.marsad.model;

/** How a claim is put: the record format's {@code claim.modality}. */
public enum ClaimModality implements Code {
  ASSERTED,
  DENIED,
  CONFIRMED,
  ALLEGED,
  WARNED,
  PREDICTED,
  QUESTIONED,
  HEDGED;

  @Override
  public String toString() {
    return wire();
  }
}
