package org.jiaolianti.adapters.rest.people;

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
import org.jiaolianti.domain.policy.SchoolType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code GET /api/v1/students/{id}} over HTTP: what each reader sees (full mobiles only for the class teacher and
 * the school's leaders), 404 outside the need to know, 403 for the bureau, every read in the audit trail. The
 * matrix ({@code MentalHealthAccessMatrixTest}) covers every role; this test covers the content.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudentResourceTest {

  private static final String D = RestWorld.DISTRICT;
  private static final String PATH = "/api/v1/students/";

  RestWorld world;
  Student child;
  String teacher;
  String otherTeacher;
  String counsellor;
  String parent;
  String bureau;
  String auditor;

  @BeforeAll
  void start() {
    world = new RestWorld(Clocks.fixed(Instant.parse("2026-03-02T02:00:00Z")));
    var app = world.app;
    app.register().registerTown(new RegisterTownCommand(D, "350213001", "新店镇", TownKind.TOWN));
    School school = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130001", "翔安区实验小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    SchoolClass c31 = app.roster().registerClass(new RegisterClassCommand(D, school.id().value(), 2025, 3, 1));
    SchoolClass c32 = app.roster().registerClass(new RegisterClassCommand(D, school.id().value(), 2025, 3, 2));
    child = app.roster().enrol(new EnrolStudentCommand(D, school.id().value(), c31.id().value(), "林小𠮷",
        Gender.MALE, LocalDate.of(2017, 3, 4), "G350213201703040011"));
    parent = world.token(world.guardian(child, "lin.mother", "林妈妈", "13800000001", GuardianRelation.MOTHER));
    world.guardian(child, "lin.father", "林爸爸", "13900000002", GuardianRelation.FATHER);
    teacher = world.token(world.user("teacher.31", Role.TEACHER, ScopeType.CLASSES, c31.id().value()));
    otherTeacher = world.token(world.user("teacher.32", Role.TEACHER, ScopeType.CLASSES, c32.id().value()));
    counsellor = world.token(world.user("counsellor", Role.COUNSELLOR, ScopeType.SCHOOL, school.id().value()));
    bureau = world.token(world.user("bureau", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
    auditor = world.token(world.user("auditor", Role.AUDITOR, ScopeType.DISTRICT, null));
  }

  @AfterAll
  void stop() {
    world.close();
  }

  private JsonNode profile(String token) {
    Reply r = world.server.get(PATH + child.id().value(), token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.header("etag")).isNotBlank();
    return r.json();
  }

  private List<String> events(String actor) {
    Reply r = world.server.get("/api/v1/audit-events?limit=500&subjectType=STUDENT&actor=" + actor, auditor);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> events = new ArrayList<>();
    r.json().get("items").forEach(e -> events.add(e.get("subjectId").asText() + " " + e.get("action").asText() + " "
        + e.get("purpose").asText() + " " + e.get("outcome").asText()));
    return events;
  }

  @Test
  void theClassTeacherSeesTheFullProfileWithContacts() {
    JsonNode p = profile(teacher);

    assertThat(p.get("name").asText()).isEqualTo("林小𠮷");
    assertThat(p.get("birthDate").asText()).isEqualTo("2017-03-04");
    assertThat(p.get("schoolName").asText()).isEqualTo("翔安区实验小学");
    assertThat(p.get("grade").asInt()).isEqualTo(3);
    assertThat(p.get("nationalNumber").asText()).isEqualTo("G350213201703040011");
    assertThat(p.get("reader").asText()).isEqualTo("CLASS_TEACHER");
    assertThat(p.get("guardians")).extracting(g -> g.get("relation").asText() + " " + g.get("mobile").asText())
        .containsExactlyInAnyOrder("MOTHER 13800000001", "FATHER 13900000002");
    assertThat(events("teacher.31")).contains(child.id().value() + " READ PROFILE:CLASS_TEACHER ALLOWED");
  }

  @Test
  void aCounsellorAndAGuardianSeeContactsMasked() {
    for (String token : List.of(counsellor, parent)) {
      JsonNode p = profile(token);
      assertThat(p.get("contactsShown").asBoolean()).isFalse();
      assertThat(p.get("nationalNumber").asText()).doesNotContain("2017030400");
      assertThat(p.get("guardians")).allSatisfy(g -> {
        assertThat(g.has("mobile")).isFalse();
        assertThat(g.get("maskedMobile").asText()).contains("****");
      });
      assertThat(p.toString()).doesNotContain("13800000001").doesNotContain("13900000002");
    }
    assertThat(events("lin.mother")).containsExactly(child.id().value() + " READ PROFILE:GUARDIAN ALLOWED");
  }

  @Test
  void anotherClassesTeacherGets404_theBureau403_bothAudited() {
    Reply other = world.server.get(PATH + child.id().value(), otherTeacher);
    Reply byBureau = world.server.get(PATH + child.id().value(), bureau);

    assertThat(other.status()).isEqualTo(404);
    assertThat(byBureau.status()).isEqualTo(403);
    assertThat(other.body() + byBureau.body()).doesNotContain("林小").doesNotContain("1380000");
    assertThat(events("teacher.32")).containsExactly(child.id().value() + " READ PROFILE DENIED");
    assertThat(events("bureau")).containsExactly(child.id().value() + " READ PROFILE DENIED");
    assertThat(world.server.get(PATH + "no-such-student", teacher).status()).isEqualTo(404);
  }
}
