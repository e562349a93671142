package org.marsad.ingest;

import java.util.List;

/** A manifest that cannot be used: every problem, each naming the manifest and the line. */
public final class ManifestException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  public ManifestException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
