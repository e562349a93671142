package org.marsad.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train-detector} on labelled sentences written for this test. */
class TrainDetectorCommandTest {
  @TempDir Path tmp;

  private static final String[] ATTACKS = {
    "وفجر انتحاري سيارة مفخخة قرب حاجز للشرطة في الموصل.",
    "وهاجم مسلحون مجهولون دورية للجيش في بعقوبة أمس.",
    "وقتل مسلحون ثلاثة من رجال الشرطة في كركوك.",
    "واغتال مسلحون مسؤولا محليا في البصرة.",
    "وأطلق مسلحون النار على حافلة في الرمادي.",
    "وفجر انتحاري حزاما ناسفا في سوق ببغداد."};
  private static final String[] OTHERS = {
    "وقال مسؤول إن الحكومة ستناقش الميزانية غدا.",
    "ويعتزم المسلحون شن هجوم على المدينة بحسب مسؤول.",
    "وزار الوزير المدينة أمس والتقى بوجهائها.",
    "ودعا الرئيس إلى الحوار بين الأطراف.",
    "وافتتح المحافظ مدرسة جديدة في الحلة.",
    "ووقع البلدان اتفاقا للتعاون التجاري."};

  /** Writes the sentences and their labels (attacks "yes", the rest "easy no"); the data option. */
  private String data() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    StringBuilder tsv = new StringBuilder("id\tlabel\taccept\treject\tverb_gold\tsource_gold\n");
    for (int k = 0; k < ATTACKS.length + OTHERS.length; k++) {
      boolean yes = k < ATTACKS.length;
      String text = yes ? ATTACKS[k] : OTHERS[k - ATTACKS.length];
      jsonl.append("{\"id\": \"s").append(k).append("\", \"text\": \"").append(text)
          .append("\"}\n");
      tsv.append("s").append(k).append(yes ? "\tyes\t3\t0\t\t" : "\teasy no\t0\t3\t\t")
          .append(k == 0 ? "انتحاري" : "").append('\n');
    }
    Files.writeString(tmp.resolve("s.jsonl"), jsonl, UTF_8);
    Files.writeString(tmp.resolve("l.tsv"), tsv, UTF_8);
    return "ASSAULT=" + tmp.resolve("s.jsonl") + "," + tmp.resolve("l.tsv");
  }

  @Test
  void heldOutPrintsEndToEndFiguresAndWritesNoModel() throws IOException {
    Path model = tmp.resolve("detector.tsv");
    CliRun r = CliRun.of("train-detector", "--held-out", "--folds", "3", "--data", data(),
        "--out", model.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("ASSAULT: end to end, each fold run with detectors trained on"
        + " the other folds: P "), r.out());
    assertTrue(r.out().contains("(yes 6, "), r.out());
    assertTrue(r.out().contains("actor right on "), r.out());
    assertFalse(Files.exists(model), "the model was written");
  }

  /** Trains a model of {@code parts} parts; what the command printed, and the model written. */
  private String[] trained(String parts) throws IOException {
    Path model = tmp.resolve("detector.tsv");
    CliRun r = CliRun.of("train-detector", "--folds", "3", "--parts", parts, "--data", data(),
        "--out", model.toString());
    assertEquals(0, r.exit(), r.err());
    return new String[] {r.out(), Files.readString(model, UTF_8)};
  }

  @Test
  void trainingWritesACrossFittedModelOfTheParts() throws IOException {
    String[] r = trained("3");
    assertTrue(r[0].contains("ASSAULT: the 3 parts, each sentence decided by the part that did"
        + " not see it P "), r[0]);
    String written = r[1];
    for (String part : new String[] {"ASSAULT/0", "ASSAULT/1", "ASSAULT/2"}) {
      assertTrue(written.contains(part + "\t#threshold\t"), written);
    }
    assertFalse(written.contains("ASSAULT/3"), written);
  }

  @Test
  void onePartIsOneModelTrainedOnAll() throws IOException {
    String[] r = trained("1");
    assertTrue(r[0].contains("ASSAULT: the model on its own training sentences P "), r[0]);
    assertTrue(r[1].contains("ASSAULT\t#threshold\t"), r[1]);
  }

  @Test
  void partsOutOfRangeAreRefused() throws IOException {
    CliRun r = CliRun.of("train-detector", "--parts", "0", "--data", data(), "--out",
        tmp.resolve("detector.tsv").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--parts must be in [1, 99]: 0"), r.err());
  }
}
