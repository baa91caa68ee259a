package org.jiaolianti.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** The role × action table and the one decision over resolved grants (pure: no storage). */
class AccessRulesTest {

  private static final DistrictCode XIANGAN = DistrictCode.of("350213");
  private static final DistrictCode HULI = DistrictCode.of("350206");
  private static final UserId ME = UserId.of("me");
  private static final UserId SOMEONE = UserId.of("someone");
  private static final SchoolId OWN = SchoolId.of("own-school");
  private static final SchoolId OTHER = SchoolId.of("other-school");
  private static final ZoneId ZONE = ZoneId.of("zone-1");
  private static final PartnerId COMMUNITY = PartnerId.of("community-1");

  /**
   * The whole table, written out independently of the code: one row per role, one column per action in
   * {@link Action} order (POL ORG MORG RCOM MCOM RAGR MAGR ALLI REVI RECE REP MUSR SELF RACT MACT RSTU ROWN IMP
   * PNOT PCLS RNOT RCLS RECV CONV ROH SOH SFB RFB AFB RFA
   * WPN RPN RNA AMEN MMEN RMEN RGUI MGUI LGUI RGPR SHR RSHR RINS MINS LOGS ROD MOD BOD RAUD PAUD RHV RDHV RCON RDCON MHVP RHVP MCP RCP ROCP LCT RCT LOCT RCC BG RBG RSP MSCR RSCR RECSR RSR REF RREF AREF RMHF WMHF RMHA RMHS RMHR). D = district-wide, S = scope, S+ = scope and related,
   * me = own account, - = denied.
   */
  private static final String EXPECTED = """
      DISTRICT_ADMIN       D   D   D   D   D   D   D   D   D   D   D   -   me  D   D   D   -   D   D   -   D   -   -   -   -   -   -   D   -   D   -   -   -   -   -   D   D   D   -   D   -   D D   D   me  D   -   - -   -   -   - -   -   D   D   D   D   -   D   D   -   D   -   -   -   -   -   -   -   -   -   -   -   -   -   -   D
      DISTRICT_MH_OFFICER  D   D   -   -   -   -   -   D   -   -   D   -   me  D   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   - -   -   me  -   -   - -   -   -   - -   D   -   D   D   D   -   D   D   -   D   D   -   -   D   D   -   -   -   D   -   D   -   -   -   D
      UNIT_OFFICER         D   D   -   -   -   S   -   D   D   -   D   -   me  D   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   - D   -   me  -   -   - -   -   -   - -   -   -   D   -   -   -   -   -   -   D   -   -   -   -   -   -   -   -   -   -   -   -   -   -   D
      ZONE_COORDINATOR     D   S+  -   S   -   S   -   S+  D   -   D   -   me  S+  S   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   D -   -   me  -   -   - -   -   -   - -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -
      SCHOOL_ADMIN         D   S+   -   S   S   S   S   S+   D   -   D   -   me   S+   S   S   -   S   S   -   S   -   -   S   S   -   -   S   S   -   S   S   -   -   S   S   S   S   -   S   S   D   S   S   me   S   S   -   -   -   S   S   S   S   -   S   S   S   -   -   -   -   -   -   -   S   -   -   -   -   -   -   -   -   -   -   -   -
      TEACHER              D   S+  -   -   -   -   -   S+  -   -   -   -   me  S+  -   S   -   -   -   S   -   S   -   S   S   S   -   -   -   -   S   S   -   -   -   -   S   -   -   -   S   D -   -   me  S   -   - -   -   S   S -   -   -   -   -   -   -   -   -   -   -   -   -   S   -   -   -   -   -   -   -   -   -   S   -   -
      COUNSELLOR           D   S+  -   -   -   -   -   S+  -   -   -   -   me  S+  -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   S   -   -   -   -   S   -   -   -   -   D -   -   me  -   -   - -   -   -   - S   S   -   -   -   -   me  -   -   me  -   -   S   S   S   S   S   S   S   S   -   S   S   -   -   -
      GUARDIAN             D   S   -   -   -   -   -   S   -   -   -   -   me  S   -   -   S   -   -   -   -   -   me  S   S   -   S   -   -   -   -   S   -   S   -   -   S   -   S   -   -   - -   -   -   S   -   S -   -   -   S S   S   -   -   -   -   -   -   -   -   -   -   -   S   -   -   -   -   -   -   -   -   -   -   S   -
      PARTNER_STAFF        D   S+  -   -   -   S   -   S+  -   -   -   -   me  S+  S   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   - S   S   me  -   -   - -   -   -   - -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -
      CLINICIAN            D   -   -   -   -   -   -   -   -   -   -   -   me  -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   - -   -   -   - -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   S   S   -   -   -   -   -
      AUDITOR              D   D   -   D   -   D   -   D   D   -   D   -   me  D   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   D   -   -   -   -   -   -   -   -   -   -   -   -   -   -   - D   D   -   - -   -   -   -   -   -   -   -   -   -   -   -   D   -   -   -   -   -   -   -   -   -   -   -   -   -
      USER_ADMIN           D   D   -   -   -   -   -   D   -   -   -   D   me  -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   - -   -   -   - -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -
      """;

