package org.jiaolianti.adapters.rest.homevisit;

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
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.LinkGuardianCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterGuardianCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
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

/**
 * Home visits and the audit trail over HTTP: need-to-know (visitor, class teacher, school leader see the note; a
 * guardian sees only that a visit happened; another school's teacher and the district mental-health officer get
 * 404/403), every read and refusal in {@code /api/v1/audit-events}, the chain verifies, bad input.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeVisitResourceTest {

  private static final String D = RestWorld.DISTRICT;
  private static final String PATH = "/api/v1/home-visits";
  private static final String NOTE = "家中父母离异，孩子由祖母照看，近期情绪低落 𠮷";

  RestWorld world;
  Student child;
  Student childB;
  String teacherA;
  String otherTeacherA;
  String teacherB;
  String leaderA;
  String parent;
  String mhOfficer;
  String auditor;
  User otherTeacherAUser;

  @BeforeAll
  void start() {
    world = new RestWorld(Clocks.fixed(Instant.parse("2026-03-02T02:00:00Z")));
    var app = world.app;
    app.register().registerTown(new RegisterTownCommand(D, "350213001", "新店镇", TownKind.TOWN));
    School schoolA = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130001", "翔安区实验小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    School schoolB = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130002", "翔安区第二小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    SchoolClass classA = app.roster().registerClass(new RegisterClassCommand(D, schoolA.id().value(), 2025, 3, 1));
    SchoolClass classA2 = app.roster().registerClass(new RegisterClassCommand(D, schoolA.id().value(), 2025, 3, 2));
    SchoolClass classB = app.roster().registerClass(new RegisterClassCommand(D, schoolB.id().value(), 2025, 3, 1));
    child = app.roster().enrol(new EnrolStudentCommand(D, schoolA.id().value(), classA.id().value(), "林小明",
        Gender.MALE, LocalDate.of(2017, 3, 4), "G350213201703040011"));
    childB = app.roster().enrol(new EnrolStudentCommand(D, schoolB.id().value(), classB.id().value(), "陈小红",
        Gender.FEMALE, LocalDate.of(2017, 5, 6), "G350213201705060022"));
    teacherA = world.token(world.user("teacher.a", Role.TEACHER, ScopeType.CLASSES, classA.id().value()));
    otherTeacherAUser = world.user("teacher.a2", Role.TEACHER, ScopeType.CLASSES, classA2.id().value());
    otherTeacherA = world.token(otherTeacherAUser);
    teacherB = world.token(world.user("teacher.b", Role.TEACHER, ScopeType.CLASSES, classB.id().value()));
    leaderA = world.token(world.user("leader.a", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolA.id().value()));
    mhOfficer = world.token(world.user("mh.officer", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null));
    auditor = world.token(world.user("auditor", Role.AUDITOR, ScopeType.DISTRICT, null));
    var g = app.roster().registerGuardian(new RegisterGuardianCommand(D, "林爸爸", "13800000001"));
    app.roster().link(new LinkGuardianCommand(D, g.id().value(), child.id().value(), GuardianRelation.FATHER));
    User parentUser = app.users().register(new RegisterUserCommand(D, "lin.father", "林爸爸", g.id().value()));
    world.grant(parentUser, Role.GUARDIAN, ScopeType.GUARDIAN_OF, null);
    parent = world.token(parentUser);
  }

  @AfterAll
  void stop() {
    world.close();
  }

  private static JsonNode problem(Reply r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("content-type")).startsWith("application/problem+json");
    assertThat(r.body()).doesNotContain(NOTE).doesNotContain("Exception");
    return r.json();
  }

  private String recorded(String token, Student student, String extraVisitor) {
    Reply r = world.server.post(PATH, token, "{\"studentId\":\"" + student.id().value() + "\",\"visitedOn\":"
        + "\"2026-03-01\",\"mode\":\"IN_PERSON\",\"topics\":[\"学习习惯\",\"亲子沟通\"],\"note\":\"" + NOTE + "\","
        + "\"flagsConcern\":true" + (extraVisitor == null ? "" : ",\"visitorIds\":[\"" + extraVisitor + "\"]") + "}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.header("location")).contains(PATH + "/");
    assertThat(r.header("etag")).isEqualTo("\"1\"");
    return r.json().get("id").asText();
  }

  private List<JsonNode> events(String query) {
    Reply r = world.server.get("/api/v1/audit-events?limit=500" + query, auditor);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<JsonNode> all = new ArrayList<>();
    r.json().get("items").forEach(all::add);
    return all;
  }

  @Test
  void theClassTeacherRecordsAndReadsTheNoteAndBothAreAudited() {
    String id = recorded(teacherA, child, null);

    Reply r = world.server.get(PATH + "/" + id, teacherA);

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.header("etag")).isEqualTo("\"1\"");
    JsonNode v = r.json();
    assertThat(v.get("note").asText()).isEqualTo(NOTE);
    assertThat(v.get("flagsConcern").asBoolean()).isTrue();
    assertThat(v.get("topics")).hasSize(2);
    assertThat(v.get("capacity").asText()).isEqualTo("VISITOR");
    List<JsonNode> audit = events("&subjectType=HOME_VISIT&subjectId=" + id);
    assertThat(audit).extracting(e -> e.get("action").asText() + "/" + e.get("outcome").asText())
        .containsExactly("READ/ALLOWED", "CREATE/ALLOWED");
    assertThat(audit.get(0).get("actorUsername").asText()).isEqualTo("teacher.a");
    assertThat(audit.get(0).get("purpose").asText()).isEqualTo("NOTE_READ:VISITOR");
    assertThat(audit.toString()).doesNotContain("父母离异");
  }

  @Test
  void theSchoolLeaderReadsTheNoteAnotherTeacherOfTheSchoolOnlyAsAVisitor() {
    String id = recorded(teacherA, child, null);
    assertThat(world.server.get(PATH + "/" + id, leaderA).json().get("note").asText()).isEqualTo(NOTE);
    assertThat(world.server.get(PATH + "/" + id, otherTeacherA).status()).isEqualTo(404);

    String withColleague = recorded(teacherA, child, otherTeacherAUser.id().value());
    assertThat(world.server.get(PATH + "/" + withColleague, otherTeacherA).json().get("note").asText())
        .isEqualTo(NOTE);
  }

  @Test
  void aGuardianSeesThatAVisitHappenedNotTheNote() {
    String id = recorded(leaderA, child, null);

    JsonNode v = world.server.get(PATH + "/" + id, parent).json();

    assertThat(v.get("visitedOn").asText()).isEqualTo("2026-03-01");
    assertThat(v.get("mode").asText()).isEqualTo("IN_PERSON");
    assertThat(v.get("full").asBoolean()).isFalse();
    assertThat(v.has("note")).isFalse();
    assertThat(v.has("topics")).isFalse();
    assertThat(v.has("flagsConcern")).isFalse();
    assertThat(v.has("visitorIds")).isFalse();
    assertThat(v.toString()).doesNotContain("父母离异").doesNotContain("学习习惯");
    assertThat(events("&subjectId=" + id + "&actor=lin.father").get(0).get("purpose").asText())
        .isEqualTo("SUMMARY_READ:GUARDIAN");
  }

  @Test
  void aForeignSchoolsTeacherGets404AndADeniedAuditRow() {
    String id = recorded(teacherA, child, null);

    problem(world.server.get(PATH + "/" + id, teacherB), 404);
    problem(world.server.post(PATH, teacherB, "{\"studentId\":\"" + child.id().value() + "\",\"visitedOn\":"
        + "\"2026-03-01\",\"mode\":\"PHONE\"}"), 404);

    List<JsonNode> denied = events("&actor=teacher.b").stream()
        .filter(e -> e.get("outcome").asText().equals("DENIED")).toList();
    assertThat(denied).extracting(e -> e.get("subjectType").asText() + "/" + e.get("action").asText() + "/"
        + e.get("outcome").asText()).containsExactly("STUDENT/CREATE/DENIED", "HOME_VISIT/READ/DENIED");
    assertThat(denied.get(1).get("subjectId").asText()).isEqualTo(id);
    assertThat(denied.get(1).get("role").asText()).isEqualTo("TEACHER");
  }

  @Test
  void theDistrictMentalHealthOfficerDoesNotReadVisits() {
    String id = recorded(teacherA, child, null);

    problem(world.server.get(PATH + "/" + id, mhOfficer), 403);
    problem(world.server.get(PATH, mhOfficer), 403);
    assertThat(events("&actor=mh.officer")).extracting(e -> e.get("outcome").asText()).containsExactly("DENIED");
  }

  @Test
  void theOfficerReadsOneStudentsVisitNotesOnlyThroughAnActiveBreakGlass() {
    String officer = world.token(world.user("glass.officer", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null));
    String visitB = recorded(teacherB, childB, null);
    String visitA = recorded(teacherA, child, null);
    problem(world.server.get(PATH + "/" + visitB, officer), 403);

    Reply glass = world.server.post("/api/v1/break-glass", officer, "{\"studentId\":\"" + childB.id().value()
        + "\",\"reason\":\"危机评估：家长来电称孩子有自伤念头\"}");
    assertThat(glass.status()).as(glass.body()).isEqualTo(201);

    Reply read = world.server.get(PATH + "/" + visitB, officer);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.json().get("note").asText()).isEqualTo(NOTE);
    Reply list = world.server.get(PATH + "?studentId=" + childB.id().value(), officer);
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(list.body()).contains(visitB).doesNotContain(NOTE);
    problem(world.server.get(PATH + "/" + visitA, officer), 403);
    assertThat(events("&actor=glass.officer")).extracting(e -> e.get("purpose").asText())
        .contains("NOTE_READ:BREAK_GLASS", "LIST:BREAK_GLASS");
  }

  @Test
  void listsCarryNoNotesAndOnlyVisibleVisits() {
    String mine = recorded(teacherA, child, null);
    String theirs = recorded(teacherB, childB, null);

    Reply r = world.server.get(PATH + "?limit=100", teacherA);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).doesNotContain("父母离异").contains(mine).doesNotContain(theirs);
    assertThat(world.server.get(PATH + "?studentId=" + child.id().value(), parent).body()).contains(mine);
    problem(world.server.get(PATH + "?studentId=" + childB.id().value(), teacherA), 404);
    problem(world.server.get(PATH + "?limit=501", teacherA), 400);
  }

  @Test
  void badInputNamesTheFieldAndTheFutureIsRefused() {
    JsonNode p = problem(world.server.post(PATH, teacherA, "{\"studentId\":\"" + child.id().value() + "\"}"), 400);
    assertThat(p.toString()).contains("visitedOn").contains("mode");
    JsonNode future = problem(world.server.post(PATH, teacherA, "{\"studentId\":\"" + child.id().value()
        + "\",\"visitedOn\":\"2026-03-09\",\"mode\":\"VIDEO\"}"), 422);
    assertThat(future.toString()).contains("HOME_VISIT_FUTURE").contains("五(一)3");
  }

  @Test
  void onlyTheAuditorListsAndVerifiesTheTrail() {
    recorded(teacherA, child, null);
    problem(world.server.get("/api/v1/audit-events", leaderA), 403);
    problem(world.server.post("/api/v1/audit-events/verify", leaderA, ""), 403);
    problem(world.server.get("/api/v1/audit-events?from=yesterday", auditor), 400);

    Reply r = world.server.post("/api/v1/audit-events/verify", auditor, "");

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("ok").asBoolean()).isTrue();
    assertThat(r.json().get("checked").asLong()).isPositive();
  }
}
