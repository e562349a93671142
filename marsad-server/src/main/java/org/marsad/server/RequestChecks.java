package org.marsad.server;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;

/**
 * What every request must pass before a route runs, in this order: GET or HEAD only (405), a URI
 * of at most {@value #MAX_URI} characters (414), headers of at most {@value #MAX_HEADERS} bytes
 * (431), no body (413), and for the API the {@link AccessKey} (401, with {@code
 * WWW-Authenticate}). Each refusal is an {@link ApiError}, answered as JSON. The method is the
 * one on the request line: a method-override header is not honoured.
 */
final class RequestChecks {
  static final int MAX_URI = 4096;
  static final int MAX_HEADERS = 16 * 1024;

  private final AccessKey key;

  RequestChecks(AccessKey key) {
    this.key = key;
  }

  /** Whether {@code path} (as sent) is the API's. */
  static boolean isApi(String path) {
    return path.startsWith("/api/") || path.equals("/api");
  }

  void check(Context ctx) {
    HttpServletRequest request = ctx.req();
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      ctx.header("Allow", "GET, HEAD");
      throw new ApiError(405, "method " + method + " is not allowed; use GET");
    }
    String query = request.getQueryString();
    if (request.getRequestURL().length() + (query == null ? 0 : query.length() + 1) > MAX_URI) {
      throw new ApiError(414, "the request URI is longer than " + MAX_URI + " characters");
    }
    if (headerSize(request) > MAX_HEADERS) {
      throw new ApiError(431, "the request headers are larger than " + MAX_HEADERS + " bytes");
    }
    String length = request.getHeader("Content-Length");
    if ((length != null && !length.strip().equals("0"))
        || request.getHeader("Transfer-Encoding") != null) {
      throw new ApiError(413, "requests take no body");
    }
    if (isApi(ctx.path()) && !key.admits(request)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"marsad\"");
      throw new ApiError(401, "this server needs its access key: send it in the "
          + AccessKey.HEADER + " header, as Authorization: Bearer KEY, or in the "
          + AccessKey.COOKIE + " cookie");
    }
  }

  private static long headerSize(HttpServletRequest request) {
    long n = 0;
    for (String name : Collections.list(request.getHeaderNames())) {
      for (String value : Collections.list(request.getHeaders(name))) {
        n += name.length() + value.length() + 4;
      }
    }
    return n;
  }
}
