package org.jiaolianti.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The REST API over the JDBC adapter, as the district server runs it ({@link RestOnH2Test},
 * {@link RestOnPostgresTest}): writes, conflicts, optimistic concurrency, audit by the caller, and a
 * revoked role, through real HTTP into a real database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RestOnDatabases {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  DistrictServer server;

  /** The settings of the database under test (port 0, a data directory of its own). */
  abstract Map<String, String> settings();

  @BeforeAll
  void start() {
    server = DistrictServer.start(ServerSettings.resolve(settings(), Path.of("")));
  }

  @AfterAll
  void stop() {
    server.close();
  }

  record Reply(int status, Map<String, java.util.List<String>> headers, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        throw new AssertionError(status + ": " + body, e);
      }
    }

    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), java.util.List.of()).stream().findFirst()
          .orElse(null);
    }
  }

  Reply send(String method, String path, String user, String body, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.uri() + path)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      request.header("Authorization", "Bearer " + server.keys().tokens().mint(user, Instant.now(), Duration.ofMinutes(5)));
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.headers().map(), response.body());
  }

  @Test
  void aSchoolIsRegisteredReadWithItsETagAndClosedOnlyWithTheCurrentOne() throws Exception {
    String town = send("GET", "/api/v1/schools?limit=1", "demo-admin", null).json().get("items").get(0).get("town").asText();
    String body = "{\"code\":\"3502139901\",\"name\":\"翔安𠮷实验学校\",\"type\":\"PRIMARY\",\"town\":\"" + town
        + "\",\"openedOn\":\"2026-09-01\"}";

    Reply created = send("POST", "/api/v1/schools", "demo-admin", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("name").asText()).isEqualTo("翔安𠮷实验学校");
    String location = URI.create(created.header("location")).getPath();

    Reply read = send("GET", location, "demo-admin", null);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("name").asText()).isEqualTo("翔安𠮷实验学校");
    String etag = read.header("etag");
    assertThat(etag).isNotBlank();

    assertThat(send("POST", "/api/v1/schools", "demo-admin", body).status()).isEqualTo(409);
    String close = "{\"closedOn\":\"2027-07-01\"}";
    assertThat(send("POST", location + "/close", "demo-admin", close).status()).isEqualTo(428);
    assertThat(send("POST", location + "/close", "demo-admin", close, "If-Match", "\"999\"").status()).isEqualTo(412);
    Reply closed = send("POST", location + "/close", "demo-admin", close, "If-Match", etag);
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    assertThat(send("POST", location + "/close", "demo-admin", close, "If-Match", etag).status()).isEqualTo(412);
  }

  @Test
  void theMilestoneReportAndCoverageComeFromTheStoredDistrict() throws Exception {
    Reply report = send("GET", "/api/v1/reports/milestones?asOf=2026-11-28", "demo-admin", null);
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.json().get("lines").size()).isEqualTo(8);
    Reply coverage = send("GET", "/api/v1/reports/coverage?asOf=2026-11-28&by=town", "demo-zone", null);
    assertThat(coverage.status()).isEqualTo(200);
    assertThat(coverage.json().get("groups").size()).isEqualTo(9);
    assertThat(send("GET", "/api/v1/reports/milestones", "demo-guardian", null).status()).isEqualTo(403);
  }

  @Test
  void aSchoolAdminSeesTheirSchoolAndNotAnotherOne() throws Exception {
    String own = send("GET", "/api/v1/me", "demo-school", null).json().get("roles").get(0).get("scope").get("reference").asText();
    JsonNode all = send("GET", "/api/v1/schools?limit=100", "demo-admin", null).json().get("items");
    String other = null;
    for (JsonNode s : all) {
      if (!s.get("id").asText().equals(own)) {
        other = s.get("id").asText();
        break;
      }
    }
    assertThat(send("GET", "/api/v1/schools/" + own, "demo-school", null).status()).isEqualTo(200);
    assertThat(send("GET", "/api/v1/schools/" + other, "demo-school", null).status()).isEqualTo(404);
    assertThat(send("GET", "/api/v1/schools/" + own + "/committee", "demo-school", null).status()).isEqualTo(200);
    assertThat(send("GET", "/api/v1/schools/" + other + "/committee", "demo-school", null).status()).isEqualTo(404);
  }

  @Test
  void aRoleRevokedOverHttpStopsOnTheNextRequest() throws Exception {
    Reply user = send("POST", "/api/v1/users", "demo-user-admin", "{\"username\":\"temp.auditor\",\"displayName\":\"临时审计\"}");
    assertThat(user.status()).as(user.body()).isEqualTo(201);
    String id = user.json().get("id").asText();
    Reply assignment = send("POST", "/api/v1/users/" + id + "/role-assignments", "demo-user-admin",
        "{\"role\":\"AUDITOR\",\"scopeType\":\"DISTRICT\",\"validFrom\":\"2025-12-01\"}");
    assertThat(assignment.status()).as(assignment.body()).isEqualTo(201);
    assertThat(send("GET", "/api/v1/reports/milestones", "temp.auditor", null).status()).isEqualTo(200);

    Reply revoked = send("POST", "/api/v1/users/" + id + "/role-assignments/" + assignment.json().get("id").asText()
        + "/revoke", "demo-user-admin", "{\"reason\":\"审计结束\"}");
    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
    assertThat(revoked.json().get("revocation").get("revokedBy").asText()).isEqualTo("demo-user-admin");

    assertThat(send("GET", "/api/v1/reports/milestones", "temp.auditor", null).status()).isEqualTo(403);
  }

  @Test
  void theDemoScreeningIsReadAndReimportedThroughTheDatabase() throws Exception {
    Reply campaigns = send("GET", "/api/v1/screenings", "demo-mh-officer", null);
    assertThat(campaigns.status()).as(campaigns.body()).isEqualTo(200);
    String campaign = campaigns.json().get("items").get(0).get("id").asText();
    Reply results = send("GET", "/api/v1/screenings/" + campaign + "/results", "demo-counsellor", null);
    assertThat(results.json().get("totalCount").asInt()).as(results.body()).isEqualTo(3);
    String pupil = results.json().get("items").get(0).get("studentId").asText();
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();

    Reply again = send("POST", "/api/v1/screenings/" + campaign + "/results", "demo-counsellor",
        "{\"results\":[{\"studentId\":\"" + pupil + "\",\"score\":21.5,\"takenOn\":\"" + today + "\"}]}");
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().get("replaced").asInt()).isEqualTo(1);
    assertThat(again.json().get("counts").get("screened").asInt()).isEqualTo(3);
    assertThat(again.json().get("counts").get("bySuggestedLevel").get("CRISIS").asInt()).isEqualTo(1);
    Reply bad = send("POST", "/api/v1/screenings/" + campaign + "/results", "demo-counsellor",
        "{\"results\":[{\"studentId\":\"" + pupil + "\",\"score\":1,\"takenOn\":\"" + today + "\"},"
            + "{\"studentId\":\"nosuchpupil\",\"score\":1,\"takenOn\":\"" + today + "\"}]}");
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("results[1].studentId");
    assertThat(send("GET", "/api/v1/screenings/" + campaign, "demo-mh-officer", null).json().get("counts")
        .get("bySuggestedLevel").get("CRISIS").asInt()).isEqualTo(1);
    assertThat(send("GET", "/api/v1/screenings/" + campaign + "/results", "demo-school", null).status())
        .isEqualTo(403);
    Reply trail = send("GET", "/api/v1/audit-events?limit=500", "demo-auditor", null);
    assertThat(trail.body()).contains("SCREENING_IMPORT:1").contains("SCREENING_RESULTS").contains("DENIED");
  }

  @Test
  void aGuardianAlertIsInTheAppAndGoesOutOnce_theAuditPurgeAnswers() throws Exception {
    var app = server.app();
    var d = org.jiaolianti.domain.shared.DistrictCode.of("350213");
    // the demo guardian's child, from the demo conversation about them
    Reply conversations = send("GET", "/api/v1/conversations", "demo-guardian", null);
    assertThat(conversations.status()).as(conversations.body()).isEqualTo(200);
    var student = org.jiaolianti.domain.people.StudentId.of(
        conversations.json().get("items").get(0).get("studentId").asText());
    app.alerting().alertGuardiansOf(d, student, org.jiaolianti.domain.alert.AlertKind.REFERRAL_STEP, "REFERRAL",
        "ref-demo", org.jiaolianti.domain.shared.Bilingual.of("转介已受理，请联系学校𠮷", "referral accepted"));

    Reply mine = send("GET", "/api/v1/me/alerts?unread=true", "demo-guardian", null);
    assertThat(mine.status()).as(mine.body()).isEqualTo(200);
    JsonNode alert = null;
    for (JsonNode a : mine.json().get("items")) {
      if (a.get("subjectId").asText().equals("ref-demo")) {
        alert = a;
      }
    }
    assertThat(alert).as(mine.body()).isNotNull();
    assertThat(alert.get("text").get("zh").asText()).isEqualTo("转介已受理，请联系学校𠮷");
    String id = alert.get("id").asText();
    assertThat(send("POST", "/api/v1/me/alerts/" + id + "/read", "demo-teacher", null).status()).isEqualTo(404);
    Reply read = send("POST", "/api/v1/me/alerts/" + id + "/read", "demo-guardian", null);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.json().get("read").asBoolean()).isTrue();
    app.alertDispatcher().dispatchDue(100); // the server's scheduler may have sent it already: nothing twice
    assertThat(app.alertDispatcher().dispatchDue(100)).isZero();

    Reply none = send("POST", "/api/v1/audit-events/purge", "demo-auditor",
        "{\"olderThan\":\"2000-01-01\",\"purpose\":\"年度清理\"}");
    assertThat(none.status()).as(none.body()).isEqualTo(200);
    assertThat(none.json().get("purged").asLong()).isZero();
    Reply inside = send("POST", "/api/v1/audit-events/purge", "demo-auditor",
        "{\"olderThan\":\"" + java.time.LocalDate.now() + "\",\"purpose\":\"太近了\"}");
    assertThat(inside.status()).as(inside.body()).isEqualTo(422);
    assertThat(inside.json().get("rule").asText()).isEqualTo("AUDIT_RETENTION");
    assertThat(send("POST", "/api/v1/audit-events/purge", "demo-admin",
        "{\"olderThan\":\"2000-01-01\",\"purpose\":\"x\"}").status()).isEqualTo(403);
    Reply verified = send("POST", "/api/v1/audit-events/verify", "demo-auditor", "");
    assertThat(verified.json().get("ok").asBoolean()).as(verified.body()).isTrue();
  }

  /** 医教互促 over HTTP on the database: the file in the caseload, the green channel step by step, the alerts. */
  @Test
  void theFileAndTheGreenChannelOverHttp_onTheDatabase() throws Exception {
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    Reply files = send("GET", "/api/v1/mental-health-files", "demo-counsellor", null);
    assertThat(files.status()).as(files.body()).isEqualTo(200);
    String file = files.json().get("items").get(0).get("id").asText();
    Reply one = send("GET", "/api/v1/mental-health-files/" + file, "demo-counsellor", null);
    assertThat(one.json().get("levels").get(0).get("note").asText()).as("the caseload's note, decrypted").isNotBlank();
    Reply observed = send("POST", "/api/v1/mental-health-files/" + file + "/observations", "demo-counsellor",
        "{\"kind\":\"OBSERVATION\",\"on\":\"" + today + "\",\"note\":\"午休时独自哭泣𠮷\"}");
    assertThat(observed.status()).as(observed.body()).isEqualTo(201);
    assertThat(send("GET", "/api/v1/mental-health-files/" + file + "/observations", "demo-counsellor", null).body())
        .contains("午休时独自哭泣𠮷");
    assertThat(send("GET", "/api/v1/mental-health-files/" + file + "/observations", "demo-mh-officer", null).body())
        .doesNotContain("午休时独自哭泣").doesNotContain("\"note\"");
    assertThat(send("GET", "/api/v1/mental-health-files/" + file, "demo-teacher", null).status()).isEqualTo(403);
    assertThat(send("GET", "/api/v1/mental-health-files/attention", "demo-teacher", null).json().get("totalCount")
        .asInt()).isEqualTo(1);

    Reply referrals = send("GET", "/api/v1/referrals", "demo-clinician", null);
    assertThat(referrals.status()).as(referrals.body()).isEqualTo(200);
    String referral = referrals.json().get("items").get(0).get("id").asText();
    Reply step = send("GET", "/api/v1/referrals/" + referral, "demo-clinician", null);
    step = referralStep("demo-clinician", referral, "accept", null, step.header("etag"));
    step = referralStep("demo-clinician", referral, "outcome", "{\"outcome\":\"门诊随访，两周复诊\"}",
        step.header("etag"));
    assertThat(send("GET", "/api/v1/referrals/" + referral, "demo-mh-officer", null).body())
        .as("the officer never sees the outcome").doesNotContain("门诊随访");
    step = referralStep("demo-counsellor", referral, "return", "{\"followUpPlan\":\"每周谈心一次\"}",
        step.header("etag"));
    step = referralStep("demo-counsellor", referral, "close", null, step.header("etag"));
    assertThat(step.json().get("status").asText()).isEqualTo("CLOSED");
    assertThat(step.json().get("fileId").asText()).as("the referral links the pupil's file").isEqualTo(file);

    Reply alerts = send("GET", "/api/v1/me/alerts?limit=100", "demo-guardian", null);
    assertThat(alerts.json().get("items")).filteredOn(a -> a.get("subjectId").asText().equals(referral))
        .extracting(a -> a.get("kind").asText()).hasSizeGreaterThanOrEqualTo(5).containsOnly("REFERRAL_STEP");
    assertThat(alerts.body()).doesNotContain("门诊随访").doesNotContain("每周谈心");
    Reply verified = send("POST", "/api/v1/audit-events/verify", "demo-auditor", "");
    assertThat(verified.json().get("ok").asBoolean()).as(verified.body()).isTrue();
  }

  private Reply referralStep(String user, String referral, String step, String body, String etag) throws Exception {
    Reply r = send("POST", "/api/v1/referrals/" + referral + "/" + step, user, body, "If-Match", etag);
    assertThat(r.status()).as(step + ": " + r.body()).isEqualTo(200);
    return r;
  }
}
