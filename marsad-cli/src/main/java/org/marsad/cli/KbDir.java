package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.marsad.kb.KnowledgeBase;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --kb-dir} option: a user knowledge base merged with the shipped one. */
final class KbDir {
  @Option(names = "--kb-dir", paramLabel = "DIR",
      description = "Also use the user knowledge base in DIR (actors.tsv, places.tsv,"
          + " outlets.tsv, as written by kb import); shipped entries win on clashing ids.")
  Path dir;

  /**
   * The pipeline reading the knowledge base, or null after a one-line error when DIR cannot be
   * read; a user knowledge base with problems gets a warning.
   */
  Pipeline pipeline(CommandSpec spec) {
    KnowledgeBase kb = load(spec);
    if (kb == null) {
      return null;
    }
    if (dir == null) {
      return Pipeline.standard();
    }
    if (!kb.validate().isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("marsad: warning: the knowledge base in " + dir + " has "
          + kb.validate().size() + " problem(s); marsad kb validate --kb-dir " + dir
          + " lists them");
    }
    return Pipeline.standard(kb);
  }

  /** The knowledge base to use, or null after a one-line error when DIR cannot be read. */
  KnowledgeBase load(CommandSpec spec) {
    if (dir == null) {
      return KnowledgeBase.standard();
    }
    try {
      return KnowledgeBase.withUserDir(dir);
    } catch (IOException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("marsad: cannot read the knowledge base in " + dir + ": "
          + OutputFile.describe(e));
      err.flush();
      return null;
    }
  }
}
