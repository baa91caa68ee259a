package org.jiaolianti.adapters.rest.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jiaolianti.adapters.rest.testing.AccessMatrix;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.RestWorld;
import org.jiaolianti.application.consent.port.in.ConsentsUseCase.RecordCommand;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.mentalhealth.port.in.MentalHealthFilesUseCase.OpenCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterPartnerCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.mentalhealth.ConsentPurpose;
import org.jiaolianti.domain.mentalhealth.FileTrigger;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.policy.SocialResourceKind;
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
 * The mental-health report over HTTP: school A has 3 crisis files, school B 6 routine ones. The JSON shape with its
 * withheld cells written out as null, labels in the caller's language, defaults, 400 naming the date, 403 for every
 * role but the bureau's report readers, and never a student.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MentalHealthReportResourceTest {

  private static final String D = RestWorld.DISTRICT;
  private static final String PATH = "/api/v1/reports/mental-health";
  private static final String WHY = "父母离异，夜里失眠";

  RestWorld world;
  School schoolA;
  School schoolB;
  final List<Student> students = new ArrayList<>();
  String bureau;
  String officer;
  String unit;
  String teacher;
  String counsellor;
  String parent;
  String clinician;
  String auditor;

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
    User counsellorA = world.user("counsellor.a", Role.COUNSELLOR, ScopeType.SCHOOL, schoolA.id().value());
    User counsellorB = world.user("counsellor.b", Role.COUNSELLOR, ScopeType.SCHOOL, schoolB.id().value());
    for (int i = 1; i <= 9; i++) {
      boolean inA = i <= 3;
      Student s = app.roster().enrol(new EnrolStudentCommand(D, (inA ? schoolA : schoolB).id().value(),
          (inA ? classA : classB).id().value(), "林小" + i, Gender.MALE, LocalDate.of(2017, 3, 4),
          String.format("G35021320170304%04d", i)));
      students.add(s);
      User guardian = world.guardian(s, "parent." + i, "林家长" + i, String.format("138000000%02d", i),
          GuardianRelation.FATHER);
      if (i == 1) {
        parent = world.token(guardian);
      }
      app.consents().record(app.access().actor(guardian.username()), new RecordCommand(s.id().value(),
          ConsentPurpose.MENTAL_HEALTH_FILE, null, null, null, null));
      app.mentalHealthFiles().open(app.access().actor((inA ? counsellorA : counsellorB).username()),
          new OpenCommand(s.id().value(), FileTrigger.SCREENING, inA ? "CRISIS" : "ROUTINE", Set.of("FAMILY"), WHY,
              null));
    }
    counsellor = world.token(counsellorA);
    bureau = world.token(world.user("bureau.a", Role.DISTRICT_ADMIN, ScopeType.DISTRICT, null));
    officer = world.token(world.user("mh.officer", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null));
    unit = world.token(world.user("unit.officer", Role.UNIT_OFFICER, ScopeType.AGGREGATE_ONLY, null));
    teacher = world.token(world.user("teacher.a", Role.TEACHER, ScopeType.CLASSES, classA.id().value()));
    auditor = world.token(world.user("auditor", Role.AUDITOR, ScopeType.DISTRICT, null));
    String hospital = app.register().registerPartner(new RegisterPartnerCommand(D, PartnerKind.SOCIAL_RESOURCE_UNIT,
        "厦门市仙岳医院", null, null, SocialResourceKind.MEDICAL_INSTITUTION)).id().value();
    clinician = world.token(world.user("clinician", Role.CLINICIAN, ScopeType.INSTITUTION, hospital));
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
    assertThat(r.body()).doesNotContain("Exception").doesNotContain(WHY);
    return r.json();
  }

  private static JsonNode school(JsonNode report, School s) {
    for (JsonNode line : report.get("schools")) {
      if (line.get("id").asText().equals(s.id().value())) {
        return line;
      }
    }
    throw new AssertionError("no school " + s.id() + " in " + report);
  }

  private static JsonNode cell(JsonNode breakdown, String key) {
    for (JsonNode c : breakdown.get("cells")) {
      if (c.get("key").asText().equals(key)) {
        return c;
      }
    }
    throw new AssertionError("no cell " + key + " in " + breakdown);
  }

  @Test
  void asCsv_oneRowPerFigure_withheldCountsEmpty_neverAStudent() {
    var reply = world.server.request("GET", PATH + "?on=2026-03-02&from=2026-02-01&to=2026-03-02").token(bureau)
        .header("Accept", "text/csv").send();

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.header("content-type")).startsWith("text/csv");
    assertThat(reply.header("content-disposition")).contains("mental-health-2026-03-02.csv");
    List<String> rows = List.of(reply.body().split("\r\n"));
    assertThat(rows.get(0)).isEqualTo("\uFEFFscope,scopeId,scopeCode,scopeLabel,figure,key,keyLabel,count,suppressed");
    assertThat(rows).contains("DISTRICT," + D + ",," + D + ",filesByLevel,CRISIS,危机,,true",
        "DISTRICT," + D + ",," + D + ",filesByLevel,TOTAL,,9,false",
        "DISTRICT," + D + ",," + D + ",filesByLevel,KEY_ATTENTION,重点关注,0,false");
    assertThat(rows).anyMatch(r -> r.startsWith("SCHOOL," + schoolA.id().value() + ",3502130001,翔安区实验小学,filesOpen,,,,true"));
    for (Student s : students) {
      assertThat(reply.body()).doesNotContain(s.id().value()).doesNotContain(s.name());
    }
  }

  @Test
  void theShape_withheldCellsAreNull_theDistrictTotalStays_neverAStudent() {
    JsonNode report = ok(world.server.get(PATH + "?on=2026-03-02&from=2026-02-01&to=2026-03-02", bureau));

    assertThat(report.get("district").asText()).isEqualTo(D);
    assertThat(report.get("on").asText()).isEqualTo("2026-03-02");
    assertThat(report.get("threshold").asInt()).isEqualTo(5);
    assertThat(report.get("counsellorCoverage").asText())
        .isEqualTo("/api/v1/reports/counsellor-coverage?on=2026-03-02");
    JsonNode total = report.get("total");
    assertThat(total.get("enrolled").asLong()).isEqualTo(9);
    JsonNode levels = total.get("filesByLevel");
    assertThat(levels.get("cells")).extracting(c -> c.get("key").asText())
        .containsExactly("ROUTINE", "ATTENTION", "KEY_ATTENTION", "CRISIS");
    assertThat(levels.get("total").asLong()).as("9 files: shown").isEqualTo(9);
    assertThat(total.get("filesOpen").get("count").asLong()).isEqualTo(9);
    JsonNode crisis = cell(levels, "CRISIS");
    assertThat(crisis.get("label").asText()).isEqualTo("危机");
    assertThat(crisis.has("count")).as("written out as null, not left off").isTrue();
    assertThat(crisis.get("count").isNull()).isTrue();
    assertThat(crisis.get("suppressed").asBoolean()).isTrue();
    assertThat(cell(levels, "ROUTINE").get("count").isNull()).as("else 9 − 3 = 6 … and 6 − 9 gives 3").isTrue();
    assertThat(cell(levels, "KEY_ATTENTION").get("count").asLong()).isZero();
    assertThat(cell(levels, "KEY_ATTENTION").get("suppressed").asBoolean()).isFalse();
    assertThat(cell(total.get("filesByCategory"), "FAMILY").get("count").asLong()).isEqualTo(9);

    JsonNode a = school(report, schoolA);
    assertThat(a.get("code").asText()).isEqualTo("3502130001");
    assertThat(a.get("label").asText()).isEqualTo("翔安区实验小学");
    assertThat(a.get("figures").get("filesOpen").get("count").isNull()).as("3 files").isTrue();
    assertThat(a.get("figures").get("filesByLevel").get("total").isNull()).isTrue();
    assertThat(a.get("figures").has("filesByCategory")).as("the district's only").isFalse();
    JsonNode b = school(report, schoolB);
    assertThat(b.get("figures").get("filesOpen").get("suppressed").asBoolean())
        .as("else the district's 9 less B's gives A's 3").isTrue();
    JsonNode referrals = total.get("referrals");
    assertThat(referrals.get("opened").get("count").asLong()).isZero();
    assertThat(referrals.get("byStatus").get("cells")).hasSize(8);
    assertThat(total.get("screening").get("screened").get("count").asLong()).isZero();
    assertThat(cell(total.get("screening").get("bySuggestedLevel"), "NONE").get("label").asText())
        .isEqualTo("无对应分级");
    assertThat(report.get("zones")).isEmpty();

    assertThat(AccessMatrix.fieldsNamed(report, Set.of("studentId", "name", "note", "counsellorId"))).isEmpty();
    for (Student s : students) {
      assertThat(report.toString()).doesNotContain(s.id().value()).doesNotContain(s.name());
    }
    assertThat(report.toString()).doesNotContain(WHY).doesNotContain("林家长");

    JsonNode en = ok(world.server.request("GET", PATH).token(bureau).header("Accept-Language", "en").send());
    assertThat(cell(en.get("total").get("filesByLevel"), "CRISIS").get("label").asText()).isEqualTo("crisis");
    assertThat(cell(en.get("total").get("referrals").get("byUrgency"), "CRISIS").get("label").asText())
        .isEqualTo("crisis");
  }

  @Test
  void defaults_onIsToday_theRangeThe30DaysUpToIt() {
    JsonNode report = ok(world.server.get(PATH, officer));
    assertThat(report.get("on").asText()).isEqualTo("2026-03-02");
    assertThat(report.get("to").asText()).isEqualTo("2026-03-02");
    assertThat(report.get("from").asText()).isEqualTo("2026-02-01");
    JsonNode earlier = ok(world.server.get(PATH + "?on=2026-02-10", unit));
    assertThat(earlier.get("to").asText()).isEqualTo("2026-02-10");
    assertThat(earlier.get("total").get("filesOpen").get("count").asLong()).as("no file open yet").isZero();
  }

  @Test
  void badDatesAre400NamingTheField_inBothLanguages() {
    JsonNode notADate = problem(world.server.get(PATH + "?on=2026-13-01", bureau), 400);
    assertThat(notADate.get("errors").get(0).get("field").asText()).isEqualTo("on");
    assertThat(notADate.toString()).contains("YYYY-MM-DD");
    assertThat(problem(world.server.get(PATH + "?from=yesterday", bureau), 400).get("errors").get(0).get("field")
        .asText()).isEqualTo("from");
    assertThat(problem(world.server.get(PATH + "?to=2026-3-1", bureau), 400).get("errors").get(0).get("field")
        .asText()).isEqualTo("to");
    JsonNode future = problem(world.server.get(PATH + "?on=2026-03-03", bureau), 400);
    assertThat(future.get("errors").get(0).get("field").asText()).isEqualTo("on");
    assertThat(future.toString()).contains("今天");
    JsonNode backwards = problem(world.server.request("GET", PATH + "?from=2026-03-02&to=2026-03-01").token(bureau)
        .header("Accept-Language", "en").send(), 400);
    assertThat(backwards.get("errors").get(0).get("field").asText()).isEqualTo("to");
    assertThat(backwards.toString()).contains("before from");
    JsonNode tooLong = problem(world.server.get(PATH + "?from=2020-01-01&to=2026-03-01", bureau), 400);
    assertThat(tooLong.get("errors").get(0).get("field").asText()).isEqualTo("to");
    assertThat(problem(world.server.get(PATH + "?on=2026-02-01&to=2026-03-01", bureau), 400).get("errors").get(0)
        .get("field").asText()).isEqualTo("to");
  }

  @Test
  void onlyTheBureausReportReadersMayAsk() {
    for (String token : List.of(teacher, counsellor, parent, clinician, auditor)) {
      problem(world.server.get(PATH, token), 403);
    }
    problem(world.server.get(PATH, null), 401);
  }
}
