package org.jiaolianti.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Decision;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** Who takes part in a conversation about a student, and who may correct which message. */
class ConversationRulesTest {

  private static final DistrictCode D = DistrictCode.of("350213");
  private static final SchoolId SCHOOL = SchoolId.of("s1");
  private static final ClassId CLASS = ClassId.of("c1");
  private final Student student = new Student(StudentId.of("st1"), D, SCHOOL, CLASS, "陈小明", Gender.MALE,
      LocalDate.of(2017, 1, 1), null, 0);
  private final GuardianId parent = GuardianId.of("g1");

  @Test
  void guardiansOfTheStudentTeachersOfItsClassAndLeadersOfItsSchoolTakePart() {
    assertThat(ConversationRules.participation(student, parent, Set.of(parent), Set.of(), Set.of()))
        .contains(ParticipantRole.GUARDIAN);
    assertThat(ConversationRules.participation(student, null, Set.of(parent), Set.of(CLASS), Set.of()))
        .contains(ParticipantRole.TEACHER);
    assertThat(ConversationRules.participation(student, null, Set.of(parent), Set.of(), Set.of(SCHOOL)))
        .contains(ParticipantRole.SCHOOL_ADMIN);
    // another child's guardian, another class's teacher, another school's leader: nobody
    assertThat(ConversationRules.participation(student, GuardianId.of("g2"), Set.of(parent), Set.of(ClassId.of("c2")),
        Set.of(SchoolId.of("s2")))).isEmpty();
  }

  @Test
  void aCorrectionCorrectsOnesOwnMessageOfTheSameConversation() {
    ConversationId conversation = ConversationId.of("conv1");
    UserId me = UserId.of("me");
    Message mine = new Message(MessageId.of("m1"), D, conversation, me, "我", ParticipantRole.GUARDIAN, "明天请假",
        null, Instant.EPOCH);
    assertThat(ConversationRules.mayCorrect(mine, conversation, me).isAllowed()).isTrue();
    assertThat(ConversationRules.mayCorrect(mine, conversation, UserId.of("teacher")))
        .isInstanceOfSatisfying(Decision.Rejected.class, r -> assertThat(r.rule()).isEqualTo("CORRECTION_OWN_MESSAGE"));
    assertThat(ConversationRules.mayCorrect(mine, ConversationId.of("conv2"), me))
        .isInstanceOfSatisfying(Decision.Rejected.class,
            r -> assertThat(r.rule()).isEqualTo("CORRECTION_SAME_CONVERSATION"));
  }
}
