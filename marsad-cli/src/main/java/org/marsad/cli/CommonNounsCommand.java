package org.marsad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.marsad.entity.CommonNounsBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad build-common-nouns}: the common-noun list that names are checked against. */
@Command(name = "build-common-nouns", mixinStandardHelpOptions = true,
    description = "Builds the list of words that running text uses as common nouns (written with"
        + " the article), less the name tokens of persons, from unlabelled Arabic text.")
final class CommonNounsCommand implements Callable<Integer> {
  static final String DEFAULT_CORPUS = "../shared/data/unlabelled/arwiki-2017-ar.txt.gz";
  static final String DEFAULT_NAMES = "../shared/data/names/wikidata-person-name-tokens-ar.tsv";

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "FILE", defaultValue = DEFAULT_CORPUS,
      description = "Unlabelled text, UTF-8, gzip when it ends in .gz (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--names", paramLabel = "FILE", defaultValue = DEFAULT_NAMES,
      description = "Name tokens of persons: a TSV with a header and the Arabic token in its"
          + " second column (default: ${DEFAULT-VALUE}).")
  Path names;

  @Option(names = "--out", paramLabel = "FILE", required = true,
      description = "Where to write the list (gzip when it ends in .gz); the shipped one is"
          + " marsad-core/src/main/resources/org/marsad/entity/common-nouns.txt.gz.")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    for (Path p : new Path[] {corpus, names}) {
      if (!Files.isReadable(p)) {
        err.println("marsad: " + p + ": cannot read the file");
        return 2;
      }
    }
    long t0 = System.nanoTime();
    CommonNounsBuilder.Stats stats;
    try (OutputStream file = Files.newOutputStream(out);
        OutputStream o = out.toString().endsWith(".gz") ? new GZIPOutputStream(file) : file;
        Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8)) {
      stats = CommonNounsBuilder.build(corpus, names, w, line -> {
        err.printf("  %s (%.0f s)%n", line, (System.nanoTime() - t0) / 1e9);
        err.flush();
      });
    }
    err.printf("%,d words, %,d distinct: %,d common nouns written to %s in %.1f s%n",
        stats.words(), stats.distinct(), stats.nouns(), out, (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
