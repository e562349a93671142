package org.marsad.clean;

import java.util.List;
import java.util.Objects;
import org.marsad.model.Removed;

/**
 * An article after cleaning: the body text (paragraphs separated by blank lines, the title
 * first), the title, what was removed, and the metadata the page states about itself.
 */
public record CleanPage(String text, String title, List<Removed> removed, PageMeta meta) {
  public CleanPage {
    Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
    Objects.requireNonNull(meta, "meta");
  }
}
