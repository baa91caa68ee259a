package org.jiaolianti.application.organization.port.in;

import jakarta.validation.constraints.NotBlank;
import org.jiaolianti.application.shared.constraints.DistrictKey;
import org.jiaolianti.application.shared.constraints.RecordId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jiaolianti.domain.organization.Zone;

/**
 * Experimental zones (教联体实验区): established with their lead school (龙头校), which hosts the
 * coordination office and is always a member; schools join, leave (an end date) or a mistaken
 * membership is voided. A school is in at most one zone at a time.
 *
 * <p>中文：教联体实验区管理。依据：五(一)1
 */
public interface ManageZonesUseCase {

  Zone establish(EstablishZoneCommand command);

  Zone addMember(AddZoneMemberCommand command);

  Zone endMembership(EndZoneMembershipCommand command);

  Zone voidMembership(VoidZoneMembershipCommand command);

  /** Establishes a zone with its lead school from {@code establishedOn}. */
  record EstablishZoneCommand(
      @DistrictKey String district,
      @NotBlank @Size(max = 100) String name,
      @RecordId String leadSchoolId,
      @Size(max = 200) String coordinationOffice,
      @NotNull LocalDate establishedOn) {}

  /** Adds a school to a zone from {@code validFrom}, optionally to {@code validTo} (inclusive). */
  record AddZoneMemberCommand(
      @DistrictKey String district,
      @RecordId String zoneId,
      @RecordId String schoolId,
      @NotNull LocalDate validFrom,
      LocalDate validTo) {}

  /** Ends a membership on {@code lastDay} (inclusive); the past is kept. */
  record EndZoneMembershipCommand(
      @DistrictKey String district,
      @RecordId String zoneId,
      @RecordId String membershipId,
      @NotNull LocalDate lastDay) {}

  /** Voids a membership recorded by mistake: it then counts for no date. */
  record VoidZoneMembershipCommand(
      @DistrictKey String district,
      @RecordId String zoneId,
      @RecordId String membershipId,
      @NotBlank @Size(max = 100) String voidedBy,
      @NotBlank @Size(max = 500) String reason) {}
}