  private static final Map<String, Reach> CODES = Map.of("D", Reach.DISTRICT, "S", Reach.SCOPE, "S+",
      Reach.SCOPE_AND_RELATED, "me", Reach.SELF, "-", Reach.NONE);

  @Test
  void theTableIsExactlyTheOneDocumented() {
    assertThat(Action.values()).extracting(Action::name).containsExactly("READ_POLICY", "READ_ORGANIZATION",
        "MANAGE_ORGANIZATION", "READ_COMMITTEE", "MANAGE_COMMITTEE", "READ_AGREEMENTS", "MANAGE_AGREEMENTS",
        "READ_ALLIANCE_STATUS", "READ_MILESTONE_EVIDENCE", "RECORD_MILESTONE_EVIDENCE", "READ_REPORTS", "MANAGE_USERS",
        "READ_SELF", "READ_ACTIVITIES", "MANAGE_ACTIVITIES", "REGISTER_STUDENTS", "REGISTER_OWN_CHILDREN",
        "IMPORT_ROSTER", "PUBLISH_NOTICES", "PUBLISH_CLASS_NOTICES", "READ_NOTICES", "READ_CLASS_NOTICES",
        "RECEIVE_NOTICES", "CONVERSE", "READ_OFFICE_HOURS", "SET_OFFICE_HOURS", "SUBMIT_FEEDBACK", "READ_FEEDBACK",
        "ANSWER_FEEDBACK", "READ_FEEDBACK_AUTHORS", "WRITE_PERFORMANCE_NOTES", "READ_PERFORMANCE_NOTES",
        "READ_NOTE_READ_AUDIT", "APPLY_AS_MENTOR", "MANAGE_MENTORS", "READ_MENTORS", "READ_GUIDANCE",
        "MANAGE_GUIDANCE", "LEARN_GUIDANCE", "READ_GUIDANCE_PROGRESS", "SHARE_RESOURCES", "READ_SHARED_RESOURCES",
        "READ_INSTRUCTORS", "MANAGE_INSTRUCTORS", "LOG_OWN_INSTRUCTOR_SERVICES", "READ_OPEN_DAYS",
        "MANAGE_OPEN_DAYS", "BOOK_OPEN_DAYS",
        "READ_AUDIT_TRAIL", "PURGE_AUDIT_TRAIL", "RECORD_HOME_VISITS", "READ_HOME_VISITS",
        "RECORD_CONSENTS", "READ_CONSENTS", "MANAGE_HEALTH_VICE_PRINCIPALS", "READ_HEALTH_VICE_PRINCIPALS",
        "MANAGE_COUNSELLOR_POSTS", "READ_COUNSELLOR_POSTS", "READ_OWN_COUNSELLOR_POSTS", "LOG_COUNSELLOR_TRAINING",
        "READ_COUNSELLOR_TRAINING", "LOG_OWN_COUNSELLOR_TRAINING", "READ_COUNSELLOR_COVERAGE",
        "BREAK_GLASS", "READ_BREAK_GLASS", "READ_STUDENT_PROFILES", "MANAGE_SCREENINGS", "READ_SCREENINGS",
        "RECORD_SCREENING_RESULTS", "READ_SCREENING_RESULTS", "REFER_STUDENTS", "READ_REFERRALS", "ANSWER_REFERRALS",
        "READ_MENTAL_HEALTH_FILES", "WRITE_MENTAL_HEALTH_FILES", "READ_MENTAL_HEALTH_ATTENTION",
        "READ_MENTAL_HEALTH_SUMMARY", "READ_MENTAL_HEALTH_REPORT");
    Map<Role, Map<Action, Reach>> expected = new EnumMap<>(Role.class);
    for (String line : EXPECTED.strip().split("\n")) {
      String[] cells = line.trim().split("\\s+");
      Map<Action, Reach> row = new EnumMap<>(Action.class);
      for (Action action : Action.values()) {
        Reach reach = CODES.get(cells[action.ordinal() + 1]);
        if (reach != Reach.NONE) {
          row.put(action, reach);
        }
      }
      expected.put(Role.valueOf(cells[0]), row);
    }
    assertThat(expected).containsOnlyKeys(Role.values());
    for (Role role : Role.values()) {
      assertThat(AccessRules.permissionsOf(role)).as(role.name()).isEqualTo(expected.get(role));
    }
  }

