package org.jiaolianti.domain.messaging;

import java.util.Optional;
import java.util.Set;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.Decision;

/**
 * Who takes part in a conversation about a student, and how a message is corrected (五(一)2: 在线沟通).
 *
 * <p>中文：家校沟通规则。
 */
public final class ConversationRules {

  /** 五(一)2: the home–school platform's online communication (在线沟通). */
  public static final ClauseRef CLAUSE = ClauseRef.of("五(一)2");

  private ConversationRules() {}

  /**
   * In which capacity a user takes part in conversations about {@code student}: as a guardian if their
   * guardian record is linked to the student; as a teacher if they teach the student's class today; as a
   * school leader if they administer the student's school today; else not at all.
   *
   * @param guardianOf the guardian record of the user (null if none) and the student's linked guardians
   * @param taughtClasses the classes the user teaches today (TEACHER in a CLASSES scope)
   * @param administeredSchools the schools the user administers today (SCHOOL_ADMIN)
   */
  public static Optional<ParticipantRole> participation(Student student, GuardianId guardianOf,
      Set<GuardianId> studentsGuardians, Set<ClassId> taughtClasses, Set<SchoolId> administeredSchools) {
    if (guardianOf != null && studentsGuardians.contains(guardianOf)) {
      return Optional.of(ParticipantRole.GUARDIAN);
    }
    if (student.schoolClass() != null && taughtClasses.contains(student.schoolClass())) {
      return Optional.of(ParticipantRole.TEACHER);
    }
    if (administeredSchools.contains(student.school())) {
      return Optional.of(ParticipantRole.SCHOOL_ADMIN);
    }
    return Optional.empty();
  }

  /**
   * A correction corrects an earlier message of the same conversation written by the same user (one puts
   * right one's own words; the other side answers with a message of their own).
   */
  public static Decision mayCorrect(Message original, ConversationId conversation, UserId author) {
    if (!original.conversation().equals(conversation)) {
      return Decision.rejected("CORRECTION_SAME_CONVERSATION", Bilingual.of(
          "更正只能针对同一会话中的消息", "a correction corrects a message of the same conversation"), CLAUSE);
    }
    if (!original.author().equals(author)) {
      return Decision.rejected("CORRECTION_OWN_MESSAGE", Bilingual.of(
          "只能更正本人发出的消息", "one can correct only one's own messages"), CLAUSE);
    }
    return Decision.allowed();
  }
}
