package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.ingest.Limits;
import org.marsad.ingest.Manifest;
import org.marsad.ingest.ManifestException;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.StoreIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad ingest --db DIR PATH...}: runs the pipeline and stores the records. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles (text, HTML, JSON Lines, WARC; folders recursively), runs the pipeline and"
          + " stores the records in the store DIR (created when missing), with a search index.",
      "An article already stored (same content) is stored once; an interrupted ingest is completed"
          + " by running it again. Each file that cannot be read gets one line on standard error;"
          + " the exit status is 1 when any failed, 2 when the store cannot be used or the manifest"
          + " is bad, 0 otherwise."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--db", required = true, paramLabel = "DIR", description = "The store folder.")
  Path db;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
  List<Path> paths;

  @Mixin Processing processing;

  @Mixin KbDir kbDir;

  @Mixin NerModelFile nerModel;

  @Mixin ManifestOption manifest;

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
      description = "auto (a bar on a terminal, nothing otherwise), bar, lines (one line a file)"
          + " or none (default: ${DEFAULT-VALUE}).")
  ProgressBar.Mode progress;

  @Override
  public Integer call() {
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
    try (Store store = Store.open(db)) {
      ProgressBar bar = new ProgressBar(err, progress);
      StoreIngest.Summary summary = new StoreIngest(pipeline, limits, store, processing.threads, binding)
          .run(paths, line -> bar.message(line), bar::update);
      bar.finish();
      err.println(summary.line());
      err.flush();
      return summary.failed() > 0 ? 1 : 0;
    } catch (StoreException e) {
      err.println("marsad: " + e.getMessage());
      err.flush();
      return 2;
    }
  }
}
