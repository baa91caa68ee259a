package org.jiaolianti.domain.mentor;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Ids;

/** An approved mentor assigned to a service, club or career session from {@code from} to {@code to}. 中文：导师任务。 */
public record MentorAssignment(String id, DistrictCode district, ParentMentorId mentor, AssignmentKind kind,
    String title, LocalDate from, LocalDate to, UserId assignedBy, Instant assignedAt) {

  public static final int MAX_TITLE = 200;

  public MentorAssignment {
    Ids.check(id, "MentorAssignment");
    requireNonNull(district, "district");
    requireNonNull(mentor, "mentor");
    requireNonNull(kind, "kind");
    checkArgument(title != null && !title.isBlank() && title.length() <= MAX_TITLE, "title must be 1-%s characters",
        MAX_TITLE);
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(!to.isBefore(from), "an assignment ends on or after its start");
    requireNonNull(assignedBy, "assignedBy");
    requireNonNull(assignedAt, "assignedAt");
  }
}
