package org.jiaolianti.adapters.rest.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.RestWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code /docs}: Swagger UI from the webjar, pointed at this server's {@code /openapi.json}, no token needed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SwaggerUiTest {

  RestWorld world;

  @BeforeAll
  void start() {
    world = new RestWorld();
  }

  @AfterAll
  void stop() {
    world.close();
  }

  @Test
  void docsRedirectsToTheFolderSoThePagesLinksResolve() {
    Reply r = world.server.get("/docs", null);
    assertThat(r.status()).isEqualTo(301);
    assertThat(r.header("location")).endsWith("/docs/");
  }

  @Test
  void thePageIsSwaggerUiWithOurTitle() {
    Reply r = world.server.get("/docs/", null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.header("content-type")).startsWith("text/html");
    assertThat(r.body()).contains("<div id=\"swagger-ui\"></div>", "swagger-ui-bundle.js", "swagger-initializer.js",
        "<title>jiaolianti 教联体 API</title>");
    assertThat(world.server.get("/docs/index.html", null).body()).isEqualTo(r.body());
  }

  @Test
  void theBundleLoadsAsJavaScriptAndTheStylesAsCss() {
    Reply bundle = world.server.get("/docs/swagger-ui-bundle.js", null);
    assertThat(bundle.status()).isEqualTo(200);
    assertThat(bundle.header("content-type")).startsWith("text/javascript");
    assertThat(bundle.header("x-content-type-options")).isEqualTo("nosniff");
    assertThat(bundle.body().length()).isGreaterThan(100_000);
    assertThat(bundle.body()).contains("SwaggerUIBundle");

    Reply preset = world.server.get("/docs/swagger-ui-standalone-preset.js", null);
    assertThat(preset.status()).isEqualTo(200);
    assertThat(preset.header("content-type")).startsWith("text/javascript");

    Reply css = world.server.get("/docs/swagger-ui.css", null);
    assertThat(css.status()).isEqualTo(200);
    assertThat(css.header("content-type")).startsWith("text/css");

    Reply icon = world.server.get("/docs/favicon-32x32.png", null);
    assertThat(icon.status()).isEqualTo(200);
    assertThat(icon.header("content-type")).isEqualTo("image/png");
  }

  @Test
  void theUiLoadsThisServersDocumentNotThePetstore() {
    Reply init = world.server.get("/docs/swagger-initializer.js", null);
    assertThat(init.status()).isEqualTo(200);
    assertThat(init.header("content-type")).startsWith("text/javascript");
    assertThat(init.body()).contains("../openapi.json").doesNotContain("petstore");
    // which resolves from /docs/ to the document, served without a token
    Reply doc = world.server.get("/openapi.json", null);
    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.json().path("openapi").asText()).startsWith("3.1.");
  }

  @Test
  void onlyTheUisOwnFilesAreServed() {
    for (String path : new String[] {"/docs/nothing.js", "/docs/pom.properties",
        "/docs/swagger-ui/5.34.1/index.html", "/docs/META-INF/MANIFEST.MF", "/docs/swagger-ui.js.map",
        "/docs/oauth2-redirect.html/x"}) {
      Reply r = world.server.get(path, null);
      assertThat(r.status()).as(path + " → " + r).isEqualTo(404);
      assertThat(r.header("content-type")).as(path).startsWith("application/problem+json");
      assertThat(r.body()).as(path).doesNotContain("SwaggerUIBundle", "<project");
    }
    // an encoded separator or dot segment does not even reach the resource: the server refuses the ambiguous path
    for (String path : new String[] {"/docs/..%2F..%2Fmaven%2Fpom.xml", "/docs/%2e%2e", "/docs/%2e%2e%2fpom.xml"}) {
      Reply r = world.server.get(path, null);
      assertThat(r.status()).as(path + " → " + r).isIn(400, 404);
      assertThat(r.body()).as(path).doesNotContain("<project", "swagger-ui");
    }
  }
}
