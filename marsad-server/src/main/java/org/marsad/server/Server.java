package org.marsad.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.marsad.model.RecordJson;
import org.marsad.store.Store;
import org.marsad.store.StoreException;

/**
 * The API and the web page over one store, on Jetty. Only GET and HEAD are served; requests with
 * a body, URIs longer than {@value #MAX_URI} characters, headers larger than {@value #MAX_HEADERS}
 * bytes, unknown routes, bad parameters and URLs that do not parse (a bad percent-escape, bytes
 * that are not UTF-8) get a 4xx answer with a JSON body {@code {"error": ..., "status": ...}}:
 * the errors Jetty finds before a handler runs go through the same JSON error handler. Raw UTF-8
 * in a URL is read as UTF-8. Page sizes are bounded by the store. Off the loopback address the
 * API needs an {@link AccessKey}: a request without it, or with another key, gets a 401 with the
 * same JSON body; the page's own files (which hold no store data) are served to anyone, so that
 * the page can ask for the key. Thread-safe; {@link #close} stops it.
 */
public final class Server implements AutoCloseable {
  static final int MAX_URI = 4096;
  static final int MAX_HEADERS = 16 * 1024;
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'"
      + " 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self';"
      + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final org.eclipse.jetty.server.Server jetty;
  private final ServerConnector connector;
  private final List<Route> routes;
  private final AccessKey key;
  private final ObjectMapper mapper = RecordJson.mapper();

