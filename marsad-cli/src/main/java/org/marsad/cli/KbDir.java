package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.marsad.entity.kb.KnowledgeBase;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --kb-dir} option: a user knowledge base merged with the shipped one. */
final class KbDir {
  @Option(names = "--kb-dir", paramLabel = "DIR",
      description = "Also use the user knowledge base in DIR (actors.tsv, places.tsv,"
          + " outlets.tsv, as written by kb import); shipped entries win on clashing ids.")
  Path dir;

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
