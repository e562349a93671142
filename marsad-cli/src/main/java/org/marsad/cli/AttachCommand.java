package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.store.ParquetRecords;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad attach --db DIR SPARK_OUTPUT...}: brings the records of a corpus the Spark job
 * processed into a store, so the workbench browses it. Idempotent, as ingest is: a text already
 * stored is not stored again.
 */
@Command(
    name = "attach",
    mixinStandardHelpOptions = true,
    description = {
      "Stores the records of the Spark job's output (the documents Parquet table under each"
          + " SPARK_OUTPUT, as 'marsad spark --output' wrote it) in the store --db, with its"
          + " search index; records already stored are skipped."
    })
final class AttachCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--db", required = true, paramLabel = "DIR", description = "The store folder.")
  Path db;

  @Parameters(arity = "1..*", paramLabel = "SPARK_OUTPUT",
      description = "Output folders of the Spark job.")
  List<Path> outputs;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    int[] counts = new int[2];
    int failed = 0;
    try (Store store = Store.open(db)) {
      for (Path out : outputs) {
        try {
          failed += ParquetRecords.each(out, doc -> counts[store.add(doc, null).stored() ? 0 : 1]++,
              err::println);
        } catch (StoreException e) {
          err.println("marsad: " + e.getMessage());
          failed++;
        }
        store.commit();
      }
    } catch (StoreException e) {
      err.println("marsad: " + e.getMessage());
      err.flush();
      return 2;
    }
    err.println("marsad: " + counts[0] + " records stored, " + counts[1]
        + " already there, " + failed + " failed");
    err.flush();
    return failed > 0 ? 1 : 0;
  }
}
