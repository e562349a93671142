package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.extract.Extractor;
import org.marsad.ingest.Limits;
import org.marsad.ingest.Manifest;
import org.marsad.ingest.ManifestException;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad extract PATH...}: records for every article in the given files and folders. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles (text, HTML, JSON Lines, WARC; folders recursively) and writes one JSON"
          + " record per article (format marsad/1) to standard output or --out.",
      "Each file that cannot be read gets one line on standard error; the exit status is 1 when"
          + " any failed, 2 for a bad manifest, 0 otherwise."
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
  List<Path> paths;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write the records to FILE (written whole or not at all) instead of stdout.")
  Path out;

  @Mixin Processing processing;

  @Mixin KbDir kbDir;

  @Mixin NerModelFile nerModel;

  @Mixin ManifestOption manifest;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Limits limits = processing.limits(spec);
    Manifest.Binding binding;
    try {
      binding = manifest.bind(paths, err);
    } catch (ManifestException e) {
      return 2;
    }
    Pipeline pipeline = nerModel.pipeline(spec, kbDir);
    if (pipeline == null) {
      return 2;
    }
    Extractor extractor = new Extractor(pipeline, limits, processing.threads, binding);
    Extractor.Summary summary;
    if (out == null) {
      Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      summary = extractor.extract(paths, w, err::println);
      w.flush();
    } else {
      try {
        summary = OutputFile.write(out, w -> extractor.extract(paths, w, err::println));
      } catch (IOException e) {
        err.println("marsad: cannot write " + out + ": " + OutputFile.describe(e));
        err.flush();
        return 1;
      }
    }
    err.println(summary.line());
    err.flush();
    return summary.failed() > 0 ? 1 : 0;
  }
}
