package org.jiaolianti.domain.organization;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.ClauseRef;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.Decision;
import org.jiaolianti.domain.shared.DistrictCode;
import org.jiaolianti.domain.shared.Voiding;

/**
 * An experimental zone (教联体实验区): several neighbouring schools; its lead school (龙头校) hosts
 * the coordination office (协调办公室). The lead school is a member from the day the zone is
 * established and stays one.
 *
 * <p>中文：教联体实验区。依据：五(一)1
 */
public final class Zone {

  static final ClauseRef CLAUSE = ClauseRef.of("五(一)1");

  private final ZoneId id;
  private final DistrictCode district;
  private final String name;
  private final SchoolId leadSchool;
  private final String coordinationOffice;
  private final LocalDate establishedOn;
  private final List<ZoneMembership> memberships;
  private final long version;

  private Zone(ZoneId id, DistrictCode district, String name, SchoolId leadSchool, String coordinationOffice,
      LocalDate establishedOn, List<ZoneMembership> memberships, long version) {
    this.id = requireNonNull(id, "id");
    this.district = requireNonNull(district, "district");
    checkArgument(name != null && !name.isBlank() && name.length() <= 100, "zone name must be 1-100 characters");
    this.name = name;
    this.leadSchool = requireNonNull(leadSchool, "leadSchool");
    this.coordinationOffice = coordinationOffice;
    this.establishedOn = requireNonNull(establishedOn, "establishedOn");
    this.memberships = ImmutableList.copyOf(memberships);
    this.version = version;
    for (ZoneMembership m : this.memberships) {
      checkArgument(m.zone().equals(id), "membership %s belongs to zone %s, not %s", m.id(), m.zone(), id);
    }
    checkArgument(leadMembership().isPresent(), "zone %s: its lead school %s must be a member", name, leadSchool);
  }

  /** A new zone with its lead school as its first member from {@code establishedOn}. */
  public static Zone establish(ZoneId id, DistrictCode district, String name, SchoolId leadSchool,
      String coordinationOffice, LocalDate establishedOn, ZoneMembershipId leadMembershipId) {
    ZoneMembership lead = new ZoneMembership(leadMembershipId, id, leadSchool, DateRange.from(establishedOn), null);
    return new Zone(id, district, name, leadSchool, coordinationOffice, establishedOn, List.of(lead), 0);
  }

  public static Zone reconstitute(ZoneId id, DistrictCode district, String name, SchoolId leadSchool,
      String coordinationOffice, LocalDate establishedOn, List<ZoneMembership> memberships, long version) {
    return new Zone(id, district, name, leadSchool, coordinationOffice, establishedOn, memberships, version);
  }

  private Optional<ZoneMembership> leadMembership() {
    return memberships.stream()
        .filter(m -> m.school().equals(leadSchool) && !m.isVoided() && m.period().validTo() == null)
        .findFirst();
  }

  /** May {@code school} join this zone for {@code period}? Only rules within this zone; see {@link ZoneMembershipRule} for the rest. */
  public Decision canAdd(SchoolId school, DateRange period) {
    if (period.validFrom().isBefore(establishedOn)) {
      return Decision.rejected("MEMBERSHIP_BEFORE_ZONE",
          Bilingual.of("成员关系不能早于实验区成立日期 " + establishedOn,
              "a membership cannot start before the zone was established on " + establishedOn), CLAUSE);
    }
    return Decision.allowed();
  }

  public Zone withMember(ZoneMembershipId membershipId, SchoolId school, DateRange period) {
    checkArgument(canAdd(school, period).isAllowed(), "membership refused: %s", canAdd(school, period));
    return copy(ImmutableList.<ZoneMembership>builder().addAll(memberships)
        .add(new ZoneMembership(membershipId, id, school, period, null)).build());
  }

  /** The lead school's membership may be neither ended nor voided: a zone always has its lead school. */
  public Decision canEndOrVoid(ZoneMembershipId membershipId) {
    ZoneMembership m = membership(membershipId).orElse(null);
    if (m == null) {
      return Decision.rejected("UNKNOWN_MEMBERSHIP", Bilingual.of("成员关系不存在", "no such membership"), null);
    }
    if (m.isVoided()) {
      return Decision.rejected("MEMBERSHIP_VOIDED", Bilingual.of("成员关系已作废", "the membership is already voided"), null);
    }
    if (leadMembership().map(l -> l.id().equals(membershipId)).orElse(false)) {
      return Decision.rejected("LEAD_SCHOOL_STAYS_MEMBER",
          Bilingual.of("龙头校始终是本实验区成员，不能结束或作废其成员关系",
              "the lead school is always a member of its zone; its membership cannot be ended or voided"), CLAUSE);
    }
    return Decision.allowed();
  }

  public Zone endingMembership(ZoneMembershipId membershipId, LocalDate lastDay) {
    checkArgument(canEndOrVoid(membershipId).isAllowed(), "cannot end %s", membershipId);
    return copy(memberships.stream().map(m -> m.id().equals(membershipId) ? m.endingOn(lastDay) : m)
        .collect(ImmutableList.toImmutableList()));
  }

  public Zone voidingMembership(ZoneMembershipId membershipId, Voiding voiding) {
    checkArgument(canEndOrVoid(membershipId).isAllowed(), "cannot void %s", membershipId);
    return copy(memberships.stream().map(m -> m.id().equals(membershipId) ? m.voided(voiding) : m)
        .collect(ImmutableList.toImmutableList()));
  }

  private Zone copy(List<ZoneMembership> newMemberships) {
    return new Zone(id, district, name, leadSchool, coordinationOffice, establishedOn, newMemberships, version);
  }

  public Optional<ZoneMembership> membership(ZoneMembershipId membershipId) {
    return memberships.stream().filter(m -> m.id().equals(membershipId)).findFirst();
  }

  /** Members in force on {@code date}. */
  public List<SchoolId> membersOn(LocalDate date) {
    return memberships.stream().filter(m -> m.countsOn(date)).map(ZoneMembership::school).distinct()
        .collect(ImmutableList.toImmutableList());
  }

  public boolean hasMemberOn(SchoolId school, LocalDate date) {
    return memberships.stream().anyMatch(m -> m.school().equals(school) && m.countsOn(date));
  }

  public ZoneId id() {
    return id;
  }

  public DistrictCode district() {
    return district;
  }

  public String name() {
    return name;
  }

  public SchoolId leadSchool() {
    return leadSchool;
  }

  public Optional<String> coordinationOffice() {
    return Optional.ofNullable(coordinationOffice);
  }

  public LocalDate establishedOn() {
    return establishedOn;
  }

  public List<ZoneMembership> memberships() {
    return memberships;
  }

  public long version() {
    return version;
  }

  @Override
  public String toString() {
    return "Zone[" + id + ", " + name + ", lead " + leadSchool + ", " + memberships.size() + " memberships]";
  }
}
