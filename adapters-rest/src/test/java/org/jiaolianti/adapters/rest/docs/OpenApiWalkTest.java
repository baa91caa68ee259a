package org.jiaolianti.adapters.rest.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Request;
import org.jiaolianti.adapters.rest.testing.RestWorld;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Fetches {@code /openapi.json} from a running API and walks every operation in it: each declares its
 * specific error responses (not only {@code default}), each is reachable (a district admin's call with an
 * unknown id and an empty body answers a status the operation declares, never a 500 and never the
 * router's "no such resource"), and each {@code /api/**} operation answers 401 without a token. Generic:
 * a resource registered later is walked too, with no change here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiWalkTest {

  static final String UNKNOWN_ID = "00000000-0000-0000-0000-000000000000";
  static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
  static final Pattern PATH_PARAM = Pattern.compile("\\{([^}/]+)}");
  /** What the router (not the application) says for an address it does not know, in English. */
  static final String NO_SUCH_RESOURCE = "no such resource";

  RestWorld world;
  String admin;
  JsonNode doc;

  @BeforeAll
  void start() {
    world = new RestWorld();
    admin = world.token(world.user("walk.admin", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
    Reply r = world.server.get("/openapi.json", null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.header("content-type")).startsWith("application/json");
    doc = r.json();
  }

  @AfterAll
  void stop() {
    world.close();
  }

  /** One operation of the document. */
  record Op(String method, String path, JsonNode node) {
    @Override
    public String toString() {
      return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
    }

    Set<String> declared() {
      Set<String> codes = new TreeSet<>();
      node.path("responses").fieldNames().forEachRemaining(codes::add);
      return codes;
    }

    boolean underApi() {
      return path.equals("/api") || path.startsWith("/api/");
    }
  }

  List<Op> operations() {
    List<Op> ops = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (String method : METHODS) {
        if (path.getValue().has(method)) {
          ops.add(new Op(method, path.getKey(), path.getValue().get(method)));
        }
      }
    }
    return ops;
  }

  @Test
  void theDocumentIsOpenApi31WithInfoServerAndBearerScheme() {
    assertThat(doc.path("openapi").asText()).startsWith("3.1.");
    assertThat(doc.path("info").path("title").asText()).isEqualTo("jiaolianti 教联体 API");
    assertThat(doc.path("info").path("version").asText()).isNotBlank();
    assertThat(doc.path("info").path("description").asText()).isNotBlank();
    assertThat(doc.path("servers").get(0).path("url").asText()).isEqualTo("/");
    JsonNode bearer = doc.path("components").path("securitySchemes").path("bearer");
    assertThat(bearer.path("type").asText()).isEqualTo("http");
    assertThat(bearer.path("scheme").asText()).isEqualTo("bearer");
    assertThat(bearer.path("bearerFormat").asText()).isEqualTo("JWT");
  }

  @Test
  void theDocumentIsGeneratedFromTheRegisteredResourcesAndLeavesItselfOut() {
    List<String> ops = operations().stream().map(Op::toString).toList();
    // the resources registered in RestApi are there (so an empty document cannot pass the walk below)
    assertThat(ops).contains("GET /health", "GET /api/v1/me", "GET /api/v1/policy", "GET /api/v1/policy/measures");
    assertThat(ops).noneMatch(op -> op.contains("/openapi.json") || op.contains("/docs"));
  }

  @Test
  void apiOperationsNeedTheBearerTokenAndTheOthersDoNot() {
    for (Op op : operations()) {
      JsonNode security = op.node().path("security");
      if (op.underApi()) {
        assertThat(StreamSupport.stream(security.spliterator(), false).anyMatch(s -> s.has("bearer")))
            .as("%s requires the bearer scheme", op).isTrue();
      } else {
        assertThat(security.isMissingNode() || security.isEmpty()).as("%s needs no token", op).isTrue();
      }
    }
  }

  @Test
  void errorAnswersAreProblems() {
    JsonNode problem = doc.path("components").path("schemas").path("Problem");
    assertThat(problem.path("properties").has("status")).isTrue();
    assertThat(problem.path("properties").has("detail")).isTrue();
    JsonNode unauthenticated = doc.at("/paths/~1api~1v1~1me/get/responses/401/content");
    assertThat(unauthenticated.path("application/problem+json").path("schema").path("$ref").asText())
        .isEqualTo("#/components/schemas/Problem");
  }

  @Test
  void typedSuccessAnswersCarryTheirSchema() {
    JsonNode me = doc.at("/paths/~1api~1v1~1me/get/responses/200/content/application~1json/schema/$ref");
    assertThat(me.asText()).isEqualTo("#/components/schemas/Me");
    assertThat(doc.path("components").path("schemas").path("Me").path("properties").has("roles")).isTrue();
    String page = doc.at("/paths/~1api~1v1~1policy~1measures/get/responses/200/content/application~1json/schema/$ref")
        .asText();
    assertThat(page).startsWith("#/components/schemas/");
    JsonNode pageSchema = doc.path("components").path("schemas").path(page.substring(page.lastIndexOf('/') + 1));
    assertThat(pageSchema.path("properties").has("items")).isTrue();
    assertThat(pageSchema.path("properties").has("totalCount")).isTrue();
  }

  @Test
  void everyOperationDeclaresItsSpecificErrorResponses() {
    List<String> missing = new ArrayList<>();
    for (Op op : operations()) {
      Set<String> codes = op.declared();
      boolean success = codes.stream().anyMatch(c -> c.matches("[23]\\d\\d"));
      boolean errors = codes.stream().anyMatch(c -> c.matches("[45]\\d\\d"));
      if (!success || !errors) {
        missing.add(op + " declares only " + codes);
      }
      if (op.underApi() && !codes.contains("401")) {
        missing.add(op + " does not declare 401 (every /api operation answers it without a token): " + codes);
      }
    }
    assertThat(missing).as("operations without their specific responses").isEmpty();
  }

  @Test
  void everyApiOperationAnswers401WithoutAToken() {
    List<String> wrong = new ArrayList<>();
    for (Op op : operations()) {
      if (!op.underApi()) {
        continue;
      }
      Reply r = call(op, null);
      if (r.status() != 401) {
        wrong.add(op + " without a token → " + r);
      } else if (!r.header("content-type").startsWith("application/problem+json")) {
        wrong.add(op + " 401 is not a problem: " + r.header("content-type"));
      }
    }
    assertThat(wrong).as("operations that do not refuse a missing token").isEmpty();
  }

  @Test
  void everyOperationIsReachableAndAnswersAStatusItDeclares() {
    List<String> wrong = new ArrayList<>();
    List<Op> ops = operations();
    for (Op op : ops) {
      Reply r = call(op, admin);
      Set<String> codes = op.declared();
      if (r.status() >= 500 && r.status() != 503) {
        wrong.add(op + " → server error " + r);
      } else if (r.status() == 404 && r.body().contains(NO_SUCH_RESOURCE)) {
        wrong.add(op + " → the router does not know this address: " + r);
      } else if (!codes.contains(String.valueOf(r.status()))) {
        wrong.add(op + " → " + r.status() + ", which it does not declare " + codes + ": " + r.body());
      }
    }
    assertThat(ops).isNotEmpty();
    assertThat(wrong).as("operations not reachable as documented").isEmpty();
  }

  @Test
  void theWalkTellsTheRoutersNotFoundFromTheApplications() {
    // what the walk relies on: an address no resource has is the router's 404 with or without a token…
    Reply unknown = world.server.request("GET", "/api/v1/no-such-thing").token(admin).header("Accept-Language", "en").send();
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains(NO_SUCH_RESOURCE);
    assertThat(world.server.request("GET", "/api/v1/no-such-thing").header("Accept-Language", "en").send().status())
        .isEqualTo(404);
    // …while a known address is guarded (401 without a token), whatever it then says about the id
    assertThat(world.server.request("GET", "/api/v1/me").header("Accept-Language", "en").send().status())
        .isEqualTo(401);
  }

  /** The operation called with an unknown id in its path, valid required query values and, for writes, {}. */
  Reply call(Op op, String token) {
    Request request = world.server.request(op.method().toUpperCase(java.util.Locale.ROOT), uri(op))
        .token(token).header("Accept-Language", "en");
    for (JsonNode p : parameters(op)) {
      if (p.path("in").asText().equals("header") && p.path("required").asBoolean(false)) {
        String name = p.path("name").asText();
        request.header(name, name.equalsIgnoreCase("If-Match") ? "\"0\"" : value(p.path("schema"), name));
      }
    }
    if (Set.of("post", "put", "patch").contains(op.method())) {
      // the first media type the operation consumes (JSON for most; a file upload declares its own)
      Iterator<String> types = op.node().path("requestBody").path("content").fieldNames();
      String type = types.hasNext() ? types.next() : "application/json";
      request.header("Content-Type", type).body("{}");
    }
    return request.send();
  }

  String uri(Op op) {
    StringBuilder path = new StringBuilder();
    Matcher m = PATH_PARAM.matcher(op.path());
    while (m.find()) {
      JsonNode param = parameter(op, "path", m.group(1));
      m.appendReplacement(path, Matcher.quoteReplacement(
          param == null ? UNKNOWN_ID : value(param.path("schema"), UNKNOWN_ID)));
    }
    m.appendTail(path);
    List<String> query = new ArrayList<>();
    for (JsonNode p : parameters(op)) {
      if (p.path("in").asText().equals("query") && p.path("required").asBoolean(false)) {
        query.add(p.path("name").asText() + "=" + java.net.URLEncoder.encode(
            value(p.path("schema"), "x"), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return query.isEmpty() ? path.toString() : path + "?" + String.join("&", query);
  }

  /** A value of the parameter's type: the first enum value, a number, a date, or {@code fallback}. */
  static String value(JsonNode schema, String fallback) {
    if (schema.has("enum") && schema.get("enum").size() > 0) {
      return schema.get("enum").get(0).asText();
    }
    if (schema.has("default") && !schema.get("default").isNull()) {
      return schema.get("default").asText();
    }
    String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText();
    String format = schema.path("format").asText();
    return switch (type) {
      case "integer", "number" -> "1";
      case "boolean" -> "true";
      default -> format.equals("date") ? LocalDate.now().toString()
          : format.equals("date-time") ? java.time.OffsetDateTime.now().toString() : fallback;
    };
  }

  List<JsonNode> parameters(Op op) {
    List<JsonNode> all = new ArrayList<>();
    doc.path("paths").path(op.path()).path("parameters").forEach(all::add);
    op.node().path("parameters").forEach(all::add);
    return all;
  }

  JsonNode parameter(Op op, String in, String name) {
    return parameters(op).stream()
        .filter(p -> p.path("in").asText().equals(in) && p.path("name").asText().equals(name))
        .findFirst().orElse(null);
  }
}
