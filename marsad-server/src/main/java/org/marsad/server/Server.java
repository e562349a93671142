package org.marsad.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.marsad.model.RecordJson;
import org.marsad.store.Store;
import org.marsad.store.StoreException;

/**
 * The API and the web page over one store, on the JDK's HTTP server. Only GET and HEAD are
 * served; requests with a body, URIs longer than {@value #MAX_URI} characters, headers larger than
 * {@value #MAX_HEADERS} bytes, unknown routes and
 * bad parameters get a 4xx answer with a JSON body {@code {"error": ..., "status": ...}}. Page sizes
 * are bounded by the store. Thread-safe; {@link #close} stops it.
 */
public final class Server implements AutoCloseable {
  static final int MAX_URI = 4096;
  static final int MAX_HEADERS = 16 * 1024;
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'"
      + " 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self';"
      + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final HttpServer http;
  private final ExecutorService workers;
  private final List<Route> routes;
  private final ObjectMapper mapper = RecordJson.mapper();

  private Server(HttpServer http, ExecutorService workers, List<Route> routes) {
    this.http = http;
    this.workers = workers;
    this.routes = routes;
  }

  /** Starts serving {@code store} on {@code host:port} (port 0: any free port). */
  public static Server start(Store store, String host, int port) throws IOException {
    // Without TCP_NODELAY, headers and body leave in two packets and the client's delayed ACK
    // adds about 40 ms to every answer. Read once, when the JDK's server is first used.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    OpenApi openApi = new OpenApi();
    CorpusController corpus = new CorpusController(store);
    List<Route> routes = Routes.all(new RecordsController(store), corpus, openApi);
    openApi.routes(routes);
    int threads = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
    ThreadPoolExecutor workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(1024), new ThreadPoolExecutor.CallerRunsPolicy());
    HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 128);
    Server server = new Server(http, workers, routes);
    http.createContext("/", server::handle);
    http.setExecutor(workers);
    http.start();
    workers.execute(() -> {
      try {
        corpus.current(); // computed ahead of the first page that shows it
      } catch (RuntimeException e) {
        System.err.println("marsad: cross-document results: " + e.getMessage());
      }
    });
    return server;
  }

  public int port() {
    return http.getAddress().getPort();
  }

  /** The address to open in a browser. */
  public URI uri() {
    String host = http.getAddress().getHostString();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String method = ex.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        error(ex, new ApiError(405, "method " + method + " is not allowed; use GET"));
        return;
      }
      if (ex.getRequestURI().toString().length() > MAX_URI) {
        error(ex, new ApiError(414, "the request URI is longer than " + MAX_URI + " characters"));
        return;
      }
      if (headerSize(ex.getRequestHeaders()) > MAX_HEADERS) {
        error(ex, new ApiError(431, "the request headers are larger than " + MAX_HEADERS + " bytes"));
        return;
      }
      String length = ex.getRequestHeaders().getFirst("Content-Length");
      if ((length != null && !length.strip().equals("0"))
          || ex.getRequestHeaders().containsKey("Transfer-Encoding")) {
        error(ex, new ApiError(413, "requests take no body"));
        return;
      }
      String path = ex.getRequestURI().getRawPath();
      if (path == null) {
        error(ex, ApiError.badRequest("no path in the request"));
        return;
      }
      if (path.startsWith("/api/") || path.equals("/api")) {
        api(ex, path);
      } else {
        page(ex, path);
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private void api(HttpExchange ex, String path) throws IOException {
    try {
      List<String> segments = new ArrayList<>();
      for (String raw : path.substring(1).split("/", -1)) {
        segments.add(decode(raw));
      }
      for (Route route : routes) {
        Map<String, String> params = route.match(segments);
        if (params != null) {
          Request request = new Request(params, Request.parseQuery(ex.getRequestURI().getRawQuery()));
          request.allowOnly(route.paramNames());
          json(ex, 200, route.handler().apply(request));
          return;
        }
      }
      throw ApiError.notFound("no route " + path + "; see /api/openapi.json");
    } catch (ApiError e) {
      error(ex, e);
    } catch (IllegalArgumentException e) {
      error(ex, ApiError.badRequest(e.getMessage()));
    } catch (StoreException | IllegalStateException e) {
      System.err.println("marsad: " + path + ": " + e.getMessage());
      error(ex, new ApiError(500, "the store could not answer: " + e.getMessage()));
    }
  }

  private static long headerSize(Headers headers) {
    long n = 0;
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      for (String v : e.getValue()) {
        n += e.getKey().length() + v.length() + 4;
      }
    }
    return n;
  }

  /** A path segment, percent-decoded ({@code +} stays a plus sign in a path). */
  private static String decode(String raw) {
    return Request.decode(raw, false, "path");
  }

  private void page(HttpExchange ex, String path) throws IOException {
    WebAssets.Asset asset = WebAssets.find(path);
    if (asset == null) {
      error(ex, ApiError.notFound("no page " + path));
      return;
    }
    Headers h = ex.getResponseHeaders();
    h.set("Content-Type", asset.contentType());
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Content-Security-Policy", CSP);
    h.set("Cache-Control", path.contains("/vendor/") ? "max-age=86400" : "no-cache");
    send(ex, 200, asset.body());
  }

  private void json(HttpExchange ex, int status, Object body) throws IOException {
    byte[] bytes = mapper.writeValueAsBytes(body);
    Headers h = ex.getResponseHeaders();
    h.set("Content-Type", "application/json; charset=utf-8");
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Cache-Control", "no-store");
    send(ex, status, bytes);
  }

  private void error(HttpExchange ex, ApiError e) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", e.getMessage());
    body.put("status", e.status);
    json(ex, e.status, body);
  }

  private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
    if (ex.getRequestMethod().equals("HEAD")) {
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    http.stop(0);
    workers.shutdownNow();
    try {
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
