package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.entity.Conll;
import org.marsad.entity.NerTraining;
import org.marsad.entity.Tagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad train-ner} and {@code marsad eval-ner}: the name tagger's model. */
final class NerCommands {
  private NerCommands() {}

  static final String DEFAULT_DATA = "../shared/data/anercorp";
  static final String DEFAULT_MODEL = "marsad-core/src/main/resources/org/marsad/entity/ner.bin.gz";

  @Command(name = "train-ner", mixinStandardHelpOptions = true,
      description = "Trains the name tagger on CoNLL-style data (ANERcorp) and writes the model.")
  static final class Train implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--train", paramLabel = "FILE", defaultValue = DEFAULT_DATA + "/train.txt",
        description = "Training data (default: ${DEFAULT-VALUE}).")
    Path train;

    @Option(names = "--test", paramLabel = "FILE", defaultValue = DEFAULT_DATA + "/test.txt",
        description = "Test data scored after training (default: ${DEFAULT-VALUE}).")
    Path test;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = DEFAULT_MODEL,
        description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--epochs", defaultValue = "10", description = "Passes over the data.")
    int epochs;

    @Option(names = "--held-out", paramLabel = "PCT", defaultValue = "0",
        description = "A tuning run: trains on the first 100-PCT percent of the training sentences,"
            + " scores on the rest, and writes no model and reads no test data.")
    int heldOut;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      if (heldOut < 0 || heldOut >= 100) {
        err.println("marsad: --held-out must be in [0, 100): " + heldOut);
        return 2;
      }
      List<Conll.Sentence> data = Conll.read(train);
      if (heldOut > 0) {
        int cut = data.size() - data.size() * heldOut / 100;
        Tagger t = NerTraining.train(data.subList(0, cut), n -> null, epochs);
        err.printf("trained on %d sentences: %d features; scores on the %d held-out ones:%n", cut,
            t.features(), data.size() - cut);
        err.flush();
        Eval.report(t, data.subList(cut, data.size()), spec.commandLine().getOut());
        return 0;
      }
      long t0 = System.nanoTime();
      Tagger t = NerTraining.train(data, n -> null, epochs);
      err.printf("trained on %d sentences in %.1f s: %d features%n", data.size(),
          (System.nanoTime() - t0) / 1e9, t.features());
      Files.createDirectories(out.toAbsolutePath().getParent());
      try (OutputStream o = Files.newOutputStream(out)) {
        t.write(o);
      }
      err.println("model written to " + out);
      if (Files.isRegularFile(test)) {
        Eval.report(t, Conll.read(test), spec.commandLine().getOut());
      }
      err.flush();
      return 0;
    }
  }

  @Command(name = "eval-ner", mixinStandardHelpOptions = true,
      description = "Scores the name tagger on CoNLL-style test data: exact-match spans, CoNLL"
          + " scoring, overall on PERS/LOC/ORG and per type.")
  static final class Eval implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--test", paramLabel = "FILE", defaultValue = DEFAULT_DATA + "/test.txt",
        description = "Test data (default: ${DEFAULT-VALUE}).")
    Path test;

    @Option(names = "--model", paramLabel = "FILE",
        description = "A model file (default: the model shipped in the jar).")
    Path model;

    @Override
    public Integer call() throws IOException {
      Tagger t;
      try (InputStream in = model != null ? Files.newInputStream(model)
          : Tagger.class.getResourceAsStream("ner.bin.gz")) {
        if (in == null) {
          spec.commandLine().getErr().println("marsad: no model in the jar; run marsad train-ner");
          return 1;
        }
        t = Tagger.read(in);
      }
      report(t, Conll.read(test), spec.commandLine().getOut());
      return 0;
    }

    static void report(Tagger t, List<Conll.Sentence> test, PrintWriter out) {
      List<String[]> tags = NerTraining.predict(t, test, n -> null);
      out.println("PERS/LOC/ORG  " + NerTraining.score(test, tags,
          Set.of("PERSON", "LOCATION", "ORGANIZATION")));
      out.println("all types     " + NerTraining.score(test, tags, null));
      for (String type : List.of("PERSON", "LOCATION", "ORGANIZATION", "MISC")) {
        out.printf("%-13s %s%n", type, NerTraining.score(test, tags, Set.of(type)));
      }
      out.flush();
    }
  }
}
