package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.server.Server;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad serve --db DIR}: the REST API and the web page over a store, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the store DIR: the web page at / and the JSON API under /api (described at"
          + " /api/openapi.json), on 127.0.0.1 unless --host says otherwise. Stops on Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--db", required = true, paramLabel = "DIR", description = "The store folder.")
  Path db;

  @Mixin ServeOptions listen;

  @Override
  public Integer call() {
    return serve(spec.commandLine().getErr(), db, listen.host, listen.port);
  }

  /** Serves {@code db} until the process is stopped; returns the exit status on failure. */
  static int serve(PrintWriter err, Path db, String host, int port) {
    Store store;
    try {
      store = Store.open(db);
    } catch (StoreException e) {
      err.println("marsad: " + e.getMessage());
      err.flush();
      return 2;
    }
    Server server;
    try {
      server = Server.start(store, host, port);
    } catch (IOException e) {
      store.close();
      err.println("marsad: cannot listen on " + host + ":" + port + ": " + e.getMessage());
      err.flush();
      return 2;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      store.close();
      stopped.countDown();
    }));
    err.println("marsad: serving " + db + " (" + store.count() + " documents) at " + server.uri()
        + " ; Ctrl-C stops");
    err.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
