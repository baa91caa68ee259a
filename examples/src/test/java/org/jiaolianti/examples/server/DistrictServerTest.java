package org.jiaolianti.examples.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jiaolianti.adapters.jdbc.DatabaseConfig;
import org.jiaolianti.adapters.jdbc.testing.TestPostgres;
import org.jiaolianti.domain.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The district server as the README starts it: on H2 by default and on PostgreSQL by URL, with the demo district. */
class DistrictServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @TempDir
  Path dataDir;

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("JIAOLIANTI_PORT", "0");
    env.put("JIAOLIANTI_DATA_DIR", dataDir.toString());
    return env;
  }

  private record Reply(int status, String body) {
    JsonNode json() throws Exception {
      return JSON.readTree(body);
    }
  }

  private Reply get(DistrictServer server, String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.uri() + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.body());
  }

  private static String token(DistrictServer server, String username) {
    return server.keys().tokens().mint(username, Instant.now(), Duration.ofMinutes(5));
  }

  @Test
  void onTheEmbeddedDefaultItServesThePolicyAndADemoUserForEveryRole() throws Exception {
    try (DistrictServer server = DistrictServer.start(ServerSettings.resolve(env(), Path.of("")))) {
      assertThat(get(server, "/health", null).status()).isEqualTo(200);
      String admin = token(server, "demo-admin");

      Reply matrix = get(server, "/api/v1/policy/duty-matrix", admin);
      assertThat(matrix.status()).isEqualTo(200);
      assertThat(matrix.json().get("measures")).hasSize(17);
      assertThat(get(server, "/api/v1/policy", null).status()).isEqualTo(401);

      assertThat(server.demoAccounts()).extracting(DemoUsers.Account::role).containsExactlyInAnyOrder(Role.values());
      for (DemoUsers.Account account : server.demoAccounts()) {
        Reply me = get(server, "/api/v1/me", token(server, account.username()));
        assertThat(me.status()).as(account.username()).isEqualTo(200);
        assertThat(me.json().get("roles").get(0).get("role").asText()).isEqualTo(account.role().name());
      }
      // the demo guidance column (家庭教育指导专栏) and a shared resource, at the end of the demo data
      Reply recommended = get(server, "/api/v1/guidance/recommendations", token(server, "demo-guardian"));
      assertThat(recommended.status()).as(recommended.body()).isEqualTo(200);
      assertThat(recommended.json().get("totalCount").asInt()).isEqualTo(3);
      Reply shared = get(server, "/api/v1/shared-resources", token(server, "demo-counsellor"));
      assertThat(shared.json().get("totalCount").asInt()).isEqualTo(1);
      // the demo screening campaign (心理普测): three results for the counsellor; the school leader sees none
      Reply campaigns = get(server, "/api/v1/screenings", token(server, "demo-counsellor"));
      assertThat(campaigns.json().get("totalCount").asInt()).as(campaigns.body()).isEqualTo(1);
      String campaign = campaigns.json().get("items").get(0).get("id").asText();
      Reply results = get(server, "/api/v1/screenings/" + campaign + "/results", token(server, "demo-counsellor"));
      assertThat(results.json().get("totalCount").asInt()).as(results.body()).isEqualTo(3);
      assertThat(get(server, "/api/v1/screenings/" + campaign + "/results", token(server, "demo-school")).status())
          .isEqualTo(403);
      // the demo referral (五(二)1): the clinician of the medical institution sees it, masked
      Reply referrals = get(server, "/api/v1/referrals", token(server, "demo-clinician"));
      assertThat(referrals.status()).as(referrals.body()).isEqualTo(200);
      assertThat(referrals.json().get("totalCount").asInt()).isEqualTo(1);
      assertThat(referrals.json().get("items").get(0).get("studentName").asText()).isEqualTo("林*雨");
      assertThat(referrals.json().get("items").get(0).has("consentId")).isFalse();
      // the demo 一生一档 file: the counsellor's caseload, the teacher's flag, an overdue follow-up
      Reply files = get(server, "/api/v1/mental-health-files", token(server, "demo-counsellor"));
      assertThat(files.json().get("totalCount").asInt()).as(files.body()).isEqualTo(1);
      Reply flags = get(server, "/api/v1/mental-health-files/attention", token(server, "demo-teacher"));
      assertThat(flags.json().get("totalCount").asInt()).as(flags.body()).isEqualTo(1);
      Reply overdue = get(server, "/api/v1/mental-health-files/overdue-follow-ups", token(server, "demo-mh-officer"));
      assertThat(overdue.json().get("totalCount").asInt()).as(overdue.body()).isEqualTo(1);
    }
    // the generated key stays, so tokens minted by the CLI keep working after a restart
    assertThat(Files.readString(dataDir.resolve(TokenKeys.SECRET_FILE)).trim()).isNotEmpty();
  }

  @Test
  void aRestartOnTheSameDataKeepsTheDistrictAndTheKeyAndAddsNothingTwice() throws Exception {
    String token;
    String schools;
    try (DistrictServer first = DistrictServer.start(ServerSettings.resolve(env(), Path.of("")))) {
      token = token(first, "demo-school");
      schools = get(first, "/api/v1/me", token).body();
    }
    try (DistrictServer second = DistrictServer.start(ServerSettings.resolve(env(), Path.of("")))) {
      Reply me = get(second, "/api/v1/me", token);
      assertThat(me.status()).isEqualTo(200);
      assertThat(me.body()).isEqualTo(schools);
      assertThat(second.demoAccounts()).hasSize(Role.values().length);
    }
  }

  @Test
  void onPostgresqlByUrl() throws Exception {
    DatabaseConfig pg = TestPostgres.newDatabase();
    Map<String, String> env = env();
    env.put("JIAOLIANTI_DB_URL", pg.url());
    env.put("JIAOLIANTI_DB_USER", pg.user());
    env.put("JIAOLIANTI_DB_PASSWORD", pg.password());
    env.put("JIAOLIANTI_JWT_SECRET", "a-test-secret-of-at-least-thirty-two-bytes");
    try (DistrictServer server = DistrictServer.start(ServerSettings.resolve(env, Path.of("")))) {
      assertThat(server.keys().description()).contains("JIAOLIANTI_JWT_SECRET");
      Reply matrix = get(server, "/api/v1/policy/duty-matrix", token(server, "demo-admin"));
      assertThat(matrix.status()).isEqualTo(200);
      assertThat(matrix.json().get("measures")).hasSize(17);
      assertThat(get(server, "/health", null).json().get("database").asText()).isEqualTo("UP");
    }
    assertThat(dataDir.resolve(TokenKeys.SECRET_FILE)).doesNotExist();
  }

  @Test
  void whatJettyRefusesItselfIsAProblemToo() throws Exception {
    try (DistrictServer server = DistrictServer.start(ServerSettings.resolve(env(), Path.of("")));
        java.net.Socket socket = new java.net.Socket(server.uri().getHost(), server.uri().getPort())) {
      socket.getOutputStream().write(("GET /api/v1/policy HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \u001b[0m\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      socket.setSoTimeout(10_000);
      String reply = new String(socket.getInputStream().readNBytes(600), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(reply).startsWith("HTTP/1.1 400").contains("application/problem+json").doesNotContain("Jetty");
    }
  }

  @Test
  void badSettingsAreClearErrors() {
    Map<String, String> env = env();
    env.put("JIAOLIANTI_PORT", "eighty");
    assertThatThrownBy(() -> ServerSettings.resolve(env, Path.of(""))).hasMessageContaining("JIAOLIANTI_PORT");
    Map<String, String> shortSecret = env();
    shortSecret.put("JIAOLIANTI_JWT_SECRET", "short");
    assertThatThrownBy(() -> TokenKeys.resolve(shortSecret, dataDir)).hasMessageContaining("32 bytes");
  }
}
