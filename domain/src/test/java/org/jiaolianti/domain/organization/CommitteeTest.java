package org.jiaolianti.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.jiaolianti.domain.organization.CommitteeMemberKind.COMMUNITY_REP;
import static org.jiaolianti.domain.organization.CommitteeMemberKind.PARENT_REP;
import static org.jiaolianti.domain.organization.CommitteeMemberKind.SCHOOL_LEADER;
import static org.jiaolianti.domain.organization.CommitteeMemberKind.TEACHER_REP;
import static org.jiaolianti.domain.testing.Alliances.member;
import static org.jiaolianti.domain.testing.Alliances.voiding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.domain.shared.DateRange;
import org.junit.jupiter.api.Test;

/**
 * The school co-education committee (校级家校共育委员会, 五(一)1): it may be recorded while
 * incomplete; it is complete on a date only with a member of each of the four kinds in force.
 */
class CommitteeTest {

  private static final SchoolId SCHOOL = SchoolId.of("s1");
  private static final LocalDate FROM = LocalDate.of(2025, 9, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 1, 31);

  private static List<CommitteeMember> fourKinds() {
    List<CommitteeMember> members = new ArrayList<>();
    members.add(member("leader", SCHOOL, SCHOOL_LEADER, DateRange.from(FROM)));
    members.add(member("teacher", SCHOOL, TEACHER_REP, DateRange.from(FROM)));
    members.add(member("parent", SCHOOL, PARENT_REP, DateRange.from(FROM)));
    members.add(member("community", SCHOOL, COMMUNITY_REP, DateRange.from(FROM)));
    return members;
  }

  @Test
  void completeWithOneMemberOfEachKind() {
    Committee committee = new Committee(SCHOOL, fourKinds());
    assertThat(committee.isCompleteOn(FROM)).isTrue();
    assertThat(committee.missingKindsOn(FROM)).isEmpty();
    assertThat(committee.isCompleteOn(FROM.minusDays(1))).isFalse();
    assertThat(committee.missingKindsOn(FROM.minusDays(1))).containsExactly(SCHOOL_LEADER, TEACHER_REP, PARENT_REP,
        COMMUNITY_REP);
  }

  @Test
  void anEmptyOrPartialCommitteeMayBeRecorded() {
    assertThat(new Committee(SCHOOL, List.of()).missingKindsOn(FROM)).hasSize(4);
    Committee partial = new Committee(SCHOOL, fourKinds().subList(0, 2));
    assertThat(partial.missingKindsOn(FROM)).containsExactly(PARENT_REP, COMMUNITY_REP);
  }

  @Test
  void anEndedMemberCountsUpToTheLastDayOnly() {
    List<CommitteeMember> members = fourKinds();
    members.set(3, members.get(3).endingOn(LAST_DAY));
    Committee committee = new Committee(SCHOOL, members);
    assertThat(committee.isCompleteOn(LAST_DAY)).isTrue();
    assertThat(committee.isCompleteOn(LAST_DAY.plusDays(1))).isFalse();
    assertThat(committee.missingKindsOn(LAST_DAY.plusDays(1))).containsExactly(COMMUNITY_REP);
    assertThat(committee.membersOn(LAST_DAY.plusDays(1))).hasSize(3);
  }

  @Test
  void aVoidedMemberCountsOnNoDate() {
    List<CommitteeMember> members = fourKinds();
    members.set(2, members.get(2).voided(voiding("appointed by mistake")));
    Committee committee = new Committee(SCHOOL, members);
    assertThat(committee.isCompleteOn(FROM)).isFalse();
    assertThat(committee.missingKindsOn(FROM)).containsExactly(PARENT_REP);
    assertThat(committee.missingKindsOn(LocalDate.of(2027, 1, 1))).containsExactly(PARENT_REP);
    assertThat(members.get(2).optionalVoiding()).hasValueSatisfying(v -> assertThat(v.reason()).isEqualTo("appointed by mistake"));
  }

  @Test
  void aReplacementMemberKeepsTheCommitteeComplete() {
    List<CommitteeMember> members = fourKinds();
    members.set(3, members.get(3).endingOn(LAST_DAY));
    members.add(member("community-2", SCHOOL, COMMUNITY_REP, DateRange.from(LAST_DAY.plusDays(1))));
    Committee committee = new Committee(SCHOOL, members);
    assertThat(committee.isCompleteOn(LAST_DAY)).isTrue();
    assertThat(committee.isCompleteOn(LAST_DAY.plusDays(1))).isTrue();
  }

  @Test
  void aVoidedOrEndedMemberCannotBeChangedAgainWrongly() {
    CommitteeMember m = member("x", SCHOOL, PARENT_REP, DateRange.from(FROM));
    CommitteeMember voided = m.voided(voiding("mistake"));
    assertThatIllegalArgumentException().isThrownBy(() -> voided.voided(voiding("again")));
    assertThatIllegalArgumentException().isThrownBy(() -> voided.endingOn(LAST_DAY));
  }

  @Test
  void everyMemberBelongsToTheCommitteesSchool() {
    CommitteeMember elsewhere = member("x", SchoolId.of("s2"), PARENT_REP, DateRange.from(FROM));
    assertThatIllegalArgumentException().isThrownBy(() -> new Committee(SCHOOL, List.of(elsewhere)))
        .withMessageContaining("belongs to school s2");
  }
}
