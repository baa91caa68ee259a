package org.jiaolianti.application.milestone.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jiaolianti.application.shared.constraints.DistrictKey;
import org.jiaolianti.application.shared.constraints.RecordId;
import org.jiaolianti.domain.milestone.ExchangeEvent;
import org.jiaolianti.domain.milestone.TypicalCase;
import org.jiaolianti.domain.milestone.TypicalCaseKind;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Records what the typical-case and exchange-event milestones count (二); a later case workflow
 * produces the same records. Mistakes are voided, never deleted.
 */
public interface RecordMilestoneEvidenceUseCase {

  TypicalCase recordCase(RecordTypicalCaseCommand command);

  TypicalCase voidCase(VoidRecordCommand command);

  ExchangeEvent recordEvent(RecordExchangeEventCommand command);

  ExchangeEvent voidEvent(VoidRecordCommand command);

  List<TypicalCase> cases(DistrictCode district);

  List<ExchangeEvent> events(DistrictCode district);

  /**
   * One case of {@code district}, voided or not.
   *
   * @throws org.jiaolianti.application.shared.NotFoundException if the district has no case with that id
   *     (a malformed id included)
   */
  TypicalCase typicalCase(DistrictCode district, String id);

  /**
   * One event of {@code district}, voided or not.
   *
   * @throws org.jiaolianti.application.shared.NotFoundException if the district has no event with that id
   *     (a malformed id included)
   */
  ExchangeEvent exchangeEvent(DistrictCode district, String id);

  /** A selected case from a school ({@code fromSchoolId}) or a unit ({@code fromUnitCode}), exactly one. */
  record RecordTypicalCaseCommand(
      @DistrictKey String district,
      @NotBlank @Size(max = 200) String title,
      @NotNull TypicalCaseKind kind,
      @NotEmpty(message = "{jiaolianti.notEmpty}") Set<@NotNull Collaboration> collaborations,
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String fromSchoolId,
      @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "{jiaolianti.unitCode}") String fromUnitCode,
      @NotNull LocalDate selectedOn) {}

  /** An event held on {@code heldOn}. */
  record RecordExchangeEventCommand(
      @DistrictKey String district,
      @NotNull LocalDate heldOn,
      @NotBlank @Size(max = 200) String organiser,
      @NotBlank @Size(max = 200) String title) {}

  /** Voids a case or an event recorded by mistake. */
  record VoidRecordCommand(
      @DistrictKey String district,
      @RecordId String id,
      @NotBlank @Size(max = 100) String voidedBy,
      @NotBlank @Size(max = 500) String reason) {}
}
