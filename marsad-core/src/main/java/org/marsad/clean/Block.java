package org.marsad.clean;

import java.util.Objects;
import org.marsad.model.RemovalReason;

/**
 * One block of a page, in reading order: a paragraph, heading, list item or line of text.
 *
 * @param linkDensity the share of the block's characters inside links (0 for plain text)
 * @param removedAs a reason when the page structure already marks it as boilerplate (a comment
 *     section, a caption, navigation), or null
 */
record Block(String text, Kind kind, double linkDensity, RemovalReason removedAs) {
  /** What markup or layout says a block is. */
  enum Kind {
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    LINE
  }

  Block {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }

  static Block line(String text) {
    return new Block(text, Kind.LINE, 0, null);
  }
}
