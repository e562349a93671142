package org.marsad.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to what Jetty refuses before Javalin runs (a URL that does not parse, headers too
 * large, ...): the same JSON body as every other error, never Jetty's HTML page.
 */
final class JsonErrors extends ErrorHandler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() >= 400 ? response.getStatus() : 400;
    Object message = request.getAttribute(ERROR_MESSAGE);
    String text = message == null ? "bad request" : message.toString();
    if (status == 400) {
      text = "the request could not be read (" + text + "): a URL needs %XX escapes, UTF-8,"
          + " and no path above the root";
    }
    byte[] bytes = Answers.errorBytes(status, text);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Answers.JSON);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, ByteBuffer.wrap(bytes), callback);
    return true;
  }
}
