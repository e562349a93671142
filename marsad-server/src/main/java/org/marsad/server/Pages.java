package org.marsad.server;

import io.javalin.http.Context;
import java.io.IOException;

/**
 * The web page's own files ({@link WebAssets}), found by their percent-decoded path (a bad escape
 * is a 400, as in the API), with their security headers: a Content Security
 * Policy that lets the page load only its own scripts, styles, fonts and data, {@code nosniff},
 * and caching for the vendored libraries only.
 */
final class Pages {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'"
      + " 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self';"
      + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private Pages() {}

  static void serve(Context ctx) throws IOException {
    String path = Request.decode(ctx.path(), false, "path");
    WebAssets.Asset asset = WebAssets.find(path);
    if (asset == null) {
      throw ApiError.notFound("no page " + ctx.path());
    }
    ctx.contentType(asset.contentType());
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("Cache-Control", path.contains("/vendor/") ? "max-age=86400" : "no-cache");
    ctx.header("Vary", "Accept-Encoding");
    ctx.result(asset.body());
  }
}
