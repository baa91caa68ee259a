package org.jiaolianti.application.organization.port.in;

import jakarta.validation.constraints.NotBlank;
import org.jiaolianti.application.shared.constraints.DistrictKey;
import org.jiaolianti.application.shared.constraints.RecordId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jiaolianti.domain.organization.CommitteeMember;
import org.jiaolianti.domain.organization.CommitteeMemberKind;

/**
 * A school's co-education committee (校级家校共育委员会): members of four kinds, appointed for a period,
 * ended, or voided when recorded by mistake. It may be recorded incomplete.
 *
 * <p>中文：校级家校共育委员会。依据：五(一)1
 */
public interface ManageCommitteeUseCase {

  CommitteeMember appoint(AppointMemberCommand command);

  CommitteeMember end(EndMemberCommand command);

  CommitteeMember voidMember(VoidMemberCommand command);

  /** Appoints a member from {@code validFrom}, optionally to {@code validTo}. */
  record AppointMemberCommand(
      @DistrictKey String district,
      @RecordId String schoolId,
      @NotBlank @Size(max = 100) String name,
      @NotNull CommitteeMemberKind kind,
      @Size(max = 500) String duty,
      @NotNull LocalDate validFrom,
      LocalDate validTo) {}

  /** Ends a membership on {@code lastDay}. */
  record EndMemberCommand(
      @DistrictKey String district,
      @RecordId String memberId,
      @NotNull LocalDate lastDay) {}

  /** Voids a member recorded by mistake. */
  record VoidMemberCommand(
      @DistrictKey String district,
      @RecordId String memberId,
      @NotBlank @Size(max = 100) String voidedBy,
      @NotBlank @Size(max = 500) String reason) {}
}
