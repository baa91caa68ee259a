package org.jiaolianti.adapters.rest.report;

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

/** The home–school report over HTTP: figures after a notice is read and confirmed, defaults, bad ranges, access. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeSchoolReportResourceTest {

  private static final String D = RestWorld.DISTRICT;
  private static final String PATH = "/api/v1/reports/home-school";

  RestWorld world;
  School schoolA;
  String parentA;
  String parentB;
  String bureau;
  String teacher;

  @BeforeAll
  void start() {
    world = new RestWorld(Clocks.fixed(Instant.parse("2026-03-02T02:00:00Z")));
    var app = world.app;
    app.register().registerTown(new RegisterTownCommand(D, "350213001", "新店镇", TownKind.TOWN));
    schoolA = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130001", "翔安区实验小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    School schoolB = app.register().registerSchool(new RegisterSchoolCommand(D, "3502130002", "翔安区第二小学",
        SchoolType.PRIMARY, "350213001", LocalDate.of(2010, 9, 1)));
    SchoolClass classA = app.roster().registerClass(new RegisterClassCommand(D, schoolA.id().value(), 2025, 3, 1));
    SchoolClass classB = app.roster().registerClass(new RegisterClassCommand(D, schoolB.id().value(), 2025, 3, 1));
    Student a = app.roster().enrol(new EnrolStudentCommand(D, schoolA.id().value(), classA.id().value(), "林小明",
        Gender.MALE, LocalDate.of(2017, 3, 4), "G350213201703040011"));
    Student b = app.roster().enrol(new EnrolStudentCommand(D, schoolB.id().value(), classB.id().value(), "陈小红",
        Gender.FEMALE, LocalDate.of(2017, 5, 6), "G350213201705060022"));
    parentA = world.token(guardian(a, "lin.father", "林爸爸", "13800000001"));
    parentB = world.token(guardian(b, "chen.mother", "陈妈妈", "13800000002"));
    bureau = world.token(world.user("bureau.a", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
    teacher = world.token(world.user("teacher.a", Role.TEACHER, ScopeType.CLASSES, classA.id().value()));
  }

  private User guardian(Student child, String username, String name, String mobile) {
    return world.guardian(child, username, name, mobile, GuardianRelation.MOTHER);
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

  private static JsonNode school(JsonNode report, String id) {
    for (JsonNode s : report.get("schools")) {
      if (s.get("id").asText().equals(id)) {
        return s.get("figures");
      }
    }
    throw new AssertionError("no school " + id + " in " + report);
  }

  @Test
  void aConfirmedDistrictNoticeShowsInTheRatesOfTheDistrictAndTheSchool() {
    Reply published = world.server.post("/api/v1/notices", bureau, "{\"audience\":\"DISTRICT\","
        + "\"title\":\"台风停课通知\",\"body\":\"明日停课。\",\"mode\":\"CLICK_TO_CONFIRM\",\"urgent\":true}");
    assertThat(published.status()).as(published.body()).isEqualTo(201);
    Reply inbox = world.server.get("/api/v1/me/notices", parentA);
    assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
    String receipt = inbox.json().get("items").get(0).get("receiptId").asText();
    Reply confirmed = world.server.post("/api/v1/me/notices/" + receipt + "/confirm", parentA, "{}");
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);

    Reply r = world.server.get(PATH + "?from=2026-03-01&to=2026-03-02", bureau);

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode report = r.json();
    assertThat(report.get("from").asText()).isEqualTo("2026-03-01");
    assertThat(report.get("asOf").asText()).isEqualTo("2026-03-02");
    JsonNode notices = report.get("total").get("notices");
    assertThat(notices.get("receipts").asLong()).isEqualTo(2);
    assertThat(notices.get("read").asLong()).isEqualTo(1);
    assertThat(notices.get("readRate").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(notices.get("confirmRate").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(school(report, schoolA.id().value()).get("notices").get("confirmRate").decimalValue())
        .isEqualByComparingTo("1");
    assertThat(report.get("total").get("activities").get("enrolled").asLong()).isEqualTo(2);
    assertThat(report.get("total").get("feedback").has("averageResponseHours")).isFalse();
    assertThat(report.toString()).doesNotContain("林爸爸").doesNotContain("林小明");

    Reply byDefault = world.server.get(PATH, bureau);
    assertThat(byDefault.status()).as(byDefault.body()).isEqualTo(200);
    assertThat(byDefault.json().get("from").asText()).isEqualTo("2026-02-01");
    assertThat(byDefault.json().get("to").asText()).isEqualTo("2026-03-02");
  }

  @Test
  void badDatesAndRangesAre400NamingTheField() {
    JsonNode notADate = problem(world.server.get(PATH + "?from=2026-13-01", bureau), 400);
    assertThat(notADate.toString()).contains("\"from\"").contains("YYYY-MM-DD");
    JsonNode backwards = problem(world.server.get(PATH + "?from=2026-03-02&to=2026-03-01", bureau), 400);
    assertThat(backwards.get("errors").get(0).get("field").asText()).isEqualTo("to");
    JsonNode tooLong = problem(world.server.get(PATH + "?from=2020-01-01&to=2026-03-01", bureau), 400);
    assertThat(tooLong.toString()).contains("400");
  }

  @Test
  void onlyReportReadersMayAsk() {
    problem(world.server.get(PATH, parentB), 403);
    problem(world.server.get(PATH, teacher), 403);
    problem(world.server.get(PATH, null), 401);
  }
}
