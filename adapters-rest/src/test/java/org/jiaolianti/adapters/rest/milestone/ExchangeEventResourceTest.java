package org.jiaolianti.adapters.rest.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.adapters.rest.milestone.TypicalCaseResourceTest.assertProblem;
import static org.jiaolianti.adapters.rest.milestone.TypicalCaseResourceTest.ids;

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
class ExchangeEventResourceTest {

  static final String PATH = "/api/v1/exchange-events";

  MilestoneWorld w;
  HttpTestServer server;
  String admin;
  String xianganEvent;
  String huliEvent;

  @BeforeAll
  void start() {
    w = new MilestoneWorld();
    server = w.world.server;
    admin = w.token(Role.DISTRICT_ADMIN);
    xianganEvent = record(admin, "2025-12-20", "区教育局", "2025年“教联体”经验交流会");
    huliEvent = record(w.huliAdmin, "2025-12-21", "湖里区教育局", "湖里区经验交流会");
  }

  @AfterAll
  void stop() {
    w.close();
  }

  static String body(String heldOn, String organiser, String title) {
    return "{\"heldOn\": \"" + heldOn + "\", \"organiser\": \"" + organiser + "\", \"title\": \"" + title + "\"}";
  }

  String record(String token, String heldOn, String organiser, String title) {
    Reply r = server.post(PATH, token, body(heldOn, organiser, title));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asText();
  }

