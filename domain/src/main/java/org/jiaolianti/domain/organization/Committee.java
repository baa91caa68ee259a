package org.jiaolianti.domain.organization;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A school's co-education committee (校级家校共育委员会) as its member records say. It may be recorded
 * while incomplete; it is complete on a date only with at least one member of each of the four kinds
 * in force that day.
 *
 * <p>中文：校级家校共育委员会（校领导、教师代表、家长代表、社区代表）。依据：五(一)1
 */
public record Committee(SchoolId school, List<CommitteeMember> members) {

  public Committee {
    members = ImmutableList.copyOf(members);
    for (CommitteeMember m : members) {
      checkArgument(m.school().equals(school), "member %s belongs to school %s, not %s", m.id(), m.school(), school);
    }
  }

  public List<CommitteeMember> membersOn(LocalDate date) {
    return members.stream().filter(m -> m.countsOn(date)).collect(ImmutableList.toImmutableList());
  }

  /** The kinds with no member in force on {@code date}, in the order of {@link CommitteeMemberKind}. */
  public Set<CommitteeMemberKind> missingKindsOn(LocalDate date) {
    EnumSet<CommitteeMemberKind> missing = EnumSet.allOf(CommitteeMemberKind.class);
    membersOn(date).forEach(m -> missing.remove(m.kind()));
    return Sets.immutableEnumSet(missing);
  }

  public boolean isCompleteOn(LocalDate date) {
    return missingKindsOn(date).isEmpty();
  }
}
