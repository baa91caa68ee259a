package org.jiaolianti.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.jiaolianti.domain.testing.TestPolicy.DISTRICT;
import static org.jiaolianti.domain.testing.TestPolicy.SHANGHAI;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.Scope;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.shared.DateRange;
import org.junit.jupiter.api.Test;

/**
 * Role assignments are scoped and dated; revoking one takes effect at once, is kept, and does not
 * rewrite the past (MISSION "People and roles", §4 "Dates").
 */
class RoleAssignmentTest {

  private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
  /** 2026-03-10 10:00 in Shanghai. */
  private static final Instant REVOKED_AT = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, SHANGHAI).toInstant();

  private static RoleAssignment schoolAdmin(DateRange period) {
    return RoleAssignment.grant(RoleAssignmentId.of("ra-1"), DISTRICT, UserId.of("u-1"), Role.SCHOOL_ADMIN,
        Scope.of(ScopeType.SCHOOL, "s1"), period);
  }

  private static Revocation revocation(Instant at) {
    return new Revocation("user-admin", at, "left the school");
  }

  @Test
  void aRoleMustAllowTheScopeType() {
    assertThatIllegalArgumentException().isThrownBy(() -> RoleAssignment.grant(RoleAssignmentId.of("ra-2"), DISTRICT,
        UserId.of("u-1"), Role.TEACHER, Scope.of(ScopeType.SCHOOL, "s1"), DateRange.from(FROM)))
        .withMessageContaining("role TEACHER cannot have a SCHOOL scope");
    assertThatIllegalArgumentException().isThrownBy(() -> RoleAssignment.grant(RoleAssignmentId.of("ra-3"), DISTRICT,
        UserId.of("u-1"), Role.GUARDIAN, Scope.district(), DateRange.from(FROM)));
    assertThat(RoleAssignment.grant(RoleAssignmentId.of("ra-4"), DISTRICT, UserId.of("u-1"), Role.COUNSELLOR,
        Scope.of(ScopeType.CASELOAD, "s1"), DateRange.from(FROM)).role()).isEqualTo(Role.COUNSELLOR);
    assertThat(Role.UNIT_OFFICER.allows(ScopeType.AGGREGATE_ONLY)).isTrue();
    assertThat(Role.USER_ADMIN.allows(ScopeType.SCHOOL)).isFalse();
  }

  @Test
  void aScopeNamesWhatItCoversExactlyWhenItsTypeNeedsIt() {
    assertThatIllegalArgumentException().isThrownBy(() -> Scope.of(ScopeType.SCHOOL, null));
    assertThatIllegalArgumentException().isThrownBy(() -> Scope.of(ScopeType.SCHOOL, " "));
    assertThatIllegalArgumentException().isThrownBy(() -> Scope.of(ScopeType.DISTRICT, "350213"));
    assertThat(Scope.of(ScopeType.ZONE, "zone-a")).hasToString("ZONE:zone-a");
    assertThat(Scope.district()).hasToString("DISTRICT");
  }

  @Test
  void activeWithinItsPeriodOnly() {
    RoleAssignment ra = schoolAdmin(DateRange.of(FROM, LocalDate.of(2026, 7, 31)));
    assertThat(ra.isActiveOn(FROM, SHANGHAI)).isTrue();
    assertThat(ra.isActiveOn(FROM.minusDays(1), SHANGHAI)).isFalse();
    assertThat(ra.isActiveOn(LocalDate.of(2026, 7, 31), SHANGHAI)).isTrue();
    assertThat(ra.isActiveOn(LocalDate.of(2026, 8, 1), SHANGHAI)).isFalse();
  }

  @Test
  void revocationTakesEffectAtTheInstantItIsMade() {
    RoleAssignment revoked = schoolAdmin(DateRange.from(FROM)).revoked(revocation(REVOKED_AT));
    assertThat(revoked.isRevoked()).isTrue();
    assertThat(revoked.isActiveAt(REVOKED_AT.minusSeconds(1), SHANGHAI)).isTrue();
    assertThat(revoked.isActiveAt(REVOKED_AT, SHANGHAI)).isFalse();
    assertThat(revoked.isActiveAt(REVOKED_AT.plusSeconds(86_400 * 30), SHANGHAI)).isFalse();
  }

  /** The instant counts in the district's time zone: 00:30 in Shanghai is still the previous day in UTC. */
  @Test
  void isActiveAtReadsThePeriodInTheGivenTimeZone() {
    RoleAssignment ra = schoolAdmin(DateRange.from(FROM));
    Instant justAfterMidnightInShanghai = ZonedDateTime.of(2026, 3, 1, 0, 30, 0, 0, SHANGHAI).toInstant();
    assertThat(ra.isActiveAt(justAfterMidnightInShanghai, SHANGHAI)).isTrue();
    assertThat(ra.isActiveAt(justAfterMidnightInShanghai, java.time.ZoneOffset.UTC)).isFalse();
  }

  @Test
  void revocationDoesNotRewriteThePast() {
    RoleAssignment revoked = schoolAdmin(DateRange.from(FROM)).revoked(revocation(REVOKED_AT));
    assertThat(revoked.isActiveOn(FROM, SHANGHAI)).isTrue();
    assertThat(revoked.isActiveOn(LocalDate.of(2026, 3, 9), SHANGHAI)).isTrue();
    assertThat(revoked.isActiveOn(LocalDate.of(2026, 3, 10), SHANGHAI)).isFalse();
    assertThat(revoked.isActiveOn(LocalDate.of(2026, 3, 11), SHANGHAI)).isFalse();
    assertThat(revoked.optionalRevocation()).hasValueSatisfying(r -> assertThat(r.revokedBy()).isEqualTo("user-admin"));
  }

  /** 23:30 UTC on 10 March is already 11 March in Shanghai: the 10th was still a day in force there. */
  @Test
  void theRevocationDayIsTheDayInTheDistrictsTimeZone() {
    Instant lateUtc = Instant.parse("2026-03-10T23:30:00Z");
    RoleAssignment revoked = schoolAdmin(DateRange.from(FROM)).revoked(revocation(lateUtc));
    assertThat(revoked.isActiveOn(LocalDate.of(2026, 3, 10), SHANGHAI)).isTrue();
    assertThat(revoked.isActiveOn(LocalDate.of(2026, 3, 11), SHANGHAI)).isFalse();
  }

  @Test
  void anAssignmentIsRevokedOnceAndARevocationNeedsAReason() {
    RoleAssignment revoked = schoolAdmin(DateRange.from(FROM)).revoked(revocation(REVOKED_AT));
    assertThatIllegalArgumentException().isThrownBy(() -> revoked.revoked(revocation(REVOKED_AT.plusSeconds(60))))
        .withMessageContaining("already revoked");
    assertThatIllegalArgumentException().isThrownBy(() -> new Revocation("user-admin", REVOKED_AT, " "));
  }
}
