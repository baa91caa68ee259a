package org.jiaolianti.application.organization.port.in;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiaolianti.application.shared.constraints.DistrictKey;
import org.jiaolianti.domain.organization.CommitteeMemberKind;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.policy.SocialResourceKind;

/**
 * Imports a district's 1+1+N structure in one call and one transaction: towns/streets, schools,
 * partners, experimental zones with their member schools, committee members and docking agreements.
 *
 * <p>Rows refer to each other by natural key, since ids do not exist yet: a town by its code, a school
 * by its 学校标识码, a partner by its name. A reference resolves to a row of the same import or to a
 * record already stored in the district. Every row is checked before anything is written, with the same
 * rules as the single-record use cases ({@link RegisterOrganizationUseCase}, {@link ManageZonesUseCase},
 * {@link ManageCommitteeUseCase}, {@link ManageDockingAgreementsUseCase}); then all or nothing is written.
 *
 * <p>Errors: malformed rows, unknown references, duplicates and dates out of order are one
 * {@link org.jiaolianti.application.shared.InvalidInputException} listing every bad field by its path
 * ({@code schools[12].code}, {@code zones[0].members[3].schoolCode}); a refusal by a policy rule (a school
 * in two zones at once, a membership before its zone) is a
 * {@link org.jiaolianti.application.shared.RuleViolationException} whose reason names the row. An import
 * without any row is invalid (most likely a caller's mistake, such as misspelt list names).
 *
 * <p>中文：批量导入本区组织架构（镇(街)、学校、对接单位、实验区及成员校、校级家校共育委员会成员、工作对接机制）。依据：五(一)1、四(二)
 */
public interface ImportDistrictUseCase {

  /** Most towns/streets in one import. */
  int MAX_TOWNS = 1_000;
  /** Most schools, partners or zones in one import. */
  int MAX_RECORDS = 20_000;
  /** Most member rows of one zone. */
  int MAX_ZONE_MEMBERS = 5_000;
  /** Most committee members or docking agreements in one import. */
  int MAX_LINKS = 200_000;

  /** Checks every row, then writes all of them in one transaction, or nothing. */
  ImportResult importDistrict(ImportDistrictCommand command);

  /**
   * One district's rows; a list left out (null) is empty. The lists are written in reference order:
   * towns, schools, partners, zones, committee members, agreements.
   */
  record ImportDistrictCommand(
      @DistrictKey String district,
      @Size(max = MAX_TOWNS) List<@Valid @NotNull TownRow> towns,
      @Size(max = MAX_RECORDS) List<@Valid @NotNull SchoolRow> schools,
      @Size(max = MAX_RECORDS) List<@Valid @NotNull PartnerRow> partners,
      @Size(max = MAX_RECORDS) List<@Valid @NotNull ZoneRow> zones,
      @Size(max = MAX_LINKS) List<@Valid @NotNull CommitteeMemberRow> committeeMembers,
      @Size(max = MAX_LINKS) List<@Valid @NotNull AgreementRow> agreements) {

    public ImportDistrictCommand {
      towns = orEmpty(towns);
      schools = orEmpty(schools);
      partners = orEmpty(partners);
      zones = orEmpty(zones);
      committeeMembers = orEmpty(committeeMembers);
      agreements = orEmpty(agreements);
    }

    /** True if the import holds no row at all. */
    public boolean isEmpty() {
      return towns.isEmpty() && schools.isEmpty() && partners.isEmpty() && zones.isEmpty()
          && committeeMembers.isEmpty() && agreements.isEmpty();
    }
  }

  /** A town or street (镇/街道); its code must lie in the district and be new. */
  record TownRow(
      @NotNull @Pattern(regexp = "[1-9][0-9]{8}", message = "{jiaolianti.townCode}") String code,
      @NotBlank @Size(max = 100) String name,
      @NotNull TownKind kind) {}