  private Server(List<Route> routes, String host, int port, AccessKey key) {
    this.routes = routes;
    this.key = key;
    int threads = Math.max(16, Runtime.getRuntime().availableProcessors() * 4);
    QueuedThreadPool pool = new QueuedThreadPool(threads, 4);
    pool.setName("marsad-http");
    jetty = new org.eclipse.jetty.server.Server(pool);
    HttpConfiguration config = new HttpConfiguration();
    config.setRequestHeaderSize(MAX_HEADERS);
    config.setSendServerVersion(false);
    // Paths are decoded and checked here (WebAssets refuses what it does not serve), so Jetty
    // passes on what it would call ambiguous (%2F, %00, ..) and this server answers it.
    config.setUriCompliance(UriCompliance.UNSAFE);
    connector = new ServerConnector(jetty, new HttpConnectionFactory(config));
    connector.setHost(host);
    connector.setPort(port);
    jetty.addConnector(connector);
    jetty.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        Server.this.handle(request, response, callback);
        return true;
      }
    });
    jetty.setErrorHandler(new JsonErrors());
  }

  /** Starts serving {@code store} on the loopback address {@code host:port}, with no key. */
  public static Server start(Store store, String host, int port) throws IOException {
    return start(store, host, port, AccessKey.none());
  }

  /**
   * Starts serving {@code store} on {@code host:port} (port 0: any free port); the API asks for
   * {@code key} when one is given.
   *
   * @throws IllegalArgumentException when {@code host} is not a loopback address and no key is
   *     given: what the store holds is not served to the network without one
   */
  public static Server start(Store store, String host, int port, AccessKey key)
      throws IOException {
    if (!key.required() && !AccessKey.loopback(host)) {
      throw new IllegalArgumentException("listening on " + host + " needs an access key: give"
          + " --token KEY or set MARSAD_TOKEN (only 127.0.0.1 or localhost is served without one)");
    }
    OpenApi openApi = new OpenApi();
    CorpusController corpus = new CorpusController(store);
    List<Route> routes = Routes.all(new RecordsController(store), corpus, openApi);
    openApi.routes(routes);
    Server server = new Server(routes, host, port, key);
    try {
      server.jetty.start();
    } catch (IOException e) {
      server.close();
      throw e;
    } catch (Exception e) {
      server.close();
      throw new IOException(e.getMessage(), e);
    }
    server.jetty.getThreadPool().execute(() -> {
      try {
        corpus.current(); // computed ahead of the first page that shows it
      } catch (RuntimeException e) {
        System.err.println("marsad: cross-document results: " + e.getMessage());
      }
    });
    return server;
  }

  public int port() {
    return connector.getLocalPort();
  }

  /** The address to open in a browser. */
  public URI uri() {
    String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
  }

  private void handle(Request request, Response response, Callback callback) {
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      error(response, callback, new ApiError(405, "method " + method + " is not allowed; use GET"));
      return;
    }
    if (request.getHttpURI().asString().length() > MAX_URI) {
      error(response, callback,
          new ApiError(414, "the request URI is longer than " + MAX_URI + " characters"));
      return;
    }
    if (headerSize(request.getHeaders()) > MAX_HEADERS) {
      error(response, callback,
          new ApiError(431, "the request headers are larger than " + MAX_HEADERS + " bytes"));
      return;
    }
    String length = request.getHeaders().get(HttpHeader.CONTENT_LENGTH);
    if ((length != null && !length.strip().equals("0"))
        || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
      error(response, callback, new ApiError(413, "requests take no body"));
      return;
    }
    String path = request.getHttpURI().getPath();
    if (path == null || path.isEmpty()) {
      error(response, callback, ApiError.badRequest("no path in the request"));
      return;
    }
    if (path.startsWith("/api/") || path.equals("/api")) {
      if (!key.admits(request)) {
        response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"marsad\"");
        error(response, callback, new ApiError(401, "this server needs its access key: send it"
            + " in the " + AccessKey.HEADER + " header, as Authorization: Bearer KEY, or in the "
            + AccessKey.COOKIE + " cookie"));
        return;
      }
      api(request, response, callback, path);
    } else {
      page(response, callback, path);
    }
  }

  private void api(Request request, Response response, Callback callback, String path) {
    try {
      List<String> segments = new ArrayList<>();
      for (String raw : path.substring(1).split("/", -1)) {
        segments.add(decode(raw));
      }
      for (Route route : routes) {
        Map<String, String> params = route.match(segments);
        if (params != null) {
          org.marsad.server.Request r = new org.marsad.server.Request(params,
              org.marsad.server.Request.parseQuery(request.getHttpURI().getQuery()));
          r.allowOnly(route.paramNames());
          json(response, callback, 200, route.handler().apply(r));
          return;
        }
      }
      throw ApiError.notFound("no route " + path + "; see /api/openapi.json");
    } catch (ApiError e) {
      error(response, callback, e);
    } catch (IllegalArgumentException e) {
      error(response, callback, ApiError.badRequest(e.getMessage()));
    } catch (StoreException | IllegalStateException e) {
      System.err.println("marsad: " + path + ": " + e.getMessage());
      error(response, callback, new ApiError(500, "the store could not answer: " + e.getMessage()));
    } catch (IOException e) {
      callback.failed(e);
    }
  }

  private static long headerSize(HttpFields headers) {
    long n = 0;
    for (HttpField f : headers) {
      n += f.getName().length() + (f.getValue() == null ? 0 : f.getValue().length()) + 4;
    }
    return n;
  }

  /** A path segment, percent-decoded as UTF-8 ({@code +} stays a plus sign in a path). */
  private static String decode(String raw) {
    return org.marsad.server.Request.decode(raw, false, "path");
  }

  private void page(Response response, Callback callback, String path) {
    try {
      WebAssets.Asset asset = WebAssets.find(path);
      if (asset == null) {
        error(response, callback, ApiError.notFound("no page " + path));
        return;
      }
      HttpFields.Mutable h = response.getHeaders();
      h.put(HttpHeader.CONTENT_TYPE, asset.contentType());
      h.put("X-Content-Type-Options", "nosniff");
      h.put("Content-Security-Policy", CSP);
      h.put(HttpHeader.CACHE_CONTROL, path.contains("/vendor/") ? "max-age=86400" : "no-cache");
      send(response, callback, 200, asset.body());
    } catch (IOException e) {
      callback.failed(e);
    }
  }

  private void json(Response response, Callback callback, int status, Object body)
      throws IOException {
    byte[] bytes = mapper.writeValueAsBytes(body);
    HttpFields.Mutable h = response.getHeaders();
    h.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    h.put("X-Content-Type-Options", "nosniff");
    h.put(HttpHeader.CACHE_CONTROL, "no-store");
    send(response, callback, status, bytes);
  }

  private void error(Response response, Callback callback, ApiError e) {
    try {
      json(response, callback, e.status, errorBody(e.status, e.getMessage()));
    } catch (IOException io) {
      callback.failed(io);
    }
  }

  private static Map<String, Object> errorBody(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    body.put("status", status);
    return body;
  }

  private static void send(Response response, Callback callback, int status, byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /**
   * The answer to what Jetty refuses before the handler runs (a URL that does not parse, headers
   * too large, ...): the same JSON body as every other error.
   */
  private final class JsonErrors extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      int status = response.getStatus() >= 400 ? response.getStatus() : 400;
      Object message = request.getAttribute(ERROR_MESSAGE);
      String text = message == null ? "bad request" : message.toString();
      if (status == 400) {
        text = "the request could not be read (" + text + "): a URL needs %XX escapes, UTF-8,"
            + " and no path above the root";
      }
      try {
        byte[] bytes = mapper.writeValueAsBytes(errorBody(status, text));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        send(response, callback, status, bytes);
      } catch (IOException e) {
        callback.failed(e);
      }
      return true;
    }
  }

  @Override
  public void close() {
    try {
      jetty.stop();
    } catch (Exception e) {
      // stopping anyway
    }
  }
}
