package org.jiaolianti.application.organization.port.in;

import jakarta.validation.constraints.NotBlank;
import org.jiaolianti.application.shared.constraints.DistrictKey;
import org.jiaolianti.application.shared.constraints.RecordId;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.policy.Collaboration;

/**
 * Docking agreements (工作对接机制): a partner docks with one or many schools at once (one agreement
 * per school), stating duties, mode, responsible person, contact and the collaborations served.
 *
 * <p>中文：工作对接机制。依据：四(二)
 */
public interface ManageDockingAgreementsUseCase {

  /** Signs one agreement per school, all or none. */
  List<DockingAgreement> sign(SignAgreementsCommand command);

  DockingAgreement end(EndAgreementCommand command);

  DockingAgreement voidAgreement(VoidAgreementCommand command);

  /** One partner with {@code schoolIds} (at most 2,000 at once). */
  record SignAgreementsCommand(
      @DistrictKey String district,
      @RecordId String partnerId,
      @NotEmpty(message = "{jiaolianti.notEmpty}") @Size(max = 2000) List<
          @RecordId String> schoolIds,
      @NotEmpty(message = "{jiaolianti.notEmpty}") Set<@NotNull Collaboration> collaborations,
      @NotBlank @Size(max = 2000) String duties,
      @NotBlank @Size(max = 500) String mode,
      @NotBlank @Size(max = 100) String responsiblePerson,
      @NotBlank @Size(max = 200) String contact,
      @NotNull LocalDate validFrom,
      LocalDate validTo) {}

  /** Ends an agreement on {@code lastDay}. */
  record EndAgreementCommand(
      @DistrictKey String district,
      @RecordId String agreementId,
      @NotNull LocalDate lastDay) {}

  /** Voids an agreement recorded by mistake: it counts for no date. */
  record VoidAgreementCommand(
      @DistrictKey String district,
      @RecordId String agreementId,
      @NotBlank @Size(max = 100) String voidedBy,
      @NotBlank @Size(max = 500) String reason) {}
}