  /** A school; {@code code} (学校标识码) must be new in the district; {@code town} names a town by its code. */
  record SchoolRow(
      @NotNull @Pattern(regexp = "[0-9]{10}", message = "{jiaolianti.schoolCode}") String code,
      @NotBlank @Size(max = 100) String name,
      @NotNull SchoolType type,
      @NotNull @Pattern(regexp = "[1-9][0-9]{8}", message = "{jiaolianti.townCode}") String town,
      @NotNull LocalDate openedOn) {}

  /**
   * A partner, known to the other rows by its {@code name} (so the name must be new in the district): a
   * DEPARTMENT names its {@code unitCode}; a TOWN_STREET or COMMUNITY names its {@code town}; a
   * SOCIAL_RESOURCE_UNIT names its {@code resourceKind}.
   */
  record PartnerRow(
      @NotNull PartnerKind kind,
      @NotBlank @Size(max = 200) String name,
      @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "{jiaolianti.unitCode}") String unitCode,
      @Pattern(regexp = "[1-9][0-9]{8}", message = "{jiaolianti.townCode}") String town,
      SocialResourceKind resourceKind) {}

  /**
   * An experimental zone (its name new in the district) established on {@code establishedOn} with its
   * lead school, which is its first member; {@code members} are the other member schools.
   */
  record ZoneRow(
      @NotBlank @Size(max = 100) String name,
      @NotNull @Pattern(regexp = "[0-9]{10}", message = "{jiaolianti.schoolCode}") String leadSchoolCode,
      @Size(max = 200) String coordinationOffice,
      @NotNull LocalDate establishedOn,
      @Size(max = MAX_ZONE_MEMBERS) List<@Valid @NotNull ZoneMemberRow> members) {

    public ZoneRow {
      members = orEmpty(members);
    }
  }

  /** A member school of a zone from {@code validFrom}, optionally to {@code validTo} (inclusive). */
  record ZoneMemberRow(
      @NotNull @Pattern(regexp = "[0-9]{10}", message = "{jiaolianti.schoolCode}") String schoolCode,
      @NotNull LocalDate validFrom,
      LocalDate validTo) {}

  /** A member of a school's co-education committee. */
  record CommitteeMemberRow(
      @NotNull @Pattern(regexp = "[0-9]{10}", message = "{jiaolianti.schoolCode}") String schoolCode,
      @NotBlank @Size(max = 100) String name,
      @NotNull CommitteeMemberKind kind,
      @Size(max = 500) String duty,
      @NotNull LocalDate validFrom,
      LocalDate validTo) {}

  /** One docking agreement: the partner (by name) × the school (by code). */
  record AgreementRow(
      @NotBlank @Size(max = 200) String partnerName,
      @NotNull @Pattern(regexp = "[0-9]{10}", message = "{jiaolianti.schoolCode}") String schoolCode,
      @NotEmpty(message = "{jiaolianti.notEmpty}") Set<@NotNull Collaboration> collaborations,
      @NotBlank @Size(max = 2000) String duties,
      @NotBlank @Size(max = 500) String mode,
      @NotBlank @Size(max = 100) String responsiblePerson,
      @NotBlank @Size(max = 200) String contact,
      @NotNull LocalDate validFrom,
      LocalDate validTo) {}

  /**
   * What was written: a count per kind ({@code zoneMemberships} includes each zone's lead school), and the
   * ids given to the new records keyed by their natural key (school code, partner name, zone name; a
   * town's code is its id).
   */
  record ImportResult(
      int towns,
      int schools,
      int partners,
      int zones,
      int zoneMemberships,
      int committeeMembers,
      int agreements,
      Map<String, SchoolId> schoolIds,
      Map<String, PartnerId> partnerIds,
      Map<String, ZoneId> zoneIds) {

    public ImportResult {
      schoolIds = Map.copyOf(requireNonNull(schoolIds, "schoolIds"));
      partnerIds = Map.copyOf(requireNonNull(partnerIds, "partnerIds"));
      zoneIds = Map.copyOf(requireNonNull(zoneIds, "zoneIds"));
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
