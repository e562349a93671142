package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.entity.EntityStage;
import org.marsad.entity.NameRecognizer;
import org.marsad.kb.KnowledgeBase;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --ner-model} option: a name tagger model trained by {@code marsad train-ner}. */
final class NerModelFile {
  @Option(names = "--ner-model", paramLabel = "FILE",
      description = "Tag names with the model in FILE, as written by train-ner (it carries the"
          + " word clusters and name lists it was trained with), instead of the shipped one.")
  Path file;

  /**
   * The pipeline with the knowledge base of {@code kbDir} and this model, or null after a
   * one-line error naming the file that cannot be read.
   */
  Pipeline pipeline(CommandSpec spec, KbDir kbDir) {
    if (file == null) {
      return kbDir.pipeline(spec);
    }
    KnowledgeBase kb = kbDir.load(spec);
    if (kb == null) {
      return null;
    }
    NameRecognizer recognizer;
    try (InputStream in = Files.newInputStream(file)) {
      recognizer = EntityStage.readRecognizer(in);
    } catch (IOException | RuntimeException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("marsad: cannot read the name tagger model " + file + ": "
          + (e instanceof IOException io ? OutputFile.describe(io) : e.toString()));
      err.flush();
      return null;
    }
    return Pipeline.standard(kb, recognizer);
  }
}
