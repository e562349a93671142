package org.marsad.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.ingest.Limits;
import org.marsad.pipeline.Pipeline;
import org.marsad.server.AccessKey;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.StoreIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad demo}: ingests the bundled examples and serves them. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests the bundled example articles (the repository's examples/ folder) into a store"
          + " (by default marsad-demo in the temporary folder) and serves the web page."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--db", paramLabel = "DIR", description = "The store folder"
      + " (default: marsad-demo in the temporary folder).")
  Path db;

  @Option(names = "--examples", paramLabel = "DIR",
      description = "The articles to ingest (default: the repository's examples/ folder).")
  Path examples;

  @Mixin ServeOptions listen;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    AccessKey key = ServeCommand.accessKey(err, listen);
    if (key == null) {
      return 2;
    }
    Path store = db != null ? db : Path.of(System.getProperty("java.io.tmpdir"), "marsad-demo");
    Path input = examples != null ? examples : defaultExamples();
    if (input == null || !Files.isDirectory(input)) {
      err.println("marsad: no examples folder found; give one with --examples DIR");
      err.flush();
      return 2;
    }
    try (Store s = Store.open(store)) {
      StoreIngest.Summary sum = new StoreIngest(Pipeline.standard(), new Limits(4 << 20), s)
          .run(List.of(input), err::println, (d, n, x) -> {});
      err.println(sum.line());
    } catch (StoreException e) {
      err.println("marsad: " + e.getMessage());
      err.flush();
      return 2;
    }
    return ServeCommand.serve(err, store, listen.host, listen.port, key);
  }

  /** examples/ beside the jar's repository (marsad-cli/target/marsad.jar), else in the current folder. */
  private static Path defaultExamples() {
    try {
      Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path repo = jar.getParent() == null ? null : jar.getParent().getParent();
      if (repo != null && repo.getParent() != null
          && Files.isDirectory(repo.getParent().resolve("examples"))) {
        return repo.getParent().resolve("examples");
      }
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      // fall back to the current folder
    }
    Path here = Path.of("examples");
    return Files.isDirectory(here) ? here : null;
  }
}
