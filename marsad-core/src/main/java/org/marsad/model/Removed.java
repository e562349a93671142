package org.marsad.model;

import java.util.Objects;

/**
 * A piece of the input that cleaning removed, with the reason, so nothing disappears silently.
 * Reasons: {@code boilerplate}, {@code comments}, {@code related}, {@code author}, {@code appeal},
 * {@code share}, {@code caption}, {@code navigation}, {@code tags}, {@code markup}.
 */
public record Removed(String text, String reason) {
  public Removed {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
  }
}
