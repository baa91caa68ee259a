package org.jiaolianti.adapters.rest.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jiaolianti.adapters.rest.shared.Language;
import org.jiaolianti.application.organization.port.in.AllianceStatusUseCase.AllianceStatus;
import org.jiaolianti.domain.organization.CommitteeMember;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.organization.EstablishmentResult;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.UnmetCondition;
import org.jiaolianti.domain.organization.Zone;
import org.jiaolianti.domain.organization.ZoneMembership;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.shared.Voiding;

/**
 * The JSON shapes of the organization resources (1+1+N): schools, zones with their members, partners,
 * committee members, docking agreements and a school's alliance status. Names are unique across the API
 * (the OpenAPI document keys its schemas by simple name).
 */
final class OrganizationViews {

  private OrganizationViews() {}

  /** Who voided a record, when (an instant with offset) and why: the record is kept but counts for no date. */
  record VoidingInfo(String voidedBy, Instant voidedAt, String reason) {
    static VoidingInfo of(Voiding v) {
      return v == null ? null : new VoidingInfo(v.voidedBy(), v.voidedAt(), v.reason());
    }
  }

  /** A school; {@code code} is its 学校标识码, {@code closedOn} the first day it is no longer open. */
  record SchoolView(String id, String code, String name, String type, String town, LocalDate openedOn,
      LocalDate closedOn, long version) {
    static SchoolView of(School s) {
      return new SchoolView(s.id().value(), s.code(), s.name(), s.type().name(), s.town().value(), s.openedOn(),
          s.closedOn(), s.version());
    }
  }

  /** A school's membership of a zone; {@code lead} marks the lead school's own membership. */
  record ZoneMemberView(String membershipId, String zoneId, String schoolId, LocalDate validFrom, LocalDate validTo,
      boolean lead, boolean voided, VoidingInfo voiding) {
    static ZoneMemberView of(Zone zone, ZoneMembership m) {
      boolean lead = m.school().equals(zone.leadSchool()) && !m.isVoided() && m.period().validTo() == null;
      return new ZoneMemberView(m.id().value(), zone.id().value(), m.school().value(), m.period().validFrom(),
          m.period().validTo(), lead, m.isVoided(), VoidingInfo.of(m.voiding()));
    }
  }

  /** An experimental zone with its lead school and every membership it has had (voided ones marked). */
  record ZoneView(String id, String name, String leadSchoolId, String coordinationOffice, LocalDate establishedOn,
      List<ZoneMemberView> members, long version) {
    static ZoneView of(Zone z) {
      return new ZoneView(z.id().value(), z.name(), z.leadSchool().value(), z.coordinationOffice().orElse(null),
          z.establishedOn(), z.memberships().stream().map(m -> ZoneMemberView.of(z, m)).toList(), z.version());
    }
  }

  /** A partner: a DEPARTMENT names its unit, a TOWN_STREET or COMMUNITY its town, a SOCIAL_RESOURCE_UNIT its kind. */
  record PartnerView(String id, String kind, String name, String unitCode, String town, String resourceKind,
      long version) {
    static PartnerView of(Partner p) {
      return new PartnerView(p.id().value(), p.kind().name(), p.name(), p.optionalUnit().map(u -> u.value()).orElse(null),
          p.optionalTown().map(t -> t.value()).orElse(null), p.optionalResourceKind().map(Enum::name).orElse(null),
          p.version());
    }
  }

  /** A member of a school's co-education committee. */
  record CommitteeMemberView(String id, String schoolId, String name, String kind, String kindLabel, String duty,
      LocalDate validFrom, LocalDate validTo, boolean voided, VoidingInfo voiding, long version) {
    static CommitteeMemberView of(CommitteeMember m, Language lang) {
      return new CommitteeMemberView(m.id().value(), m.school().value(), m.name(), m.kind().name(),
          lang.pick(m.kind().label()), m.duty(), m.period().validFrom(), m.period().validTo(), m.isVoided(),
          VoidingInfo.of(m.voiding()), m.version());
    }
  }

  /** A docking agreement between one school and one partner. */
  record DockingAgreementView(String id, String schoolId, String partnerId, String partnerName,
      List<String> collaborations, String duties, String mode, String responsiblePerson, String contact,
      LocalDate validFrom, LocalDate validTo, boolean voided, VoidingInfo voiding, long version) {
    static DockingAgreementView of(DockingAgreement a, Map<PartnerId, Partner> partners) {
      Partner partner = partners.get(a.partner());
      return new DockingAgreementView(a.id().value(), a.school().value(), a.partner().value(),
          partner == null ? null : partner.name(),
          a.collaborations().stream().sorted(Comparator.naturalOrder()).map(Collaboration::name).toList(), a.duties(),
          a.mode(), a.responsiblePerson(), a.contact(), a.period().validFrom(), a.period().validTo(), a.isVoided(),
          VoidingInfo.of(a.voiding()), a.version());
    }
  }

  /** A condition of the establishment rule that does not hold: its code, what is missing, and its clause. */
  record UnmetConditionView(String code, String reason, String clause) {
    static UnmetConditionView of(UnmetCondition u, Language lang) {
      return new UnmetConditionView(u.condition().name(), lang.pick(u.detail()), u.condition().clause().value());
    }
  }

  /** Whether a school has established its 教联体 on {@code asOf}, and what is still missing. */
  record AllianceStatusView(String schoolId, String schoolName, LocalDate asOf, boolean established,
      List<UnmetConditionView> unmet, List<String> coveredCollaborations) {
    static AllianceStatusView of(AllianceStatus status, Language lang) {
      EstablishmentResult r = status.result();
      return new AllianceStatusView(status.school().id().value(), status.school().name(), r.asOf(), r.established(),
          r.unmet().stream().map(u -> UnmetConditionView.of(u, lang)).toList(),
          r.coveredCollaborations().stream().sorted(Comparator.naturalOrder()).map(Collaboration::name).toList());
    }
  }
}