  @Test
  void onlyTheDistrictAdminManagesTheOrganizationAndRecordsEvidence_onlyTheUserAdminManagesUsers() {
    assertThat(rolesWith(Action.MANAGE_ORGANIZATION)).containsExactly(Role.DISTRICT_ADMIN);
    assertThat(rolesWith(Action.RECORD_MILESTONE_EVIDENCE)).containsExactly(Role.DISTRICT_ADMIN);
    assertThat(rolesWith(Action.MANAGE_USERS)).containsExactly(Role.USER_ADMIN);
    assertThat(rolesWith(Action.READ_POLICY)).containsExactlyInAnyOrder(Role.values());
    assertThat(rolesWith(Action.READ_SELF)).containsExactlyInAnyOrder(Role.values());
    assertThat(AccessRules.permissionsOf(Role.USER_ADMIN)).containsOnlyKeys(Action.READ_POLICY, Action.READ_SELF,
        Action.READ_ORGANIZATION, Action.READ_ALLIANCE_STATUS, Action.MANAGE_USERS);
    // a clinician reaches only the referrals addressed to their institution (五(二)1), nothing else of the district
    assertThat(AccessRules.permissionsOf(Role.CLINICIAN)).containsOnlyKeys(Action.READ_POLICY, Action.READ_SELF,
        Action.READ_REFERRALS, Action.ANSWER_REFERRALS);
  }

  private static Set<Role> rolesWith(Action action) {
    return Arrays.stream(Role.values()).filter(r -> AccessRules.permissionsOf(r).containsKey(action))
        .collect(Collectors.toSet());
  }

  @Test
  void anAggregateOnlyScopePermitsReportsAndThePolicyOnly() {
    for (Action action : Action.values()) {
      Reach reach = AccessRules.reach(Role.UNIT_OFFICER, ScopeType.AGGREGATE_ONLY, action);
      switch (action) {
        case READ_REPORTS, READ_MENTAL_HEALTH_REPORT, READ_POLICY ->
            assertThat(reach).as(action.name()).isEqualTo(Reach.DISTRICT);
        case READ_SELF -> assertThat(reach).isEqualTo(Reach.SELF);
        default -> assertThat(reach).as(action.name()).isEqualTo(Reach.NONE);
      }
    }
    assertThat(AccessRules.reach(Role.UNIT_OFFICER, ScopeType.UNIT, Action.READ_ORGANIZATION)).isEqualTo(Reach.DISTRICT);
    assertThat(AccessRules.reach(Role.UNIT_OFFICER, ScopeType.UNIT, Action.READ_AGREEMENTS)).isEqualTo(Reach.SCOPE);
  }

