package org.jiaolianti.adapters.rest.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.RestWorld;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyResourceTest {

  RestWorld world;
  String token;

  @BeforeAll
  void start() {
    world = new RestWorld();
    token = world.token(world.user("bureau.staff", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
  }

  @AfterAll
  void stop() {
    world.close();
  }

  @Test
  void theDocumentNamesTheDistrictAndItsNumber() {
    Reply r = world.server.get("/api/v1/policy", token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode doc = r.json();
    assertThat(doc.get("documentNumber").asText()).isEqualTo("厦翔教〔2025〕200号");
    assertThat(doc.get("district").get("code").asText()).isEqualTo("350213");
    assertThat(doc.get("issueDate").asText()).isEqualTo("2025-12-01");
    assertThat(doc.get("measures").asInt()).isEqualTo(17);
  }

  @Test
  void theDutyMatrixHas17MeasuresAsJsonAndOneRowPerFactAsCsv() {
    Reply json = world.server.get("/api/v1/policy/duty-matrix", token);
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.json().get("measures")).hasSize(17);
    assertThat(json.json().get("units")).hasSize(15);

    Reply csv = world.server.request("GET", "/api/v1/policy/duty-matrix").token(token).header("Accept", "text/csv").send();
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("content-type")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("\uFEFFmeasureCode,clause,");
    assertThat(csv.body().split("\r\n")).hasSize(1 + 57);
  }

  @Test
  void measuresListTheirResponsibleUnitsLeadFirstAndArePaged() {
    Reply page = world.server.get("/api/v1/policy/measures?limit=5&offset=0", token);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.json().get("totalCount").asInt()).isEqualTo(17);
    assertThat(page.json().get("items")).hasSize(5);
    JsonNode first = page.json().get("items").get(0);
    assertThat(first.get("responsibleUnits").get(0).get("responsibility").asText()).isEqualTo("LEAD");

    Reply last = world.server.get("/api/v1/policy/measures?limit=5&offset=15", token);
    assertThat(last.json().get("items")).hasSize(2);
  }

  @Test
  void unitsCarryTheirDutiesAndMilestonesTheirTargets() {
    Reply units = world.server.get("/api/v1/policy/units?code=WOMENS_FEDERATION", token);
    assertThat(units.json().get("totalCount").asInt()).isEqualTo(1);
    assertThat(units.json().get("items").get(0).get("duties").size()).isPositive();

    Reply milestones = world.server.get("/api/v1/policy/milestones", token);
    assertThat(milestones.json().get("items")).hasSize(3);
    assertThat(milestones.json().get("items").get(0).get("targets").size()).isPositive();
  }

  @Test
  void pagingOutOfBoundsIsA400NamingTheParameter() {
    for (String query : new String[] {"limit=0", "limit=501", "limit=abc", "offset=-1"}) {
      Reply r = world.server.get("/api/v1/policy/measures?" + query, token);
      assertThat(r.status()).as(query).isEqualTo(400);
      assertThat(r.header("content-type")).startsWith("application/problem+json");
      assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo(query.substring(0, query.indexOf('=')));
    }
  }

  @Test
  void withoutAValidTokenItIs401() {
    assertThat(world.server.get("/api/v1/policy", null).status()).isEqualTo(401);
    Reply forged = world.server.get("/api/v1/policy", token.substring(0, token.length() - 4) + "AAAA");
    assertThat(forged.status()).isEqualTo(401);
    assertThat(forged.header("www-authenticate")).isEqualTo("Bearer");
    assertThat(forged.json().get("type").asText()).endsWith("/unauthenticated");
  }

  @Test
  void errorsFollowAcceptLanguage() {
    Reply zh = world.server.request("GET", "/api/v1/policy/measures?limit=0").token(token).send();
    Reply en = world.server.request("GET", "/api/v1/policy/measures?limit=0").token(token)
        .header("Accept-Language", "en-US,en;q=0.9").send();
    assertThat(zh.json().get("title").asText()).isEqualTo("请求参数无效");
    assertThat(en.json().get("title").asText()).isEqualTo("invalid request");
  }

  @Test
  void charactersBeyondTheBmpAreWrittenAsThemselves() {
    Reply r = world.server.get("/api/v1/nothing/%F0%A0%AE%B7", token);
    assertThat(r.body()).contains("\uD842\uDFB7").doesNotContain("\\uD842");
  }

  @Test
  void healthNeedsNoToken() {
    Reply r = world.server.get("/health", null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("database").asText()).isEqualTo("UP");
  }

  @Test
  void unknownPathsAndMethodsAreProblems() {
    Reply missing = world.server.get("/api/v1/nothing-here", token);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.header("content-type")).startsWith("application/problem+json");
    Reply method = world.server.request("DELETE", "/api/v1/policy").token(token).send();
    assertThat(method.status()).isEqualTo(405);
    assertThat(method.header("content-type")).startsWith("application/problem+json");
    Reply xml = world.server.request("GET", "/api/v1/policy").token(token).header("Accept", "application/xml").send();
    assertThat(xml.status()).isEqualTo(406);
  }

  @Test
  void meNamesTheCallerAndTheirRoles() {
    Reply me = world.server.get("/api/v1/me", token);
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("username").asText()).isEqualTo("bureau.staff");
    assertThat(me.json().get("roles").get(0).get("role").asText()).isEqualTo("DISTRICT_ADMIN");
  }
}
