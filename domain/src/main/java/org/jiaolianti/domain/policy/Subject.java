package org.jiaolianti.domain.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;

/**
 * A subject (主体) of collaborative education with its duty statements.
 *
 * <p>中文：主体及其职责任务。依据：三
 */
public record Subject(SubjectKind kind, ClauseRef clause, Bilingual name, List<DutyStatement> duties) {
  public Subject {
    requireNonNull(kind, "kind");
    requireNonNull(clause, "clause");
    requireNonNull(name, "name");
    duties = ImmutableList.copyOf(duties);
    checkArgument(!duties.isEmpty(), "subject %s has no duty statement", clause);
    for (DutyStatement duty : duties) {
      checkArgument(duty.subjectKind() == kind, "duty %s is not a %s duty", duty.clause(), kind);
      checkArgument(duty.clause().isWithin(clause), "duty %s lies outside its subject's clause %s", duty.clause(), clause);
    }
  }
}
