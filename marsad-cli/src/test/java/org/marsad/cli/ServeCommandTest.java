package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code marsad serve}: a mistyped store folder is refused, not silently created; off the
 * loopback address an access key is required, and it is never printed.
 */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void aFolderWithoutAStoreIsRefusedAndLeftAlone() {
    Path missing = dir.resolve("mistyped");
    CliRun r = CliRun.of("serve", "--db", missing.toString(), "--port", "0");
    assertEquals(2, r.exit(), r.err());
    r.assertNoStackTrace();
    assertTrue(r.err().contains("no store at " + missing), r.err());
    assertTrue(r.err().contains("--create"), r.err());
    assertTrue(Files.notExists(missing), "nothing is created");
  }

  @Test
  void createMakesAnEmptyStore() throws IOException {
    Path db = dir.resolve("new");
    // the port is taken, so serve stops after creating the store instead of serving forever
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun r = CliRun.of("serve", "--db", db.toString(), "--create", "--port",
          Integer.toString(taken.getLocalPort()));
      assertEquals(2, r.exit(), r.err());
      assertTrue(r.err().contains("cannot listen"), r.err());
      assertTrue(Files.isRegularFile(db.resolve("store.db")));
      CliRun again = CliRun.of("serve", "--db", db.toString(), "--port",
          Integer.toString(taken.getLocalPort()));
      assertTrue(again.err().contains("cannot listen"), "now it is a store: " + again.err());
    }
  }

  @Test
  void offTheLoopbackAddressServeNeedsAnAccessKey() {
    CliRun r = CliRun.of("serve", "--db", dir.toString(), "--create", "--host", "0.0.0.0",
        "--port", "0");
    assertEquals(2, r.exit(), r.err());
    r.assertNoStackTrace();
    assertTrue(r.err().contains("needs an access key"), r.err());
    assertTrue(r.err().contains("--token") && r.err().contains("MARSAD_TOKEN"), r.err());
    assertTrue(Files.notExists(dir.resolve("store.db")), "nothing is done before the key is known");
  }

  @Test
  void aBadKeyIsRefusedWithoutBeingPrinted() {
    CliRun r = CliRun.of("serve", "--db", dir.toString(), "--create", "--host", "0.0.0.0",
        "--token", "tooshort", "--port", "0");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("at least 16 characters"), r.err());
    assertFalse(r.err().contains("tooshort"), r.err());
  }

  @Test
  void theKeyIsNeverPrinted() throws IOException {
    String key = "a-secret-key_0123456789";
    try (ServerSocket taken = new ServerSocket(0)) {
      CliRun r = CliRun.of("serve", "--db", dir.resolve("db").toString(), "--create", "--host",
          "0.0.0.0", "--token", key, "--port", Integer.toString(taken.getLocalPort()));
      assertEquals(2, r.exit(), r.err());
      assertTrue(r.err().contains("cannot listen"), r.err());
      assertFalse(r.err().contains(key) || r.out().contains(key), r.err());
    }
  }
}
