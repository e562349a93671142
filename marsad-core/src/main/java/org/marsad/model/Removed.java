package org.marsad.model;

import java.util.Objects;

/** A piece of the input that cleaning removed, with the reason, so nothing disappears silently. */
public record Removed(String text, RemovalReason reason) {
  public Removed {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
  }
}
