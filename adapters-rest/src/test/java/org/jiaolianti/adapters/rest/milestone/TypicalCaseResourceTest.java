package org.jiaolianti.adapters.rest.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.adapters.rest.testing.HttpTestServer;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.domain.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypicalCaseResourceTest {

  static final String PATH = "/api/v1/typical-cases";

  MilestoneWorld w;
  HttpTestServer server;
  String admin;
  /** A case of each district, recorded over HTTP by that district's admin. */
  String xianganCase;
  String huliCase;

  @BeforeAll
  void start() {
    w = new MilestoneWorld();
    server = w.world.server;
    admin = w.token(Role.DISTRICT_ADMIN);
    xianganCase = record(admin, "家校共育典型案例", "PRACTICE_CASE", "[\"HOME_SCHOOL\"]",
        "\"fromSchoolId\": \"" + w.established.id().value() + "\"", "2025-12-15");
    huliCase = record(w.huliAdmin, "湖里区案例", "PRACTICE_CASE", "[\"HOME_SCHOOL\"]",
        "\"fromUnitCode\": \"EDUCATION_BUREAU\"", "2025-12-15");
  }

  @AfterAll
  void stop() {
    w.close();
  }

  static String body(String title, String kind, String collaborations, String source, String selectedOn) {
    return "{\"title\": \"" + title + "\", \"kind\": \"" + kind + "\", \"collaborations\": " + collaborations + ", "
        + source + ", \"selectedOn\": \"" + selectedOn + "\"}";
  }

  String record(String token, String title, String kind, String collaborations, String source, String selectedOn) {
    Reply r = server.post(PATH, token, body(title, kind, collaborations, source, selectedOn));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asText();
  }

  String unitCase(String title) {
    return record(admin, title, "MICRO_LESSON", "[\"POLICE_SCHOOL\", \"HOME_SCHOOL\"]",
        "\"fromUnitCode\": \"POLICE_BRANCH\"", "2026-01-10");
  }

  static List<String> ids(Reply list) {
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    list.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }

  static void assertProblem(Reply r, int status, String field, String code) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("content-type")).startsWith("application/problem+json");
    if (field != null) {
      JsonNode error = r.json().get("errors").get(0);
      assertThat(error.get("field").asText()).as(r.body()).isEqualTo(field);
      if (code != null) {
        assertThat(error.get("code").asText()).as(r.body()).isEqualTo(code);
      }
    }
  }

  // --- happy paths -------------------------------------------------------------------------------

  @Test
  void recordingAnswers201WithLocationETagAndTheCaseWhichReadsBackTheSame() {
    Reply created = server.post(PATH, admin, body("护学岗微课", "MICRO_LESSON", "[\"POLICE_SCHOOL\", \"HOME_SCHOOL\"]",
        "\"fromUnitCode\": \"POLICE_BRANCH\"", "2026-01-10"));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode c = created.json();
    String id = c.get("id").asText();
    assertThat(created.header("location")).isEqualTo(server.base() + PATH + "/" + id);
    assertThat(created.header("etag")).isEqualTo("\"0\"");
    assertThat(c.get("title").asText()).isEqualTo("护学岗微课");
    assertThat(c.get("kind").asText()).isEqualTo("MICRO_LESSON");
    assertThat(c.get("collaborations")).extracting(JsonNode::asText).containsExactly("HOME_SCHOOL", "POLICE_SCHOOL");
    assertThat(c.get("fromUnitCode").asText()).isEqualTo("POLICE_BRANCH");
    assertThat(c.has("fromSchoolId")).isFalse();
    assertThat(c.get("selectedOn").asText()).isEqualTo("2026-01-10");
    assertThat(c.get("voided").asBoolean()).isFalse();
    assertThat(c.has("voiding")).isFalse();

    Reply read = server.get(PATH + "/" + id, admin);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("etag")).isEqualTo("\"0\"");
    assertThat(read.json()).isEqualTo(c);
  }

  @Test
  void aCaseFromASchoolNamesTheSchool() {
    Reply read = server.get(PATH + "/" + xianganCase, admin);

    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("fromSchoolId").asText()).isEqualTo(w.established.id().value());
    assertThat(read.json().get("title").asText()).isEqualTo("家校共育典型案例");
  }

  @Test
  void voidingKeepsTheCaseWithTheCallerAsVoiderAndBumpsTheVersion() {
    String id = unitCase("重复申报的微课");

    Reply voided = server.post(PATH + "/" + id + "/void", admin, "{\"reason\": \"重复申报\"}");

    assertThat(voided.status()).as(voided.body()).isEqualTo(200);
    assertThat(voided.header("etag")).isEqualTo("\"1\"");
    JsonNode v = voided.json();
    assertThat(v.get("voided").asBoolean()).isTrue();
    assertThat(v.get("voiding").get("voidedBy").asText()).isEqualTo("xa.admin");
    assertThat(v.get("voiding").get("reason").asText()).isEqualTo("重复申报");
    assertThat(v.get("voiding").get("voidedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)");
    Reply read = server.get(PATH + "/" + id, admin);
    assertThat(read.header("etag")).isEqualTo("\"1\"");
    assertThat(read.json().get("voided").asBoolean()).isTrue();

    assertThat(ids(server.get(PATH + "?limit=500", admin))).contains(id);
    assertThat(ids(server.get(PATH + "?limit=500&voided=false", admin))).doesNotContain(id).contains(xianganCase);
    assertThat(ids(server.get(PATH + "?limit=500&voided=true", admin))).contains(id).doesNotContain(xianganCase);

    assertProblem(server.post(PATH + "/" + id + "/void", admin, "{\"reason\": \"再次作废\"}"), 400, "id", "Voided");
  }

  @Test
  void whoVoidsComesFromTheTokenNeverFromTheBody() {
    String id = unitCase("作废人不可伪造");

    assertProblem(server.post(PATH + "/" + id + "/void", admin, "{\"reason\": \"x\", \"voidedBy\": \"someone.else\"}"),
        400, "voidedBy", "UnknownField");
    assertThat(server.get(PATH + "/" + id, admin).json().get("voided").asBoolean()).isFalse();
  }

  @Test
  void theListFiltersByKindCollaborationAndSource() {
    String micro = unitCase("筛选用微课");

    List<String> microLessons = ids(server.get(PATH + "?limit=500&kind=MICRO_LESSON", admin));
    assertThat(microLessons).contains(micro).doesNotContain(xianganCase);
    server.get(PATH + "?limit=500&kind=MICRO_LESSON", admin).json().get("items")
        .forEach(i -> assertThat(i.get("kind").asText()).isEqualTo("MICRO_LESSON"));

    assertThat(ids(server.get(PATH + "?limit=500&collaboration=POLICE_SCHOOL", admin))).contains(micro)
        .doesNotContain(xianganCase);
    assertThat(ids(server.get(PATH + "?limit=500&collaboration=HOME_SCHOOL", admin))).contains(micro, xianganCase);
    assertThat(ids(server.get(PATH + "?limit=500&collaboration=MEDICAL_EDUCATION", admin))).isEmpty();
    assertThat(ids(server.get(PATH + "?fromSchoolId=" + w.established.id().value(), admin))).containsExactly(xianganCase);
    assertThat(ids(server.get(PATH + "?limit=500&fromUnitCode=POLICE_BRANCH", admin))).contains(micro)
        .doesNotContain(xianganCase);
  }

  @Test
  void theListIsPagedWithinBounds() {
    unitCase("分页一");
    unitCase("分页二");

    Reply all = server.get(PATH + "?limit=500", admin);
    int total = all.json().get("totalCount").asInt();
    assertThat(total).isGreaterThanOrEqualTo(3).isEqualTo(all.json().get("items").size());
    Reply first = server.get(PATH + "?limit=1", admin);
    assertThat(first.json().get("items")).hasSize(1);
    assertThat(first.json().get("totalCount").asInt()).isEqualTo(total);
    assertThat(first.json().get("limit").asInt()).isEqualTo(1);
    Reply last = server.get(PATH + "?limit=2&offset=" + (total - 1), admin);
    assertThat(last.json().get("items")).hasSize(1);
    assertThat(last.json().get("offset").asInt()).isEqualTo(total - 1);
    assertThat(server.get(PATH + "?offset=" + total, admin).json().get("items")).isEmpty();
    assertThat(server.get(PATH, admin).json().get("limit").asInt()).isEqualTo(25);

    for (String query : new String[] {"limit=0", "limit=501", "limit=abc", "offset=-1"}) {
      assertProblem(server.get(PATH + "?" + query, admin), 400, query.substring(0, query.indexOf('=')), null);
    }
  }

  @Test
  void badFilterValuesAre400NamingTheParameter() {
    assertProblem(server.get(PATH + "?kind=BLOG", admin), 400, "kind", "UnknownValue");
    assertProblem(server.get(PATH + "?collaboration=CHESS", admin), 400, "collaboration", "UnknownValue");
    assertProblem(server.get(PATH + "?voided=maybe", admin), 400, "voided", "Boolean");
  }

  // --- input errors ------------------------------------------------------------------------------

  @Test
  void malformedJsonIs400() {
    assertProblem(server.post(PATH, admin, "{\"title\": \"案例\","), 400, "body", "MalformedJson");
    assertProblem(server.post(PATH + "/" + xianganCase + "/void", admin, "{reason: x}"), 400, "body", "MalformedJson");
  }

  @Test
  void anUnknownKindIs400ListingTheKinds() {
    Reply r = server.post(PATH, admin, body("案例", "BLOG", "[\"HOME_SCHOOL\"]", "\"fromUnitCode\": \"POLICE_BRANCH\"",
        "2026-01-10"));

    assertProblem(r, 400, "kind", "UnknownValue");
    assertThat(r.json().get("errors").get(0).get("message").asText()).contains("PRACTICE_CASE", "MICRO_LESSON");
    assertProblem(server.post(PATH, admin, body("案例", "MICRO_LESSON", "[\"CHESS\"]",
        "\"fromUnitCode\": \"POLICE_BRANCH\"", "2026-01-10")), 400, "collaborations[0]", "UnknownValue");
  }

  @Test
  void missingFieldsAre400OneEntryPerField() {
    assertProblem(server.post(PATH, admin, body("", "MICRO_LESSON", "[\"HOME_SCHOOL\"]",
        "\"fromUnitCode\": \"POLICE_BRANCH\"", "2026-01-10")), 400, "title", "NotBlank");

    Reply empty = server.post(PATH, admin, "{}");
    assertThat(empty.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    empty.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("collaborations", "kind", "selectedOn", "title");

    Reply en = server.request("POST", PATH).token(admin).header("Accept-Language", "en").json("{}").send();
    assertThat(en.json().get("title").asText()).isEqualTo("invalid request");

    assertProblem(server.post(PATH, admin, ""), 400, "body", null);
    assertProblem(server.post(PATH + "/" + xianganCase + "/void", admin, "{}"), 400, "reason", "NotBlank");
  }

  @Test
  void wrongTypesAre400NamingTheField() {
    assertProblem(server.post(PATH, admin, "{\"title\": \"案例\", \"kind\": \"MICRO_LESSON\", "
        + "\"collaborations\": \"HOME_SCHOOL\", \"fromUnitCode\": \"POLICE_BRANCH\", \"selectedOn\": \"2026-01-10\"}"),
        400, "collaborations", "WrongType");
    assertProblem(server.post(PATH, admin, "{\"title\": {\"zh\": \"案例\"}, \"kind\": \"MICRO_LESSON\", "
        + "\"collaborations\": [\"HOME_SCHOOL\"], \"fromUnitCode\": \"POLICE_BRANCH\", \"selectedOn\": \"2026-01-10\"}"),
        400, "title", "WrongType");
    assertProblem(server.post(PATH, admin, body("案例", "MICRO_LESSON", "[\"HOME_SCHOOL\"]",
        "\"fromUnitCode\": \"POLICE_BRANCH\"", "10 January")), 400, "selectedOn", null);
  }

  @Test
  void theDistrictComesFromTheCallerNotTheBody() {
    assertProblem(server.post(PATH, admin, "{\"district\": \"350206\", \"title\": \"案例\", \"kind\": \"MICRO_LESSON\", "
        + "\"collaborations\": [\"HOME_SCHOOL\"], \"fromUnitCode\": \"POLICE_BRANCH\", \"selectedOn\": \"2026-01-10\"}"),
        400, "district", "UnknownField");
  }

  @Test
  void whatTheUseCaseRefusesIsA4xxAndRecordsNothing() {
    int before = server.get(PATH, admin).json().get("totalCount").asInt();

    assertProblem(server.post(PATH, admin, body("两个来源", "PRACTICE_CASE", "[\"HOME_SCHOOL\"]",
        "\"fromUnitCode\": \"POLICE_BRANCH\", \"fromSchoolId\": \"" + w.established.id().value() + "\"", "2026-01-10")),
        400, "fromSchoolId", "ExactlyOne");
    assertProblem(server.post(PATH, admin, "{\"title\": \"没有来源\", \"kind\": \"PRACTICE_CASE\", "
        + "\"collaborations\": [\"HOME_SCHOOL\"], \"selectedOn\": \"2026-01-10\"}"), 400, "fromSchoolId", "ExactlyOne");
    assertProblem(server.post(PATH, admin, body("未知单位", "PRACTICE_CASE", "[\"HOME_SCHOOL\"]",
        "\"fromUnitCode\": \"NO_SUCH_UNIT\"", "2026-01-10")), 400, "fromUnitCode", "KnownUnit");
    assertProblem(server.post(PATH, admin, body("格式错误的单位", "PRACTICE_CASE", "[\"HOME_SCHOOL\"]",
        "\"fromUnitCode\": \"police\"", "2026-01-10")), 400, "fromUnitCode", "Pattern");
    assertProblem(server.post(PATH, admin, body("未知学校", "PRACTICE_CASE", "[\"HOME_SCHOOL\"]",
        "\"fromSchoolId\": \"no-such-school\"", "2026-01-10")), 404, null, null);

    assertThat(server.get(PATH, admin).json().get("totalCount").asInt()).isEqualTo(before);
  }

  @Test
  void aBodyThatIsNotJsonIs415() {
    Reply r = server.request("POST", PATH).token(admin).header("Content-Type", "text/plain")
        .body(body("案例", "MICRO_LESSON", "[\"HOME_SCHOOL\"]", "\"fromUnitCode\": \"POLICE_BRANCH\"", "2026-01-10"))
        .send();
    assertProblem(r, 415, null, null);
    Reply v = server.request("POST", PATH + "/" + xianganCase + "/void").token(admin)
        .header("Content-Type", "text/plain").body("{\"reason\": \"x\"}").send();
    assertProblem(v, 415, null, null);
    assertThat(server.get(PATH + "/" + xianganCase, admin).json().get("voided").asBoolean()).isFalse();
  }

  @Test
  void unknownIdsAre404() {
    assertProblem(server.get(PATH + "/no-such-case", admin), 404, null, null);
    assertProblem(server.get(PATH + "/not.an.id", admin), 404, null, null);
    assertProblem(server.post(PATH + "/no-such-case/void", admin, "{\"reason\": \"x\"}"), 404, null, null);
    assertProblem(server.post(PATH + "/not.an.id/void", admin, "{\"reason\": \"x\"}"), 404, null, null);
  }

  @Test
  void withoutATokenItIs401() {
    assertProblem(server.get(PATH, null), 401, null, null);
    assertProblem(server.get(PATH + "/" + xianganCase, null), 401, null, null);
    assertProblem(server.post(PATH, null, "{}"), 401, null, null);
  }

  // --- who may do what ---------------------------------------------------------------------------

  @Test
  void everyRoleThatMayReadGetsItsDistrictsCaseAnd404ForAnotherDistricts() {
    for (Role role : new Role[] {Role.DISTRICT_ADMIN, Role.AUDITOR, Role.UNIT_OFFICER, Role.ZONE_COORDINATOR,
        Role.SCHOOL_ADMIN}) {
      String token = w.token(role);
      Reply own = server.get(PATH + "/" + xianganCase, token);
      assertThat(own.status()).as(role + ": " + own.body()).isEqualTo(200);
      assertThat(own.json().get("id").asText()).isEqualTo(xianganCase);
      assertThat(ids(server.get(PATH + "?limit=500", token))).as(role.name()).contains(xianganCase)
          .doesNotContain(huliCase);

      assertProblem(server.get(PATH + "/" + huliCase, token), 404, null, null);
    }
  }

  @Test
  void aHuliAdminReadsHuliCasesAndNeverXiangans() {
    Reply own = server.get(PATH + "/" + huliCase, w.huliAdmin);
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.json().get("title").asText()).isEqualTo("湖里区案例");
    assertThat(ids(server.get(PATH + "?limit=500", w.huliAdmin))).containsExactly(huliCase);

    assertProblem(server.get(PATH + "/" + xianganCase, w.huliAdmin), 404, null, null);
    assertProblem(server.post(PATH + "/" + xianganCase + "/void", w.huliAdmin, "{\"reason\": \"跨区\"}"), 404, null, null);
    assertThat(server.get(PATH + "/" + xianganCase, admin).json().get("voided").asBoolean()).isFalse();
  }

  @Test
  void rolesWithoutTheReadPermissionAre403() {
    List<String> tokens = new ArrayList<>();
    for (Role role : new Role[] {Role.GUARDIAN, Role.TEACHER, Role.PARTNER_STAFF, Role.USER_ADMIN,
        Role.DISTRICT_MH_OFFICER}) {
      tokens.add(w.token(role));
    }
    tokens.add(w.aggregateOnly);
    for (String token : tokens) {
      assertProblem(server.get(PATH, token), 403, null, null);
      assertProblem(server.get(PATH + "/" + xianganCase, token), 403, null, null);
    }
  }

  @Test
  void onlyTheDistrictAdminRecordsAndVoids() {
    int before = server.get(PATH, admin).json().get("totalCount").asInt();
    String valid = body("越权录入", "PRACTICE_CASE", "[\"HOME_SCHOOL\"]", "\"fromUnitCode\": \"POLICE_BRANCH\"",
        "2026-01-10");
    for (Role role : new Role[] {Role.AUDITOR, Role.SCHOOL_ADMIN, Role.ZONE_COORDINATOR, Role.UNIT_OFFICER,
        Role.GUARDIAN, Role.USER_ADMIN}) {
      assertProblem(server.post(PATH, w.token(role), valid), 403, null, null);
      assertProblem(server.post(PATH + "/" + xianganCase + "/void", w.token(role), "{\"reason\": \"越权\"}"), 403, null,
          null);
    }
    assertThat(server.get(PATH, admin).json().get("totalCount").asInt()).isEqualTo(before);
    assertThat(server.get(PATH + "/" + xianganCase, admin).json().get("voided").asBoolean()).isFalse();
  }
}
