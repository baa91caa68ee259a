package org.jiaolianti.adapters.rest.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.RestWorld;
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

/** Performance notes over HTTP: who writes, who reads, restricted text, the read audit, bad input. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerformanceNoteResourceTest {

  private static final String D = RestWorld.DISTRICT;

  RestWorld world;
  School school;
  Student xiaoming;
  Student xiaohong;
  String mingMother;
  String hongMother;
  String teacher1;
  String teacher2;
  String counsellor;
  String leader;
  String auditor;
  String teacher1Id;
  String mingMotherId;

  @BeforeAll
  void start() {
    world = new RestWorld();
    var app = world.app;
    app.register().registerTown(new RegisterTownCommand(D, "350213001", "新店镇", TownKind.TOWN));
    school = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130001", "翔安区实验小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    SchoolClass class1 = app.roster().registerClass(new RegisterClassCommand(D, school.id().value(), 2025, 3, 1));
    SchoolClass class2 = app.roster().registerClass(new RegisterClassCommand(D, school.id().value(), 2025, 3, 2));
    xiaoming = app.roster().enrol(new EnrolStudentCommand(D, school.id().value(), class1.id().value(), "林小明",
        Gender.MALE, LocalDate.of(2017, 3, 4), "G350213201703040011"));
    xiaohong = app.roster().enrol(new EnrolStudentCommand(D, school.id().value(), class2.id().value(), "陈小红",
        Gender.FEMALE, LocalDate.of(2017, 5, 6), "G350213201705060022"));
    User mother = guardian(xiaoming, "ming.mother", "林妈妈", "13800000001");
    mingMotherId = mother.id().value();
    mingMother = world.token(mother);
    hongMother = world.token(guardian(xiaohong, "hong.mother", "陈妈妈", "13800000002"));
    User t1 = world.user("teacher.one", Role.TEACHER, ScopeType.CLASSES, class1.id().value());
    teacher1Id = t1.id().value();
    teacher1 = world.token(t1);
    teacher2 = world.token(world.user("teacher.two", Role.TEACHER, ScopeType.CLASSES, class2.id().value()));
    counsellor = world.token(world.user("counsellor.a", Role.COUNSELLOR, ScopeType.SCHOOL, school.id().value()));
    leader = world.token(world.user("leader.a", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, school.id().value()));
    auditor = world.token(world.user("auditor.a", Role.AUDITOR, ScopeType.DISTRICT, null));
  }

  private User guardian(Student child, String username, String name, String mobile) {
    return world.guardian(child, username, name, mobile, GuardianRelation.MOTHER);
  }

  @AfterAll
  void stop() {
    world.close();
  }

  private static String notes(Student s) {
    return "/api/v1/students/" + s.id().value() + "/performance-notes";
  }

  private Reply write(String token, Student about, String json) {
    return world.server.post(notes(about), token, json);
  }

  private String written(String token, Student about, String text, boolean restricted) {
    Reply r = write(token, about, "{\"category\":\"CONDUCT\",\"text\":\"" + text + "\",\"restricted\":"
        + restricted + "}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    String id = r.json().get("id").asText();
    assertThat(r.header("location")).endsWith(notes(about) + "/" + id);
    return id;
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

  private JsonNode item(String token, Student s, String noteId) {
    Reply r = world.server.get(notes(s) + "?limit=500", token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    for (JsonNode n : r.json().get("items")) {
      if (n.get("id").asText().equals(noteId)) {
        return n;
      }
    }
    throw new AssertionError("note " + noteId + " not listed: " + r.body());
  }

  @Test
  void aTeacherWritesForTheirOwnClass_anotherClassIs404() {
    written(teacher1, xiaoming, "上课认真", false);
    problem(write(teacher2, xiaoming, "{\"category\":\"STUDY\",\"text\":\"不是我的学生\"}"), 404);
    problem(write(counsellor, xiaoming, "{\"category\":\"STUDY\",\"text\":\"心理老师\"}"), 403);
    problem(write(mingMother, xiaoming, "{\"category\":\"STUDY\",\"text\":\"家长\"}"), 403);
    Reply byLeader = write(leader, xiaohong, "{\"category\":\"ACTIVITY\",\"text\":\"运动会第一名\"}");
    assertThat(byLeader.status()).as(byLeader.body()).isEqualTo(201);
  }

  @Test
  void aGuardianReadsTheirOwnChildsNotes_anotherChildIs404() {
    String id = written(teacher1, xiaoming, "今天帮助同学", false);
    assertThat(item(mingMother, xiaoming, id).get("text").asText()).isEqualTo("今天帮助同学");
    Reply one = world.server.get(notes(xiaoming) + "/" + id, mingMother);
    assertThat(one.status()).as(one.body()).isEqualTo(200);
    assertThat(one.json().get("category").asText()).isEqualTo("CONDUCT");
    problem(world.server.get(notes(xiaoming), hongMother), 404);
    problem(world.server.get(notes(xiaoming) + "/" + id, hongMother), 404);
    problem(world.server.get(notes(xiaohong) + "/" + id, leader), 404); // a note of another student
  }

  @Test
  void aRestrictedNoteShowsOnlyItsExistenceToStaffWithoutNeed() {
    String id = written(teacher1, xiaoming, "家庭情况需关注", true);
    for (String withoutNeed : List.of(teacher2, counsellor)) {
      JsonNode stub = item(withoutNeed, xiaoming, id);
      assertThat(stub.has("text")).as(stub.toString()).isFalse();
      assertThat(stub.get("restricted").asBoolean()).isTrue();
      assertThat(stub.get("category").asText()).isEqualTo("CONDUCT");
      assertThat(stub.has("writtenOn")).isTrue();
      assertThat(stub.toString()).doesNotContain("家庭情况").doesNotContain("authorName");
      Reply one = world.server.get(notes(xiaoming) + "/" + id, withoutNeed);
      assertThat(one.status()).as(one.body()).isEqualTo(200);
      assertThat(one.body()).doesNotContain("家庭情况");
    }
    for (String withNeed : List.of(mingMother, teacher1, leader)) {
      assertThat(item(withNeed, xiaoming, id).get("text").asText()).isEqualTo("家庭情况需关注");
    }
  }

  @Test
  void everyReadOfANotesTextIsAudited_theAuditorReadsTheAudit() {
    String id = written(teacher1, xiaoming, "数学进步明显", true);
    long before = audit(id).size();
    world.server.get(notes(xiaoming) + "/" + id, mingMother);
    world.server.get(notes(xiaoming) + "?limit=500", teacher1);
    world.server.get(notes(xiaoming) + "/" + id, teacher2); // no text: not a read of it
    List<JsonNode> after = audit(id);
    assertThat(after).hasSize((int) before + 2);
    assertThat(after.get(after.size() - 2).get("readerId").asText()).isEqualTo(mingMotherId);
    assertThat(after.get(after.size() - 1).get("readerId").asText()).isEqualTo(teacher1Id);
    assertThat(after.get(0).has("readAt")).isTrue();
    Reply trail = world.server.get("/api/v1/audit-events?limit=500&subjectType=PERFORMANCE_NOTE&subjectId=" + id,
        auditor);
    assertThat(trail.status()).as(trail.body()).isEqualTo(200);
    assertThat(trail.json().get("items")).as("the district's one audit trail has them too, never the text")
        .extracting(e -> e.get("action").asText() + ":" + e.get("purpose").asText().startsWith("NOTE_READ:"))
        .containsOnly("READ:true").hasSize((int) before + 2);
    assertThat(trail.body()).doesNotContain("数学进步明显");
    problem(world.server.get(notes(xiaoming) + "/audit", leader), 403);
    problem(world.server.get(notes(xiaoming) + "/audit", mingMother), 403);
  }

  private List<JsonNode> audit(String noteId) {
    Reply r = world.server.get(notes(xiaoming) + "/audit?limit=500", auditor);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<JsonNode> rows = new ArrayList<>();
    r.json().get("items").forEach(n -> {
      if (n.get("noteId").asText().equals(noteId)) {
        rows.add(n);
      }
    });
    return rows;
  }

  @Test
  void aNoteIsNeverEdited_itIsVoidedWithAKeptReason() {
    String id = written(teacher1, xiaoming, "写错了", false);
    String path = notes(xiaoming) + "/" + id;
    for (String method : List.of("PUT", "PATCH", "DELETE")) {
      Reply r = world.server.request(method, path).token(teacher1).json("{\"text\":\"改\"}").send();
      assertThat(r.status()).as(method + " " + r.body()).isEqualTo(405);
    }
    problem(world.server.post(path + "/void", teacher2, "{\"reason\":\"不是我的\"}"), 404);
    Reply voided = world.server.post(path + "/void", teacher1, "{\"reason\":\"记错了学生\"}");
    assertThat(voided.status()).as(voided.body()).isEqualTo(200);
    assertThat(voided.json().get("voided").asBoolean()).isTrue();
    JsonNode seen = item(mingMother, xiaoming, id);
    assertThat(seen.get("text").asText()).isEqualTo("写错了");
    assertThat(seen.get("voidReason").asText()).isEqualTo("记错了学生");
    assertThat(problem(world.server.post(path + "/void", leader, "{\"reason\":\"再次\"}"), 422).toString())
        .contains("NOTE_ALREADY_VOIDED");
  }

  @Test
  void badInputIsAFieldNamed400InBothLanguages() {
    Reply zh = world.server.request("POST", notes(xiaoming)).token(teacher1).header("Accept-Language", "zh-CN")
        .json("{\"category\":\"STUDY\",\"text\":\"\"}").send();
    assertThat(fields(zh)).containsExactly("text");
    assertThat(zh.json().get("errors").get(0).toString()).containsPattern("\\p{IsHan}");
    assertThat(fields(world.server.post(notes(xiaoming), teacher1, "{\"category\":\"GOSSIP\",\"text\":\"x\"}")))
        .containsExactly("category");
    Reply en = world.server.request("POST", notes(xiaoming)).token(teacher1).header("Accept-Language", "en")
        .json("{\"text\":\"" + "长".repeat(2001) + "\"}").send();
    assertThat(fields(en)).containsExactlyInAnyOrder("category", "text");
    assertThat(fields(world.server.post(notes(xiaoming), teacher1, "{\"category\":\"STUDY\",\"text\":\"x\","
        + "\"author\":\"me\"}"))).containsExactly("author");
    assertThat(fields(world.server.get(notes(xiaoming) + "?limit=-1", teacher1))).isNotEmpty();
    String id = written(teacher1, xiaoming, "待作废", false);
    assertThat(fields(world.server.post(notes(xiaoming) + "/" + id + "/void", teacher1, "{\"reason\":\"\"}")))
        .containsExactly("reason");
    problem(world.server.get("/api/v1/students/no%20such/performance-notes", teacher1), 404);
  }
}
