package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.clean.Cleaning;
import org.marsad.claim.ClaimStage;
import org.marsad.entity.EntityStage;
import org.marsad.event.DetectorTraining;
import org.marsad.event.EventDetector;
import org.marsad.event.HeldOutEstimate;
import org.marsad.ingest.RawArticle;
import org.marsad.model.Code;
import org.marsad.model.EventType;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad train-detector}: trains the event detector on labelled sentences, reports its
 * nested cross-validated figures and writes the model.
 */
@Command(name = "train-detector", mixinStandardHelpOptions = true,
    description = "Trains the event detector (whether a sentence with a trigger reports an event"
        + " of its type) on labelled sentences, prints cross-validated precision, recall and F1"
        + " per type, and writes the model.")
final class TrainDetectorCommand implements Callable<Integer> {
  static final String DEFAULT_MODEL =
      "marsad-core/src/main/resources/org/marsad/event/detector.tsv";

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "TYPE=SENTENCES.jsonl,LABELS.tsv",
      defaultValue = "ASSAULT=../shared/corpus/gsr/assault-dev.jsonl,"
          + "../shared/eval/gsr/assault-dev-labels.tsv",
      description = "A PLOVER type and its data: JSON Lines sentences ({\"id\", \"text\"}) and a"
          + " TSV of labels (columns id and label: yes, easy no, difficult no; ambiguous is left"
          + " out). Repeatable (default: ${DEFAULT-VALUE}, and the same for PROTEST).")
  List<String> data;

  @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds.")
  int folds;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the fold split.")
  long seed;

  @Option(names = "--parts", defaultValue = "10", description = "Parts of the cross-fitted"
      + " detector: each is trained without the labelled sentences whose text names it, and"
      + " decides those, so that figures on the labelled data are held-out figures; 1: one model"
      + " trained on all (default: ${DEFAULT-VALUE}).")
  int parts;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = DEFAULT_MODEL,
      description = "Where to write the model (default: ${DEFAULT-VALUE}).")
  Path outFile;

  @Option(names = "--cv-only", description = "Print the cross-validated figures only.")
  boolean cvOnly;

  @Option(names = "--held-out", description = "Write no model; print, per type, what the whole"
      + " event stage finds in the sentences (sentences detected, and the actor of those whose"
      + " labels name it), each fold's sentences run with detectors trained on the other folds"
      + " (pooled over the folds), and all of them run with the detectors it would write.")
  boolean heldOut;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    List<String> sets = new ArrayList<>(data);
    if (sets.size() == 1 && sets.get(0).startsWith("ASSAULT=../shared/")) {
      sets.add("PROTEST=../shared/corpus/gsr/protest-dev.jsonl,"
          + "../shared/eval/gsr/protest-dev-labels.tsv");
    }
    Pipeline analysis = new Pipeline(Cleaning.standard(),
        List.of(EntityStage.standard(), ClaimStage.standard()));
    if (parts < 1 || parts > 99) {
      err.println("marsad: --parts must be in [1, 99]: " + parts);
      return 2;
    }
    Map<EventType, List<EventDetector.Model>> models = new LinkedHashMap<>();
    Map<EventType, List<HeldOutEstimate.Sentence>> sentences = new LinkedHashMap<>();
    for (String set : sets) {
      String[] p = set.split("[=,]");
      if (p.length != 3) {
        err.println("marsad: --data must be TYPE=SENTENCES.jsonl,LABELS.tsv: " + set);
        return 2;
      }
      if (!Code.isName(EventType.class, p[0])) {
        err.println("marsad: --data: " + p[0] + " is not a PLOVER event type: " + set);
        return 2;
      }
      List<HeldOutEstimate.Sentence> labelled = sentences(analysis, Path.of(p[1]), Path.of(p[2]));
      List<DetectorTraining.Example> examples =
          labelled.stream().map(HeldOutEstimate.Sentence::example).toList();
      if (folds < 2 || folds > examples.size()) {
        err.println("marsad: --folds must be in [2, " + examples.size() + "]: " + folds);
        return 2;
      }
      DetectorTraining.Scores cv = DetectorTraining.crossValidate(examples, folds, seed);
      out.printf("%s: %d sentences, %d-fold cross-validated %s%n", p[0], examples.size(), folds,
          cv);
      out.flush();
      EventType type = Code.of(EventType.class, p[0]);
      sentences.put(type, labelled);
      if (!cvOnly) {
        List<EventDetector.Model> model =
            DetectorTraining.crossFit(examples, parts, folds, seed);
        models.put(type, model);
        out.printf("%s: %s %s%n", p[0], parts == 1 ? "the model on its own training sentences"
            : "the " + parts + " parts, each sentence decided by the part that did not see it",
            DetectorTraining.score(model, examples));
      }
    }
    if (heldOut) {
      var pooled = HeldOutEstimate.heldOut(sentences, folds, seed);
      for (EventType type : sentences.keySet()) {
        out.printf("%s: end to end, each fold run with detectors trained on the other folds: %s%n",
            type, pooled.get(type));
        if (!cvOnly) {
          out.printf("%s: end to end, run with the detectors written (%s): %s%n", type,
              parts == 1 ? "training fit" : parts + " parts, cross-fitted",
              HeldOutEstimate.endToEnd(type, sentences.get(type), models));
        }
      }
      return 0;
    }
    if (!cvOnly) {
      try (Writer w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
        DetectorTraining.write(models, w);
      }
      err.println("model written to " + outFile);
    }
    return 0;
  }

  /**
   * The labelled sentences of {@code sentences}, analysed up to the events, with their labels and
   * the words the labels give for the doer (column {@code source_gold}, where there is one).
   */
  private static List<HeldOutEstimate.Sentence> sentences(Pipeline analysis, Path sentences,
      Path labels) throws IOException {
    Map<String, Boolean> yes = new HashMap<>();
    Map<String, String> doers = new HashMap<>();
    List<String> lines = Files.readAllLines(labels, StandardCharsets.UTF_8);
    int doerColumn = lines.isEmpty() ? -1
        : List.of(lines.get(0).split("\t", -1)).indexOf("source_gold");
    for (int n = 1; n < lines.size(); n++) {
      String[] f = lines.get(n).split("\t", -1);
      if (f.length < 2) {
        throw new IOException(labels + ":" + (n + 1) + ": expected id<TAB>label");
      }
      if (!f[1].equals("ambiguous")) {
        yes.put(f[0], f[1].equals("yes"));
        doers.put(f[0], doerColumn >= 0 && doerColumn < f.length ? f[doerColumn] : "");
      }
    }
    ObjectMapper json = new ObjectMapper();
    List<HeldOutEstimate.Sentence> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(sentences, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode r = json.readTree(line);
      String id = r.path("id").asText(null);
      String text = r.path("text").asText(null);
      if (id == null || text == null) {
        throw new IOException(sentences + ":" + n + ": expected \"id\" and \"text\"");
      }
      Boolean label = yes.get(id);
      if (label != null) {
        var doc = analysis.run(new RawArticle(id, sentences + ":" + n, null, null, null, null,
            RawArticle.Markup.TEXT, text));
        out.add(new HeldOutEstimate.Sentence(doc,
            DetectorTraining.example(doc, label), doers.get(id)));
      }
    }
    return out;
  }
}