  @Test
  void aDistrictScopeReachesTheWholeDistrict() {
    assertThat(AccessRules.reach(Role.AUDITOR, ScopeType.DISTRICT, Action.READ_COMMITTEE)).isEqualTo(Reach.DISTRICT);
    assertThat(AccessRules.reach(Role.SCHOOL_ADMIN, ScopeType.SCHOOL, Action.READ_COMMITTEE)).isEqualTo(Reach.SCOPE);
  }

  // ---- the decision over resolved grants ----

  private static Grant schoolAdminOfOwn() {
    return Grant.of(Role.SCHOOL_ADMIN, Scope.of(ScopeType.SCHOOL, OWN.value()), ScopeFootprint.ofSchools(Set.of(OWN)),
        new ScopeFootprint(Set.of(), Set.of(ZONE), Set.of(COMMUNITY)));
  }

  private static Verdict decide(List<Grant> grants, Action action, Target target) {
    return AccessRules.decide(XIANGAN, ME, grants, action, target);
  }

  @Test
  void aSchoolAdminManagesItsOwnSchoolOnly() {
    List<Grant> grants = List.of(schoolAdminOfOwn());

    assertThat(decide(grants, Action.MANAGE_COMMITTEE, new Target.School(XIANGAN, OWN))).isEqualTo(Verdict.ALLOWED);
    assertThat(decide(grants, Action.MANAGE_COMMITTEE, new Target.School(XIANGAN, OTHER))).isEqualTo(Verdict.NOT_FOUND);
    assertThat(decide(grants, Action.MANAGE_ORGANIZATION, new Target.School(XIANGAN, OWN))).isEqualTo(Verdict.FORBIDDEN);
    assertThat(decide(grants, Action.READ_ORGANIZATION, new Target.Zone(XIANGAN, ZONE))).isEqualTo(Verdict.ALLOWED);
    assertThat(decide(grants, Action.READ_ORGANIZATION, new Target.Partner(XIANGAN, COMMUNITY)))
        .isEqualTo(Verdict.ALLOWED);
    assertThat(decide(grants, Action.READ_AGREEMENTS, new Target.Partner(XIANGAN, COMMUNITY)))
        .as("related partners are for reading structure, not all of a partner's agreements")
        .isEqualTo(Verdict.FORBIDDEN);
    assertThat(decide(grants, Action.MANAGE_ORGANIZATION, new Target.District(XIANGAN))).isEqualTo(Verdict.FORBIDDEN);
    assertThat(decide(grants, Action.READ_REPORTS, new Target.District(XIANGAN))).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void anotherDistrictIsNotFoundEvenForTheDistrictAdmin() {
    List<Grant> admin = List.of(Grant.of(Role.DISTRICT_ADMIN, Scope.district(), ScopeFootprint.EMPTY,
        ScopeFootprint.EMPTY));

    assertThat(decide(admin, Action.READ_ORGANIZATION, new Target.School(XIANGAN, OTHER))).isEqualTo(Verdict.ALLOWED);
    assertThat(decide(admin, Action.READ_ORGANIZATION, new Target.School(HULI, OTHER))).isEqualTo(Verdict.NOT_FOUND);
    assertThat(decide(admin, Action.READ_POLICY, new Target.District(HULI))).isEqualTo(Verdict.NOT_FOUND);
    assertThat(decide(admin, Action.MANAGE_USERS, new Target.User(XIANGAN, SOMEONE))).isEqualTo(Verdict.NOT_FOUND);
    assertThat(decide(admin, Action.MANAGE_USERS, new Target.District(XIANGAN))).isEqualTo(Verdict.FORBIDDEN);
  }

  @Test
  void everyUserReadsTheirOwnAccountEvenWithoutARole_andNoOneElses() {
    assertThat(decide(List.of(), Action.READ_SELF, new Target.User(XIANGAN, ME))).isEqualTo(Verdict.ALLOWED);
    assertThat(decide(List.of(), Action.READ_SELF, new Target.User(XIANGAN, SOMEONE))).isEqualTo(Verdict.NOT_FOUND);
    assertThat(decide(List.of(), Action.READ_POLICY, new Target.District(XIANGAN)))
        .as("one's own district is no secret").isEqualTo(Verdict.FORBIDDEN);
    assertThat(decide(List.of(), Action.READ_POLICY, new Target.District(HULI))).isEqualTo(Verdict.NOT_FOUND);
    assertThat(decide(List.of(), Action.MANAGE_USERS, new Target.User(XIANGAN, ME))).isEqualTo(Verdict.FORBIDDEN);
  }

  @Test
  void anActionOnAKindOfTargetItDoesNotApplyToIsDenied() {
    List<Grant> admin = List.of(Grant.of(Role.DISTRICT_ADMIN, Scope.district(), ScopeFootprint.EMPTY,
        ScopeFootprint.EMPTY));

    assertThat(decide(admin, Action.READ_REPORTS, new Target.School(XIANGAN, OWN))).isEqualTo(Verdict.FORBIDDEN);
    assertThat(AccessRules.coverage(XIANGAN, ME, admin, Action.READ_REPORTS).covers(new Target.School(XIANGAN, OWN)))
        .isFalse();
  }

  @Test
  void aDistrictWideGrantNeverResolvesFootprints() {
    Grant unresolvable = new Grant() {
      @Override
      public Role role() {
        return Role.SCHOOL_ADMIN;
      }

      @Override
      public Scope scope() {
        return Scope.of(ScopeType.SCHOOL, OWN.value());
      }

      @Override
      public ScopeFootprint own() {
        throw new IllegalArgumentException("own() read");
      }

      @Override
      public ScopeFootprint related() {
        throw new IllegalArgumentException("related() read");
      }
    };
    Grant admin = Grant.of(Role.DISTRICT_ADMIN, Scope.district(), ScopeFootprint.EMPTY, ScopeFootprint.EMPTY);

    assertThat(AccessRules.coverage(XIANGAN, ME, List.of(admin, unresolvable), Action.READ_COMMITTEE).wholeDistrict())
        .isTrue();
    assertThat(AccessRules.coverage(XIANGAN, ME, List.of(unresolvable), Action.READ_REPORTS).wholeDistrict()).isTrue();
    assertThatIllegalArgumentException().isThrownBy(
        () -> AccessRules.coverage(XIANGAN, ME, List.of(unresolvable), Action.READ_COMMITTEE));
  }

  @Test
  void coverageUnitesTheGrants() {
    Grant partnerStaff = Grant.of(Role.PARTNER_STAFF, Scope.of(ScopeType.PARTNER, COMMUNITY.value()),
        ScopeFootprint.ofPartners(Set.of(COMMUNITY)), ScopeFootprint.ofSchools(Set.of(OTHER)));
    Coverage c = AccessRules.coverage(XIANGAN, ME, List.of(schoolAdminOfOwn(), partnerStaff), Action.READ_AGREEMENTS);

    assertThat(c.permitted()).isTrue();
    assertThat(c.wholeDistrict()).isFalse();
    assertThat(c.schools()).containsExactly(OWN);
    assertThat(c.partners()).containsExactly(COMMUNITY);
    assertThat(c.covers(new Target.School(XIANGAN, OTHER))).isFalse();
    assertThat(AccessRules.coverage(XIANGAN, ME, List.of(partnerStaff), Action.READ_ORGANIZATION).schools())
        .containsExactly(OTHER);
    assertThat(AccessRules.coverage(XIANGAN, ME, List.of(partnerStaff), Action.MANAGE_AGREEMENTS).permitted()).isFalse();
  }
}
