package org.jiaolianti.adapters.rest.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.RestWorld;
import org.jiaolianti.application.consent.port.in.ConsentsUseCase;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterPartnerCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterSchoolCommand;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase.RegisterTownCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.EnrolStudentCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterClassCommand;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.mentalhealth.ConsentMethod;
import org.jiaolianti.domain.mentalhealth.ConsentPurpose;
import org.jiaolianti.domain.mentalhealth.GrantorKind;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.policy.SocialResourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The green channel over HTTP (五(二)1) on a clock moved by hand: the whole channel under If-Match, sampled illegal
 * transitions, the reroute, who sees what (a clinician of another institution gets a 404, a clinician's JSON has no
 * plan, consent or student id), breaches, bad input, and an audit trail without the content.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralResourceTest {

  private static final String D = RestWorld.DISTRICT;
  private static final String PATH = "/api/v1/referrals";
  private static final String SUMMARY = "近两周情绪低落，多次表达轻生念头";
  private static final String PLAN = "每周谈心一次，班主任关注";
  private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

  Clocks.SettableClock clock = Clocks.fixed(START);
  RestWorld world;
  Student childA;
  Student childA2;
  Partner hospital;
  Partner hospital2;
  Partner museum;
  School schoolA;
  String counsellor;
  String counsellorB;
  String schoolAdmin;
  String officer;
  String clinician;
  String clinician2;
  String teacher;
  String guardian;
  String auditor;

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
    childA = app.roster().enrol(new EnrolStudentCommand(D, schoolA.id().value(), classA.id().value(), "林小明",
        Gender.MALE, LocalDate.of(2017, 3, 4), "G350213201703040011"));
    childA2 = app.roster().enrol(new EnrolStudentCommand(D, schoolA.id().value(), classA.id().value(), "林小华",
        Gender.MALE, LocalDate.of(2017, 4, 4), "G350213201704040011"));
    hospital = partner("厦门市仙岳医院", SocialResourceKind.MEDICAL_INSTITUTION);
    hospital2 = partner("翔安区医院", SocialResourceKind.MEDICAL_INSTITUTION);
    museum = partner("翔安区博物馆", SocialResourceKind.CULTURAL_VENUE);
    counsellor = world.token(world.user("counsellor.a", Role.COUNSELLOR, ScopeType.SCHOOL, schoolA.id().value()));
    counsellorB = world.token(world.user("counsellor.b", Role.COUNSELLOR, ScopeType.SCHOOL, schoolB.id().value()));
    User admin = world.user("school.a", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, schoolA.id().value());
    schoolAdmin = world.token(admin);
    officer = world.token(world.user("mh.officer", Role.DISTRICT_MH_OFFICER, ScopeType.DISTRICT, null));
    clinician = world.token(world.user("clinician.1", Role.CLINICIAN, ScopeType.INSTITUTION, hospital.id().value()));
    clinician2 = world.token(world.user("clinician.2", Role.CLINICIAN, ScopeType.INSTITUTION,
        hospital2.id().value()));
    teacher = world.token(world.user("teacher.a", Role.TEACHER, ScopeType.CLASSES, classA.id().value()));
    auditor = world.token(world.user("auditor", Role.AUDITOR, ScopeType.DISTRICT, null));
    User father = world.guardian(childA2, "lin.fu", "林父", "13800000009", GuardianRelation.FATHER);
    guardian = world.token(father);
    app.consents().record(app.access().actor(admin.username()), new ConsentsUseCase.RecordCommand(
        childA2.id().value(), ConsentPurpose.MEDICAL_REFERRAL, GrantorKind.GUARDIAN,
        father.linkedGuardian().orElseThrow().value(), ConsentMethod.WRITTEN_FORM, LocalDate.of(2026, 3, 1)));
  }

  @AfterAll
  void stop() {
    world.close();
  }

  private Partner partner(String name, SocialResourceKind kind) {
    return world.app.register().registerPartner(new RegisterPartnerCommand(D, PartnerKind.SOCIAL_RESOURCE_UNIT,
        name, null, null, kind));
  }

  private static JsonNode problem(Reply r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("content-type")).startsWith("application/problem+json");
    return r.json();
  }

  private static String rule(Reply r) {
    return problem(r, 422).get("rule").asText();
  }

  private Reply open(String token, Student s, String urgency, String emergencyReason) {
    return world.server.post(PATH, token, "{\"studentId\":\"" + s.id().value() + "\",\"institutionId\":\""
        + hospital.id().value() + "\",\"urgency\":\"" + urgency + "\",\"sharedSummary\":\"" + SUMMARY + "\""
        + (emergencyReason == null ? "" : ",\"emergencyReason\":\"" + emergencyReason + "\"") + "}");
  }

  private Reply step(String token, String id, String step, String etag, String json) {
    var request = world.server.request("POST", PATH + "/" + id + "/" + step).token(token);
    if (etag != null) {
      request.header("If-Match", etag);
    }
    return (json == null ? request : request.json(json)).send();
  }

  private static String etag(Reply r) {
    return r.header("etag");
  }

  private String openEmergency() {
    Reply r = open(counsellor, childA, "CRISIS", "IMMINENT_RISK_TO_LIFE");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asText();
  }

  private Reply get(String token, String id) {
    return world.server.get(PATH + "/" + id, token);
  }

  @Test
  void theWholeChannelUnderIfMatch() {
    clock.set(START);
    // the school's leaders are not among those the issue lets refer ("nobody else")
    assertThat(open(schoolAdmin, childA2, "URGENT", null).status()).isEqualTo(403);
    Reply opened = open(counsellor, childA2, "URGENT", null);
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String id = opened.json().get("id").asText();
    assertThat(opened.header("location")).endsWith(PATH + "/" + id);
    assertThat(etag(opened)).isEqualTo("\"0\"");
    assertThat(opened.json().get("legalBasis").asText()).isEqualTo("CONSENT");
    assertThat(opened.json().get("studentName").asText()).isEqualTo("林小华");

    problem(step(clinician, id, "accept", null, null), 428);
    problem(step(clinician, id, "accept", "\"7\"", null), 412);
    assertThat(rule(step(counsellor, id, "accept", "\"0\"", null))).isEqualTo("REFERRAL_WRONG_SIDE");
    problem(step(officer, id, "accept", "\"0\"", null), 403);
    problem(step(clinician2, id, "accept", "\"0\"", null), 404);
    Reply accepted = step(clinician, id, "accept", "\"0\"", null);
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(etag(accepted)).isEqualTo("\"1\"");
    assertThat(rule(step(counsellor, id, "return", "\"1\"", "{\"followUpPlan\":\"" + PLAN + "\"}")))
        .isEqualTo("REFERRAL_TRANSITION_NOT_ALLOWED");
    assertThat(rule(step(counsellor, id, "close", "\"1\"", null))).isEqualTo("REFERRAL_CLOSE_NEEDS_OUTCOME");
    Reply outcome = step(clinician, id, "outcome", "\"1\"", "{\"outcome\":\"门诊药物治疗\"}");
    assertThat(outcome.status()).as(outcome.body()).isEqualTo(200);
    assertThat(outcome.json().get("outcome").asText()).isEqualTo("门诊药物治疗");
    Reply back = step(counsellor, id, "return", etag(outcome), "{\"followUpPlan\":\"" + PLAN + "\"}");
    assertThat(back.status()).as(back.body()).isEqualTo(200);
    Reply closed = step(counsellor, id, "close", etag(back), null);
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");
    assertThat(rule(step(counsellor, id, "withdraw", etag(closed), "{\"reason\":\"家长要求\"}")))
        .isEqualTo("REFERRAL_ALREADY_ENDED");
    assertThat(rule(step(clinician, id, "reject", etag(closed), "{\"reason\":\"床位已满\"}")))
        .isEqualTo("REFERRAL_ALREADY_ENDED");

    // who sees what
    JsonNode school = get(counsellor, id).json();
    assertThat(school.get("followUpPlan").asText()).isEqualTo(PLAN);
    assertThat(school.has("consentId")).isTrue();
    Reply clinic = get(clinician, id);
    assertThat(clinic.status()).isEqualTo(200);
    assertThat(etag(clinic)).isEqualTo("\"4\"");
    JsonNode c = clinic.json();
    assertThat(c.get("view").asText()).isEqualTo("INSTITUTION");
    assertThat(c.get("studentName").asText()).isEqualTo("林*华");
    assertThat(c.get("studentAge").asInt()).isEqualTo(8);
    assertThat(c.get("schoolName").asText()).isEqualTo("翔安区实验小学");
    assertThat(c.get("sharedSummary").asText()).isEqualTo(SUMMARY);
    assertThat(c.get("outcome").asText()).isEqualTo("门诊药物治疗");
    for (String hidden : List.of("followUpPlan", "consentId", "studentId", "guardianInformedAt", "reroutedTo")) {
      assertThat(c.has(hidden)).as(hidden).isFalse();
    }
    assertThat(clinic.body()).doesNotContain(PLAN).doesNotContain("林小华").doesNotContain(childA2.id().value());
    problem(get(clinician2, id), 404);
    problem(get(counsellorB, id), 404);
    JsonNode district = get(officer, id).json();
    assertThat(district.get("view").asText()).isEqualTo("DISTRICT");
    assertThat(district.has("outcome")).isFalse();
    assertThat(district.has("followUpPlan")).isFalse();
    problem(get(teacher, id), 403);
    problem(get(guardian, id), 403);
    problem(world.server.get(PATH, guardian), 403);
    problem(world.server.get(PATH, teacher), 403);

    Reply trail = world.server.get("/api/v1/audit-events?limit=500", auditor);
    assertThat(trail.status()).as(trail.body()).isEqualTo(200);
    assertThat(trail.body()).contains("OPEN:CONSENT").contains("STEP:ACCEPT").contains("STEP:CLOSE")
        .contains("DENIED").doesNotContain("情绪").doesNotContain("谈心").doesNotContain("门诊");
  }

  @Test
  void theEmergencyPath_theReroute_andTheLists() {
    clock.set(START.plus(Duration.ofDays(1)));
    assertThat(rule(open(counsellor, childA, "URGENT", null))).isEqualTo("CONSENT_MISSING_MEDICAL_REFERRAL");
    assertThat(rule(open(counsellor, childA, "URGENT", "IMMINENT_RISK_TO_LIFE"))).isEqualTo("EMERGENCY_PATH_CRISIS_ONLY");
    String id = openEmergency();
    JsonNode r = get(counsellor, id).json();
    assertThat(r.get("legalBasis").asText()).isEqualTo("EMERGENCY");
    assertThat(r.get("emergencyReason").asText()).isEqualTo("IMMINENT_RISK_TO_LIFE");
    assertThat(r.get("guardianInformedAt").asText()).isEqualTo(START.plus(Duration.ofDays(1)).toString());

    assertThat(rule(step(counsellor, id, "reroute", "\"0\"", "{\"institutionId\":\"" + hospital.id().value()
        + "\",\"reason\":\"就近\"}"))).isEqualTo("REFERRAL_REROUTE_SAME_INSTITUTION");
    JsonNode bad = problem(step(counsellor, id, "reroute", "\"0\"", "{\"institutionId\":\"" + museum.id().value()
        + "\",\"reason\":\"就近\"}"), 400);
    assertThat(bad.get("errors").get(0).get("field").asText()).isEqualTo("institutionId");
    Reply rerouted = step(counsellor, id, "reroute", "\"0\"", "{\"institutionId\":\"" + hospital2.id().value()
        + "\",\"reason\":\"家长要求就近就医\"}");
    assertThat(rerouted.status()).as(rerouted.body()).isEqualTo(201);
    String next = rerouted.json().get("id").asText();
    assertThat(rerouted.header("location")).endsWith(PATH + "/" + next);
    assertThat(rerouted.json().get("reroutedFrom").asText()).isEqualTo(id);
    JsonNode ended = get(counsellor, id).json();
    assertThat(ended.get("status").asText()).isEqualTo("REROUTED");
    assertThat(ended.get("reroutedTo").asText()).isEqualTo(next);
    assertThat(get(clinician2, next).json().get("emergencyReason").asText()).isEqualTo("IMMINENT_RISK_TO_LIFE");

    assertThat(ids(counsellor, "&studentId=" + childA.id().value())).contains(next, id);
    assertThat(ids(counsellor, "&studentId=" + childA2.id().value())).doesNotContain(next, id);
    assertThat(ids(counsellor, "&status=REROUTED")).contains(id).doesNotContain(next);
    assertThat(ids(clinician2, "")).containsExactly(next);
    assertThat(ids(officer, "&schoolId=" + schoolA.id().value())).contains(id, next);
    assertThat(ids(counsellorB, "")).isEmpty();
    problem(world.server.get(PATH + "?status=LOST", counsellor), 400);
  }

  @Test
  void breachesAreListedAsTheClockRuns() {
    Instant t = START.plus(Duration.ofDays(10));
    clock.set(t);
    String id = openEmergency();
    clock.set(t.plus(Duration.ofHours(24)));
    assertThat(breached(officer)).doesNotContain(id);
    clock.set(t.plus(Duration.ofHours(25)));
    assertThat(breached(officer)).contains(id);
    assertThat(breached(counsellor)).contains(id);
    assertThat(breached(counsellorB)).doesNotContain(id);
    JsonNode b = get(counsellor, id).json().get("breaches").get(0);
    assertThat(b.get("step").asText()).isEqualTo("ACCEPTANCE");
    assertThat(b.get("lateMinutes").asLong()).isEqualTo(60);
    assertThat(b.has("doneAt")).isFalse();
    problem(world.server.get(PATH + "/breaches", teacher), 403);
    step(counsellor, id, "withdraw", "\"0\"", "{\"reason\":\"家长带孩子另行就医\"}");
  }

  @Test
  void badInputIs400NamingTheFieldInBothLanguages() {
    Reply zh = world.server.request("POST", PATH).token(counsellor).header("Accept-Language", "zh-CN")
        .json("{\"studentId\":\"" + childA.id().value() + "\",\"institutionId\":\"" + hospital.id().value() + "\"}")
        .send();
    JsonNode z = problem(zh, 400);
    assertThat(z.get("errors").get(0).get("field").asText()).isEqualTo("urgency");
    assertThat(z.get("errors").get(0).toString()).containsPattern("\\p{IsHan}");
    Reply en = world.server.request("POST", PATH).token(counsellor).header("Accept-Language", "en")
        .json("{\"studentId\":\"" + childA.id().value() + "\",\"institutionId\":\"" + museum.id().value()
            + "\",\"urgency\":\"CRISIS\",\"sharedSummary\":\"x\",\"emergencyReason\":\"RISK_TO_OTHERS\"}").send();
    JsonNode e = problem(en, 400);
    assertThat(e.get("errors").get(0).get("field").asText()).isEqualTo("institutionId");
    problem(open(teacher, childA, "CRISIS", "RISK_TO_OTHERS"), 403);
    problem(open(counsellorB, childA, "CRISIS", "RISK_TO_OTHERS"), 404);
    problem(open(clinician, childA, "CRISIS", "RISK_TO_OTHERS"), 403);
    problem(get(counsellor, "nosuchreferral"), 404);
    problem(step(counsellor, "nosuchreferral", "close", "\"0\"", null), 404);
  }

  private List<String> ids(String token, String query) {
    Reply r = world.server.get(PATH + "?limit=500" + query, token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    r.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
    assertThat(r.json().get("totalCount").asInt()).isEqualTo(ids.size());
    return ids;
  }

  private List<String> breached(String token) {
    Reply r = world.server.get(PATH + "/breaches", token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    r.json().forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }
}
