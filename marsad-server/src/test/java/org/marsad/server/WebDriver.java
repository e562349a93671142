package org.marsad.server;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;

/**
 * A headless Chromium driven through ChromeDriver's W3C WebDriver protocol (plain JSON over HTTP):
 * Debian's {@code chromium} and {@code chromium-driver} (paths from the system properties
 * {@code marsad.chromium} and {@code marsad.chromedriver}, if set). When they are missing the
 * tests are skipped with a message ({@link NeedsChromium}), except under CI, where they fail.
 */
final class WebDriver implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getProperty("marsad.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("marsad.chromedriver", "/usr/bin/chromedriver"));
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

  private final Process driver;
  private final String base;
  private final HttpClient http = HttpClient.newHttpClient();

  private WebDriver(Process driver, String base) {
    this.driver = driver;
    this.base = base;
  }

  /** Starts ChromeDriver and a browser session; skips (or fails under CI) without Chromium. */
  static WebDriver start(Path profile) throws IOException, InterruptedException {
    String missing = NeedsChromium.Condition.missing();
    if (missing != null) {
      if (NeedsChromium.Condition.underCi()) {
        fail(missing);
      }
      Assumptions.abort(missing);
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process p = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    WebDriver d = new WebDriver(p, "http://127.0.0.1:" + port);
    try {
      d.waitUntilReady();
      ObjectNode caps = JSON.createObjectNode();
      ObjectNode chrome = caps.putObject("capabilities").putObject("alwaysMatch")
          .put("browserName", "chrome").putObject("goog:chromeOptions");
      chrome.put("binary", CHROMIUM.toString());
      var args = chrome.putArray("args");
      for (String a : List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
          "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000",
          "--user-data-dir=" + profile.toAbsolutePath())) {
        args.add(a);
      }
      JsonNode session = d.call("POST", "/session", caps);
      return new WebDriver(p, d.base + "/session/" + session.get("sessionId").asText());
    } catch (IOException | RuntimeException | InterruptedException e) {
      p.destroyForcibly();
      throw e;
    }
  }

  private void waitUntilReady() throws IOException, InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      try {
        if (call("GET", "/status", null).path("ready").asBoolean()) {
          return;
        }
      } catch (IOException e) {
        if (System.nanoTime() > until) {
          throw e;
        }
      }
      Thread.sleep(100);
    }
  }

  private JsonNode call(String method, String path, JsonNode body) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json");
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode value = JSON.readTree(r.body()).path("value");
    if (r.statusCode() != 200) {
      throw new IllegalStateException("WebDriver " + method + " " + path + ": " + value);
    }
    return value;
  }

  void open(String url) throws IOException, InterruptedException {
    call("POST", "/url", JSON.createObjectNode().put("url", url));
  }

  /** Runs a script in the page and returns its value. */
  JsonNode script(String js) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode().put("script", js);
    body.putArray("args");
    return call("POST", "/execute/sync", body);
  }

  /** How long an element may take to appear: generous, for a loaded machine. */
  private static final Duration WAIT = Duration.ofSeconds(45);

  /** Waits until {@code css} matches an element; returns its WebDriver id. */
  String waitFor(String css) throws IOException, InterruptedException {
    long until = System.nanoTime() + WAIT.toNanos();
    while (true) {
      ObjectNode q = JSON.createObjectNode().put("using", "css selector").put("value", css);
      JsonNode found = call("POST", "/elements", q);
      if (found.size() > 0) {
        return found.get(0).get(ELEMENT).asText();
      }
      if (System.nanoTime() > until) {
        throw new AssertionError("no element " + css + " on " + script("return location.href").asText()
            + "; the page says: " + script("return document.body.innerText.slice(0, 400)").asText());
      }
      Thread.sleep(100);
    }
  }

  void click(String css) throws IOException, InterruptedException {
    call("POST", "/element/" + waitFor(css) + "/click", JSON.createObjectNode());
  }

  void type(String css, String text) throws IOException, InterruptedException {
    String id = waitFor(css);
    call("POST", "/element/" + id + "/clear", JSON.createObjectNode());
    call("POST", "/element/" + id + "/value", JSON.createObjectNode().put("text", text));
  }

  String text(String css) throws IOException, InterruptedException {
    return call("GET", "/element/" + waitFor(css) + "/text", null).asText();
  }

  /** Waits until a condition on the page holds. */
  void until(String what, Supplier<Boolean> condition) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.get()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(100);
    }
  }

  void screenshot(Path file) throws IOException, InterruptedException {
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode(call("GET", "/screenshot", null).asText()));
  }

  @Override
  public void close() {
    try {
      call("DELETE", "", null);
    } catch (IOException | RuntimeException e) {
      // the browser is going away anyway
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      driver.destroy();
    }
  }
}
