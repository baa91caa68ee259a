package org.jiaolianti.examples.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before the API sees the request (a malformed header or URI, a request
 * line too long): problem+json like every other error, instead of Jetty's HTML page naming its version.
 */
final class ProblemErrorHandler extends ErrorHandler {

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    boolean server = status >= 500;
    String json = "{\"type\":\"https://jiaolianti.org/problems/" + (server ? "internal" : "bad-request") + "\","
        + "\"title\":\"" + (server ? "服务器内部错误 internal server error" : "请求无效 bad request") + "\","
        + "\"status\":" + status + "}";
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
    response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }
}
