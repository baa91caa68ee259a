package org.jiaolianti.application.organization;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase;
import org.jiaolianti.application.organization.port.out.CommitteeMembers;
import org.jiaolianti.application.organization.port.out.DockingAgreements;
import org.jiaolianti.application.organization.port.out.Partners;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.organization.port.out.Towns;
import org.jiaolianti.application.organization.port.out.Zones;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.application.shared.CommandValidator;
import org.jiaolianti.application.shared.FieldError;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.Periods;
import org.jiaolianti.application.shared.RuleViolationException;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.organization.AgreementId;
import org.jiaolianti.domain.organization.CommitteeMember;
import org.jiaolianti.domain.organization.CommitteeMemberId;
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
import org.jiaolianti.domain.organization.ZoneMembership;
import org.jiaolianti.domain.organization.ZoneMembershipId;
import org.jiaolianti.domain.organization.ZoneMembershipRule;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.Decision;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Imports a district's structure in one transaction with one batched write per kind (五(一)1, 四(二)).
 *
 * <p>Every row passes the checks the single-record services make, in one linear pass: what is already
 * stored is read once per kind ({@code all(district)}) into hash maps, so no row costs a storage query.
 * The checks, by row:
 * <ul>
 *   <li>town: its code lies in the district; new in the import and in storage;</li>
 *   <li>school: its code new in the import and in storage; its town known;</li>
 *   <li>partner: its name new in the import and in storage (the other rows refer to it by name); a
 *       department names a unit of the policy, a town/street or community a known town, a social
 *       resource unit its kind, and no kind names what is not its own;</li>
 *   <li>zone: its name new in the import and in storage; its lead and member schools known; no end before
 *       its start; policy rules {@code SCHOOL_IN_ONE_ZONE_AT_A_TIME} ({@link ZoneMembershipRule}, 五(一)1,
 *       against stored memberships and the earlier rows of the import) and {@code MEMBERSHIP_BEFORE_ZONE}
 *       ({@link Zone#canAdd}, 五(一)1);</li>
 *   <li>committee member: its school known; no end before its start;</li>
 *   <li>agreement: its partner (by name, one partner only) and school known; no end before its start.</li>
 * </ul>
 * Input errors are all collected into one {@link InvalidInputException} (at most {@value #MAX_ERRORS}
 * listed); policy refusals come after, as a {@link RuleViolationException} naming the first refused row.
 */
public final class ImportDistrictService implements ImportDistrictUseCase {

  /** Most field errors listed in one rejection; the rest are counted in a last entry. */
  static final int MAX_ERRORS = 1_000;

  // The command's list names, as field paths start.
  private static final String TOWNS = "towns";
  private static final String SCHOOLS = "schools";
  private static final String PARTNERS = "partners";
  private static final String ZONES = "zones";
  private static final String MEMBERS = "committeeMembers";
  private static final String AGREEMENTS = "agreements";

  private final Policies policies;
  private final Towns towns;
  private final Schools schools;
  private final Zones zones;
  private final Partners partners;
  private final CommitteeMembers members;
  private final DockingAgreements agreements;
  private final Transactions tx;
  private final CommandValidator validator;

  public ImportDistrictService(Policies policies, Towns towns, Schools schools, Zones zones, Partners partners,
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

  @Override
  public ImportResult importDistrict(ImportDistrictCommand command) {
    validator.validate(command);
    DistrictCode district = DistrictCode.of(command.district());
    Policy policy = policies.require(district);
    if (command.isEmpty()) {
      throw InvalidInputException.of("body", "NotEmpty", "导入内容为空：至少需要一条记录",
          "the import holds no rows: it needs at least one");
    }
    return tx.inTransaction(() -> {
      Plan plan = new Plan(district, policy);
      plan.check(command);
      // Reference order: what a row refers to is written before it.
      addAll(plan.newTowns, towns::addAll);
      addAll(plan.newSchools, schools::addAll);
      addAll(plan.newPartners, partners::addAll);
      addAll(plan.newZones, zones::addAll);
      addAll(plan.newMembers, members::addAll);
      addAll(plan.newAgreements, agreements::addAll);
      return plan.result();
    });
  }

  private static <T> void addAll(List<T> records, Consumer<List<T>> port) {
    if (!records.isEmpty()) {
      port.accept(records);
    }
  }

  /** One import's checks and the records they produce; throws before anything is written. */
  private final class Plan {

    private final DistrictCode district;
    private final Policy policy;
    private final List<FieldError> errors = new ArrayList<>();
    private int moreErrors;
    private String refusedField;
    private Decision.Rejected refusal;
    private int moreRefusals;

    /** Town codes of the district: stored and imported. */
    private final Set<String> townCodes = new HashSet<>();
    /** School ids by code: stored and imported. */
    private final Map<String, SchoolId> schoolIds = new HashMap<>();
    /** Partner ids by name: stored and imported; {@link #ambiguousPartnerNames} are checked first. */
    private final Map<String, PartnerId> partnerIds = new HashMap<>();
    /** Stored partner names held by more than one partner: a reference to them is ambiguous. */
    private final Set<String> ambiguousPartnerNames = new HashSet<>();
    /** Memberships by school, stored and planned, for the one-zone-at-a-time rule. */
    private final Map<SchoolId, List<ZoneMembership>> membershipsBySchool = new HashMap<>();

    private final List<Town> newTowns = new ArrayList<>();
    private final List<School> newSchools = new ArrayList<>();
    private final List<Partner> newPartners = new ArrayList<>();
    private final List<Zone> newZones = new ArrayList<>();
    private final List<CommitteeMember> newMembers = new ArrayList<>();
    private final List<DockingAgreement> newAgreements = new ArrayList<>();
    private final Map<String, SchoolId> newSchoolIds = new LinkedHashMap<>();
    private final Map<String, PartnerId> newPartnerIds = new LinkedHashMap<>();
    private final Map<String, ZoneId> newZoneIds = new LinkedHashMap<>();
    private int newMemberships;

    Plan(DistrictCode district, Policy policy) {
      this.district = district;
      this.policy = policy;
    }

    void check(ImportDistrictCommand c) {
      boolean needTowns = !c.towns().isEmpty() || !c.schools().isEmpty() || !c.partners().isEmpty();
      boolean needSchools = !c.schools().isEmpty() || !c.zones().isEmpty() || !c.committeeMembers().isEmpty()
          || !c.agreements().isEmpty();
      boolean needPartners = !c.partners().isEmpty() || !c.agreements().isEmpty();
      if (needTowns) {
        towns.all(district).forEach(t -> townCodes.add(t.code().value()));
      }
      if (needSchools) {
        schools.all(district).forEach(s -> schoolIds.put(s.code(), s.id()));
      }
      if (needPartners) {
        for (Partner p : partners.all(district)) {
          if (partnerIds.putIfAbsent(p.name(), p.id()) != null) {
            ambiguousPartnerNames.add(p.name());
          }
        }
      }
      checkTowns(c.towns());
      checkSchools(c.schools());
      checkPartners(c.partners());
      checkZones(c.zones());
      checkMembers(c.committeeMembers());
      checkAgreements(c.agreements());
      if (!errors.isEmpty()) {
        if (moreErrors > 0) {
          errors.add(new FieldError("body", "TooManyErrors", Bilingual.of("另有 " + moreErrors + " 处错误未列出",
              moreErrors + " more errors not listed")));
        }
        throw new InvalidInputException(errors);
      }
      if (refusal != null) {
        String more = moreRefusals == 0 ? "" : "（另有 " + moreRefusals + " 处违反规则）";
        String moreEn = moreRefusals == 0 ? "" : " (and " + moreRefusals + " more rule violations)";
        throw new RuleViolationException((Decision.Rejected) Decision.rejected(refusal.rule(),
            Bilingual.of(refusedField + "：" + refusal.reason().zh() + more,
                refusedField + ": " + refusal.reason().en() + moreEn), refusal.clause()));
      }
    }

    private void checkTowns(List<TownRow> rows) {
      Map<String, Integer> firstRow = new HashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        TownRow row = rows.get(i);
        boolean inDistrict = row.code().startsWith(district.value());
        if (!inDistrict) {
          error(TOWNS, i, "code", "TownInDistrict", "镇(街)代码须以区划代码 " + district + " 开头",
              "a town code must start with the district code " + district);
        }
        if (isDuplicate(firstRow, row.code(), TOWNS, i, "code", townCodes.contains(row.code()), "镇(街)代码",
            "town code")) {
          continue;
        }
        // Known from here on even if the row is invalid, so that the rows naming it get no second error.
        townCodes.add(row.code());
        if (inDistrict) {
          newTowns.add(new Town(TownCode.of(row.code()), district, row.name().strip(), row.kind()));
        }
      }
    }

    private void checkSchools(List<SchoolRow> rows) {
      Map<String, Integer> firstRow = new HashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        SchoolRow row = rows.get(i);
        boolean duplicate = isDuplicate(firstRow, row.code(), SCHOOLS, i, "code", schoolIds.containsKey(row.code()),
            "学校标识码", "school code");
        boolean townKnown = knownTown(row.town(), SCHOOLS, i, "town");
        if (duplicate) {
          continue;
        }
        SchoolId id = SchoolId.newId();
        schoolIds.put(row.code(), id);
        if (townKnown) {
          newSchools.add(School.register(id, district, row.code(), row.name().strip(), row.type(),
              TownCode.of(row.town()), row.openedOn()));
          newSchoolIds.put(row.code(), id);
        }
      }
    }

    private void checkPartners(List<PartnerRow> rows) {
      Map<String, Integer> firstRow = new HashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        PartnerRow row = rows.get(i);
        String name = row.name().strip();
        boolean duplicate = isDuplicate(firstRow, name, PARTNERS, i, "name", partnerIds.containsKey(name),
            "对接单位名称", "partner name");
        boolean fits = partnerFieldsFitKind(row, i);
        if (duplicate) {
          continue;
        }
        PartnerId id = PartnerId.newId();
        partnerIds.put(name, id);
        if (fits) {
          newPartners.add(new Partner(id, district, row.kind(), name,
              row.unitCode() == null ? null : UnitCode.of(row.unitCode()),
              row.town() == null ? null : TownCode.of(row.town()), row.resourceKind(), 0));
          newPartnerIds.put(name, id);
        }
      }
    }

    /** The rules of {@link OrganizationService#registerPartner}, for row {@code i}. */
    private boolean partnerFieldsFitKind(PartnerRow row, int i) {
      boolean ok = true;
      PartnerKind kind = row.kind();
      if (kind == PartnerKind.DEPARTMENT) {
        if (row.unitCode() == null) {
          ok = error(PARTNERS, i, "unitCode", "NotNull", "部门须填写其单位代码", "a department names its unit code");
        } else if (policy.unit(UnitCode.of(row.unitCode())).isEmpty()) {
          ok = error(PARTNERS, i, "unitCode", "KnownUnit", "工作方案中没有单位 " + row.unitCode(),
              "the policy has no unit " + row.unitCode());
        }
      } else if (row.unitCode() != null) {
        ok = error(PARTNERS, i, "unitCode", "Null", "只有部门填写单位代码", "only a department names a unit code");
      }
      boolean needsTown = kind == PartnerKind.TOWN_STREET || kind == PartnerKind.COMMUNITY;
      if (needsTown && row.town() == null) {
        ok = error(PARTNERS, i, "town", "NotNull", "镇(街)或社区须填写所属镇(街)代码",
            "a town/street or community names its town");
      } else if (needsTown) {
        ok &= knownTown(row.town(), PARTNERS, i, "town");
      } else if (row.town() != null) {
        ok = error(PARTNERS, i, "town", "Null", "只有镇(街)或社区填写镇(街)代码", "only a town/street or community names a town");
      }
      boolean isResource = kind == PartnerKind.SOCIAL_RESOURCE_UNIT;
      if (isResource != (row.resourceKind() != null)) {
        ok = error(PARTNERS, i, "resourceKind", isResource ? "NotNull" : "Null",
            isResource ? "社会资源单位须填写类型" : "只有社会资源单位填写类型",
            isResource ? "a social resource unit names its kind" : "only a social resource unit names a kind");
      }
      return ok;
    }

    private void checkZones(List<ZoneRow> rows) {
      if (rows.isEmpty()) {
        return;
      }
      Set<String> storedNames = new HashSet<>();
      for (Zone zone : zones.all(district)) {
        storedNames.add(zone.name());
        for (ZoneMembership m : zone.memberships()) {
          membershipsOf(m.school()).add(m);
        }
      }
      Map<String, Integer> firstRow = new HashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        ZoneRow row = rows.get(i);
        String membersList = ZONES + "[" + i + "].members";
        String name = row.name().strip();
        boolean ok = !isDuplicate(firstRow, name, ZONES, i, "name", storedNames.contains(name), "实验区名称",
            "zone name");
        SchoolId lead = school(row.leadSchoolCode(), ZONES, i, "leadSchoolCode");
        ok &= lead != null;
        List<SchoolId> memberSchools = new ArrayList<>(row.members().size());
        for (int j = 0; j < row.members().size(); j++) {
          ZoneMemberRow member = row.members().get(j);
          SchoolId school = school(member.schoolCode(), membersList, j, "schoolCode");
          ok &= school != null;
          ok &= datesInOrder(member.validFrom(), member.validTo(), membersList, j);
          memberSchools.add(school);
        }
        if (!ok) {
          continue;
        }
        ZoneId id = ZoneId.newId();
        Zone zone = Zone.establish(id, district, name, lead, Periods.blankToNull(row.coordinationOffice()),
            row.establishedOn(), ZoneMembershipId.newId());
        ZoneMembership leadMembership = zone.memberships().get(0);
        if (!allowed(ZoneMembershipRule.canJoin(lead, leadMembership.period(), membershipsOf(lead)), ZONES, i,
            "leadSchoolCode")) {
          continue;
        }
        List<ZoneMembership> memberships = new ArrayList<>(row.members().size() + 1);
        memberships.add(leadMembership);
        membershipsOf(lead).add(leadMembership);
        for (int j = 0; j < row.members().size(); j++) {
          ZoneMemberRow member = row.members().get(j);
          SchoolId school = memberSchools.get(j);
          DateRange period = DateRange.of(member.validFrom(), member.validTo());
          if (allowed(zone.canAdd(school, period), membersList, j, "validFrom")
              && allowed(ZoneMembershipRule.canJoin(school, period, membershipsOf(school)), membersList, j,
                  "schoolCode")) {
            ZoneMembership m = new ZoneMembership(ZoneMembershipId.newId(), id, school, period, null);
            memberships.add(m);
            membershipsOf(school).add(m);
          }
        }
        // Each membership passed canAdd and canJoin above; one reconstitution keeps a large zone linear,
        // where withMember would copy the list once per member.
        newZones.add(memberships.size() == 1 ? zone : Zone.reconstitute(id, district, name, lead,
            zone.coordinationOffice().orElse(null), zone.establishedOn(), memberships, 0));
        newZoneIds.put(name, id);
        newMemberships += memberships.size();
      }
    }

    private void checkMembers(List<CommitteeMemberRow> rows) {
      for (int i = 0; i < rows.size(); i++) {
        CommitteeMemberRow row = rows.get(i);
        SchoolId school = school(row.schoolCode(), MEMBERS, i, "schoolCode");
        if (datesInOrder(row.validFrom(), row.validTo(), MEMBERS, i) && school != null) {
          newMembers.add(CommitteeMember.appoint(CommitteeMemberId.newId(), district, school, row.name().strip(),
              row.kind(), Periods.blankToNull(row.duty()), DateRange.of(row.validFrom(), row.validTo())));
        }
      }
    }

    private void checkAgreements(List<AgreementRow> rows) {
      for (int i = 0; i < rows.size(); i++) {
        AgreementRow row = rows.get(i);
        PartnerId partner = partner(row.partnerName().strip(), AGREEMENTS, i, "partnerName");
        SchoolId school = school(row.schoolCode(), AGREEMENTS, i, "schoolCode");
        if (datesInOrder(row.validFrom(), row.validTo(), AGREEMENTS, i) && partner != null && school != null) {
          newAgreements.add(DockingAgreement.sign(AgreementId.newId(), district, school, partner,
              row.collaborations(), row.duties().strip(), row.mode().strip(), row.responsiblePerson().strip(),
              row.contact().strip(), DateRange.of(row.validFrom(), row.validTo())));
        }
      }
    }

    /**
     * Records the first row of {@code key} and reports a later row, or a key already stored, as a duplicate
     * naming the row it repeats. Returns true if this row is a duplicate.
     */
    private boolean isDuplicate(Map<String, Integer> firstRow, String key, String list, int row, String field,
        boolean stored, String zh, String en) {
      Integer first = firstRow.putIfAbsent(key, row);
      if (first != null) {
        error(list, row, field, "Duplicate", zh + " " + key + " 与 " + list + "[" + first + "] 重复",
            en + " " + key + " repeats " + list + "[" + first + "]");
        return true;
      }
      if (stored) {
        error(list, row, field, "Duplicate", zh + " " + key + " 已登记",
            "a record with " + en + " " + key + " already exists");
        return true;
      }
      return false;
    }

    private boolean knownTown(String code, String list, int row, String field) {
      return townCodes.contains(code)
          || error(list, row, field, "KnownTown", "未找到镇(街)：" + code, "town not found: " + code);
    }

    private SchoolId school(String code, String list, int row, String field) {
      SchoolId id = schoolIds.get(code);
      if (id == null) {
        error(list, row, field, "KnownSchool", "未找到学校：" + code, "school not found: " + code);
      }
      return id;
    }

    private PartnerId partner(String name, String list, int row, String field) {
      if (ambiguousPartnerNames.contains(name)) {
        error(list, row, field, "UniquePartner", "区内有多个名为 " + name + " 的对接单位",
            "several partners are named " + name);
        return null;
      }
      PartnerId id = partnerIds.get(name);
      if (id == null) {
        error(list, row, field, "KnownPartner", "未找到对接单位：" + name, "partner not found: " + name);
      }
      return id;
    }

    /** The check of {@link Periods#of}, naming the row. */
    private boolean datesInOrder(LocalDate validFrom, LocalDate validTo, String list, int row) {
      return validTo == null || !validTo.isBefore(validFrom)
          || error(list, row, "validTo", "DateOrder", "结束日期不能早于开始日期", "validTo must not be before validFrom");
    }

    private List<ZoneMembership> membershipsOf(SchoolId school) {
      return membershipsBySchool.computeIfAbsent(school, s -> new ArrayList<>(2));
    }

    /** Notes an error on {@code list[row].field} (the path built only here); always false, for {@code ok = error(…)}. */
    private boolean error(String list, int row, String field, String code, String zh, String en) {
      if (errors.size() < MAX_ERRORS) {
        errors.add(new FieldError(list + "[" + row + "]." + field, code, Bilingual.of(zh, en)));
      } else {
        moreErrors++;
      }
      return false;
    }

    private boolean allowed(Decision decision, String list, int row, String field) {
      if (decision instanceof Decision.Rejected rejected) {
        if (refusal == null) {
          refusal = rejected;
          refusedField = list + "[" + row + "]." + field;
        } else {
          moreRefusals++;
        }
        return false;
      }
      return true;
    }

    ImportResult result() {
      return new ImportResult(newTowns.size(), newSchools.size(), newPartners.size(), newZones.size(), newMemberships,
          newMembers.size(), newAgreements.size(), newSchoolIds, newPartnerIds, newZoneIds);
    }
  }
}
