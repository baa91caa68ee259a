package org.jiaolianti.adapters.rest.docs;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /docs}: Swagger UI (the {@code org.webjars:swagger-ui} files) showing {@code /openapi.json}.
 * {@code /docs} redirects to {@code /docs/} so the page's relative links resolve; only the UI's own files
 * are served (a fixed list, read from the webjar), anything else is a 404. No token needed.
 */
@Path("/docs")
@Hidden
public final class SwaggerUi {

  private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
  private static final String JS = "text/javascript; charset=UTF-8";
  private static final String CSS = "text/css; charset=UTF-8";
  private static final String HTML = "text/html; charset=UTF-8";

  /** The files that may be served, and their content types. */
  private static final Map<String, String> FILES = Map.of(
      "index.html", HTML,
      "index.css", CSS,
      "swagger-ui.css", CSS,
      "swagger-ui-bundle.js", JS,
      "swagger-ui-standalone-preset.js", JS,
      "swagger-initializer.js", JS,
      "oauth2-redirect.html", HTML,
      "oauth2-redirect.js", JS,
      "favicon-16x16.png", "image/png",
      "favicon-32x32.png", "image/png");

  /** Ours instead of the webjar's, which points at the petstore: the UI loads this server's document. */
  static final String INITIALIZER = """
      window.onload = function() {
        window.ui = SwaggerUIBundle({
          url: new URL("../openapi.json", window.location.href).href,
          dom_id: '#swagger-ui',
          deepLinking: true,
          persistAuthorization: false,
          presets: [
            SwaggerUIBundle.presets.apis,
            SwaggerUIStandalonePreset
          ],
          plugins: [
            SwaggerUIBundle.plugins.DownloadUrl
          ],
          layout: "StandaloneLayout"
        });
      };
      """;

  private final String version = webjarVersion();
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  @GET
  public Response page(@Context UriInfo uri) {
    if (!uri.getPath().endsWith("/")) {
      return Response.status(Response.Status.MOVED_PERMANENTLY)
          .location(uri.getBaseUriBuilder().path("docs/").build()).build();
    }
    return file("index.html");
  }

  @GET
  @Path("{file}")
  public Response file(@PathParam("file") String name) {
    String type = FILES.get(name);
    if (type == null) {
      throw new NotFoundException();
    }
    byte[] bytes = cache.computeIfAbsent(name, this::load);
    return Response.ok(bytes, type)
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", name.endsWith(".html") || name.equals("swagger-initializer.js")
            ? "no-cache" : "public, max-age=86400")
        .build();
  }

  private byte[] load(String name) {
    if (name.equals("swagger-initializer.js")) {
      return INITIALIZER.getBytes(StandardCharsets.UTF_8);
    }
    byte[] bytes = read(WEBJAR + version + "/" + name);
    if (name.equals("index.html")) {
      String html = new String(bytes, StandardCharsets.UTF_8)
          .replace("<title>Swagger UI</title>", "<title>" + OpenApiDocument.TITLE + "</title>");
      return html.getBytes(StandardCharsets.UTF_8);
    }
    return bytes;
  }

  private static String webjarVersion() {
    Properties pom = new Properties();
    try (InputStream in = open("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = pom.getProperty("version");
    if (version == null || version.isBlank()) {
      throw new IllegalStateException("the swagger-ui webjar names no version");
    }
    return version.trim();
  }

  private static byte[] read(String resource) {
    try (InputStream in = open(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = SwaggerUi.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the swagger-ui webjar is not on the class path: " + resource);
    }
    return in;
  }
}
