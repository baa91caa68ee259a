package org.jiaolianti.adapters.rest.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.adapters.rest.organization.OrganizationFixture.id;
import static org.jiaolianti.adapters.rest.organization.Replies.fields;
import static org.jiaolianti.adapters.rest.organization.Replies.itemIds;
import static org.jiaolianti.adapters.rest.organization.Replies.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jiaolianti.adapters.rest.testing.HttpTestServer;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolResourceTest {

  static final String SCHOOLS = "/api/v1/schools";
  /** Codes of the schools the tests register (all in town T3, so the fixture's filters stay exact). */
  static final AtomicLong CODES = new AtomicLong(3502139000L);

  OrganizationFixture f;
  HttpTestServer server;

  @BeforeAll
  void start() {
    f = new OrganizationFixture();
    server = f.world.server;
  }

  @AfterAll
  void stop() {
    f.close();
  }

  static String body(String code) {
    return """
        {"code":"%s","name":"新圩中心小学","type":"PRIMARY","town":"%s","openedOn":"2015-09-01"}"""
        .formatted(code, OrganizationFixture.T3);
  }

  /** Registers a school in T3 as the district admin; returns the 201 reply. */
  Reply register() {
    Reply r = server.post(SCHOOLS, f.admin, body(Long.toString(CODES.incrementAndGet())));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r;
  }

  // --- reading ---

  @Test
  void listsFilterByTownTypeZoneAndCode() {
    assertThat(itemIds(server.get(SCHOOLS + "?town=" + OrganizationFixture.T1, f.admin)))
        .containsExactlyInAnyOrder(id(f.schoolA), id(f.schoolB));
    assertThat(itemIds(server.get(SCHOOLS + "?type=JUNIOR_SECONDARY", f.admin))).containsExactly(id(f.schoolC));
    assertThat(itemIds(server.get(SCHOOLS + "?zone=" + f.zone1.id(), f.admin)))
        .containsExactlyInAnyOrder(id(f.schoolA), id(f.schoolB));
    assertThat(itemIds(server.get(SCHOOLS + "?zone=" + f.zone2.id() + "&type=PRIMARY", f.admin))).isEmpty();
    assertThat(itemIds(server.get(SCHOOLS + "?code=3502130004", f.admin))).containsExactly(id(f.schoolD));
    assertThat(itemIds(server.get(SCHOOLS + "?town=" + OrganizationFixture.T2 + "&type=PRIMARY", f.admin)))
        .containsExactly(id(f.schoolD));
    assertThat(itemIds(server.get(SCHOOLS + "?zone=no-such-zone", f.admin))).isEmpty();
  }

  @Test
  void anUnknownTypeIsA400NamingTheFilter() {
    Reply r = server.get(SCHOOLS + "?type=UNIVERSITY", f.admin);
    assertThat(fields(r)).containsExactly("type");
    assertThat(r.json().get("errors").get(0).get("code").asText()).isEqualTo("UnknownValue");
  }

  @Test
  void listsArePagedWithinBounds() {
    Reply first = server.get(SCHOOLS + "?town=" + OrganizationFixture.T1 + "&limit=1", f.admin);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().get("totalCount").asInt()).isEqualTo(2);
    assertThat(first.json().get("limit").asInt()).isEqualTo(1);
    assertThat(first.json().get("items")).hasSize(1);
    Reply second = server.get(SCHOOLS + "?town=" + OrganizationFixture.T1 + "&limit=1&offset=1", f.admin);
    assertThat(second.json().get("items")).hasSize(1);
    assertThat(second.json().get("items").get(0).get("id")).isNotEqualTo(first.json().get("items").get(0).get("id"));
    Reply beyond = server.get(SCHOOLS + "?offset=100", f.admin);
    assertThat(beyond.json().get("items")).isEmpty();
    assertThat(server.get(SCHOOLS, f.admin).json().get("limit").asInt()).isEqualTo(25);
    for (String query : List.of("limit=0", "limit=501", "limit=x", "offset=-1")) {
      assertThat(fields(server.get(SCHOOLS + "?" + query, f.admin))).as(query)
          .containsExactly(query.substring(0, query.indexOf('=')));
    }
  }

  @Test
  void oneSchoolCarriesItsFieldsAndVersionAsETag() {
    Reply r = server.get(SCHOOLS + "/" + id(f.schoolA), f.admin);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.header("etag")).isEqualTo("\"0\"");
    JsonNode s = r.json();
    assertThat(s.get("code").asText()).isEqualTo("3502130001");
    assertThat(s.get("name").asText()).isEqualTo("翔安区实验小学");
    assertThat(s.get("type").asText()).isEqualTo("PRIMARY");
    assertThat(s.get("town").asText()).isEqualTo(OrganizationFixture.T1);
    assertThat(s.get("openedOn").asText()).isEqualTo("2010-09-01");
    assertThat(s.has("closedOn")).isFalse();
  }

  @Test
  void unknownOrMalformedIdsAre404() {
    problem(server.get(SCHOOLS + "/00000000-0000-0000-0000-000000000000", f.admin), 404);
    problem(server.get(SCHOOLS + "/not%20an%20id", f.admin), 404);
    problem(server.get(SCHOOLS + "/" + "x".repeat(80), f.admin), 404);
  }

  @Test
  void withoutATokenItIs401() {
    problem(server.get(SCHOOLS, null), 401);
    problem(server.get(SCHOOLS + "/" + id(f.schoolA), null), 401);
    problem(server.post(SCHOOLS, null, body("3502138888")), 401);
  }

  // --- registering ---

  @Test
  void registeringAnswers201WithLocationAndTheBody() {
    Reply r = register();
    JsonNode created = r.json();
    String location = r.header("location");
    assertThat(location).endsWith(SCHOOLS + "/" + created.get("id").asText());
    assertThat(r.header("etag")).isEqualTo("\"0\"");
    assertThat(created.get("name").asText()).isEqualTo("新圩中心小学");
    Reply read = server.get(java.net.URI.create(location).getPath(), f.admin);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json()).isEqualTo(created);
  }

  @Test
  void aDuplicateCodeIs409() {
    Reply r = server.post(SCHOOLS, f.admin, body("3502130001"));
    assertThat(problem(r, 409).get("type").asText()).endsWith("/duplicate");
  }

  @Test
  void anUnknownTownIs404() {
    problem(server.post(SCHOOLS, f.admin, """
        {"code":"3502137777","name":"无镇学校","type":"PRIMARY","town":"350213999","openedOn":"2015-09-01"}"""), 404);
  }

  @Test
  void anEmptyBodyNamesEveryMissingField() {
    assertThat(fields(server.post(SCHOOLS, f.admin, "{}")))
        .containsExactly("code", "name", "openedOn", "town", "type");
  }

  @Test
  void invalidFieldsAre400PerField() {
    Reply r = server.post(SCHOOLS, f.admin, """
        {"code":"12345","name":" ","type":"PRIMARY","town":"0213","openedOn":"2015-09-01"}""");
    assertThat(fields(r)).containsExactly("code", "name", "town");
    Reply en = server.request("POST", SCHOOLS).token(f.admin).header("Accept-Language", "en").json("""
        {"code":"12345","name":"学校","type":"PRIMARY","town":"350213102","openedOn":"2015-09-01"}""").send();
    assertThat(problem(en, 400).get("errors").get(0).get("message").asText()).contains("ten-digit");
  }

  @Test
  void malformedJsonWrongTypesUnknownEnumsAndUnknownFieldsAre400() {
    assertThat(fields(server.post(SCHOOLS, f.admin, "{\"code\":"))).containsExactly("body");
    assertThat(fields(server.post(SCHOOLS, f.admin, """
        {"code":"3502136666","name":["a"],"type":"PRIMARY","town":"350213102","openedOn":"2015-09-01"}""")))
        .containsExactly("name");
    assertThat(fields(server.post(SCHOOLS, f.admin, """
        {"code":"3502136666","name":"a","type":"PRIMARY","town":"350213102","openedOn":"1st of May"}""")))
        .containsExactly("openedOn");
    Reply enumValue = server.post(SCHOOLS, f.admin, """
        {"code":"3502136666","name":"a","type":"UNIVERSITY","town":"350213102","openedOn":"2015-09-01"}""");
    assertThat(fields(enumValue)).containsExactly("type");
    assertThat(enumValue.json().get("errors").get(0).get("code").asText()).isEqualTo("UnknownValue");
    assertThat(fields(server.post(SCHOOLS, f.admin, """
        {"code":"3502136666","name":"a","type":"PRIMARY","town":"350213102","openedOn":"2015-09-01","zone":"x"}""")))
        .containsExactly("zone");
    assertThat(itemIds(server.get(SCHOOLS + "?code=3502136666", f.admin))).isEmpty();
  }

  @Test
  void aBodyThatIsNotJsonIs415() {
    Reply r = server.request("POST", SCHOOLS).token(f.admin).header("Content-Type", "text/plain")
        .body(body("3502135555")).send();
    problem(r, 415);
  }

  @Test
  void onlyTheDistrictMayRegister() {
    problem(server.post(SCHOOLS, f.schoolAdminA, body("3502134444")), 403);
    problem(server.post(SCHOOLS, f.zoneCoordinator, body("3502134444")), 403);
    problem(server.post(SCHOOLS, f.healthOfficer, body("3502134444")), 403);
    assertThat(itemIds(server.get(SCHOOLS + "?code=3502134444", f.admin))).isEmpty();
  }

  // --- closing ---

  @Test
  void closingNeedsTheCurrentETag() {
    String path = java.net.URI.create(register().header("location")).getPath();
    String close = path + "/close";
    String closedOn = "{\"closedOn\":\"2026-07-01\"}";
    problem(server.post(close, f.admin, closedOn), 428);
    problem(server.request("POST", close).token(f.admin).header("If-Match", "\"7\"").json(closedOn).send(), 412);
    String etag = server.get(path, f.admin).header("etag");
    Reply closed = server.request("POST", close).token(f.admin).header("If-Match", etag).json(closedOn).send();
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    assertThat(closed.json().get("closedOn").asText()).isEqualTo("2026-07-01");
    assertThat(closed.header("etag")).isEqualTo("\"1\"").isNotEqualTo(etag);
    assertThat(server.get(path, f.admin).json().get("closedOn").asText()).isEqualTo("2026-07-01");
    // the old ETag is stale now
    problem(server.request("POST", close).token(f.admin).header("If-Match", etag).json(closedOn).send(), 412);
  }

  @Test
  void closingBeforeOpeningOrWithoutADateIs400() {
    String path = java.net.URI.create(register().header("location")).getPath();
    Reply early = server.request("POST", path + "/close").token(f.admin).header("If-Match", "\"0\"")
        .json("{\"closedOn\":\"2015-09-01\"}").send();
    assertThat(fields(early)).containsExactly("closedOn");
    Reply none = server.request("POST", path + "/close").token(f.admin).header("If-Match", "\"0\"").json("{}").send();
    assertThat(fields(none)).containsExactly("closedOn");
  }

  @Test
  void closingIsTheDistrictsAndAnUnknownSchoolIs404() {
    String close = SCHOOLS + "/" + id(f.schoolA) + "/close";
    problem(server.request("POST", close).token(f.schoolAdminA).header("If-Match", "\"0\"")
        .json("{\"closedOn\":\"2030-01-01\"}").send(), 403);
    problem(server.request("POST", close).token(f.teacherA).header("If-Match", "\"0\"")
        .json("{\"closedOn\":\"2030-01-01\"}").send(), 403);
    problem(server.request("POST", SCHOOLS + "/" + id(f.schoolB) + "/close").token(f.schoolAdminA)
        .header("If-Match", "\"0\"").json("{\"closedOn\":\"2030-01-01\"}").send(), 404);
    problem(server.request("POST", SCHOOLS + "/00000000-0000-0000-0000-000000000000/close").token(f.admin)
        .header("If-Match", "\"0\"").json("{\"closedOn\":\"2030-01-01\"}").send(), 404);
    assertThat(server.get(SCHOOLS + "/" + id(f.schoolA), f.admin).json().has("closedOn")).isFalse();
  }

  // --- alliance status ---

  @Test
  void aSchoolWithEveryConditionMetIsEstablished() {
    Reply r = server.get(SCHOOLS + "/" + id(f.schoolA) + "/alliance-status?asOf=2025-06-01", f.admin);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode status = r.json();
    assertThat(status.get("established").asBoolean()).isTrue();
    assertThat(status.get("asOf").asText()).isEqualTo("2025-06-01");
    assertThat(status.get("unmet")).isEmpty();
    assertThat(status.get("coveredCollaborations").toString()).contains("HOME_SCHOOL", "MEDICAL_EDUCATION");
  }

  @Test
  void unmetConditionsCarryCodeReasonInTheCallersLanguageAndClause() {
    String path = SCHOOLS + "/" + id(f.schoolB) + "/alliance-status?asOf=2025-06-01";
    JsonNode zh = server.get(path, f.admin).json();
    assertThat(zh.get("established").asBoolean()).isFalse();
    List<String> codes = new ArrayList<>();
    zh.get("unmet").forEach(u -> codes.add(u.get("code").asText()));
    assertThat(codes).containsExactlyInAnyOrder("COMPLETE_COMMITTEE", "OWN_TOWN_AGREEMENT", "COLLABORATION_COVERAGE");
    JsonNode committee = unmet(zh, "COMPLETE_COMMITTEE");
    assertThat(committee.get("clause").asText()).isEqualTo("五(一)1");
    assertThat(unmet(zh, "OWN_TOWN_AGREEMENT").get("clause").asText()).isEqualTo("四(二)");
    assertThat(committee.get("reason").asText()).containsPattern("\\p{IsHan}");
    JsonNode en = server.request("GET", path).token(f.admin).header("Accept-Language", "en").send().json();
    assertThat(unmet(en, "COMPLETE_COMMITTEE").get("reason").asText()).doesNotContainPattern("\\p{IsHan}").isNotBlank();
  }

  @Test
  void beforeTheZoneAndCommitteeExistedTheSchoolWasNotEstablished() {
    JsonNode status = server.get(SCHOOLS + "/" + id(f.schoolA) + "/alliance-status?asOf=2024-06-01", f.admin).json();
    assertThat(status.get("established").asBoolean()).isFalse();
    assertThat(status.get("unmet").toString()).contains("ZONE_MEMBERSHIP", "COMPLETE_COMMITTEE");
  }

  @Test
  void asOfDefaultsToTodayInShanghaiAndMustBeADate() {
    JsonNode status = server.get(SCHOOLS + "/" + id(f.schoolA) + "/alliance-status", f.admin).json();
    assertThat(status.get("asOf").asText()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
    assertThat(fields(server.get(SCHOOLS + "/" + id(f.schoolA) + "/alliance-status?asOf=2025-13-01", f.admin)))
        .containsExactly("asOf");
    problem(server.get(SCHOOLS + "/00000000-0000-0000-0000-000000000000/alliance-status", f.admin), 404);
    problem(server.get(SCHOOLS + "/" + id(f.schoolA) + "/alliance-status", f.clinician), 404);
  }

  static JsonNode unmet(JsonNode status, String code) {
    for (JsonNode u : status.get("unmet")) {
      if (u.get("code").asText().equals(code)) {
        return u;
      }
    }
    throw new AssertionError(code + " not unmet in " + status);
  }
}
