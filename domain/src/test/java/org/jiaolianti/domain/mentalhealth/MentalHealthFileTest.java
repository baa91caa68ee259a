package org.jiaolianti.domain.mentalhealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiaolianti.domain.activity.Term;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Decision;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** 一生一档: one file per student, seed levels and categories, the level history, care marks, care records, screening. */
class MentalHealthFileTest {

  private static final DistrictCode D = DistrictCode.of("350213");
  private static final SchoolId SCHOOL = SchoolId.of("s1");
  private static final StudentId S = StudentId.of("st1");
  private static final UserId C1 = UserId.of("c1");
  private static final UserId C2 = UserId.of("c2");
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final MentalHealthSettings SETTINGS = MentalHealthSettings.defaults();

  private final MentalHealthFile file = MentalHealthFile.open(MentalHealthFileId.of("f1"), D, SCHOOL, S,
      FileTrigger.SCREENING, "ATTENTION", Set.of("STUDY_PRESSURE"), C1, C1, T0, "普测 PHQ-9 得分 7");

  private static String rule(Decision d) {
    assertThat(d.isAllowed()).isFalse();
    return ((Decision.Rejected) d).rule();
  }

  @Test
  void oneFilePerStudentWithSeedLevelsAndCategories() {
    assertThat(MentalHealthFileRules.mayOpen(Optional.empty(), "ATTENTION", Set.of("FAMILY"), SETTINGS).isAllowed())
        .isTrue();
    assertThat(rule(MentalHealthFileRules.mayOpen(Optional.of(file), "ATTENTION", Set.of(), SETTINGS)))
        .isEqualTo("FILE_ONE_PER_STUDENT");
    assertThat(rule(MentalHealthFileRules.mayOpen(Optional.empty(), "WATCH", Set.of(), SETTINGS)))
        .isEqualTo("LEVEL_UNKNOWN");
    assertThat(rule(MentalHealthFileRules.mayOpen(Optional.empty(), "ROUTINE", Set.of("FAMILY", "SLEEP"), SETTINGS)))
        .isEqualTo("CATEGORY_UNKNOWN");
    assertThat(rule(MentalHealthFileRules.maySetCategories(Set.of("SLEEP"), SETTINGS))).isEqualTo("CATEGORY_UNKNOWN");
    assertThat(file.withCategories(Set.of("FAMILY", "EMOTION")).categories()).containsExactly("EMOTION", "FAMILY");
  }

