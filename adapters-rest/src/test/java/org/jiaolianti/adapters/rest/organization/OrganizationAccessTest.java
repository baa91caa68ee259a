package org.jiaolianti.adapters.rest.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.adapters.rest.organization.OrganizationFixture.id;
import static org.jiaolianti.adapters.rest.organization.Replies.itemIds;
import static org.jiaolianti.adapters.rest.organization.Replies.ok;
import static org.jiaolianti.adapters.rest.organization.Replies.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jiaolianti.adapters.rest.testing.HttpTestServer;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * For each role that reads the organization (docs/access.md): a request in its own scope returns the data,
 * the same request with another scope's id is a 404 (so a server that answers 404 to everything fails),
 * and what it sees but may not do is a 403. Read-only: nothing here changes the fixture.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizationAccessTest {

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

  Reply get(String path, String token) {
    return server.get(path, token);
  }

  String school(org.jiaolianti.domain.organization.School s) {
    return "/api/v1/schools/" + id(s);
  }

  String agreements(org.jiaolianti.domain.organization.School s) {
    return school(s) + "/docking-agreements";
  }

  String agreement(DockingAgreement a) {
    return "/api/v1/schools/" + a.school().value() + "/docking-agreements/" + a.id().value();
  }

  @Test
  void districtAdminReadsTheWholeDistrictAndAnUnknownIdIs404() {
    assertThat(itemIds(get("/api/v1/schools", f.admin)))
        .containsExactlyInAnyOrder(id(f.schoolA), id(f.schoolB), id(f.schoolC), id(f.schoolD));
    ok(get(school(f.schoolC), f.admin), id(f.schoolC));
    problem(get("/api/v1/schools/" + UNKNOWN, f.admin), 404);
    ok(get("/api/v1/zones/" + f.zone2.id(), f.admin), f.zone2.id().value());
    problem(get("/api/v1/zones/" + UNKNOWN, f.admin), 404);
    ok(get("/api/v1/partners/" + f.venue.id(), f.admin), f.venue.id().value());
    problem(get("/api/v1/partners/" + UNKNOWN, f.admin), 404);
    assertThat(itemIds(get(agreements(f.schoolA), f.admin)))
        .containsExactlyInAnyOrder(f.town1A.id().value(), f.healthA.id().value());
    assertThat(itemIds(get(school(f.schoolA) + "/committee", f.admin))).hasSize(4);
    problem(get("/api/v1/schools/" + UNKNOWN + "/committee", f.admin), 404);
  }

  @Test
  void zoneCoordinatorReadsItsZonesSchoolsButNotAnotherZones() {
    String t = f.zoneCoordinator;
    assertThat(itemIds(get("/api/v1/schools", t))).containsExactlyInAnyOrder(id(f.schoolA), id(f.schoolB));
    ok(get(school(f.schoolB), t), id(f.schoolB));
    problem(get(school(f.schoolC), t), 404);
    ok(get("/api/v1/zones/" + f.zone1.id(), t), f.zone1.id().value());
    problem(get("/api/v1/zones/" + f.zone2.id(), t), 404);
    assertThat(itemIds(get("/api/v1/zones", t))).containsExactly(f.zone1.id().value());
    assertThat(itemIds(get(school(f.schoolA) + "/committee", t))).hasSize(4);
    problem(get(school(f.schoolC) + "/committee", t), 404);
    // all of a member school's agreements, whoever the partner
    assertThat(itemIds(get(agreements(f.schoolB), t)))
        .containsExactlyInAnyOrder(f.venueB.id().value(), f.healthB.id().value());
    problem(get(agreements(f.schoolC), t), 404);
    // the partners docking with its schools (S+), not the others
    ok(get("/api/v1/partners/" + f.venue.id(), t), f.venue.id().value());
    problem(get("/api/v1/partners/" + f.community.id(), t), 404);
    // reading is not managing
    problem(server.post("/api/v1/schools/" + id(f.schoolA) + "/close", t, "{\"closedOn\":\"2030-01-01\"}"), 403);
  }

  @Test
  void schoolAdminReadsAndManagesItsOwnSchoolOnly() {
    String t = f.schoolAdminA;
    assertThat(itemIds(get("/api/v1/schools", t))).containsExactly(id(f.schoolA));
    ok(get(school(f.schoolA), t), id(f.schoolA));
    problem(get(school(f.schoolB), t), 404);
    ok(get("/api/v1/zones/" + f.zone1.id(), t), f.zone1.id().value());
    problem(get("/api/v1/zones/" + f.zone2.id(), t), 404);
    assertThat(itemIds(get("/api/v1/partners", t)))
        .containsExactlyInAnyOrder(f.town1.id().value(), f.health.id().value());
    problem(get("/api/v1/partners/" + f.venue.id(), t), 404);
    assertThat(itemIds(get(school(f.schoolA) + "/committee", t))).hasSize(4);
    problem(get(school(f.schoolB) + "/committee", t), 404);
    assertThat(itemIds(get(agreements(f.schoolA), t))).hasSize(2);
    problem(get(agreements(f.schoolB), t), 404);
    // MANAGE_ORGANIZATION is the district's
    Reply register = server.post("/api/v1/schools", t, """
        {"code":"3502139901","name":"越权学校","type":"PRIMARY","town":"350213102","openedOn":"2020-09-01"}""");
    problem(register, 403);
    problem(server.post("/api/v1/partners", t, """
        {"kind":"SOCIAL_RESOURCE_UNIT","name":"越权场馆","resourceKind":"SPORTS_VENUE"}"""), 403);
  }

  @Test
  void teacherSeesItsSchoolAndZoneButNotTheOtherSchoolsOfTheZone() {
    String t = f.teacherA;
    ok(get(school(f.schoolA), t), id(f.schoolA));
    problem(get(school(f.schoolB), t), 404);
    ok(get("/api/v1/zones/" + f.zone1.id(), t), f.zone1.id().value());
    problem(get("/api/v1/zones/" + f.zone2.id(), t), 404);
    assertThat(get(school(f.schoolA) + "/alliance-status", t).status()).isEqualTo(200);
    problem(get(school(f.schoolB) + "/alliance-status", t), 404);
    // it sees the school, but its committee and agreements are not a teacher's
    problem(get(school(f.schoolA) + "/committee", t), 403);
    problem(get(agreements(f.schoolA), t), 403);
    problem(get(agreements(f.schoolC), t), 404);
  }

  @Test
  void counsellorSeesItsSchoolOnly() {
    String t = f.counsellorA;
    ok(get(school(f.schoolA), t), id(f.schoolA));
    problem(get(school(f.schoolC), t), 404);
    assertThat(itemIds(get("/api/v1/schools", t))).containsExactly(id(f.schoolA));
    ok(get("/api/v1/partners/" + f.health.id(), t), f.health.id().value());
    problem(get("/api/v1/partners/" + f.venue.id(), t), 404);
    problem(get(school(f.schoolA) + "/committee", t), 403);
  }

  @Test
  void partnerStaffSeeTheirPartnerAndTheSchoolsTheyDockWithAndOnlyTheirOwnAgreements() {
    String t = f.venueStaff;
    ok(get("/api/v1/partners/" + f.venue.id(), t), f.venue.id().value());
    problem(get("/api/v1/partners/" + f.health.id(), t), 404);
    assertThat(itemIds(get("/api/v1/partners", t))).containsExactly(f.venue.id().value());
    assertThat(itemIds(get("/api/v1/schools", t))).containsExactly(id(f.schoolB));
    ok(get(school(f.schoolB), t), id(f.schoolB));
    problem(get(school(f.schoolA), t), 404);
    // B has two agreements; the venue's staff see theirs only
    assertThat(itemIds(get(agreements(f.schoolB), t))).containsExactly(f.venueB.id().value());
    ok(get(agreement(f.venueB), t), f.venueB.id().value());
    problem(get(agreement(f.healthB), t), 404);
    problem(get(agreements(f.schoolA), t), 404);
    assertThat(get(school(f.schoolB) + "/alliance-status", t).status()).isEqualTo(200);
    problem(get(school(f.schoolA) + "/alliance-status", t), 404);
    // a school it docks with is visible, its committee is not theirs to read
    problem(get(school(f.schoolB) + "/committee", t), 403);
    problem(get("/api/v1/zones/" + f.zone1.id(), t), 404);
  }

  @Test
  void unitOfficerReadsTheDistrictButOnlyItsDepartmentsAgreements() {
    String t = f.healthOfficer;
    ok(get(school(f.schoolD), t), id(f.schoolD));
    // A docks with the town and with the health bureau: the officer sees the bureau's agreement only
    assertThat(itemIds(get(agreements(f.schoolA), t))).containsExactly(f.healthA.id().value());
    ok(get(agreement(f.healthA), t), f.healthA.id().value());
    problem(get(agreement(f.town1A), t), 404);
    assertThat(itemIds(get(agreements(f.schoolD), t))).isEmpty();
    assertThat(itemIds(get(agreements(f.schoolC), t))).containsExactly(f.healthC.id().value());
    problem(get(school(f.schoolA) + "/committee", t), 403);
  }

  @Test
  void guardianSeesTheirChildsSchoolOnly() {
    String t = f.guardianB;
    ok(get(school(f.schoolB), t), id(f.schoolB));
    problem(get(school(f.schoolA), t), 404);
    assertThat(itemIds(get("/api/v1/schools", t))).containsExactly(id(f.schoolB));
    JsonNode status = get(school(f.schoolB) + "/alliance-status", t).json();
    assertThat(status.get("schoolId").asText()).isEqualTo(id(f.schoolB));
    problem(get(school(f.schoolA) + "/alliance-status", t), 404);
    // access.md's example: a guardian of a child in B sees B, but not its committee
    problem(get(school(f.schoolB) + "/committee", t), 403);
    problem(get(school(f.schoolA) + "/committee", t), 404);
    problem(get(agreements(f.schoolB), t), 403);
    assertThat(itemIds(get("/api/v1/zones", t))).isEmpty();
    problem(get("/api/v1/zones/" + f.zone1.id(), t), 404);
  }

  @Test
  void auditorAndUserAdminReadTheStructureButChangeNothingAndTheUserAdminReadsNoCommittee() {
    ok(get(school(f.schoolC), f.auditor), id(f.schoolC));
    assertThat(itemIds(get(school(f.schoolC) + "/committee", f.auditor))).isEmpty();
    problem(server.post("/api/v1/zones", f.auditor, """
        {"name":"审计实验区","leadSchoolId":"%s","establishedOn":"2025-02-01"}""".formatted(id(f.schoolD))), 403);
    ok(get(school(f.schoolC), f.userAdmin), id(f.schoolC));
    problem(get(school(f.schoolC) + "/committee", f.userAdmin), 403);
    problem(get(agreements(f.schoolC), f.userAdmin), 403);
  }

  @Test
  void aClinicianReadsNoOrganization() {
    for (String list : List.of("/api/v1/schools", "/api/v1/zones", "/api/v1/partners")) {
      problem(get(list, f.clinician), 403);
    }
    problem(get(school(f.schoolA), f.clinician), 404);
  }
}
