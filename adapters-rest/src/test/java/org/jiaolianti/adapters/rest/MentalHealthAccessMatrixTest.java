package org.jiaolianti.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.adapters.rest.testing.AccessMatrix.json;
import static org.jiaolianti.adapters.rest.testing.AccessMatrix.row;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jiaolianti.adapters.rest.testing.AccessMatrix;
import org.jiaolianti.adapters.rest.testing.AccessMatrix.Outcome;
import org.jiaolianti.adapters.rest.testing.AccessMatrix.Row;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.adapters.rest.testing.MatrixWorld;
import org.jiaolianti.adapters.rest.testing.MatrixWorld.Side;
import org.jiaolianti.adapters.rest.testing.MatrixWorld.Subject;
import org.jiaolianti.domain.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The generated access matrix of issue 6: every mental-health endpoint × every role × own / foreign subject → the
 * expected allow (2xx), 403 or 404, and no allowed response carries a field the role may not see. One test per
 * cell. The expectations are the "Who sees what" and {@code docs/access.md}; the notation is
 * {@link AccessMatrix}'s. A new endpoint under one of {@link #MENTAL_HEALTH_PATHS} without a row fails
 * {@link #everyMentalHealthEndpointHasARow()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MentalHealthAccessMatrixTest {

  /** The resources that hold or govern mental-health and other sensitive pupil data (issue 6). */
  static final List<String> MENTAL_HEALTH_PATHS = List.of("/api/v1/consents", "/api/v1/health-vice-principals",
      "/api/v1/counsellors", "/api/v1/reports/counsellor-coverage", "/api/v1/break-glass", "/api/v1/audit-events",
      "/api/v1/home-visits", "/api/v1/students", "/api/v1/mental-health-files", "/api/v1/screenings",
      "/api/v1/referrals", "/api/v1/reports/mental-health");

  /**
   * Under those paths but not mental-health data: in-school performance notes (五(一)2, issue 5) have their own
   * access rules and tests ({@code PerformanceNoteResourceTest}).
   */
  static final List<String> NOT_MENTAL_HEALTH = List.of("/api/v1/students/{}/performance-notes");

  /** A new term per created campaign (one campaign per school, term and scale). */
  private static final java.util.concurrent.atomic.AtomicInteger TERMS = new java.util.concurrent.atomic.AtomicInteger();
  private static final String GET = "GET";

  /** Every role but {@code except}. */
  private static Role[] allBut(Role except) {
    return java.util.Arrays.stream(Role.values()).filter(r -> r != except).toArray(Role[]::new);
  }

  private static String term(int n) {
    return (2100 + n) + "-" + (2101 + n) + "-1";
  }
  private static final String POST = "POST";
  private static final String PUT = "PUT";
  private static final String DELETE = "DELETE";

  /** Home-visit fields beyond "a visit happened, when and how" (五(一)3: a guardian sees only that). */
  private static final String VISIT_DETAILS = "note, topics, flagsConcern, visitorIds, recordedBy";
  /** What an audit event never carries: the sensitive content itself. */
  private static final String CONTENT = "note, reason, plan, outcomeNote, sharedSummary, mobile, name";
  /** A file's and a care record's texts: the file's counsellor's, or the officer's through break-glass (五(二)2). */
  private static final String NOTES = "note, plan";
  /** What a teacher's flag and a guardian's summary never carry: the level's code, categories, marks, texts. */
  private static final String FILE_DETAILS = "level, levels, categories, marks, trigger, note, plan";
  /** The officer reads referrals without the outcome, the plan and the step notes (docs/access.md). */
  private static final String OFFICER_HIDDEN = "outcome, followUpPlan, note";
  /** A clinician reads only what the referral shares: no consent, plan, student id, guardian notice, link, notes. */
  private static final String CLINICIAN_HIDDEN = "followUpPlan, consentId, studentId, guardianInformedAt, "
      + "reroutedFrom, reroutedTo, note";
  /** The same, but a clinician reads back the reason of their own institution's rejection (its own words). */
  private static final String CLINICIAN_HIDDEN_BUT_OWN_REASON = "followUpPlan, consentId, studentId, "
      + "guardianInformedAt, reroutedFrom, reroutedTo";
  /** A sensitive note the matrix sends; no refused reply may echo it. */
  private static final String NOTE = "父母离异，孩子夜里失眠";

  // Columns:                   DA   MH   UO   ZC   SA   TE   CO   GU   PS   CL   AU   UA
  static final List<Row> ROWS = List.of(
      row(GET, "/api/v1/consents?studentId={student}",
          "                     -/-  A/A  -/-  -/-  A/4  -/-  A/4  A/4  -/-  -/-  -/-  -/-"),
      row(POST, "/api/v1/consents",
          "                     -/-  -/-  -/-  -/-  A/4  -/-  A/4  A/4  -/-  -/-  -/-  -/-")
          .body((role, s) -> AccessMatrix.resolve(role == Role.GUARDIAN
              ? "{\"studentId\":\"{student}\",\"purpose\":\"MENTAL_HEALTH_FILE\"}"
              : "{\"studentId\":\"{student}\",\"purpose\":\"MENTAL_HEALTH_FILE\",\"grantor\":\"GUARDIAN\","
                  + "\"guardianId\":\"{guardian}\"}", s)),
      row(POST, "/api/v1/consents/{freshConsent}/revoke",
          "                     -/-  -/-  -/-  -/-  A/4  -/-  A/4  A/4  -/-  -/-  -/-  -/-")
          .body(json("{}")),
      row(GET, "/api/v1/health-vice-principals?schoolId={school}",
          "                     A/A  A/A  A/A  -/-  A/4  -/-  -/-  -/-  -/-  -/-  -/-  -/-").deniedAs403(),
      // a school admin reads its own school's appointments, so also whether its own school lacks one
      row(GET, "/api/v1/health-vice-principals/schools-without?on=2026-03-02",
          "                     A/A  A/A  A/A  -/-  A/A  -/-  -/-  -/-  -/-  -/-  -/-  -/-").deniedAs403(),
      row(POST, "/api/v1/health-vice-principals",
          "                     A/A  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-")
          .body(json("{\"schoolId\":\"{school}\",\"name\":\"陈医生\",\"institutionId\":\"{institution}\","
              + "\"professionalTitle\":\"主治医师\",\"from\":\"2026-03-01\"}")),
      row(POST, "/api/v1/health-vice-principals/{freshAppointment}/end",
          "                     A/A  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-")
          .body(json("{\"lastDay\":\"2026-03-01\"}")),
      row(GET, "/api/v1/counsellors?schoolId={school}",
          "                     A/A  A/A  -/-  -/-  A/4  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403(),
      row(POST, "/api/v1/counsellors",
          "                     A/A  A/A  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-  -/-  -/-")
          .body(json("{\"schoolId\":\"{school}\",\"counsellorId\":\"{freshCounsellor}\",\"kind\":\"PART_TIME\","
              + "\"from\":\"2025-09-01\"}")),
      row(POST, "/api/v1/counsellors/{freshPost}/end",
          "                     A/A  A/A  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-  -/-  -/-")
          .body(json("{\"lastDay\":\"2026-03-01\"}")),
      row(POST, "/api/v1/counsellors/{freshPost}/lead",
          "                     A/A  A/A  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-  -/-  -/-")
          .body(json("{\"lead\":false}")),
      // a school admin sees its school's posts (403 on their training), not another school's (404); the counsellor
      // reads and logs only the training of their own post
      row(GET, "/api/v1/counsellors/{post}/trainings",
          "                     A/A  A/A  -/-  -/-  3/4  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403(),
      row(POST, "/api/v1/counsellors/{post}/trainings",
          "                     A/A  A/A  -/-  -/-  3/4  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403()
          .body(json("{\"on\":\"2026-01-10\",\"hours\":2,\"topics\":[\"危机干预\"]}")),
      row(GET, "/api/v1/reports/counsellor-coverage?on=2026-03-02",
          "                     A/A  A/A  A/A  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-").deniedAs403(),
      // the world's counsellor is school A's mental-health lead, recorded on the accesses to A's students
      row(GET, "/api/v1/break-glass?schoolId={school}",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  A/A  -/-").deniedAs403(),
      row(GET, "/api/v1/break-glass/{breakGlass}",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  A/A  -/-").deniedAs403(),
      row(POST, "/api/v1/break-glass",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-").deniedAs403()
          .body(json("{\"studentId\":\"{freshStudent}\",\"reason\":\"危机评估：需要立即查阅谈话记录\"}")),
      // only the officer who opened it stops it; the auditor and the school's lead see it, so 403
      row(POST, "/api/v1/break-glass/{freshBreakGlass}/stop",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  3/4  -/-  -/-  -/-  3/3  -/-").deniedAs403(),
      row(GET, "/api/v1/audit-events",
          "                     -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  A/A  -/-").deniedAs403()
          .hidesFromAll(CONTENT),
      row(POST, "/api/v1/audit-events/verify",
          "                     -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  A/A  -/-").deniedAs403(),
      // DISTRICT_MH_OFFICER: no home-visit notes (notes only through break-glass, and that for MH files)
      row(GET, "/api/v1/home-visits?studentId={student}",
          "                     -/-  -/-  -/-  -/-  A/4  A/4  -/-  A/4  -/-  -/-  -/-  -/-").deniedAs403()
          .hidesFromAll("note").hides(VISIT_DETAILS, Role.GUARDIAN),
      row(GET, "/api/v1/home-visits/{visit}",
          "                     -/-  -/-  -/-  -/-  A/4  A/4  -/-  A/4  -/-  -/-  -/-  -/-")
          .hides(VISIT_DETAILS, Role.GUARDIAN),
      row(POST, "/api/v1/home-visits",
          "                     -/-  -/-  -/-  -/-  A/4  A/4  -/-  -/-  -/-  -/-  -/-  -/-")
          .body(json("{\"studentId\":\"{student}\",\"visitedOn\":\"2026-03-01\",\"mode\":\"PHONE\"}")),
      // aggregates only for the bureau: no district-wide profile reader (DISTRICT_ADMIN, DISTRICT_MH_OFFICER: 403)
      row(GET, "/api/v1/students/{student}",
          "                     -/-  -/-  -/-  -/-  A/4  A/4  A/4  A/4  -/-  -/-  -/-  -/-").deniedAs403()
          .hides("mobile", Role.COUNSELLOR, Role.GUARDIAN),
      // screening campaigns: counts for the school's staff and the officer, each student's result to counsellors only
      row(GET, "/api/v1/screenings?schoolId={school}",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403()
          .hidesFromAll("score, studentId"),
      row(GET, "/api/v1/screenings/{campaign}",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-")
          .hidesFromAll("score, studentId"),
      row(POST, "/api/v1/screenings",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-")
          .body((role, s) -> AccessMatrix.resolve("{\"schoolId\":\"{school}\",\"term\":\"" + term(TERMS.incrementAndGet())
              + "\",\"scale\":\"PHQ9\",\"opensOn\":\"2026-03-01\","
              + "\"closesOn\":\"2026-03-31\"}", s)),
      row(GET, "/api/v1/screenings/{campaign}/results",
          "                     -/-  3/3  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-"),
      row(POST, "/api/v1/screenings/{campaign}/results",
          "                     -/-  3/3  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-")
          .body(json("{\"results\":[{\"studentId\":\"{student}\",\"score\":\"7\",\"takenOn\":\"2026-03-02\"}]}")),
      row(GET, "/api/v1/screenings/due?schoolId={school}",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-")
          .hidesFromAll("score"),
      // 一生一档 (五(二)2): the own school's counsellor (the world's counsellor has {file} in their caseload, so sees
      // its notes and plans), the officer levels and metadata district-wide, a teacher only /attention, a guardian
      // only /summary; a role without the action: 403 on a record of a school it sees, else 404 (docs/access.md "How a
      // request is decided"), and 403 on the lists
      row(POST, "/api/v1/mental-health-files",
          "                     -/-  -/-  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-")
          .body(json("{\"studentId\":\"{freshFileStudent}\",\"trigger\":\"OBSERVATION\",\"level\":\"ATTENTION\","
              + "\"categories\":[\"EMOTION\"],\"note\":\"" + NOTE + "\"}")),
      row(GET, "/api/v1/mental-health-files?schoolId={school}",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403()
          .hides(NOTES, allBut(Role.COUNSELLOR)),
      row(GET, "/api/v1/mental-health-files/attention?classId={class}",
          "                     -/-  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-  -/-").deniedAs403()
          .hidesFromAll(FILE_DETAILS + ", levelLabel, counsellorId"),
      // the seed's default guardianSummaryShown is true: the level's label, never its code or anything else
      row(GET, "/api/v1/mental-health-files/summary?studentId={student}",
          "                     -/-  -/-  -/-  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-").deniedAs403()
          .hidesFromAll(FILE_DETAILS),
      row(GET, "/api/v1/mental-health-files/overdue-follow-ups?schoolId={school}",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403()
          .hidesFromAll(NOTES),
      row(GET, "/api/v1/mental-health-files/{file}",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403()
          .hides(NOTES, allBut(Role.COUNSELLOR)),
      // the same with the officer's break-glass on the student: the notes too (officerSeesNotesOnlyThroughBreakGlass)
      row(GET, "/api/v1/mental-health-files/{glassFile}",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403(),
      row(GET, "/api/v1/mental-health-files/{file}/levels",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403()
          .hides(NOTES, allBut(Role.COUNSELLOR)),
      row(POST, "/api/v1/mental-health-files/{freshFile}/levels",
          "                     -/-  -/-  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403().ifMatch()
          .body(json("{\"level\":\"KEY_ATTENTION\",\"note\":\"" + NOTE + "\"}")),
      row(PUT, "/api/v1/mental-health-files/{file}/categories",
          "                     -/-  -/-  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403().ifMatch()
          .body(json("{\"categories\":[\"FAMILY\",\"EMOTION\"]}")),
      row(PUT, "/api/v1/mental-health-files/{file}/marks/{newMark}",
          "                     -/-  -/-  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403().ifMatch()
          .body(json("{\"plan\":\"联系民政部门，落实困境儿童帮扶\"}")),
      row(DELETE, "/api/v1/mental-health-files/{freshMarkedFile}/marks/{mark}",
          "                     -/-  -/-  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403().ifMatch(),
      row(PUT, "/api/v1/mental-health-files/{freshFile}/counsellor",
          "                     -/-  -/-  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403().ifMatch()
          .body(json("{\"counsellorId\":\"{colleague}\"}")),
      row(GET, "/api/v1/mental-health-files/{file}/observations",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403()
          .hides(NOTES, allBut(Role.COUNSELLOR)),
      row(GET, "/api/v1/mental-health-files/{file}/interventions",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403()
          .hides(NOTES, allBut(Role.COUNSELLOR)),
      row(POST, "/api/v1/mental-health-files/{file}/observations",
          "                     -/-  -/-  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403()
          .body(json("{\"on\":\"2026-03-01\",\"note\":\"" + NOTE + "\",\"followUpOn\":\"2026-03-09\"}")),
      row(POST, "/api/v1/mental-health-files/{file}/interventions",
          "                     -/-  -/-  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403()
          .body(json("{\"kind\":\"TALK\",\"on\":\"2026-03-01\",\"note\":\"" + NOTE + "\",\"plan\":\"每周谈心一次\"}")),
      row(POST, "/api/v1/mental-health-files/{file}/observations/{freshObservation}/follow-up",
          "                     -/-  -/-  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403(),
      row(POST, "/api/v1/mental-health-files/{file}/interventions/{freshIntervention}/follow-up",
          "                     -/-  -/-  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403(),
      // the green channel (五(二)1): the school's COUNSELLOR and SCHOOL_ADMIN open and take the school's steps, the
      // CLINICIAN of the addressed institution (the own side's; the foreign referral goes to another) the
      // institution's; a step of the other side is a 422 REFERRAL_WRONG_SIDE, the officer reads but takes no step
      row(GET, "/api/v1/referrals?schoolId={school}",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  A/A  -/-  -/-  A/A  -/-  -/-").deniedAs403()
          .hides(OFFICER_HIDDEN, Role.DISTRICT_MH_OFFICER).hides(CLINICIAN_HIDDEN, Role.CLINICIAN),
      row(GET, "/api/v1/referrals/breaches",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  A/A  -/-  -/-  A/A  -/-  -/-").deniedAs403()
          .hides(OFFICER_HIDDEN, Role.DISTRICT_MH_OFFICER).hides(CLINICIAN_HIDDEN, Role.CLINICIAN),
      row(GET, "/api/v1/referrals/{referral}",
          "                     -/-  A/A  -/-  -/-  -/-  -/-  A/4  -/-  -/-  A/4  -/-  -/-").deniedAs403()
          .hides(OFFICER_HIDDEN, Role.DISTRICT_MH_OFFICER).hides(CLINICIAN_HIDDEN, Role.CLINICIAN),
      row(POST, "/api/v1/referrals",
          "                     -/-  -/-  -/-  -/-  -/-  -/-  A/4  -/-  -/-  -/-  -/-  -/-").deniedAs403()
          .body(json("{\"studentId\":\"{student}\",\"institutionId\":\"{hospital}\",\"urgency\":\"URGENT\","
              + "\"sharedSummary\":\"近两周情绪低落\"}")),
      row(POST, "/api/v1/referrals/{freshOpenReferral}/accept",
          "                     -/-  3/3  -/-  -/-  -/-  -/-  R/4  -/-  -/-  A/4  -/-  -/-").deniedAs403().ifMatch()
          .hides(CLINICIAN_HIDDEN, Role.CLINICIAN),
      row(POST, "/api/v1/referrals/{freshOpenReferral}/reject",
          "                     -/-  3/3  -/-  -/-  -/-  -/-  R/4  -/-  -/-  A/4  -/-  -/-").deniedAs403().ifMatch()
          .body(json("{\"reason\":\"床位已满\"}")).hides(CLINICIAN_HIDDEN_BUT_OWN_REASON, Role.CLINICIAN),
      row(POST, "/api/v1/referrals/{freshAcceptedReferral}/outcome",
          "                     -/-  3/3  -/-  -/-  -/-  -/-  R/4  -/-  -/-  A/4  -/-  -/-").deniedAs403().ifMatch()
          .body(json("{\"outcome\":\"门诊药物治疗\"}")).hides(CLINICIAN_HIDDEN, Role.CLINICIAN),
      row(POST, "/api/v1/referrals/{freshOutcomeReferral}/return",
          "                     -/-  3/3  -/-  -/-  -/-  -/-  A/4  -/-  -/-  R/4  -/-  -/-").deniedAs403().ifMatch()
          .body(json("{\"followUpPlan\":\"每周谈心一次，班主任关注\"}")),
      row(POST, "/api/v1/referrals/{freshReturnedReferral}/close",
          "                     -/-  3/3  -/-  -/-  -/-  -/-  A/4  -/-  -/-  R/4  -/-  -/-").deniedAs403().ifMatch(),
      row(POST, "/api/v1/referrals/{freshOpenReferral}/withdraw",
          "                     -/-  3/3  -/-  -/-  -/-  -/-  A/4  -/-  -/-  R/4  -/-  -/-").deniedAs403().ifMatch()
          .body(json("{\"reason\":\"家长要求\"}")),
      row(POST, "/api/v1/referrals/{freshOpenReferral}/reroute",
          "                     -/-  3/3  -/-  -/-  -/-  -/-  A/4  -/-  -/-  R/4  -/-  -/-").deniedAs403().ifMatch()
          .body(json("{\"institutionId\":\"{rerouteTo}\",\"reason\":\"该院床位已满\"}")),
      // the purge is the trail's only delete path: the auditor's; nothing in this world is older than the retention
      row(POST, "/api/v1/audit-events/purge",
          "                     -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  A/A  -/-").deniedAs403()
          .body(json("{\"olderThan\":\"2023-01-01\",\"purpose\":\"年度审计留痕清理\"}")),
      // aggregates only, small counts suppressed: the bureau's report readers, nobody else (not the auditor)
      row(GET, "/api/v1/reports/mental-health?on=2026-03-02",
          "                     A/A  A/A  A/A  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-  -/-").deniedAs403()
          .hidesFromAll("studentId, name, note"));

  MatrixWorld world;

  @BeforeAll
  void start() {
    world = new MatrixWorld();
  }

  @AfterAll
  void stop() {
    if (world != null) {
      world.close();
    }
  }

  @Test
  void everyRoleHasAColumn() {
    AccessMatrix.checkColumns();
  }

  @Test
  void everyMentalHealthEndpointHasARow() {
    Set<String> declared = AccessMatrix.endpointsUnder(RestApi.resources(world.app, () -> true), MENTAL_HEALTH_PATHS,
        NOT_MENTAL_HEALTH);
    Set<String> covered = ROWS.stream().map(Row::endpoint).collect(Collectors.toSet());

    assertThat(declared).as("mental-health endpoints the resources declare").isNotEmpty();
    assertThat(covered).as("every mental-health endpoint needs a row in the matrix").containsAll(declared);
    assertThat(declared).as("every row names an endpoint that exists").containsAll(covered);
  }

  @Test
  void theLeakCheckFindsAHiddenFieldAtAnyDepth() throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        "{\"items\":[{\"id\":\"1\",\"guardians\":[{\"mobile\":\"13800000001\"}],\"note\":null}]}");

    assertThat(AccessMatrix.fieldsNamed(json, Set.of("mobile", "note"))).containsExactly("$.items[0].guardians[0].mobile");
  }

  /**
   * The leak checks look for real field names: the readers entitled to them get them (the caseload counsellor a
   * file's and a record's texts, the school a referral's outcome, plan and step notes), and the teacher's, the
   * guardian's and the overdue lists are not empty.
   */
  @Test
  void theHiddenFieldsAreThereForWhoMaySeeThem() {
    Subject own = world.subject(Side.OWN);
    String counsellor = world.token(Role.COUNSELLOR);
    String files = "/api/v1/mental-health-files";
    JsonNode file = world.server().get(files + "/" + own.id("file"), counsellor).json();
    JsonNode records = world.server().get(files + "/" + own.id("file") + "/interventions", counsellor).json();
    JsonNode referral = world.server().get("/api/v1/referrals/" + own.id("referral"), counsellor).json();
    // withdrawn ones carry a step note; the filter keeps them on the first page however many fresh referrals the
    // matrix's cells have opened before this test
    JsonNode referrals = world.server().get("/api/v1/referrals?status=WITHDRAWN&limit=500&schoolId=" + own.id("school"),
        counsellor).json();
    JsonNode attention = world.server().get(files + "/attention?classId=" + own.id("class"),
        world.token(Role.TEACHER)).json();
    JsonNode summary = world.server().get(files + "/summary?studentId=" + own.id("student"),
        world.token(Role.GUARDIAN)).json();
    JsonNode overdue = world.server().get(files + "/overdue-follow-ups?schoolId=" + own.id("school"), counsellor)
        .json();

    assertThat(AccessMatrix.fieldsNamed(file, Set.of(NOTES.split(", ")))).contains("$.levels[0].note",
        "$.marks[0].plan");
    assertThat(AccessMatrix.fieldsNamed(records, Set.of(NOTES.split(", ")))).contains("$.items[0].note",
        "$.items[0].plan");
    assertThat(AccessMatrix.fieldsNamed(referral, Set.of(OFFICER_HIDDEN.split(", ")))).contains("$.outcome",
        "$.followUpPlan");
    assertThat(AccessMatrix.fieldsNamed(referrals, Set.of("note"))).isNotEmpty();
    assertThat(AccessMatrix.fieldsNamed(referral, Set.of(CLINICIAN_HIDDEN.split(", ")))).contains("$.consentId",
        "$.studentId");
    assertThat(attention.get("items").size()).isPositive();
    assertThat(summary.get("fileExists").asBoolean()).isTrue();
    assertThat(summary.get("levelLabel").asText()).isNotBlank();
    assertThat(overdue.get("items").size()).isPositive();
  }

  /**
   * The officer reads a file's notes only while a break-glass is active for its student (五(二)2): the world's
   * break-glass is on the student of {@code glassFile}, none on the child of {@code file}.
   */
  @Test
  void theOfficerSeesNotesOnlyThroughBreakGlass() {
    Subject own = world.subject(Side.OWN);
    String officer = world.token(Role.DISTRICT_MH_OFFICER);
    Reply without = world.server().get("/api/v1/mental-health-files/" + own.id("file"), officer);
    Reply with = world.server().get("/api/v1/mental-health-files/" + own.id("glassFile"), officer);
    Reply withRecords = world.server().get("/api/v1/mental-health-files/" + own.id("glassFile") + "/observations",
        officer);
    Reply withoutRecords = world.server().get("/api/v1/mental-health-files/" + own.id("file") + "/observations",
        officer);

    assertThat(without.status()).as(without.body()).isEqualTo(200);
    assertThat(without.json().get("reading").asText()).isEqualTo("DISTRICT_OFFICER");
    assertThat(AccessMatrix.fieldsNamed(without.json(), Set.of("note", "plan"))).isEmpty();
    assertThat(with.status()).as(with.body()).isEqualTo(200);
    assertThat(with.json().get("reading").asText()).isEqualTo("BREAK_GLASS");
    assertThat(with.json().get("levels").get(0).get("note").asText()).contains("父母离异");
    assertThat(withRecords.json().get("items").get(0).get("note").asText()).contains("父母离异");
    assertThat(withoutRecords.json().get("items").size()).isPositive();
    assertThat(AccessMatrix.fieldsNamed(withoutRecords.json(), Set.of("note", "plan"))).isEmpty();
  }

  @TestFactory
  Stream<DynamicNode> matrix() {
    return ROWS.stream().map(row -> DynamicContainer.dynamicContainer(row.name(),
        AccessMatrix.COLUMNS.stream().flatMap(role -> Stream.of(Side.OWN, Side.FOREIGN).map(side ->
            DynamicTest.dynamicTest(role + " " + side.name().toLowerCase(java.util.Locale.ROOT) + " → "
                + row.expected(role, side), () -> cell(row, role, side))))));
  }

  private void cell(Row row, Role role, Side side) {
    Subject subject = world.subject(side);
    String path = AccessMatrix.resolve(row.path(), subject);
    var request = world.server().request(row.method(), path).token(world.token(role));
    String body = row.body(role, subject);
    if (body != null) {
      request.json(body);
    }
    if (row.sendsIfMatch()) {
      request.header("If-Match", "*");
    }
    Reply reply = request.send();
    Outcome expected = row.expected(role, side);

    assertThat(expected.matches(reply.status())).as("%s %s as %s (%s): want %s, got %s", row.method(), path, role,
        side, expected, reply).isTrue();
    if (expected == Outcome.ALLOW) {
      if (!reply.body().isBlank()) {
        List<String> leaked = AccessMatrix.fieldsNamed(reply.json(), row.hiddenFrom(role));
        assertThat(leaked).as("fields %s may not see in %s", role, reply.body()).isEmpty();
      }
    } else {
      assertThat(reply.header("content-type")).startsWith("application/problem+json");
      assertThat(reply.body()).doesNotContain("Exception").doesNotContain("父母离异");
    }
  }
}
