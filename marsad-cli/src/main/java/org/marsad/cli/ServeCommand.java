package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.server.AccessKey;
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
          + " /api/openapi.json), on 127.0.0.1 unless --host says otherwise. Stops on Ctrl-C.",
      "The store is read, never written: 'marsad ingest --db DIR' may add articles meanwhile,"
          + " and the page shows them as they are stored. A DIR that holds no store is refused"
          + " unless --create is given.",
      "On any address other than the loopback one, the API asks every request for the access"
          + " key given by --token or the environment variable MARSAD_TOKEN (the page asks for it"
          + " once and sends it as a header); a request without it gets 401."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--db", required = true, paramLabel = "DIR", description = "The store folder.")
  Path db;

  @Option(names = "--create", description = "Create an empty store in DIR when it holds none.")
  boolean create;

  @Mixin ServeOptions listen;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    AccessKey key = accessKey(err, listen);
    if (key == null) {
      return 2;
    }
    if (!Files.isRegularFile(db.resolve("store.db"))) {
      if (!create) {
        err.println("marsad: no store at " + db + "; check the path, or give --create to start an"
            + " empty one (then add articles with 'marsad ingest --db " + db + " PATH...')");
        err.flush();
        return 2;
      }
      try {
        Store.open(db).close();
      } catch (StoreException e) {
        err.println("marsad: " + e.getMessage());
        err.flush();
        return 2;
      }
    }
    return serve(err, db, listen.host, listen.port, key);
  }

  /**
   * The access key of {@code listen} (from --token or the environment), or null after saying on
   * {@code err} why there is none (the key itself is never printed).
   */
  static AccessKey accessKey(PrintWriter err, ServeOptions listen) {
    try {
      return listen.accessKey(System.getenv());
    } catch (IllegalArgumentException e) {
      err.println("marsad: " + e.getMessage());
      err.flush();
      return null;
    }
  }

  /**
   * Serves the store in {@code db}, opened for reading only so that an ingest may add to it
   * meanwhile, until the process is stopped; returns the exit status on failure. The API asks
   * for {@code key} when it is required.
   */
  static int serve(PrintWriter err, Path db, String host, int port, AccessKey key) {
    Store store;
    try {
      store = Store.openReading(db);
    } catch (StoreException e) {
      err.println("marsad: " + e.getMessage());
      err.flush();
      return 2;
    }
    Server server;
    try {
      server = Server.start(store, host, port, key);
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
        + (key.required() ? " (the API asks for the access key)" : "") + " ; Ctrl-C stops");
    err.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
