package org.jiaolianti.application.homeschool.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.homeschool.AudienceKind;
import org.jiaolianti.domain.homeschool.ConfirmationMode;
import org.jiaolianti.domain.homeschool.Notice;

/**
 * Publishes a notice to every guardian of its audience in one step (one receipt per guardian, and one
 * outbound delivery each, in one transaction), under the guardrails that protect families; reminds the
 * guardians who have not read it.
 *
 * <p>Access: a district-wide or urgent notice needs PUBLISH_NOTICES on the district (the bureau); a school,
 * grade, class or hand-picked notice PUBLISH_NOTICES on its school, or, for a class or hand-picked guardians,
 * PUBLISH_CLASS_NOTICES narrowed to the teacher's own classes.
 *
 * <p>中文：发布家校通知（一键直达）与提醒未读。依据：五(一)2
 */
public interface PublishNoticeUseCase {

  /**
   * Publishes; a non-urgent notice published in the quiet hours is held until they end.
   *
   * @throws org.jiaolianti.application.shared.RuleViolationException the daily cap per class, or a pupil's full
   *     name in the text without {@code confirmNamesStudent}
   */
  Notice publish(Actor actor, PublishNoticeCommand command);

  /** Reminds the guardians who have not read the notice (only them); returns how many were reminded. */
  int remind(Actor actor, RemindCommand command);

  /**
   * The notice to publish.
   *
   * @param schoolId the school, for every audience but DISTRICT
   * @param grade for GRADE
   * @param classId for CLASS
   * @param guardianIds for GUARDIANS
   * @param confirmNamesStudent the sender confirms sending a text that names a pupil of the audience (recorded)
   */
  record PublishNoticeCommand(
      @NotNull AudienceKind audience,
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String schoolId,
      @Min(1) @Max(12) Integer grade,
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String classId,
      @Size(max = 1000) List<@RecordId String> guardianIds,
      @NotBlank @Size(max = 100) String title,
      @NotBlank @Size(max = 5000) String body,
      @NotNull ConfirmationMode mode,
      boolean urgent,
      boolean confirmNamesStudent) {}

  record RemindCommand(@RecordId String noticeId) {}
}