  @Test
  void everyLevelChangeIsKeptWithWhoWhenAndWhy_andNeedsAReason() {
    assertThat(rule(MentalHealthFileRules.mayChangeLevel(file, "KEY_ATTENTION", " ", SETTINGS)))
        .isEqualTo("LEVEL_CHANGE_REASON_REQUIRED");
    assertThat(rule(MentalHealthFileRules.mayChangeLevel(file, "ATTENTION", "同级", SETTINGS)))
        .isEqualTo("LEVEL_UNCHANGED");
    assertThat(rule(MentalHealthFileRules.mayChangeLevel(file, "NOPE", "x", SETTINGS))).isEqualTo("LEVEL_UNKNOWN");
    assertThat(MentalHealthFileRules.mayChangeLevel(file, "KEY_ATTENTION", "家访发现", SETTINGS).isAllowed()).isTrue();

    MentalHealthFile raised = file.withLevel("KEY_ATTENTION", C2, T0.plusSeconds(3600), "家访发现家庭变故");
    MentalHealthFile lowered = raised.withLevel("ROUTINE", C1, T0.plusSeconds(7200), "干预后稳定");
    assertThat(lowered.level()).isEqualTo("ROUTINE");
    assertThat(lowered.levelHistory()).containsExactly(
        new LevelChange(null, "ATTENTION", C1, T0, "普测 PHQ-9 得分 7"),
        new LevelChange("ATTENTION", "KEY_ATTENTION", C2, T0.plusSeconds(3600), "家访发现家庭变故"),
        new LevelChange("KEY_ATTENTION", "ROUTINE", C1, T0.plusSeconds(7200), "干预后稳定"));
    assertThat(raised.needsAttention(SETTINGS)).isTrue();
    assertThat(lowered.needsAttention(SETTINGS)).isFalse();
    assertThatThrownBy(() -> file.withLevel("CRISIS", C1, T0, null)).isInstanceOf(IllegalArgumentException.class);
    // a stored history that does not chain is refused
    assertThatThrownBy(() -> MentalHealthFile.reconstitute(file.id(), D, SCHOOL, S, FileTrigger.SCREENING, C1, T0,
        "CRISIS", Set.of(), List.of(new LevelChange(null, "ATTENTION", C1, T0, "a"),
            new LevelChange("ROUTINE", "CRISIS", C1, T0, "b")), List.of(), C1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void careMarksNeedAPlan() {
    assertThat(rule(MentalHealthFileRules.mayMark(CareMark.LEFT_BEHIND, " "))).isEqualTo("CARE_MARK_PLAN_REQUIRED");
    Decision.Rejected r = (Decision.Rejected) MentalHealthFileRules.mayMark(CareMark.IN_DIFFICULTY, null);
    assertThat(r.clause()).isEqualTo(MentalHealthFileRules.CARE_CLAUSE);
    MentalHealthFile marked = file.marked(CareMark.MIGRANT, "每月家访一次", C1, T0)
        .marked(CareMark.LEFT_BEHIND, "联系祖辈监护人", C1, T0);
    assertThat(marked.marks()).extracting(CareMarkEntry::mark).containsExactly(CareMark.LEFT_BEHIND, CareMark.MIGRANT);
    MentalHealthFile replanned = marked.marked(CareMark.MIGRANT, "每两周家访", C2, T0.plusSeconds(60));
    assertThat(replanned.mark(CareMark.MIGRANT).orElseThrow().plan()).isEqualTo("每两周家访");
    assertThat(replanned.marks()).hasSize(2);
    assertThat(replanned.unmarked(CareMark.MIGRANT).marks()).extracting(CareMarkEntry::mark)
        .containsExactly(CareMark.LEFT_BEHIND);
    assertThatThrownBy(() -> new CareMarkEntry(CareMark.MIGRANT, "", C1, T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void careRecords_interventionsHaveAPlan_andOverdueFollowUpsAreOpenPastTheirDay() {
    assertThat(rule(CareRecordRules.mayRecord(CareKind.TALK, DAY, null, null, DAY)))
        .isEqualTo("INTERVENTION_PLAN_REQUIRED");
    assertThat(CareRecordRules.mayRecord(CareKind.OBSERVATION, DAY, null, null, DAY).isAllowed()).isTrue();
    assertThat(rule(CareRecordRules.mayRecord(CareKind.OBSERVATION, DAY.plusDays(1), null, null, DAY)))
        .isEqualTo("CARE_DATE_FUTURE");
    assertThat(rule(CareRecordRules.mayRecord(CareKind.GUIDANCE, DAY, "计划", DAY.minusDays(1), DAY)))
        .isEqualTo("FOLLOW_UP_BEFORE_RECORD");

    CareRecord talk = CareRecord.record(CareRecordId.of("cr1"), D, file.id(), S, CareKind.TALK, DAY, "谈话内容",
        "两周后复谈", DAY.plusDays(14), C1, T0);
    CareRecord help = CareRecord.record(CareRecordId.of("cr2"), D, file.id(), S, CareKind.TARGETED_HELP, DAY, "帮扶",
        "学业辅导", DAY.plusDays(7), C1, T0);
    CareRecord observation = CareRecord.record(CareRecordId.of("cr3"), D, file.id(), S, CareKind.OBSERVATION, DAY,
        "课堂观察", null, null, C1, T0);
    List<CareRecord> all = List.of(talk, help, observation);
    assertThat(CareRecordRules.overdue(all, DAY.plusDays(7))).isEmpty(); // on the day itself: not overdue
    assertThat(CareRecordRules.overdue(all, DAY.plusDays(8))).containsExactly(help);
    assertThat(CareRecordRules.overdue(all, DAY.plusDays(15))).containsExactly(help, talk);
    CareRecord done = help.followedUp(C1, T0.plusSeconds(86400 * 9));
    assertThat(CareRecordRules.overdue(List.of(talk, done, observation), DAY.plusDays(15))).containsExactly(talk);
    assertThat(rule(CareRecordRules.mayCompleteFollowUp(done))).isEqualTo("FOLLOW_UP_ALREADY_DONE");
    assertThat(rule(CareRecordRules.mayCompleteFollowUp(observation))).isEqualTo("FOLLOW_UP_NONE");
    assertThat(CareRecordRules.mayCompleteFollowUp(talk).isAllowed()).isTrue();
  }

  @Test
  void screening_oneCampaignPerSchoolTermAndScale_resultsInTheWindow_aSuggestionNeverSetsTheLevel() {
    Term term = Term.of("2025-2026-2");
    assertThat(rule(ScreeningRules.mayCreateCampaign(List.of(), SCHOOL, term, "SCL90", SETTINGS)))
        .isEqualTo("SCREENING_SCALE_UNKNOWN");
    ScreeningCampaign campaign = ScreeningCampaign.create(ScreeningCampaignId.of("sc1"), D, SCHOOL, term, "PHQ9",
        DAY, DAY.plusDays(13), C1, T0);
    assertThat(rule(ScreeningRules.mayCreateCampaign(List.of(campaign), SCHOOL, term, "PHQ9", SETTINGS)))
        .isEqualTo("SCREENING_CAMPAIGN_EXISTS");
    assertThat(ScreeningRules.mayCreateCampaign(List.of(campaign), SCHOOL, Term.of("2026-2027-1"), "PHQ9", SETTINGS)
        .isAllowed()).isTrue();
    assertThat(rule(ScreeningRules.mayRecordResult(campaign, BigDecimal.TEN, DAY.plusDays(14), SETTINGS)))
        .isEqualTo("SCREENING_OUTSIDE_WINDOW");
    assertThat(rule(ScreeningRules.mayRecordResult(campaign, new BigDecimal("28"), DAY, SETTINGS)))
        .isEqualTo("SCREENING_SCORE_OUT_OF_RANGE");
    assertThat(ScreeningRules.mayRecordResult(campaign, new BigDecimal("27"), DAY.plusDays(13), SETTINGS).isAllowed())
        .isTrue();

    ScreeningResult result = new ScreeningResult(ScreeningResultId.of("sr1"), D, campaign.id(), S, "PHQ9",
        new BigDecimal("21"), DAY, C1, T0);
    assertThat(ScreeningRules.suggestedLevel(result, SETTINGS)).hasValue("CRISIS");
    assertThat(file.level()).isEqualTo("ATTENTION"); // the suggestion changed nothing
    for (String[] band : new String[][] {{"0", "ROUTINE"}, {"4", "ROUTINE"}, {"5", "ATTENTION"}, {"9.5", null},
        {"10", "KEY_ATTENTION"}, {"19", "KEY_ATTENTION"}, {"20", "CRISIS"}}) {
      ScreeningResult r = new ScreeningResult(ScreeningResultId.of("x"), D, campaign.id(), S, "PHQ9",
          new BigDecimal(band[0]), DAY, C1, T0);
      assertThat(ScreeningRules.suggestedLevel(r, SETTINGS)).as(band[0]).isEqualTo(Optional.ofNullable(band[1]));
    }
    // every student every school year (12 months)
    assertThat(ScreeningRules.dueForScreening(null, DAY, SETTINGS)).isTrue();
    assertThat(ScreeningRules.dueForScreening(DAY, DAY.plusMonths(12).minusDays(1), SETTINGS)).isFalse();
    assertThat(ScreeningRules.dueForScreening(DAY, DAY.plusMonths(12), SETTINGS)).isTrue();
  }

  @Test
  void onlyASetMarkIsRemoved() {
    assertThat(rule(MentalHealthFileRules.mayUnmark(file, CareMark.MIGRANT))).isEqualTo("CARE_MARK_NOT_SET");
    MentalHealthFile marked = file.marked(CareMark.MIGRANT, "随迁子女关爱计划", C1, T0);
    assertThat(MentalHealthFileRules.mayUnmark(marked, CareMark.MIGRANT).isAllowed()).isTrue();
  }

  @Test
  void sealedTextsFitTheGuards_andEachTextHasItsOwnContext() {
    String sealed = "fc1:k1:" + "A".repeat(4 * LevelChange.MAX_NOTE + 50);
    assertThat(file.withLevel("CRISIS", C1, T0, sealed).level()).isEqualTo("CRISIS");
    assertThatThrownBy(() -> file.withLevel("CRISIS", C1, T0, "x".repeat(LevelChange.MAX_STORED_NOTE + 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(MentalHealthFile.levelNoteContext(D, file.id(), 0))
        .isNotEqualTo(MentalHealthFile.levelNoteContext(D, file.id(), 1))
        .isNotEqualTo(MentalHealthFile.markPlanContext(D, file.id(), CareMark.MIGRANT));
    CareRecordId r = CareRecordId.of("r1");
    assertThat(CareRecord.noteContext(D, r)).isNotEqualTo(CareRecord.planContext(D, r)).contains("r1");
  }
}
