package org.jiaolianti.application.organization;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jiaolianti.application.organization.port.in.OrganizationQueries;
import org.jiaolianti.application.organization.port.in.RegisterOrganizationUseCase;
import org.jiaolianti.application.organization.port.out.CommitteeMembers;
import org.jiaolianti.application.organization.port.out.DockingAgreements;
import org.jiaolianti.application.organization.port.out.Partners;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.organization.port.out.Towns;
import org.jiaolianti.application.organization.port.out.Zones;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.organization.CommitteeMember;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.organization.TownCode;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.DistrictCode;

/** Registers towns, schools and partners, and answers reads of the structure. */
public final class OrganizationService implements RegisterOrganizationUseCase, OrganizationQueries {

  private final Policies policies;
  private final Towns towns;
  private final Schools schools;
  private final Zones zones;
  private final Partners partners;
  private final CommitteeMembers members;
  private final DockingAgreements agreements;
  private final Transactions tx;
  private final CommandValidator validator;

  public OrganizationService(Policies policies, Towns towns, Schools schools, Zones zones, Partners partners,
      CommitteeMembers members, DockingAgreements agreements, Transactions tx, CommandValidator validator) {
    this.policies = requireNonNull(policies);
    this.towns = requireNonNull(towns);
    this.schools = requireNonNull(schools);
    this.zones = requireNonNull(zones);
    this.partners = requireNonNull(partners);
    this.members = requireNonNull(members);
    this.agreements = requireNonNull(agreements);
    this.tx = requireNonNull(tx);
    this.validator = requireNonNull(validator);
  }

  private Policy policyOf(DistrictCode district) {
    return policies.require(district);
  }

  @Override
  public Town registerTown(RegisterTownCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    policyOf(district);
    if (!command.code().startsWith(command.district())) {
      throw InvalidInputException.of("code", "TownInDistrict", "镇(街)代码须以区划代码 " + district + " 开头",
          "a town code must start with the district code " + district);
    }
    Town town = new Town(TownCode.of(command.code()), district, command.name().strip(), command.kind());
    return tx.inTransaction(() -> {
      if (towns.byCode(district, town.code()).isPresent()) {
        throw ConflictException.duplicate("code", town.code());
      }
      towns.add(town);
      return town;
    });
  }

  @Override
  public School registerSchool(RegisterSchoolCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    policyOf(district);
    return tx.inTransaction(() -> {
      town(district, command.town());
      if (schools.byCode(district, command.code()).isPresent()) {
        throw ConflictException.duplicate("code", command.code());
      }
      School school = School.register(SchoolId.newId(), district, command.code(), command.name().strip(),
          command.type(), TownCode.of(command.town()), command.openedOn());
      schools.add(school);
      return school;
    });
  }

  @Override
  public School closeSchool(CloseSchoolCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    return tx.inTransaction(() -> {
      School school = school(district, SchoolId.of(command.schoolId()));
      if (school.version() != command.expectedVersion()) {
        throw ConflictException.stale("school", school.id());
      }
      if (!command.closedOn().isAfter(school.openedOn())) {
        throw InvalidInputException.of("closedOn", "DateOrder", "关闭日期须晚于开办日期 " + school.openedOn(),
            "closedOn must be after the opening date " + school.openedOn());
      }
      return schools.update(school.closedOn(command.closedOn()));
    });
  }

  @Override
  public Partner registerPartner(RegisterPartnerCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    Policy policy = policyOf(district);
    PartnerKind kind = command.kind();
    UnitCode unit = null;
    TownCode town = null;
    if (kind == PartnerKind.DEPARTMENT) {
      if (command.unitCode() == null) {
        throw InvalidInputException.of("unitCode", "NotNull", "部门须填写其单位代码", "a department names its unit code");
      }
      unit = UnitCode.of(command.unitCode());
      if (policy.unit(unit).isEmpty()) {
        throw InvalidInputException.of("unitCode", "KnownUnit", "工作方案中没有单位 " + unit, "the policy has no unit " + unit);
      }
    } else if (command.unitCode() != null) {
      throw InvalidInputException.of("unitCode", "Null", "只有部门填写单位代码", "only a department names a unit code");
    }
    boolean needsTown = kind == PartnerKind.TOWN_STREET || kind == PartnerKind.COMMUNITY;
    if (needsTown != (command.town() != null)) {
      throw InvalidInputException.of("town", needsTown ? "NotNull" : "Null",
          needsTown ? "镇(街)或社区须填写所属镇(街)代码" : "只有镇(街)或社区填写镇(街)代码",
          needsTown ? "a town/street or community names its town" : "only a town/street or community names a town");
    }
    if ((kind == PartnerKind.SOCIAL_RESOURCE_UNIT) != (command.resourceKind() != null)) {
      throw InvalidInputException.of("resourceKind", kind == PartnerKind.SOCIAL_RESOURCE_UNIT ? "NotNull" : "Null",
          kind == PartnerKind.SOCIAL_RESOURCE_UNIT ? "社会资源单位须填写类型" : "只有社会资源单位填写类型",
          kind == PartnerKind.SOCIAL_RESOURCE_UNIT ? "a social resource unit names its kind" : "only a social resource unit names a kind");
    }
    UnitCode unitCode = unit;
    return tx.inTransaction(() -> {
      TownCode townCode = needsTown ? town(district, command.town()).code() : null;
      Partner partner = new Partner(PartnerId.newId(), district, kind, command.name().strip(), unitCode, townCode,
          command.resourceKind(), 0);
      partners.add(partner);
      return partner;
    });
  }

  private Town town(DistrictCode district, String code) {
    return towns.byCode(district, TownCode.of(code)).orElseThrow(() -> new NotFoundException("town", code));
  }

  @Override
  public List<Town> towns(DistrictCode district) {
    return towns.all(district);
  }

  @Override
  public List<School> schools(DistrictCode district) {
    return schools.all(district);
  }

  @Override
  public School school(DistrictCode district, SchoolId id) {
    return schools.byId(district, id).orElseThrow(() -> new NotFoundException("school", id));
  }

  @Override
  public List<Zone> zones(DistrictCode district) {
    return zones.all(district);
  }

  @Override
  public Zone zone(DistrictCode district, ZoneId id) {
    return zones.byId(district, id).orElseThrow(() -> new NotFoundException("zone", id));
  }

  @Override
  public List<Partner> partners(DistrictCode district) {
    return partners.all(district);
  }

  @Override
  public List<CommitteeMember> committee(DistrictCode district, SchoolId school) {
    school(district, school);
    return members.ofSchool(district, school);
  }

  @Override
  public List<DockingAgreement> agreements(DistrictCode district, SchoolId school) {
    school(district, school);
    return agreements.ofSchool(district, school);
  }
}
