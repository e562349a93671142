package org.marsad.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.marsad.model.RecordJson;

/**
 * JSON answers: a body with its status, and the error body {@code {"error": message, "status":
 * code}} that every refusal gets. Never cached, never sniffed as another type.
 */
final class Answers {
  static final String JSON = "application/json; charset=utf-8";
  private static final ObjectMapper MAPPER = RecordJson.mapper();

  private Answers() {}

  static void json(Context ctx, int status, Object body) {
    byte[] bytes;
    try {
      bytes = MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the answer as JSON: " + e.getMessage(), e);
    }
    ctx.status(status);
    ctx.contentType(JSON);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Cache-Control", "no-store");
    ctx.header("Vary", "Accept-Encoding");
    ctx.result(bytes);
  }

  static void error(Context ctx, ApiError e) {
    json(ctx, e.status, errorBody(e.status, e.getMessage()));
  }

  static Map<String, Object> errorBody(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    body.put("status", status);
    return body;
  }

  static byte[] errorBytes(int status, String message) {
    try {
      return MAPPER.writeValueAsBytes(errorBody(status, message));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an error as JSON", e);
    }
  }
}
