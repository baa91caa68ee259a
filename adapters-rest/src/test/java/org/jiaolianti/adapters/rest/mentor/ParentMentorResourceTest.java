package org.jiaolianti.adapters.rest.mentor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.RestWorld;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.policy.SchoolType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Parent mentors over HTTP: applying, the status flow, assignments and hours, who sees what, bad input. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParentMentorResourceTest {

  private static final String D = RestWorld.DISTRICT;
  private static final String PATH = "/api/v1/parent-mentors";
  /** 2026-03-02 10:00 in Xiang'an. */
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  RestWorld world;
  School schoolA;
  School schoolB;
  String parentA;
  String parentA2;
  String parentB;
  String leaderA;
  String leaderB;
  String district;
  String teacher;
  String parentA3;
  String parentA4;
  Student studentB;

  @BeforeAll
  void start() {
    world = new RestWorld(Clocks.fixed(Instant.parse("2026-03-02T02:00:00Z")));
    var app = world.app;
    app.register().registerTown(new RegisterTownCommand(D, "350213001", "新店镇", TownKind.TOWN));
    schoolA = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130001", "翔安区实验小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    schoolB = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130002", "翔安区第二小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    SchoolClass classA = app.roster().registerClass(new RegisterClassCommand(D, schoolA.id().value(), 2025, 3, 1));
    SchoolClass classB = app.roster().registerClass(new RegisterClassCommand(D, schoolB.id().value(), 2025, 3, 1));
    Student a = app.roster().enrol(new EnrolStudentCommand(D, schoolA.id().value(), classA.id().value(), "林小明",
        Gender.MALE, LocalDate.of(2017, 3, 4), "G350213201703040011"));
    Student a2 = app.roster().enrol(new EnrolStudentCommand(D, schoolA.id().value(), classA.id().value(), "王小刚",
        Gender.MALE, LocalDate.of(2017, 4, 4), "G350213201704040011"));
    Student b = app.roster().enrol(new EnrolStudentCommand(D, schoolB.id().value(), classB.id().value(), "陈小红",
        Gender.FEMALE, LocalDate.of(2017, 5, 6), "G350213201705060022"));
    parentA = world.token(guardian(a, "lin.father", "林爸爸", "13800000001"));
    parentA2 = world.token(guardian(a2, "wang.mother", "王妈妈", "13800000003"));
    parentB = world.token(guardian(b, "chen.mother", "陈妈妈", "13800000002"));
    leaderA = world.token(world.user("leader.a", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolA.id().value()));
    leaderB = world.token(world.user("leader.b", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolB.id().value()));
    district = world.token(world.user("bureau.a", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
    teacher = world.token(world.user("teacher.a", Role.TEACHER, ScopeType.CLASSES, classA.id().value()));
    parentA3 = world.token(guardian(a, "lin.mother", "林妈妈", "13800000004"));
    parentA4 = world.token(guardian(a2, "wang.father", "王爸爸", "13800000005"));
    studentB = b;
  }

  private User guardian(Student child, String username, String name, String mobile) {
    return world.guardian(child, username, name, mobile, GuardianRelation.FATHER);
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

  private static List<String> fields(Reply r) {
    List<String> fields = new ArrayList<>();
    problem(r, 400).get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  private static void rule(Reply r, String rule) {
    assertThat(problem(r, 422).toString()).contains(rule).contains("五(一)3");
  }

  private String applied(String token, School school, String expertise) {
    Reply r = world.server.post(PATH, token, "{\"schoolId\":\"" + school.id().value() + "\",\"expertise\":\""
        + expertise + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("status").asText()).isEqualTo("APPLIED");
    String id = r.json().get("id").asText();
    assertThat(r.header("location")).endsWith(PATH + "/" + id);
    return id;
  }

  private List<String> ids(String token) {
    Reply r = world.server.get(PATH + "?limit=500", token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    r.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }

  private Reply hours(String token, String id, LocalDate on, String hours) {
    return world.server.post(PATH + "/" + id + "/hours", token, "{\"on\":\"" + on + "\",\"hours\":" + hours
        + ",\"note\":\"编程社团\"}");
  }

  @Test
  void aGuardianAppliesOnlyAtTheirChildsSchool_anyOtherSchoolIs404() {
    applied(parentA, schoolA, "软件工程师，可指导编程社团");
    problem(world.server.post(PATH, parentA, "{\"schoolId\":\"" + schoolB.id().value()
        + "\",\"expertise\":\"医生\"}"), 404);
    problem(world.server.post(PATH, parentA, "{\"schoolId\":\"no-such-school\",\"expertise\":\"医生\"}"), 404);
    problem(world.server.post(PATH, leaderA, "{\"schoolId\":\"" + schoolA.id().value()
        + "\",\"expertise\":\"校长\"}"), 403);
  }

  @Test
  void statusFlow_applyApproveRevoke_andInvalidTransitionsAre422NamingTheRule() {
    String id = applied(parentA2, schoolA, "消防员，可开展职业启蒙");
    rule(world.server.post(PATH, parentA2, "{\"schoolId\":\"" + schoolA.id().value()
        + "\",\"expertise\":\"再次申请\"}"), "MENTOR_ALREADY_APPLIED");
    rule(world.server.post(PATH + "/" + id + "/revoke", leaderA, "{\"reason\":\"未批准\"}"), "MENTOR_NOT_APPROVED");
    Reply ok = world.server.post(PATH + "/" + id + "/approve", leaderA, "{}");
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.json().get("status").asText()).isEqualTo("APPROVED");
    assertThat(ok.json().get("decidedOn").asText()).isEqualTo(TODAY.toString());
    rule(world.server.post(PATH + "/" + id + "/approve", leaderA, "{}"), "MENTOR_NOT_PENDING");
    rule(world.server.post(PATH + "/" + id + "/reject", leaderA, "{}"), "MENTOR_NOT_PENDING");
    Reply revoked = world.server.post(PATH + "/" + id + "/revoke", leaderA, "{\"reason\":\"家长工作调动\"}");
    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
    // the revocation keeps the approval on record
    JsonNode m = world.server.get(PATH + "/" + id, parentA2).json().get("mentor");
    assertThat(m.get("status").asText()).isEqualTo("REVOKED");
    assertThat(m.get("decidedOn").asText()).isEqualTo(TODAY.toString());
    assertThat(m.get("decidedBy").isNull()).isFalse();
    assertThat(m.get("revokeReason").asText()).isEqualTo("家长工作调动");
    assertThat(m.get("revokedAt").isNull()).isFalse();
    rule(world.server.post(PATH + "/" + id + "/revoke", leaderA, "{\"reason\":\"再次\"}"), "MENTOR_NOT_APPROVED");
    rule(hours(leaderA, id, TODAY, "1"), "MENTOR_NOT_ACTIVE");
    rule(world.server.post(PATH + "/" + id + "/assignments", leaderA, "{\"kind\":\"CLUB\",\"title\":\"社团\","
        + "\"from\":\"2026-03-02\",\"to\":\"2026-06-30\"}"), "MENTOR_NOT_ACTIVE");
    // after a revocation the guardian may apply again
    applied(parentA2, schoolA, "消防员，重新申请");
  }

  @Test
  void aRejectedApplicationStaysRejected() {
    String id = applied(parentB, schoolB, "律师，可讲法治课");
    Reply r = world.server.post(PATH + "/" + id + "/reject", leaderB, "{}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("status").asText()).isEqualTo("REJECTED");
    rule(world.server.post(PATH + "/" + id + "/approve", leaderB, "{}"), "MENTOR_NOT_PENDING");
    rule(hours(leaderB, id, TODAY, "1"), "MENTOR_NOT_ACTIVE");
  }

  @Test
  void hoursOnlyForAnApprovedMentor_notBeforeTheApprovalNorInTheFuture() {
    String id = applied(parentA3, schoolA, "厨师，可带烹饪社团");
    rule(hours(leaderA, id, TODAY, "2"), "MENTOR_NOT_ACTIVE");
    assertThat(world.server.post(PATH + "/" + id + "/approve", leaderA, "{}").status()).isEqualTo(200);
    rule(hours(leaderA, id, TODAY.minusDays(1), "2"), "MENTOR_BEFORE_APPROVAL");
    rule(hours(leaderA, id, TODAY.plusDays(1), "2"), "MENTOR_HOURS_FUTURE");
    rule(hours(leaderA, id, TODAY, "1.3"), "MENTOR_HOURS_RANGE");
    Reply logged = hours(leaderA, id, TODAY, "1.5");
    assertThat(logged.status()).as(logged.body()).isEqualTo(201);
    assertThat(hours(leaderA, id, TODAY, "12").status()).isEqualTo(201);
    Reply assigned = world.server.post(PATH + "/" + id + "/assignments", leaderA, "{\"kind\":\"AFTER_SCHOOL_SERVICE\","
        + "\"title\":\"课后烹饪课\",\"from\":\"2026-03-02\",\"to\":\"2026-06-30\"}");
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
    assertThat(assigned.json().get("kind").asText()).isEqualTo("AFTER_SCHOOL_SERVICE");
    rule(world.server.post(PATH + "/" + id + "/assignments", leaderA, "{\"kind\":\"CLUB\",\"title\":\"早\","
        + "\"from\":\"2026-03-01\",\"to\":\"2026-06-30\"}"), "MENTOR_BEFORE_APPROVAL");
    rule(world.server.post(PATH + "/" + id + "/assignments", leaderA, "{\"kind\":\"CLUB\",\"title\":\"倒\","
        + "\"from\":\"2026-03-05\",\"to\":\"2026-03-04\"}"), "MENTOR_ASSIGNMENT_DATES");
    JsonNode detail = world.server.get(PATH + "/" + id, leaderA).json();
    assertThat(detail.get("hours")).hasSize(2);
    assertThat(detail.get("totalHours").decimalValue()).isEqualByComparingTo("13.5");
    assertThat(detail.get("assignments")).hasSize(1);
  }

  @Test
  void schoolLeadersManageOwnSchool_otherSchoolIs404_guardiansAndTeachersMayNot() {
    String id = applied(parentA4, schoolA, "画家，可指导美术社团");
    problem(world.server.post(PATH + "/" + id + "/approve", leaderB, "{}"), 404);
    problem(world.server.get(PATH + "/" + id, leaderB), 404);
    assertThat(ids(leaderB)).doesNotContain(id);
    problem(world.server.post(PATH + "/" + id + "/approve", parentA4, "{}"), 403);
    problem(world.server.post(PATH + "/" + id + "/approve", teacher, "{}"), 403);
    problem(world.server.get(PATH, teacher), 403);
    assertThat(ids(leaderA)).contains(id);
    assertThat(world.server.get(PATH + "/" + id, leaderA).status()).isEqualTo(200);
    assertThat(world.server.post(PATH + "/" + id + "/approve", leaderA, "{}").status()).isEqualTo(200);
    // the district reads all; a guardian only their own
    assertThat(ids(district)).contains(id);
    assertThat(ids(parentA4)).contains(id);
    assertThat(ids(parentA2)).doesNotContain(id);
    problem(world.server.get(PATH + "/" + id, parentA2), 404);
    problem(world.server.post(PATH + "/" + id + "/approve", district, "{}"), 403);
    Reply page = world.server.get(PATH + "?limit=1&offset=0", district);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.json().get("items")).hasSize(1);
    problem(world.server.get(PATH + "/no-such-mentor", leaderA), 404);
  }

  @Test
  void badInputIsAFieldNamed400InBothLanguages() {
    Reply zh = world.server.request("POST", PATH).token(parentA).header("Accept-Language", "zh-CN")
        .json("{\"schoolId\":\"" + schoolA.id().value() + "\",\"expertise\":\"\"}").send();
    assertThat(fields(zh)).containsExactly("expertise");
    assertThat(zh.json().get("errors").get(0).toString()).containsPattern("\\p{IsHan}");
    Reply en = world.server.request("POST", PATH).token(parentA).header("Accept-Language", "en")
        .json("{\"expertise\":\"" + "长".repeat(501) + "\"}").send();
    assertThat(fields(en)).containsExactlyInAnyOrder("schoolId", "expertise");
    String parentB2 = world.token(guardian(studentB, "chen.father", "陈爸爸", "13800000006"));
    String id = applied(parentB2, schoolB, "护士，可讲健康课");
    assertThat(fields(world.server.post(PATH + "/" + id + "/revoke", leaderB, "{\"reason\":\"\"}")))
        .containsExactly("reason");
    assertThat(fields(hours(leaderB, id, TODAY, "0.4"))).containsExactly("hours");
    assertThat(fields(hours(leaderB, id, TODAY, "12.5"))).containsExactly("hours");
    assertThat(fields(world.server.post(PATH + "/" + id + "/hours", leaderB, "{\"hours\":1}"))).containsExactly("on");
    assertThat(fields(world.server.post(PATH + "/" + id + "/assignments", leaderB, "{\"kind\":\"PARTY\","
        + "\"title\":\"x\",\"from\":\"2026-03-02\",\"to\":\"2026-03-02\"}"))).containsExactly("kind");
    assertThat(fields(world.server.post(PATH + "/" + id + "/assignments", leaderB, "{\"kind\":\"CLUB\","
        + "\"title\":\"\",\"from\":\"not-a-date\",\"to\":\"2026-03-02\"}"))).contains("from");
    assertThat(fields(world.server.get(PATH + "?limit=-1", leaderB))).isNotEmpty();
  }
}
