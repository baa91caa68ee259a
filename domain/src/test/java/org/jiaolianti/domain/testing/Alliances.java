package org.jiaolianti.domain.testing;

import static org.jiaolianti.domain.testing.TestPolicy.DISTRICT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.jiaolianti.domain.organization.AgreementId;
import org.jiaolianti.domain.organization.Committee;
import org.jiaolianti.domain.organization.CommitteeMember;
import org.jiaolianti.domain.organization.CommitteeMemberId;
import org.jiaolianti.domain.organization.CommitteeMemberKind;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolAllianceFacts;
import org.jiaolianti.domain.organization.SchoolAllianceFacts.AgreementWithPartner;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.TownCode;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.organization.ZoneMembership;
import org.jiaolianti.domain.organization.ZoneMembershipId;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.policy.SocialResourceKind;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.Voiding;

/** Schools, partners, committees, zone memberships and docking agreements, built with the domain factories. */
public final class Alliances {

  /** The school's own town in most tests. */
  public static final TownCode OWN_TOWN = TownCode.of("350213101");
  public static final TownCode OTHER_TOWN = TownCode.of("350213102");

  public static final LocalDate OPENED = LocalDate.of(2020, 9, 1);
  /** Committees and zone memberships of the standard setup start here. */
  public static final LocalDate SETUP = LocalDate.of(2025, 9, 1);

  private static final AtomicLong SCHOOL_CODES = new AtomicLong(3502130001L);
  private static final AtomicLong IDS = new AtomicLong();

  private Alliances() {}

  public static School school(String id) {
    return school(id, SchoolType.PRIMARY, OWN_TOWN);
  }

  public static School school(String id, SchoolType type, TownCode town) {
    return School.register(SchoolId.of(id), DISTRICT, Long.toString(SCHOOL_CODES.getAndIncrement()), id + "学校", type, town,
        OPENED);
  }

  public static Partner community(String id, TownCode town) {
    return new Partner(PartnerId.of(id), DISTRICT, PartnerKind.COMMUNITY, id + "社区", null, town, null, 0);
  }

  public static Partner townStreet(TownCode town) {
    return new Partner(PartnerId.of("town-" + town.value()), DISTRICT, PartnerKind.TOWN_STREET, "镇" + town.value(), null,
        town, null, 0);
  }

  public static Partner department(UnitCode unit) {
    return new Partner(PartnerId.of("dept-" + unit.value()), DISTRICT, PartnerKind.DEPARTMENT, unit.value(), unit, null,
        null, 0);
  }

  public static Partner venue(String id) {
    return new Partner(PartnerId.of(id), DISTRICT, PartnerKind.SOCIAL_RESOURCE_UNIT, id + "科技馆", null, null,
        SocialResourceKind.CULTURAL_VENUE, 0);
  }

  public static DockingAgreement agreement(String id, SchoolId school, Partner partner, DateRange period,
      Collaboration first, Collaboration... rest) {
    return DockingAgreement.sign(AgreementId.of(id), DISTRICT, school, partner.id(), EnumSet.of(first, rest),
        "共同开展" + first.label().zh() + "工作", "定期会商", "王老师", "0592-1234567", period);
  }

  public static CommitteeMember member(String id, SchoolId school, CommitteeMemberKind kind, DateRange period) {
    return CommitteeMember.appoint(CommitteeMemberId.of(id), DISTRICT, school, kind.label().zh() + id, kind, null, period);
  }

  /** One member of each of the four kinds, from {@code from}, open-ended. */
  public static List<CommitteeMember> completeCommittee(SchoolId school, LocalDate from) {
    List<CommitteeMember> members = new ArrayList<>();
    for (CommitteeMemberKind kind : CommitteeMemberKind.values()) {
      members.add(member(school.value() + "-" + kind.name().toLowerCase().replace('_', '-'), school, kind,
          DateRange.from(from)));
    }
    return members;
  }

  public static Voiding voiding(String reason) {
    return new Voiding("district-admin", Instant.parse("2026-02-01T02:00:00Z"), reason);
  }

  /** A mutable recipe for one school's {@link SchoolAllianceFacts}. */
  public static final class Setup {
    private School school;
    private final List<CommitteeMember> members = new ArrayList<>();
    private final List<ZoneMembership> memberships = new ArrayList<>();
    private final List<AgreementWithPartner> agreements = new ArrayList<>();

    private Setup(School school) {
      this.school = school;
    }

    public static Setup of(School school) {
      return new Setup(school);
    }

    /**
     * The standard established school: complete committee and zone membership from {@link #SETUP}, and an
     * agreement with a community of its own town from {@code agreementsFrom} covering three collaborations.
     */
    public static Setup established(School school, ZoneId zone, LocalDate agreementsFrom) {
      return of(school).completeCommitteeFrom(SETUP).inZone(zone, DateRange.from(SETUP))
          .agreementWith(community(school.id().value() + "-community", school.town()), DateRange.from(agreementsFrom),
              Collaboration.HOME_SCHOOL, Collaboration.COMMUNITY_EDUCATION, Collaboration.POLICE_SCHOOL);
    }

    /** Like {@link #established} but the agreement covers only two collaborations, so K = 3 is unmet. */
    public static Setup shortOfCoverage(School school, ZoneId zone, LocalDate agreementsFrom) {
      return of(school).completeCommitteeFrom(SETUP).inZone(zone, DateRange.from(SETUP))
          .agreementWith(community(school.id().value() + "-community", school.town()), DateRange.from(agreementsFrom),
              Collaboration.HOME_SCHOOL, Collaboration.COMMUNITY_EDUCATION);
    }

    public SchoolId schoolId() {
      return school.id();
    }

    public Setup school(UnaryOperator<School> change) {
      this.school = change.apply(school);
      return this;
    }

    public Setup completeCommitteeFrom(LocalDate from) {
      members.addAll(completeCommittee(school.id(), from));
      return this;
    }

    public Setup member(CommitteeMember member) {
      members.add(member);
      return this;
    }

    public Setup members(List<CommitteeMember> added) {
      members.addAll(added);
      return this;
    }

    public Setup inZone(ZoneId zone, DateRange period) {
      return membership(new ZoneMembership(ZoneMembershipId.of(school.id().value() + "-in-" + zone.value() + "-"
          + IDS.incrementAndGet()), zone, school.id(), period, null));
    }

    public Setup membership(ZoneMembership membership) {
      memberships.add(membership);
      return this;
    }

    public Setup agreementWith(Partner partner, DateRange period, Collaboration first, Collaboration... rest) {
      String id = school.id().value() + "-" + partner.id().value() + "-" + IDS.incrementAndGet();
      return agreement(Alliances.agreement(id, school.id(), partner, period, first, rest), partner);
    }

    public Setup agreement(DockingAgreement agreement, Partner partner) {
      agreements.add(new AgreementWithPartner(agreement, partner));
      return this;
    }

    /** Replaces every agreement with {@code partner} by {@code change} of it (to end or void it). */
    public Setup changeAgreementsWith(PartnerId partner, UnaryOperator<DockingAgreement> change) {
      agreements.replaceAll(a -> a.partner().id().equals(partner) ? new AgreementWithPartner(change.apply(a.agreement()),
          a.partner()) : a);
      return this;
    }

    public List<AgreementWithPartner> agreements() {
      return List.copyOf(agreements);
    }

    public SchoolAllianceFacts build() {
      return new SchoolAllianceFacts(school, new Committee(school.id(), members), memberships, agreements);
    }
  }
}
