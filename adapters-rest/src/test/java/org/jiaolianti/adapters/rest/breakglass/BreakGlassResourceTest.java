package org.jiaolianti.adapters.rest.breakglass;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.RestWorld;
import org.jiaolianti.application.counsellor.port.in.CounsellorsUseCase.RegisterCommand;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.mentalhealth.PostKind;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.policy.SchoolType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Break-glass over HTTP (五(二)2) on 2026-03-02 with a clock moved by hand: the officer opens and stops, expiry
 * after the seed's 60 minutes, the school's lead sees it, who may do what, bad input, and the audit events carry
 * no reason text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BreakGlassResourceTest {

  private static final String D = RestWorld.DISTRICT;
  private static final String PATH = "/api/v1/break-glass";
  private static final String REASON = "危机评估：需要立即查阅谈话记录";
  private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

  Clocks.SettableClock clock = Clocks.fixed(START);
  RestWorld world;
  School schoolA;
  Student childA;
  Student childA2;
  Student childB;
  String mhOfficer;
  String auditor;
  String lead;
  String counsellor;
  String teacher;

  @BeforeAll
  void start() {
    world = new RestWorld(clock);
    var app = world.app;
    app.register().registerTown(new RegisterTownCommand(D, "350213001", "新店镇", TownKind.TOWN));
    schoolA = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130001", "翔安区实验小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    School schoolB = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130002", "翔安区第二小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    SchoolClass classA = app.roster().registerClass(new RegisterClassCommand(D, schoolA.id().value(), 2025, 3, 1));
    SchoolClass classB = app.roster().registerClass(new RegisterClassCommand(D, schoolB.id().value(), 2025, 3, 1));
    childA = app.roster().enrol(new EnrolStudentCommand(D, schoolA.id().value(), classA.id().value(), "林小明",
        Gender.MALE, LocalDate.of(2017, 3, 4), "G350213201703040011"));
    childA2 = app.roster().enrol(new EnrolStudentCommand(D, schoolA.id().value(), classA.id().value(), "林小华",
        Gender.MALE, LocalDate.of(2017, 4, 4), "G350213201704040011"));
    childB = app.roster().enrol(new EnrolStudentCommand(D, schoolB.id().value(), classB.id().value(), "陈小红",
        Gender.FEMALE, LocalDate.of(2017, 5, 6), "G350213201705060022"));
    User admin = world.user("bureau", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null);
    User leadUser = world.user("counsellor.a", Role.COUNSELLOR, ScopeType.SCHOOL, schoolA.id().value());
    app.counsellors().register(app.access().actor(admin.username()), new RegisterCommand(schoolA.id().value(),
        leadUser.id().value(), PostKind.FULL_TIME, true, LocalDate.of(2025, 9, 1), null));
    lead = world.token(leadUser);
    counsellor = world.token(world.user("counsellor.a2", Role.COUNSELLOR, ScopeType.SCHOOL, schoolA.id().value()));
    mhOfficer = world.token(world.user("mh.officer", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null));
    auditor = world.token(world.user("auditor", Role.AUDITOR, ScopeType.DISTRICT, null));
    teacher = world.token(world.user("teacher.a", Role.TEACHER, ScopeType.CLASSES, classA.id().value()));
  }

  @AfterAll
  void stop() {
    world.close();
  }

  private static JsonNode problem(Reply r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("content-type")).startsWith("application/problem+json");
    return r.json();
  }

  private Reply open(String token, Student s) {
    return world.server.post(PATH, token, "{\"studentId\":\"" + s.id().value() + "\",\"reason\":\"" + REASON + "\"}");
  }

  private List<String> ids(String token, String query) {
    Reply r = world.server.get(PATH + "?limit=500" + query, token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    r.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }

  @Test
  void theOfficerOpensAndStops_theLeadSeesIt_theAuditHasNoReason() {
    clock.set(START);
    Reply opened = open(mhOfficer, childA);
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String id = opened.json().get("id").asText();
    assertThat(opened.header("location")).endsWith(PATH + "/" + id);
    assertThat(opened.json().get("expiresAt").asText()).isEqualTo("2026-03-02T03:00:00Z");
    assertThat(opened.json().get("schoolLeadId").isNull()).isFalse();
    problem(open(mhOfficer, childA), 422);

    assertThat(ids(lead, "&schoolId=" + schoolA.id().value())).contains(id);
    assertThat(ids(counsellor, "")).doesNotContain(id);
    problem(world.server.get(PATH + "/" + id, counsellor), 404);
    assertThat(ids(auditor, "")).contains(id);
    assertThat(world.server.get(PATH + "/" + id, mhOfficer).status()).isEqualTo(200);

    clock.set(START.plusSeconds(300));
    Reply stopped = world.server.post(PATH + "/" + id + "/stop", mhOfficer, "");
    assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
    assertThat(stopped.json().get("stoppedAt").asText()).isEqualTo("2026-03-02T02:05:00Z");
    problem(world.server.post(PATH + "/" + id + "/stop", mhOfficer, ""), 422);

    Reply trail = world.server.get("/api/v1/audit-events?limit=500", auditor);
    assertThat(trail.status()).as(trail.body()).isEqualTo(200);
    assertThat(trail.body()).contains("BREAK_GLASS_START").contains("BREAK_GLASS_STOP")
        .contains("BREAK_GLASS:" + id).doesNotContain("危机评估").doesNotContain("谈话记录");
  }

  @Test
  void itExpiresAfterSixtyMinutes() {
    clock.set(START.plus(Duration.ofDays(1)));
    String id = open(mhOfficer, childA2).json().get("id").asText();
    clock.set(START.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(60)).minusSeconds(1));
    problem(open(mhOfficer, childA2), 422);
    clock.set(START.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(60)));
    assertThat(world.server.get(PATH + "/" + id, mhOfficer).status()).isEqualTo(200);
    problem(world.server.post(PATH + "/" + id + "/stop", mhOfficer, ""), 422);
    Reply trail = world.server.get("/api/v1/audit-events?limit=500", auditor);
    assertThat(trail.body()).contains("BREAK_GLASS_EXPIRED:" + id + "@");
  }

  @Test
  void othersAre403Or404_theReasonIsRequiredInBothLanguages() {
    problem(open(teacher, childB), 403);
    problem(open(lead, childB), 403);
    problem(world.server.get(PATH, teacher), 403);
    problem(world.server.post(PATH, mhOfficer, "{\"studentId\":\"nosuchstudent\",\"reason\":\"" + REASON + "\"}"),
        404);
    problem(world.server.get(PATH + "/nosuchaccess", mhOfficer), 404);
    problem(world.server.post(PATH + "/nosuchaccess/stop", mhOfficer, ""), 404);
    Reply zh = world.server.request("POST", PATH).token(mhOfficer).header("Accept-Language", "zh-CN")
        .json("{\"studentId\":\"" + childB.id().value() + "\"}").send();
    JsonNode z = problem(zh, 400);
    assertThat(z.get("errors").get(0).get("field").asText()).isEqualTo("reason");
    assertThat(z.get("errors").get(0).toString()).containsPattern("\\p{IsHan}");
    Reply en = world.server.request("POST", PATH).token(mhOfficer).header("Accept-Language", "en")
        .json("{\"studentId\":\"" + childB.id().value() + "\",\"reason\":\"short\"}").send();
    JsonNode e = problem(en, 400);
    assertThat(e.get("errors").get(0).get("field").asText()).isEqualTo("reason");
  }

  @Test
  void openingAlertsTheLead_whoAndUntilWhen_withoutTheReason() {
    clock.set(START);
    Reply opened = open(mhOfficer, childA2);
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String id = opened.json().get("id").asText();
    Reply alerts = world.server.get("/api/v1/me/alerts?limit=500", lead);
    assertThat(alerts.status()).as(alerts.body()).isEqualTo(200);
    List<JsonNode> mine = new ArrayList<>();
    alerts.json().get("items").forEach(a -> {
      if (a.get("subjectId").asText().equals(id)) {
        mine.add(a);
      }
    });
    assertThat(mine).singleElement().satisfies(a -> {
      assertThat(a.get("kind").asText()).isEqualTo("BREAK_GLASS_OPENED");
      assertThat(a.get("subjectType").asText()).isEqualTo("BREAK_GLASS");
      assertThat(a.get("text").get("zh").asText()).contains("mh.officer").contains("2026-03-02 11:00");
    });
    assertThat(alerts.body()).doesNotContain(REASON);
    Reply others = world.server.get("/api/v1/me/alerts?limit=500", counsellor);
    assertThat(others.body()).doesNotContain(id);
    world.server.post(PATH + "/" + id + "/stop", mhOfficer, "");
  }
}
