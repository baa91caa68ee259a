package org.jiaolianti.application.organization.port.in;

import jakarta.validation.constraints.NotBlank;
import org.jiaolianti.application.shared.constraints.DistrictKey;
import org.jiaolianti.application.shared.constraints.RecordId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.policy.SocialResourceKind;

/**
 * Registers the district's towns/streets, schools and partners (the "N" of 1+1+N and the bodies
 * schools dock with).
 *
 * <p>中文：登记镇(街)、学校、对接单位。依据：五(一)1、四(二)
 */
public interface RegisterOrganizationUseCase {

  Town registerTown(RegisterTownCommand command);

  School registerSchool(RegisterSchoolCommand command);

  /** Records that a school closed (the first day it is no longer open). */
  School closeSchool(CloseSchoolCommand command);

  Partner registerPartner(RegisterPartnerCommand command);

  /** Registers a town or street. */
  record RegisterTownCommand(
      @DistrictKey String district,
      @NotNull @Pattern(regexp = "[1-9][0-9]{8}", message = "{jiaolianti.townCode}") String code,
      @NotBlank @Size(max = 100) String name,
      @NotNull TownKind kind) {}

  /** Registers a school. */
  record RegisterSchoolCommand(
      @DistrictKey String district,
      @NotNull @Pattern(regexp = "[0-9]{10}", message = "{jiaolianti.schoolCode}") String code,
      @NotBlank @Size(max = 100) String name,
      @NotNull SchoolType type,
      @NotNull @Pattern(regexp = "[1-9][0-9]{8}", message = "{jiaolianti.townCode}") String town,
      @NotNull LocalDate openedOn) {}

  /** Closes a school from {@code closedOn}. */
  record CloseSchoolCommand(
      @DistrictKey String district,
      @RecordId String schoolId,
      @NotNull LocalDate closedOn,
      long expectedVersion) {}

  /**
   * Registers a partner: a DEPARTMENT names its {@code unitCode}; a TOWN_STREET or COMMUNITY names its
   * {@code town}; a SOCIAL_RESOURCE_UNIT names its {@code resourceKind}.
   */
  record RegisterPartnerCommand(
      @DistrictKey String district,
      @NotNull PartnerKind kind,
      @NotBlank @Size(max = 200) String name,
      @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "{jiaolianti.unitCode}") String unitCode,
      @Pattern(regexp = "[1-9][0-9]{8}", message = "{jiaolianti.townCode}") String town,
      SocialResourceKind resourceKind) {}
}
