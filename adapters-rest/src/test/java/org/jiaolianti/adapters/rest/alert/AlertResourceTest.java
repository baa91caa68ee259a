package org.jiaolianti.adapters.rest.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.RestWorld;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.alert.AlertKind;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code /api/v1/me/alerts} over HTTP: each user sees only their own alerts (a guardian those about their child),
 * newest first, with the unread filter; marking read; another user's alert is a 404; bad input is a 400.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertResourceTest {

  private static final String D = RestWorld.DISTRICT;
  private static final String PATH = "/api/v1/me/alerts";
  private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

  Clocks.SettableClock clock = Clocks.fixed(START);
  RestWorld world;
  User counsellorUser;
  String counsellor;
  String teacher;
  String guardian;
  Student child;

  @BeforeAll
  void start() {
    world = new RestWorld(clock);
    var app = world.app;
    app.register().registerTown(new RegisterTownCommand(D, "350213001", "新店镇", TownKind.TOWN));
    School school = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130001", "翔安区实验小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    SchoolClass c = app.roster().registerClass(new RegisterClassCommand(D, school.id().value(), 2025, 3, 1));
    child = app.roster().enrol(new EnrolStudentCommand(D, school.id().value(), c.id().value(), "林小明",
        Gender.MALE, LocalDate.of(2017, 3, 4), "G350213201703040011"));
    counsellorUser = world.user("counsellor.a", Role.COUNSELLOR, ScopeType.SCHOOL, school.id().value());
    counsellor = world.token(counsellorUser);
    teacher = world.token(world.user("teacher.a", Role.TEACHER, ScopeType.CLASSES, c.id().value()));
    guardian = world.token(world.guardian(child, "lin.mu", "林母", "13800000011", GuardianRelation.MOTHER));
    DistrictCode d = DistrictCode.of(D);
    app.alerting().alertUser(d, counsellorUser.id(), AlertKind.FOLLOW_UP_OVERDUE, "CARE_PLAN", "plan-1",
        Bilingual.of("一项跟进已逾期", "a follow-up is overdue"));
    clock.set(START.plusSeconds(60));
    app.alerting().alertUser(d, counsellorUser.id(), AlertKind.FOLLOW_UP_OVERDUE, "CARE_PLAN", "plan-2",
        Bilingual.of("另一项跟进已逾期 𠮷", "another follow-up is overdue"));
    app.alerting().alertGuardiansOf(d, child.id(), AlertKind.REFERRAL_STEP, "REFERRAL", "ref-1",
        Bilingual.of("孩子的转介已受理，请联系学校", "the referral was accepted; please call the school"));
  }

  @AfterAll
  void stop() {
    world.close();
  }

  private static JsonNode ok(Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static JsonNode problem(Reply r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("content-type")).startsWith("application/problem+json");
    return r.json();
  }

  @Test
  void eachUserSeesOnlyTheirOwn_newestFirst_andMarksThemRead() {
    JsonNode page = ok(world.server.get(PATH, counsellor));
    assertThat(page.get("totalCount").asLong()).isEqualTo(2);
    assertThat(page.get("limit").asInt()).isEqualTo(25);
    JsonNode first = page.get("items").get(0);
    assertThat(first.get("subjectId").asText()).isEqualTo("plan-2");
    assertThat(first.get("kind").asText()).isEqualTo("FOLLOW_UP_OVERDUE");
    assertThat(first.get("kindLabel").get("zh").asText()).isEqualTo("跟进逾期");
    assertThat(first.get("text").get("zh").asText()).isEqualTo("另一项跟进已逾期 𠮷");
    assertThat(first.get("read").asBoolean()).isFalse();
    assertThat(first.get("createdAt").asText()).isEqualTo("2026-03-02T02:01:00Z");
    String id = first.get("id").asText();

    problem(world.server.post(PATH + "/" + id + "/read", teacher, ""), 404);
    problem(world.server.post(PATH + "/" + id + "/read", guardian, ""), 404);
    problem(world.server.post(PATH + "/nonexistent/read", counsellor, ""), 404);

    clock.set(START.plusSeconds(120));
    JsonNode read = ok(world.server.post(PATH + "/" + id + "/read", counsellor, ""));
    assertThat(read.get("read").asBoolean()).isTrue();
    assertThat(read.get("readAt").asText()).isEqualTo("2026-03-02T02:02:00Z");
    JsonNode unread = ok(world.server.get(PATH + "?unread=true", counsellor));
    assertThat(unread.get("totalCount").asLong()).isEqualTo(1);
    assertThat(unread.get("items").get(0).get("subjectId").asText()).isEqualTo("plan-1");
    assertThat(ok(world.server.get(PATH + "?limit=1&offset=1", counsellor)).get("items").get(0).get("subjectId")
        .asText()).isEqualTo("plan-1");

    assertThat(ok(world.server.get(PATH, teacher)).get("totalCount").asLong()).isZero();
    JsonNode mine = ok(world.server.get(PATH, guardian));
    assertThat(mine.get("totalCount").asLong()).isEqualTo(1);
    assertThat(mine.get("items").get(0).get("studentId").asText()).isEqualTo(child.id().value());
    assertThat(mine.get("items").get(0).get("subjectType").asText()).isEqualTo("REFERRAL");
  }

  @Test
  void badInputIs400_noTokenIs401() {
    problem(world.server.get(PATH + "?unread=maybe", counsellor), 400);
    problem(world.server.get(PATH + "?limit=501", counsellor), 400);
    assertThat(world.server.get(PATH, null).status()).isEqualTo(401);
  }
}
