package org.jiaolianti.adapters.rest.consent;

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
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.Guardian;
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
 * Consents over HTTP on 2026-03-02: a guardian for their own child (another child: 404), school staff on paper
 * (another school: 404), the age rule (a 12-year-old may not consent: 422 naming the rule and 五(二)2; a
 * 15-year-old may, and so may their guardian), revocation, bad input.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsentResourceTest {

  private static final String D = RestWorld.DISTRICT;
  private static final String PATH = "/api/v1/consents";

  RestWorld world;
  School schoolA;
  School schoolB;
  Student child;
  Student teen;
  Student otherChild;
  Student studentB;
  Guardian teenMother;
  String parent;
  String otherParent;
  String leaderA;
  String leaderB;
  String counsellorA;
  String mhOfficer;
  String teacher;
  String bureau;

  @BeforeAll
  void start() {
    world = new RestWorld(Clocks.fixed(Instant.parse("2026-03-02T02:00:00Z")));
    var app = world.app;
    app.register().registerTown(new RegisterTownCommand(D, "350213001", "新店镇", TownKind.TOWN));
    schoolA = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130001", "翔安区实验中学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    schoolB = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130002", "翔安区第二小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    SchoolClass classA = app.roster().registerClass(new RegisterClassCommand(D, schoolA.id().value(), 2025, 6, 1));
    SchoolClass classB = app.roster().registerClass(new RegisterClassCommand(D, schoolB.id().value(), 2025, 6, 1));
    child = app.roster().enrol(new EnrolStudentCommand(D, schoolA.id().value(), classA.id().value(), "林小明",
        Gender.MALE, LocalDate.of(2014, 3, 4), "G350213201403040011"));
    teen = app.roster().enrol(new EnrolStudentCommand(D, schoolA.id().value(), classA.id().value(), "王大刚",
        Gender.MALE, LocalDate.of(2010, 6, 1), "G350213201006010011"));
    otherChild = app.roster().enrol(new EnrolStudentCommand(D, schoolA.id().value(), classA.id().value(), "陈小红",
        Gender.FEMALE, LocalDate.of(2014, 5, 6), "G350213201405060022"));
    studentB = app.roster().enrol(new EnrolStudentCommand(D, schoolB.id().value(), classB.id().value(), "郑小华",
        Gender.FEMALE, LocalDate.of(2014, 5, 6), "G350213201405060033"));
    parent = world.token(guardian(child, "lin.father", "林爸爸", "13800000001"));
    otherParent = world.token(guardian(otherChild, "chen.mother", "陈妈妈", "13800000002"));
    teenMother = app.roster().registerGuardian(new RegisterGuardianCommand(D, "王妈妈", "13800000003"));
    app.roster().link(new LinkGuardianCommand(D, teenMother.id().value(), teen.id().value(), GuardianRelation.MOTHER));
    leaderA = world.token(world.user("leader.a", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolA.id().value()));
    leaderB = world.token(world.user("leader.b", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolB.id().value()));
    counsellorA = world.token(world.user("counsellor.a", Role.COUNSELLOR, ScopeType.SCHOOL, schoolA.id().value()));
    mhOfficer = world.token(world.user("mh.officer", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null));
    teacher = world.token(world.user("teacher.a", Role.TEACHER, ScopeType.CLASSES, classA.id().value()));
    bureau = world.token(world.user("bureau.a", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
  }

  private User guardian(Student of, String username, String name, String mobile) {
    return world.guardian(of, username, name, mobile, GuardianRelation.FATHER);
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

  private Reply record(String token, Student s, String purpose, String extra) {
    return world.server.post(PATH, token, "{\"studentId\":\"" + s.id().value() + "\",\"purpose\":\"" + purpose
        + "\"" + extra + "}");
  }

  private JsonNode created(Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.header("location")).contains(PATH + "?studentId=");
    return r.json();
  }

  private List<String> ids(String token, Student s) {
    Reply r = world.server.get(PATH + "?studentId=" + s.id().value(), token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    r.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }

  @Test
  void aGuardianConsentsForTheirOwnChild_anotherChildIs404_andRevokes() {
    JsonNode c = created(record(parent, child, "MENTAL_HEALTH_FILE", ""));
    assertThat(c.get("grantor").asText()).isEqualTo("GUARDIAN");
    assertThat(c.get("method").asText()).isEqualTo("IN_APP");
    assertThat(c.get("inForceToday").asBoolean()).isTrue();
    assertThat(c.get("clause").asText()).isEqualTo("五(二)2");
    String id = c.get("id").asText();

    problem(record(parent, otherChild, "MENTAL_HEALTH_FILE", ""), 404);
    problem(world.server.get(PATH + "?studentId=" + otherChild.id().value(), parent), 404);
    problem(world.server.post(PATH + "/" + id + "/revoke", otherParent, "{}"), 404);
    problem(record(parent, studentB, "MENTAL_HEALTH_FILE", ""), 404);
    assertThat(ids(parent, child)).containsExactly(id);
    assertThat(ids(mhOfficer, child)).containsExactly(id);

    Reply revoked = world.server.post(PATH + "/" + id + "/revoke", parent, "{}");
    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
    assertThat(revoked.json().get("revokedOn").asText()).isEqualTo("2026-03-02");
    assertThat(revoked.json().get("revokeMethod").asText()).isEqualTo("IN_APP");
    assertThat(revoked.json().get("inForceToday").asBoolean()).isFalse();
    assertThat(problem(world.server.post(PATH + "/" + id + "/revoke", leaderA, "{}"), 422).toString())
        .contains("CONSENT_ALREADY_REVOKED").contains("五(二)2");
  }

  @Test
  void schoolStaffRecordPaperForms_aForeignSchoolsStudentIs404_othersAre403() {
    JsonNode c = created(record(counsellorA, teen, "MEDICAL_REFERRAL",
        ",\"grantor\":\"GUARDIAN\",\"guardianId\":\"" + teenMother.id().value() + "\",\"grantedOn\":\"2026-02-27\""));
    assertThat(c.get("method").asText()).isEqualTo("WRITTEN_FORM");
    assertThat(c.get("guardianId").asText()).isEqualTo(teenMother.id().value());
    assertThat(c.get("grantedOn").asText()).isEqualTo("2026-02-27");
    assertThat(c.get("clause").asText()).isEqualTo("五(二)1");

    problem(record(leaderB, teen, "MEDICAL_REFERRAL", ",\"grantor\":\"STUDENT\""), 404);
    problem(world.server.get(PATH + "?studentId=" + teen.id().value(), leaderB), 404);
    problem(record(teacher, teen, "MEDICAL_REFERRAL", ",\"grantor\":\"STUDENT\""), 403);
    problem(record(mhOfficer, teen, "MEDICAL_REFERRAL", ",\"grantor\":\"STUDENT\""), 403);
    problem(world.server.get(PATH + "?studentId=" + teen.id().value(), bureau), 403);
    problem(world.server.get(PATH + "?studentId=nosuchstudent", leaderA), 404);
    assertThat(problem(record(leaderA, otherChild, "MENTAL_HEALTH_FILE",
        ",\"grantor\":\"GUARDIAN\",\"guardianId\":\"" + teenMother.id().value() + "\""), 422).toString())
        .contains("CONSENT_GUARDIAN_NOT_LINKED");
    assertThat(ids(leaderA, teen)).containsExactly(c.get("id").asText());
  }

  @Test
  void fifteenYearOldsConsentThemselves_aTwelveYearOldMayNot422() {
    JsonNode self = created(record(leaderA, teen, "MENTAL_HEALTH_FILE", ",\"grantor\":\"STUDENT\""));
    assertThat(self.get("grantor").asText()).isEqualTo("STUDENT");
    assertThat(self.has("guardianId")).isFalse();
    JsonNode byGuardian = created(record(counsellorA, teen, "MENTAL_HEALTH_FILE",
        ",\"grantor\":\"GUARDIAN\",\"guardianId\":\"" + teenMother.id().value() + "\""));
    assertThat(byGuardian.get("grantor").asText()).isEqualTo("GUARDIAN");

    List<String> before = ids(leaderA, child);
    JsonNode refused = problem(world.server.request("POST", PATH).token(leaderA).header("Accept-Language", "en")
        .json("{\"studentId\":\"" + child.id().value() + "\",\"purpose\":\"MENTAL_HEALTH_FILE\","
            + "\"grantor\":\"STUDENT\"}").send(), 422);
    assertThat(refused.toString()).contains("CONSENT_UNDER_14_GUARDIAN_ONLY").contains("五(二)2")
        .contains("under 14");
    assertThat(ids(leaderA, child)).isEqualTo(before);
  }

  @Test
  void badInputIsAFieldNamed400InBothLanguages() {
    Reply zh = world.server.request("POST", PATH).token(leaderA).header("Accept-Language", "zh-CN")
        .json("{\"studentId\":\"" + teen.id().value() + "\"}").send();
    assertThat(fields(zh)).containsExactly("purpose");
    assertThat(zh.json().get("errors").get(0).toString()).containsPattern("\\p{IsHan}");
    Reply en = world.server.request("POST", PATH).token(leaderA).header("Accept-Language", "en")
        .json("{\"purpose\":\"MENTAL_HEALTH_FILE\"}").send();
    assertThat(fields(en)).containsExactly("studentId");
    assertThat(fields(record(leaderA, teen, "MENTAL_HEALTH_FILE", ""))).containsExactly("grantor");
    assertThat(fields(record(leaderA, teen, "MENTAL_HEALTH_FILE", ",\"grantor\":\"GUARDIAN\"")))
        .containsExactly("guardianId");
    assertThat(fields(record(leaderA, teen, "MENTAL_HEALTH_FILE", ",\"grantor\":\"STUDENT\",\"method\":\"IN_APP\"")))
        .containsExactly("method");
    assertThat(fields(record(parent, child, "MENTAL_HEALTH_FILE", ",\"grantor\":\"STUDENT\"")))
        .containsExactly("grantor");
    assertThat(fields(record(leaderA, teen, "NOT_A_PURPOSE", ",\"grantor\":\"STUDENT\""))).isNotEmpty();
    assertThat(fields(world.server.get(PATH, leaderA))).containsExactly("studentId");
    assertThat(problem(record(leaderA, teen, "GENERAL_PROCESSING",
        ",\"grantor\":\"STUDENT\",\"grantedOn\":\"2026-03-03\""), 422).toString()).contains("CONSENT_DATE_FUTURE");
  }
}
