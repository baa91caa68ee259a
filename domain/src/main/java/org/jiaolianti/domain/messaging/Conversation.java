package org.jiaolianti.domain.messaging;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * A two-way conversation between a student's guardians and the student's teachers (or the school's
 * leaders) about that one student. Who takes part is decided from the roster and the role assignments in
 * force when a message is read or written ({@link ConversationRules#participation}), not stored.
 *
 * <p>中文：家校沟通会话（关于一名学生）。依据：五(一)2
 */
public record Conversation(
    ConversationId id,
    DistrictCode district,
    SchoolId school,
    StudentId student,
    String subject,
    UserId openedBy,
    ParticipantRole openedAs,
    Instant openedAt,
    long version) {

  public Conversation {
    requireNonNull(id, "id");
    requireNonNull(district, "district");
    requireNonNull(school, "school");
    requireNonNull(student, "student");
    checkArgument(subject != null && !subject.isBlank() && subject.length() <= 200,
        "conversation subject must be 1-200 characters");
    requireNonNull(openedBy, "openedBy");
    requireNonNull(openedAs, "openedAs");
    requireNonNull(openedAt, "openedAt");
  }

  public static Conversation open(ConversationId id, DistrictCode district, SchoolId school, StudentId student,
      String subject, UserId openedBy, ParticipantRole openedAs, Instant openedAt) {
    return new Conversation(id, district, school, student, subject, openedBy, openedAs, openedAt, 0);
  }
}
