package org.marsad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * The dateline an article opens with ({@code بنغازي 04 فبراير 2020 (وال) –}), an extension of the
 * record format: {@code text} as written, the {@code place} it was filed from (as written, null
 * when it names none) and the {@code agency} whose code it carries (the outlet's name, null when
 * it names none or only "agencies", وكالات).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Dateline(String text, String place, String agency) {
  public Dateline {
    Objects.requireNonNull(text, "text");
  }
}
