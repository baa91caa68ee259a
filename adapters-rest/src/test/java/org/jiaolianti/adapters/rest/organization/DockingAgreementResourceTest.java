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
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.School;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DockingAgreementResourceTest {

  static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";

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

  String agreements(School s) {
    return "/api/v1/schools/" + id(s) + "/docking-agreements";
  }

  static String body(Partner partner) {
    return """
        {"partnerId":"%s","collaborations":["COMMUNITY_EDUCATION","HOME_SCHOOL"],"duties":"共建社区课堂",
         "mode":"每月联席会议","responsiblePerson":"陈主任","contact":"0592-7111111","validFrom":"2025-09-01",
         "validTo":"2027-08-31"}""".formatted(partner.id());
  }

  String sign(School school, Partner partner, String token) {
    Reply r = server.post(agreements(school), token, body(partner));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return URI.create(r.header("location")).getPath();
  }

  @Test
  void theSchoolsAgreementsCarryEveryField() {
    Reply r = server.get(agreements(f.schoolA) + "/" + f.town1A.id(), f.admin);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.header("etag")).isEqualTo("\"0\"");
    JsonNode a = r.json();
    assertThat(a.get("schoolId").asText()).isEqualTo(id(f.schoolA));
    assertThat(a.get("partnerId").asText()).isEqualTo(f.town1.id().value());
    assertThat(a.get("partnerName").asText()).isEqualTo("新店镇人民政府");
    assertThat(a.get("collaborations").toString())
        .isEqualTo("[\"HOME_SCHOOL\",\"COMMUNITY_EDUCATION\",\"POLICE_SCHOOL\"]");
    assertThat(a.get("duties").asText()).isEqualTo("共同开展活动");
    assertThat(a.get("mode").asText()).isEqualTo("每学期联席会议");
    assertThat(a.get("responsiblePerson").asText()).isEqualTo("张老师");
    assertThat(a.get("contact").asText()).isEqualTo("0592-7000000");
    assertThat(a.get("validFrom").asText()).isEqualTo("2025-01-01");
    assertThat(a.get("voided").asBoolean()).isFalse();
    assertThat(itemIds(server.get(agreements(f.schoolA) + "?partnerId=" + f.health.id(), f.admin)))
        .containsExactly(f.healthA.id().value());
    assertThat(fields(server.get(agreements(f.schoolA) + "?offset=x", f.admin))).containsExactly("offset");
    problem(server.get(agreements(f.schoolA) + "/" + UNKNOWN, f.admin), 404);
    problem(server.get(agreements(f.schoolB) + "/" + f.town1A.id(), f.admin), 404);
  }

  @Test
  void signingAnswers201WithLocationAndTheAgreementCounts() {
    Reply r = server.post(agreements(f.schoolD), f.admin, body(f.community));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    JsonNode a = r.json();
    String path = URI.create(r.header("location")).getPath();
    assertThat(path).isEqualTo(agreements(f.schoolD) + "/" + a.get("id").asText());
    assertThat(a.get("validTo").asText()).isEqualTo("2027-08-31");
    assertThat(a.get("partnerName").asText()).isEqualTo("马巷社区");
    assertThat(server.get(path, f.admin).json()).isEqualTo(a);
    assertThat(itemIds(server.get(agreements(f.schoolD), f.admin))).containsExactly(a.get("id").asText());
  }

  @Test
  void theSchoolAdminSignsForItsOwnSchoolOnlyAndPartnersSignNothing() {
    sign(f.schoolA, f.venue, f.schoolAdminA);
    problem(server.post(agreements(f.schoolB), f.schoolAdminA, body(f.venue)), 404);
    problem(server.post(agreements(f.schoolB), f.venueStaff, body(f.venue)), 403);
    problem(server.post(agreements(f.schoolA), f.healthOfficer, body(f.health)), 403);
    problem(server.post(agreements(f.schoolA), f.teacherA, body(f.health)), 403);
  }

  @Test
  void signingValidatesEachFieldAndThePartner() {
    assertThat(fields(server.post(agreements(f.schoolA), f.admin, "{}"))).containsExactly("collaborations", "contact",
        "duties", "mode", "partnerId", "responsiblePerson", "validFrom");
    String empty = body(f.health).replace("[\"COMMUNITY_EDUCATION\",\"HOME_SCHOOL\"]", "[]");
    assertThat(fields(server.post(agreements(f.schoolA), f.admin, empty))).containsExactly("collaborations");
    String unknownValue = body(f.health).replace("\"HOME_SCHOOL\"", "\"SPACE_SCHOOL\"");
    Reply r = server.post(agreements(f.schoolA), f.admin, unknownValue);
    assertThat(fields(r)).containsExactly("collaborations[1]");
    assertThat(r.json().get("errors").get(0).get("code").asText()).isEqualTo("UnknownValue");
    String wrongType = body(f.health).replace("[\"COMMUNITY_EDUCATION\",\"HOME_SCHOOL\"]", "\"HOME_SCHOOL\"");
    assertThat(fields(server.post(agreements(f.schoolA), f.admin, wrongType))).containsExactly("collaborations");
    String backwards = body(f.health).replace("2027-08-31", "2025-08-31");
    assertThat(fields(server.post(agreements(f.schoolA), f.admin, backwards))).containsExactly("validTo");
    String blank = body(f.health).replace("陈主任", " ");
    assertThat(fields(server.post(agreements(f.schoolA), f.admin, blank))).containsExactly("responsiblePerson");
    String noPartner = body(f.health).replace(f.health.id().value(), UNKNOWN);
    problem(server.post(agreements(f.schoolA), f.admin, noPartner), 404);
    problem(server.post("/api/v1/schools/" + UNKNOWN + "/docking-agreements", f.admin, body(f.health)), 404);
    problem(server.request("POST", agreements(f.schoolA)).token(f.admin).header("Content-Type", "text/csv")
        .body("a,b").send(), 415);
    problem(server.post(agreements(f.schoolA), null, body(f.health)), 401);
  }

  @Test
  void endingAndVoidingKeepTheRecord() {
    String path = sign(f.schoolC, f.community, f.admin);
    assertThat(fields(server.post(path + "/end", f.admin, "{\"lastDay\":\"2028-01-01\"}"))).containsExactly("lastDay");
    Reply ended = server.post(path + "/end", f.admin, "{\"lastDay\":\"2026-08-31\"}");
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    assertThat(ended.json().get("validTo").asText()).isEqualTo("2026-08-31");
    assertThat(ended.header("etag")).isEqualTo("\"1\"");
    assertThat(fields(server.post(path + "/void", f.admin, "{\"reason\":\"  \"}"))).containsExactly("reason");
    Reply voided = server.post(path + "/void", f.admin, "{\"reason\":\"签约对象有误\"}");
    assertThat(voided.status()).as(voided.body()).isEqualTo(200);
    assertThat(voided.json().get("voided").asBoolean()).isTrue();
    assertThat(voided.json().get("voiding").get("voidedBy").asText()).isEqualTo("org.admin");
    assertThat(voided.json().get("voiding").get("reason").asText()).isEqualTo("签约对象有误");
    assertThat(server.get(path, f.admin).json().get("voided").asBoolean()).isTrue();
    assertThat(fields(server.post(path + "/void", f.admin, "{\"reason\":\"again\"}"))).containsExactly("agreementId");
    assertThat(fields(server.post(path + "/end", f.admin, "{\"lastDay\":\"2026-01-01\"}"))).containsExactly("agreementId");
  }

  @Test
  void anAgreementIsChangedUnderItsOwnSchoolOnly() {
    String path = sign(f.schoolA, f.community, f.schoolAdminA);
    String agreementId = path.substring(path.lastIndexOf('/') + 1);
    problem(server.post(agreements(f.schoolD) + "/" + agreementId + "/void", f.admin, "{\"reason\":\"借道\"}"), 404);
    problem(server.post(agreements(f.schoolB) + "/" + agreementId + "/end", f.schoolAdminA,
        "{\"lastDay\":\"2026-01-01\"}"), 404);
    problem(server.post(path + "/void", f.counsellorA, "{\"reason\":\"x\"}"), 403);
    problem(server.post(agreements(f.schoolA) + "/" + UNKNOWN + "/end", f.admin, "{\"lastDay\":\"2026-01-01\"}"), 404);
    Reply mine = server.post(path + "/end", f.schoolAdminA, "{\"lastDay\":\"2026-01-31\"}");
    assertThat(mine.status()).as(mine.body()).isEqualTo(200);
    assertThat(server.get(path, f.admin).json().get("voided").asBoolean()).isFalse();
  }

  @Test
  void partnerStaffSeeOnlyTheirOwnAgreementsOfASchool() {
    assertThat(itemIds(server.get(agreements(f.schoolB), f.admin)))
        .containsExactlyInAnyOrder(f.venueB.id().value(), f.healthB.id().value());
    assertThat(itemIds(server.get(agreements(f.schoolB), f.venueStaff))).containsExactly(f.venueB.id().value());
    assertThat(itemIds(server.get(agreements(f.schoolB), f.healthOfficer))).containsExactly(f.healthB.id().value());
    problem(server.get(agreements(f.schoolB) + "/" + f.healthB.id(), f.venueStaff), 404);
  }
}
