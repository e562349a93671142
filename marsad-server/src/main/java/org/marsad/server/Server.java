package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.marsad.store.Store;

/**
 * The API and the web page over one store, on Javalin (Jetty 12). Only GET and HEAD are served;
 * requests with a body, URIs longer than {@value RequestChecks#MAX_URI} characters, headers
 * larger than {@value RequestChecks#MAX_HEADERS} bytes, unknown routes, bad parameters and URLs
 * that do not parse (a bad percent-escape, bytes that are not UTF-8) get a 4xx answer with a JSON
 * body {@code {"error": ..., "status": ...}}: the errors Jetty finds before Javalin runs go
 * through the same JSON ({@link JsonErrors}). Raw UTF-8 in a URL is read as UTF-8. Page sizes are
 * bounded by the store. JSON and the page's text files are sent gzip-compressed to a client that
 * accepts it. Off the loopback address the API needs an {@link AccessKey}: a request without it,
 * or with another key, gets a 401 with the same JSON body; the page's own files (which hold no
 * store data) are served to anyone, so that the page can ask for the key. Thread-safe; {@link
 * #close} stops it.
 */
public final class Server implements AutoCloseable {
  /** Responses smaller than this are sent as they are: compressing them gains nothing. */
  static final int MIN_GZIP_BYTES = 1024;

  private final Javalin app;
  private final String host;

  private Server(Javalin app, String host) {
    this.app = app;
    this.host = host;
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
    QueuedThreadPool pool =
        new QueuedThreadPool(Math.max(16, Runtime.getRuntime().availableProcessors() * 4), 4);
    pool.setName("marsad-http");
    Javalin app = Javalin.create(config -> configure(config, routes, key, host, port, pool));
    try {
      app.start();
    } catch (RuntimeException e) { // JavalinBindException says that the port is taken
      stopQuietly(app);
      throw new IOException(e.getMessage(), e);
    }
    pool.execute(() -> {
      try {
        corpus.current(); // computed ahead of the first page that shows it
      } catch (RuntimeException e) {
        System.err.println("marsad: cross-document results: " + e.getMessage());
      }
    });
    return new Server(app, host);
  }

  private static void configure(JavalinConfig config, List<Route> routes, AccessKey key,
      String host, int port, QueuedThreadPool pool) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.startup.startupWatcherEnabled = false;
    config.jetty.host = host;
    config.jetty.port = port;
    config.jetty.threadPool = pool;
    // A plain Jetty server: Javalin's default adds request statistics and a low-resources
    // monitor, which this server does not report.
    config.unsafe.jettyInternal.server = new org.eclipse.jetty.server.Server(pool);
    config.jetty.modifyHttpConfiguration(http -> {
      http.setRequestHeaderSize(RequestChecks.MAX_HEADERS);
      http.setSendServerVersion(false);
      // Paths are decoded and checked here (WebAssets refuses what it does not serve), so Jetty
      // passes on what it would call ambiguous (%2F, %00, ..) and this server answers it.
      http.setUriCompliance(UriCompliance.UNSAFE);
    });
    config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
    config.jetty.modifyServletContextHandler(context -> {
      context.getServletHandler().setDecodeAmbiguousURIs(true);
      context.setErrorHandler(new JsonErrors());
    });
    // Routes match the path as sent: "/api/search/" is not "/api/search".
    config.router.ignoreTrailingSlashes = false;
    config.http.compressionStrategy = gzip();

    RequestChecks checks = new RequestChecks(key);
    config.routes.before(checks::check);
    for (Route route : routes) {
      for (HandlerType type : List.of(HandlerType.GET, HandlerType.HEAD)) {
        config.routes.addHttpHandler(type, route.pattern(), ctx -> answer(ctx, route));
      }
    }
    for (String page : List.of("/", "/index.html", "/assets/<path>")) {
      config.routes.get(page, Pages::serve);
      config.routes.head(page, Pages::serve);
    }
    config.routes.exception(ApiError.class, (e, ctx) -> Answers.error(ctx, e));
    config.routes.exception(IllegalArgumentException.class,
        (e, ctx) -> Answers.error(ctx, ApiError.badRequest(e.getMessage())));
    config.routes.exception(HttpResponseException.class, Server::refused);
    config.routes.exception(Exception.class, (e, ctx) -> {
      System.err.println("marsad: " + ctx.path() + ": " + e.getMessage());
      Answers.error(ctx, new ApiError(500, "the store could not answer: " + e.getMessage()));
    });
  }

  /** Gzip for everything but fonts and images, which are compressed already. */
  private static CompressionStrategy gzip() {
    CompressionStrategy gzip = new CompressionStrategy(null, new Gzip());
    List<String> excluded = new ArrayList<>(gzip.getExcludedMimeTypes());
    excluded.add("font/");
    gzip.setExcludedMimeTypes(excluded);
    gzip.setDefaultMinSizeForCompression(MIN_GZIP_BYTES);
    return gzip;
  }

  /**
   * One API call: the path parameters read from the path as sent (percent-decoded strictly, as
   * UTF-8), the query checked against the route's parameters, the handler's answer as JSON. A
   * store that cannot answer is a 500 (the exception mapper), a bad value a 400.
   */
  private static void answer(Context ctx, Route route) throws IOException {
    List<String> segments = new ArrayList<>();
    for (String raw : ctx.path().substring(1).split("/", -1)) {
      segments.add(Request.decode(raw, false, "path"));
    }
    Map<String, String> params = route.match(segments);
    if (params == null) {
      throw ApiError.notFound("no route " + ctx.path() + "; see /api/openapi.json");
    }
    Request r = new Request(params, Request.parseQuery(ctx.queryString()));
    r.allowOnly(route.paramNames());
    Answers.json(ctx, 200, route.handler().apply(r));
  }

  /** What Javalin refuses itself (no route matches): the JSON error, saying what exists. */
  private static void refused(HttpResponseException e, Context ctx) {
    String path = ctx.path();
    if (e.getStatus() == 404) {
      Answers.error(ctx, ApiError.notFound(RequestChecks.isApi(path)
          ? "no route " + path + "; see /api/openapi.json" : "no page " + path));
    } else {
      Answers.error(ctx, new ApiError(e.getStatus(), e.getMessage()));
    }
  }

  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public URI uri() {
    String h = host == null || host.isBlank() ? "127.0.0.1" : host;
    return URI.create("http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port() + "/");
  }

  private static void stopQuietly(Javalin app) {
    try {
      app.stop();
    } catch (RuntimeException e) {
      // stopping anyway
    }
  }

  @Override
  public void close() {
    stopQuietly(app);
  }
}
