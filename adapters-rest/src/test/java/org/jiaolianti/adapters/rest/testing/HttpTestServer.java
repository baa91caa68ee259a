package org.jiaolianti.adapters.rest.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jetty.JettyHttpContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * A real HTTP server (Jersey on Jetty) on a random local port, and a small client for the tests:
 * every request goes over a socket, so the tests see what an integrator sees.
 */
public final class HttpTestServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Server server;
  private final URI base;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private HttpTestServer(Server server, URI base) {
    this.server = server;
    this.base = base;
  }

  public static HttpTestServer start(Application api) {
    Server server = JettyHttpContainerFactory.createServer(URI.create("http://127.0.0.1:0/"),
        ResourceConfig.forApplication(api), false);
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the test server", e);
    }
    int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    return new HttpTestServer(server, URI.create("http://127.0.0.1:" + port));
  }

  public URI base() {
    return base;
  }

  /** A response: status, headers (first value, lower-case names), body text and the body as JSON when it is. */
  public record Reply(int status, Map<String, String> headers, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }

    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  public Request request(String method, String path) {
    return new Request(method, path);
  }

  public Reply get(String path, String token) {
    return request("GET", path).token(token).send();
  }

  public Reply post(String path, String token, String json) {
    return request("POST", path).token(token).json(json).send();
  }

  /** A request under construction. */
  public final class Request {
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

    private Request(String method, String path) {
      this.method = method;
      this.path = path;
    }

    public Request token(String token) {
      return token == null ? this : header("Authorization", "Bearer " + token);
    }

    public Request header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Request json(String json) {
      header("Content-Type", "application/json");
      return body(json);
    }

    public Request body(String text) {
      body = HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
      return this;
    }

    public Request body(byte[] bytes) {
      body = HttpRequest.BodyPublishers.ofByteArray(bytes);
      return this;
    }

    /**
     * {@link #send} for a request the server refuses before reading its body (a 413): it answers, then closes the
     * connection, and on a busy machine the close can reset it while the client is still sending, so the answer is
     * lost (a TCP race, not another answer). Up to three tries; the first answer read is returned. Only for requests
     * that change nothing when refused.
     */
    public Reply sendRefusedEarly() {
      UncheckedIOException last = null;
      for (int attempt = 0; attempt < 3; attempt++) {
        try {
          return send();
        } catch (UncheckedIOException reset) {
          last = reset;
        }
      }
      throw last;
    }

    public Reply send() {
      HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
          .method(method, body);
      headers.forEach(builder::header);
      try {
        HttpResponse<String> response;
        try {
          response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException closedBeforeAnyByte) {
          // The server closes a kept-alive connection after a response that left the request body unread
          // (a 415 or 401 refuses before reading); the client may reuse it in the same instant. Retrying on
          // a new connection is what any HTTP client does; a request that got any answer is never retried.
          if (!String.valueOf(closedBeforeAnyByte.getMessage()).contains("received no bytes")) {
            throw closedBeforeAnyByte;
          }
          response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        Map<String, String> h = new LinkedHashMap<>();
        response.headers().map().forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
        return new Reply(response.statusCode(), h, response.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the test server", e);
    }
  }
}
