package org.jiaolianti.adapters.rest.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.adapters.rest.organization.OrganizationFixture.id;
import static org.jiaolianti.adapters.rest.organization.Replies.fields;
import static org.jiaolianti.adapters.rest.organization.Replies.itemIds;
import static org.jiaolianti.adapters.rest.organization.Replies.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import org.jiaolianti.adapters.rest.testing.HttpTestServer;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.domain.organization.School;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitteeResourceTest {

  static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";
  static final String PARENT = """
      {"name":"王家长","kind":"PARENT_REP","duty":"联络家长","validFrom":"2025-09-01"}""";

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

  String committee(School s) {
    return "/api/v1/schools/" + id(s) + "/committee";
  }

  /** Appoints a parent representative to {@code school} as {@code token}; returns the member's path. */
  String appoint(School school, String token) {
    Reply r = server.post(committee(school), token, PARENT);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return URI.create(r.header("location")).getPath();
  }

  @Test
  void theCommitteeListsItsMembersFilteredByKind() {
    Reply r = server.get(committee(f.schoolA) + "?kind=SCHOOL_LEADER", f.admin);
    assertThat(r.status()).isEqualTo(200);
    JsonNode member = r.json().get("items").get(0);
    assertThat(r.json().get("totalCount").asInt()).isEqualTo(1);
    assertThat(member.get("kind").asText()).isEqualTo("SCHOOL_LEADER");
    assertThat(member.get("kindLabel").asText()).isEqualTo("校领导");
    assertThat(member.get("schoolId").asText()).isEqualTo(id(f.schoolA));
    assertThat(member.get("validFrom").asText()).isEqualTo("2025-01-01");
    Reply en = server.request("GET", committee(f.schoolA) + "?kind=SCHOOL_LEADER").token(f.admin)
        .header("Accept-Language", "en").send();
    assertThat(en.json().get("items").get(0).get("kindLabel").asText()).isEqualTo("school leader");
    assertThat(fields(server.get(committee(f.schoolA) + "?kind=PRINCIPAL", f.admin))).containsExactly("kind");
    assertThat(fields(server.get(committee(f.schoolA) + "?limit=-3", f.admin))).containsExactly("limit");
    assertThat(server.get(committee(f.schoolA) + "?limit=2&offset=2", f.admin).json().get("items")).hasSize(2);
  }

  @Test
  void theSchoolAdminAppointsToItsOwnCommitteeWith201AndLocation() {
    Reply r = server.post(committee(f.schoolA), f.schoolAdminA, PARENT);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.header("etag")).isEqualTo("\"0\"");
    JsonNode member = r.json();
    String path = URI.create(r.header("location")).getPath();
    assertThat(path).isEqualTo(committee(f.schoolA) + "/" + member.get("id").asText());
    assertThat(member.get("duty").asText()).isEqualTo("联络家长");
    Reply read = server.get(path, f.schoolAdminA);
    assertThat(read.header("etag")).isEqualTo("\"0\"");
    assertThat(read.json()).isEqualTo(member);
    // another school's committee is out of its scope; a teacher sees the school but may not appoint
    problem(server.post(committee(f.schoolB), f.schoolAdminA, PARENT), 404);
    problem(server.post(committee(f.schoolA), f.teacherA, PARENT), 403);
    problem(server.post(committee(f.schoolA), f.zoneCoordinator, PARENT), 403);
    problem(server.post("/api/v1/schools/" + UNKNOWN + "/committee", f.admin, PARENT), 404);
  }

  @Test
  void appointingValidatesEachField() {
    assertThat(fields(server.post(committee(f.schoolA), f.admin, "{}"))).containsExactly("kind", "name", "validFrom");
    assertThat(fields(server.post(committee(f.schoolA), f.admin, """
        {"name":"x","kind":"MAYOR","validFrom":"2025-09-01"}"""))).containsExactly("kind");
    assertThat(fields(server.post(committee(f.schoolA), f.admin, """
        {"name":"x","kind":"TEACHER_REP","validFrom":"2025-09-01","validTo":"2025-08-01"}"""))).containsExactly("validTo");
    assertThat(fields(server.post(committee(f.schoolA), f.admin, """
        {"name":"%s","kind":"TEACHER_REP","validFrom":"2025-09-01"}""".formatted("名".repeat(101)))))
        .containsExactly("name");
    assertThat(fields(server.post(committee(f.schoolA), f.admin, "{\"name\":1,"))).containsExactly("body");
    problem(server.request("POST", committee(f.schoolA)).token(f.admin).header("Content-Type", "text/plain")
        .body(PARENT).send(), 415);
  }

  @Test
  void endingKeepsThePastAndRejectsADayOutsideThePeriod() {
    String member = appoint(f.schoolA, f.admin);
    assertThat(fields(server.post(member + "/end", f.admin, "{\"lastDay\":\"2025-08-31\"}"))).containsExactly("lastDay");
    assertThat(fields(server.post(member + "/end", f.admin, "{}"))).containsExactly("lastDay");
    problem(server.post(member + "/end", f.teacherA, "{\"lastDay\":\"2026-07-31\"}"), 403);
    Reply ended = server.post(member + "/end", f.schoolAdminA, "{\"lastDay\":\"2026-07-31\"}");
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    assertThat(ended.json().get("validTo").asText()).isEqualTo("2026-07-31");
    assertThat(ended.header("etag")).isEqualTo("\"1\"");
    assertThat(server.get(member, f.admin).json().get("validTo").asText()).isEqualTo("2026-07-31");
  }

  @Test
  void voidingRecordsWhoWhenAndWhy() {
    String member = appoint(f.schoolA, f.admin);
    assertThat(fields(server.post(member + "/void", f.admin, "{}"))).containsExactly("reason");
    Reply voided = server.post(member + "/void", f.schoolAdminA, "{\"reason\":\"重复录入\"}");
    assertThat(voided.status()).as(voided.body()).isEqualTo(200);
    assertThat(voided.json().get("voided").asBoolean()).isTrue();
    assertThat(voided.json().get("voiding").get("voidedBy").asText()).isEqualTo("org.admin.a");
    assertThat(voided.json().get("voiding").get("reason").asText()).isEqualTo("重复录入");
    assertThat(fields(server.post(member + "/void", f.admin, "{\"reason\":\"再次\"}"))).containsExactly("memberId");
    assertThat(fields(server.post(member + "/end", f.admin, "{\"lastDay\":\"2026-01-01\"}"))).containsExactly("memberId");
  }

  @Test
  void aMemberIsAddressedUnderItsOwnSchoolOnly() {
    String member = appoint(f.schoolA, f.admin);
    String memberId = member.substring(member.lastIndexOf('/') + 1);
    String elsewhere = committee(f.schoolB) + "/" + memberId;
    problem(server.get(elsewhere, f.admin), 404);
    problem(server.post(elsewhere + "/end", f.admin, "{\"lastDay\":\"2026-01-01\"}"), 404);
    problem(server.post(elsewhere + "/void", f.admin, "{\"reason\":\"借道作废\"}"), 404);
    assertThat(server.get(member, f.admin).json().get("voided").asBoolean()).isFalse();
    problem(server.get(committee(f.schoolA) + "/" + UNKNOWN, f.admin), 404);
    problem(server.get(committee(f.schoolA) + "/" + UNKNOWN, null), 401);
  }

  @Test
  void theSchoolAdminOfAnotherSchoolCannotReachThisCommittee() {
    String member = appoint(f.schoolA, f.admin);
    problem(server.get(member, f.guardianB), 404);
    problem(server.post(member + "/void", f.guardianB, "{\"reason\":\"x\"}"), 404);
    problem(server.post(member + "/void", f.counsellorA, "{\"reason\":\"x\"}"), 403);
    assertThat(itemIds(server.get(committee(f.schoolA), f.zoneCoordinator))).contains(
        member.substring(member.lastIndexOf('/') + 1));
  }
}
