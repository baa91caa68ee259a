package org.jiaolianti.adapters.rest.milestone;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.milestone.port.in.RecordMilestoneEvidenceUseCase.RecordExchangeEventCommand;
import org.jiaolianti.application.milestone.port.in.RecordMilestoneEvidenceUseCase.RecordTypicalCaseCommand;
import org.jiaolianti.application.milestone.port.in.RecordMilestoneEvidenceUseCase.VoidRecordCommand;
import org.jiaolianti.domain.milestone.TypicalCaseKind;
import org.jiaolianti.domain.policy.Collaboration;

/**
 * The request bodies of the milestone evidence resources: the application's commands without the
 * district (the caller's) and without who voided (the caller's username).
 */
public final class MilestoneRequests {

  private MilestoneRequests() {}

  /** A selected typical case, from a school ({@code fromSchoolId}) or a unit ({@code fromUnitCode}), exactly one. */
  public record RecordTypicalCase(
      @NotBlank @Size(max = 200) String title,
      @NotNull TypicalCaseKind kind,
      @NotEmpty(message = "{jiaolianti.notEmpty}") Set<@NotNull Collaboration> collaborations,
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String fromSchoolId,
      @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "{jiaolianti.unitCode}") String fromUnitCode,
      @NotNull LocalDate selectedOn) {

    RecordTypicalCaseCommand command(Actor actor) {
      return new RecordTypicalCaseCommand(actor.district().value(), title, kind, collaborations, fromSchoolId,
          fromUnitCode, selectedOn);
    }
  }

  /** An experience-exchange event held on {@code heldOn}. */
  public record RecordExchangeEvent(
      @NotNull LocalDate heldOn,
      @NotBlank @Size(max = 200) String organiser,
      @NotBlank @Size(max = 200) String title) {

    RecordExchangeEventCommand command(Actor actor) {
      return new RecordExchangeEventCommand(actor.district().value(), heldOn, organiser, title);
    }
  }

  /** Why a case or an event recorded by mistake is voided; who and when come from the request. */
  public record VoidRecord(@NotBlank @Size(max = 500) String reason) {

    VoidRecordCommand command(Actor actor, String id) {
      return new VoidRecordCommand(actor.district().value(), id, actor.user().username(), reason);
    }
  }
}