  @Test
  void recordingAnswers201WithLocationETagAndTheEventWhichReadsBackTheSame() {
    Reply created = server.post(PATH, admin, body("2026-05-18", "翔安区妇联", "家庭教育经验分享会"));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode e = created.json();
    String id = e.get("id").asText();
    assertThat(created.header("location")).isEqualTo(server.base() + PATH + "/" + id);
    assertThat(created.header("etag")).isEqualTo("\"0\"");
    assertThat(e.get("heldOn").asText()).isEqualTo("2026-05-18");
    assertThat(e.get("organiser").asText()).isEqualTo("翔安区妇联");
    assertThat(e.get("title").asText()).isEqualTo("家庭教育经验分享会");
    assertThat(e.get("voided").asBoolean()).isFalse();

    Reply read = server.get(PATH + "/" + id, admin);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("etag")).isEqualTo("\"0\"");
    assertThat(read.json()).isEqualTo(e);
  }

  @Test
  void voidingKeepsTheEventWithTheCallerAsVoider() {
    String id = record(admin, "2026-06-01", "区教育局", "录错的活动");

    Reply voided = server.post(PATH + "/" + id + "/void", admin, "{\"reason\": \"日期录错\"}");

    assertThat(voided.status()).as(voided.body()).isEqualTo(200);
    assertThat(voided.header("etag")).isEqualTo("\"1\"");
    assertThat(voided.json().get("voiding").get("voidedBy").asText()).isEqualTo("xa.admin");
    assertThat(voided.json().get("voiding").get("reason").asText()).isEqualTo("日期录错");
    assertThat(server.get(PATH + "/" + id, admin).json().get("voided").asBoolean()).isTrue();
    assertThat(ids(server.get(PATH + "?limit=500", admin))).contains(id, xianganEvent);
    assertThat(ids(server.get(PATH + "?limit=500&voided=false", admin))).doesNotContain(id).contains(xianganEvent);
    assertThat(ids(server.get(PATH + "?limit=500&voided=true", admin))).contains(id).doesNotContain(xianganEvent);

    assertProblem(server.post(PATH + "/" + id + "/void", admin, "{\"reason\": \"再次\"}"), 400, "id", "Voided");
    assertProblem(server.post(PATH + "/" + xianganEvent + "/void", admin, "{\"reason\": \"x\", \"voidedBy\": \"x\"}"),
        400, "voidedBy", "UnknownField");
    assertProblem(server.post(PATH + "/" + xianganEvent + "/void", admin, "{\"reason\": \" \"}"), 400, "reason",
        "NotBlank");
  }

  @Test
  void theListFiltersByDateAndOrganiserAndIsPaged() {
    String held = record(admin, "2026-03-03", "新店街道", "街道交流会");

    assertThat(ids(server.get(PATH + "?heldOn=2026-03-03", admin))).containsExactly(held);
    assertThat(ids(server.get(PATH + "?organiser=" + java.net.URLEncoder.encode("新店街道",
        java.nio.charset.StandardCharsets.UTF_8), admin))).containsExactly(held);
    assertProblem(server.get(PATH + "?heldOn=March", admin), 400, "heldOn", "Date");
    assertProblem(server.get(PATH + "?voided=yes", admin), 400, "voided", "Boolean");

    Reply page = server.get(PATH + "?limit=1&offset=1", admin);
    assertThat(page.json().get("items")).hasSize(1);
    assertThat(page.json().get("totalCount").asInt()).isGreaterThanOrEqualTo(2);
    for (String query : new String[] {"limit=0", "limit=501", "limit=x", "offset=-1"}) {
      assertProblem(server.get(PATH + "?" + query, admin), 400, query.substring(0, query.indexOf('=')), null);
    }
  }

  @Test
  void badBodiesAre400OneEntryPerField() {
    assertProblem(server.post(PATH, admin, "{\"heldOn\": "), 400, "body", "MalformedJson");
    assertProblem(server.post(PATH, admin, body("2026-01-01", "", "活动")), 400, "organiser", "NotBlank");
    assertProblem(server.post(PATH, admin, "{\"heldOn\": \"2026-01-01\", \"organiser\": [\"区教育局\"], \"title\": \"活动\"}"),
        400, "organiser", "WrongType");
    assertProblem(server.post(PATH, admin, body("yesterday", "区教育局", "活动")), 400, "heldOn", null);
    assertProblem(server.post(PATH, admin, body("2026-01-01", "区教育局", "x".repeat(201))), 400, "title", "Size");

    Reply empty = server.post(PATH, admin, "{}");
    List<String> fields = new ArrayList<>();
    empty.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("heldOn", "organiser", "title");
  }

  @Test
  void aBodyThatIsNotJsonIs415AndUnknownIdsAre404() {
    Reply r = server.request("POST", PATH).token(admin).header("Content-Type", "text/plain")
        .body(body("2026-01-01", "区教育局", "活动")).send();
    assertProblem(r, 415, null, null);
    assertProblem(server.get(PATH + "/no-such-event", admin), 404, null, null);
    assertProblem(server.post(PATH + "/no-such-event/void", admin, "{\"reason\": \"x\"}"), 404, null, null);
    assertProblem(server.get(PATH, null), 401, null, null);
  }

  @Test
  void everyRoleThatMayReadGetsItsDistrictsEventAnd404ForAnotherDistricts() {
    for (Role role : new Role[] {Role.DISTRICT_ADMIN, Role.AUDITOR, Role.UNIT_OFFICER, Role.ZONE_COORDINATOR,
        Role.SCHOOL_ADMIN}) {
      String token = w.token(role);
      Reply own = server.get(PATH + "/" + xianganEvent, token);
      assertThat(own.status()).as(role + ": " + own.body()).isEqualTo(200);
      assertThat(own.json().get("organiser").asText()).isEqualTo("区教育局");
      assertThat(ids(server.get(PATH + "?limit=500", token))).as(role.name()).contains(xianganEvent)
          .doesNotContain(huliEvent);
      assertProblem(server.get(PATH + "/" + huliEvent, token), 404, null, null);
    }

    assertThat(server.get(PATH + "/" + huliEvent, w.huliAdmin).status()).isEqualTo(200);
    assertThat(ids(server.get(PATH + "?limit=500", w.huliAdmin))).containsExactly(huliEvent);
    assertProblem(server.get(PATH + "/" + xianganEvent, w.huliAdmin), 404, null, null);
    assertProblem(server.post(PATH + "/" + xianganEvent + "/void", w.huliAdmin, "{\"reason\": \"跨区\"}"), 404, null,
        null);
    assertThat(server.get(PATH + "/" + xianganEvent, admin).json().get("voided").asBoolean()).isFalse();
  }

  @Test
  void rolesWithoutPermissionAre403AndOnlyTheDistrictAdminRecords() {
    for (String token : new String[] {w.token(Role.GUARDIAN), w.token(Role.TEACHER), w.token(Role.PARTNER_STAFF),
        w.token(Role.USER_ADMIN), w.aggregateOnly}) {
      assertProblem(server.get(PATH, token), 403, null, null);
      assertProblem(server.get(PATH + "/" + xianganEvent, token), 403, null, null);
    }
    int before = server.get(PATH, admin).json().get("totalCount").asInt();
    for (Role role : new Role[] {Role.AUDITOR, Role.SCHOOL_ADMIN, Role.ZONE_COORDINATOR, Role.TEACHER}) {
      assertProblem(server.post(PATH, w.token(role), body("2026-01-01", "区教育局", "越权")), 403, null, null);
      assertProblem(server.post(PATH + "/" + xianganEvent + "/void", w.token(role), "{\"reason\": \"越权\"}"), 403, null,
          null);
    }
    assertThat(server.get(PATH, admin).json().get("totalCount").asInt()).isEqualTo(before);
    assertThat(server.get(PATH + "/" + xianganEvent, admin).json().get("voided").asBoolean()).isFalse();
  }
}
