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
import org.marsad.entity.EntityStage;
import org.marsad.entity.NameIndex;
import org.marsad.entity.NameRecognizer;
import org.marsad.entity.NameList;
import org.marsad.entity.NerTraining;
import org.marsad.entity.SeenUnseen;
import org.marsad.entity.WordClusters;
import org.marsad.entity.WordEvidence;
import org.marsad.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad train-ner} and {@code marsad eval-ner}: the name tagger's model. */
final class NerCommands {
  private NerCommands() {}

  static final String DEFAULT_DATA = "../shared/data/anercorp";
  /**
   * Where a trained model goes unless {@code --out} says otherwise: the working folder, never the
   * model shipped in the sources (replacing that one is a deliberate {@code --out}).
   */
  static final String DEFAULT_MODEL = "ner.bin.gz";
  static final String SHIPPED_MODEL = "marsad-core/src/main/resources/org/marsad/entity/ner.bin.gz";

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
        description = "Where to write the model (default: ${DEFAULT-VALUE} in the working"
            + " folder). The model the jar ships is " + SHIPPED_MODEL + "; give it here to"
            + " replace it, then rebuild.")
    Path outFile;

    @Option(names = "--epochs", defaultValue = "10", description = "Passes over the data.")
    int epochs;

    @Option(names = "--folds", defaultValue = "10",
        description = "Parts the data is cut into for the second tagger's inputs"
            + " (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--clusters", paramLabel = "FILE",
        description = "Word clusters (train-clusters; default: the shipped ones). The model"
            + " keeps them.")
    Path clusters;

    @Option(names = "--person-names", paramLabel = "FILE",
        description = "Person-name tokens: a list as build-name-lists writes it, or a TSV whose"
            + " second column is the Arabic token (default: the shipped list).")
    Path personNames;

    @Option(names = "--cities", paramLabel = "FILE",
        description = "City names: a list as build-name-lists writes it, or a CSV with a"
            + " CityNameAr column (default: the shipped list).")
    Path cities;

    @Option(names = "--held-out", paramLabel = "PCT", defaultValue = "0",
        description = "A tuning run: trains on the first 100-PCT percent of the training sentences,"
            + " scores on the rest, and writes no model and reads no test data.")
    int heldOut;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      PrintWriter out = spec.commandLine().getOut();
      if (heldOut < 0 || heldOut >= 100) {
        err.println("marsad: --held-out must be in [0, 100): " + heldOut);
        return 2;
      }
      List<Conll.Sentence> data = Conll.read(train);
      int cut = data.size() - data.size() * heldOut / 100;
      if (folds < 2 || folds > cut) {
        err.println("marsad: --folds must be in [2, " + cut + "]: " + folds);
        return 2;
      }
      long t0 = System.nanoTime();
      WordEvidence evidence;
      try {
        evidence = new WordEvidence(
            clusters == null ? WordClusters.standard() : WordClusters.read(clusters),
            personNames == null ? NameList.persons() : NameList.read(personNames),
            cities == null ? NameList.cities() : NameList.read(cities));
      } catch (IOException e) {
        err.println("marsad: " + e.getMessage());
        return 2;
      }
      err.printf("word clusters: %,d words; person-name tokens: %,d; cities: %,d (%.1f s)%n",
          evidence.clusters().size(), evidence.persons().size(), evidence.cities().size(),
          (System.nanoTime() - t0) / 1e9);
      NameIndex kb = new NameIndex(KnowledgeBase.standard());
      NameRecognizer r = NerTraining.train(data.subList(0, cut), kb, evidence, epochs, folds,
          line -> {
        err.printf("  %s (%.0f s)%n", line, (System.nanoTime() - t0) / 1e9);
        err.flush();
      });
      err.printf("trained on %d sentences in %.1f s: %d features%n", cut,
          (System.nanoTime() - t0) / 1e9, r.features());
      err.flush();
      if (heldOut > 0) {
        List<Conll.Sentence> rest = data.subList(cut, data.size());
        out.println("scores on the " + rest.size() + " held-out sentences:");
        Eval.report(r, data.subList(0, cut), rest, out);
        return 0;
      }
      Files.createDirectories(outFile.toAbsolutePath().getParent());
      try (OutputStream o = Files.newOutputStream(outFile)) {
        r.write(o);
      }
      err.println("model written to " + outFile);
      if (Files.isRegularFile(test)) {
        Eval.report(r, data, Conll.read(test), out);
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

    @Option(names = "--train", paramLabel = "FILE", defaultValue = DEFAULT_DATA + "/train.txt",
        description = "The model's training data: names in it are seen, others unseen"
            + " (default: ${DEFAULT-VALUE}).")
    Path train;

    @Option(names = "--model", paramLabel = "FILE",
        description = "A model file (default: the model shipped in the jar).")
    Path model;

    @Override
    public Integer call() throws IOException {
      NameIndex kb = new NameIndex(KnowledgeBase.standard());
      NameRecognizer r;
      if (model == null) {
        r = EntityStage.loadRecognizer(kb);
      } else {
        try (InputStream in = Files.newInputStream(model)) {
          r = NameRecognizer.read(in, kb);
        }
      }
      if (!Files.isRegularFile(train)) {
        spec.commandLine().getErr().println("marsad: " + train + ": no training data to tell"
            + " seen names from unseen ones (give it with --train)");
        return 2;
      }
      report(r, Conll.read(train), Conll.read(test), spec.commandLine().getOut());
      return 0;
    }

    static final Set<String> MAIN_TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION");

    /**
     * Scores on {@code test}: overall, per type, and per type for names seen and unseen in
     * {@code train}.
     */
    static void report(NameRecognizer r, List<Conll.Sentence> train, List<Conll.Sentence> test,
        PrintWriter out) {
      List<String[]> tags = NerTraining.predict(r, test);
      out.println("PERS/LOC/ORG  " + NerTraining.score(test, tags, MAIN_TYPES));
      out.println("all types     " + NerTraining.score(test, tags, null));
      List<String> types = List.of("PERSON", "LOCATION", "ORGANIZATION", "MISC");
      for (String type : types) {
        out.printf("%-13s %s%n", type, NerTraining.score(test, tags, Set.of(type)));
      }
      SeenUnseen split = new SeenUnseen(train);
      out.println("names seen and unseen in training:");
      for (String type : types) {
        for (boolean seen : new boolean[] {true, false}) {
          out.printf("%-13s %-6s %s%n", type, seen ? "seen" : "unseen",
              split.score(test, tags, type, seen));
        }
      }
      out.flush();
    }
  }
}
