package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.ISSUED;
import static org.jiaolianti.application.contract.ContractWorld.NOW;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.application.people.port.out.RoleAssignments;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.Scope;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.people.Revocation;
import org.jiaolianti.domain.people.RoleAssignment;
import org.jiaolianti.domain.people.RoleAssignmentId;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.shared.DateRange;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RoleAssignments}: dated role assignments; revoked and ended ones are kept in
 * the history; updated under optimistic versioning.
 *
 * <p>To run it against your storage, extend it in your test sources and implement
 * {@link #roleAssignments()} to return a fresh, empty port; override {@link #referencedRecordsExist} if
 * your storage needs the users (and the guardian one links to) to exist first. The application
 * test-jar ships it.
 */
public abstract class RoleAssignmentsContract extends PortContract<RoleAssignments> {

  /** A fresh port that holds no assignment. */
  protected abstract RoleAssignments roleAssignments();

  @Override
  final RoleAssignments newPort() {
    return roleAssignments();
  }

  @Override
  final List<Record> referencedRecords() {
    return world.guardianAndUsers();
  }

  private RoleAssignment schoolAdmin(User user, DateRange period) {
    return RoleAssignment.grant(RoleAssignmentId.newId(), user.district(), user.id(), Role.SCHOOL_ADMIN,
        Scope.of(ScopeType.SCHOOL, world.schoolA.id().value()), period);
  }

  private static Revocation revocation() {
    return new Revocation("账号管理员" + RARE, NOW, "调离岗位：" + RARE);
  }

  @Test
  void anAddedAssignmentReadsBackEqual() {
    RoleAssignment assignment = schoolAdmin(world.userA, DateRange.of(ISSUED, LocalDate.of(2027, 8, 31)));
    RoleAssignment guardian = RoleAssignment.grant(RoleAssignmentId.newId(), XIANGAN, world.userB.id(), Role.GUARDIAN,
        Scope.of(ScopeType.GUARDIAN_OF, null), DateRange.from(ISSUED));
    port().add(assignment);
    port().add(guardian);

    assertSameRecord(port().byId(XIANGAN, assignment.id()).orElseThrow(), assignment);
    assertSameRecord(port().byId(XIANGAN, guardian.id()).orElseThrow(), guardian);
    assertThat(port().byId(XIANGAN, guardian.id()).orElseThrow().scope().reference()).isNull();
    assertThat(port().byId(XIANGAN, RoleAssignmentId.newId())).isEmpty();
  }

  @Test
  void ofUserListsEveryAssignmentOfTheUserRevokedAndEndedOnesIncluded() {
    RoleAssignment current = schoolAdmin(world.userA, DateRange.from(ISSUED));
    RoleAssignment ended = RoleAssignment.grant(RoleAssignmentId.newId(), XIANGAN, world.userA.id(), Role.TEACHER,
        Scope.of(ScopeType.CLASSES, "class-2025-3-1"), DateRange.of(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 31)));
    RoleAssignment toRevoke = RoleAssignment.grant(RoleAssignmentId.newId(), XIANGAN, world.userA.id(), Role.DISTRICT_ADMIN,
        Scope.district(), DateRange.from(ISSUED));
    RoleAssignment otherUser = schoolAdmin(world.userB, DateRange.from(ISSUED));
    for (RoleAssignment a : List.of(current, ended, toRevoke, otherUser)) {
      port().add(a);
    }
    RoleAssignment revoked = port().update(toRevoke.revoked(revocation()));

    List<RoleAssignment> ofUser = port().ofUser(XIANGAN, world.userA.id());

    assertThat(ofUser).extracting(RoleAssignment::id).containsExactlyInAnyOrder(current.id(), ended.id(), toRevoke.id());
    assertThat(ofUser).filteredOn(a -> a.id().equals(toRevoke.id())).singleElement()
        .satisfies(a -> assertSameRecord(a, revoked));
    assertThat(ofUser).filteredOn(a -> a.id().equals(ended.id())).singleElement()
        .satisfies(a -> assertSameRecord(a, ended));
  }

  @Test
  void aRevocationRoundTrips() {
    RoleAssignment assignment = schoolAdmin(world.userA, DateRange.from(ISSUED));
    port().add(assignment);
    RoleAssignment stored = port().byId(XIANGAN, assignment.id()).orElseThrow();

    RoleAssignment revoked = port().update(stored.revoked(revocation()));

    assertThat(revoked.version()).isEqualTo(stored.version() + 1);
    RoleAssignment read = port().byId(XIANGAN, assignment.id()).orElseThrow();
    assertSameRecord(read, revoked);
    assertThat(read.isRevoked()).isTrue();
    assertThat(read.revocation()).isEqualTo(revocation());
    assertThat(read.period()).isEqualTo(DateRange.from(ISSUED));
  }

  @Test
  void anUpdateWithAStaleVersionIsAConflictAndChangesNothing() {
    RoleAssignment assignment = schoolAdmin(world.userA, DateRange.from(ISSUED));
    port().add(assignment);
    RoleAssignment stale = port().byId(XIANGAN, assignment.id()).orElseThrow();
    RoleAssignment updated = port().update(stale.revoked(revocation()));

    assertConflict(ConflictException.Kind.STALE_VERSION,
        () -> port().update(stale.revoked(new Revocation("另一位管理员", NOW.plusSeconds(60), "重复撤销"))));
    assertSameRecord(port().byId(XIANGAN, assignment.id()).orElseThrow(), updated);
  }

  @Test
  void anotherDistrictsAssignmentsAreNeverReturned() {
    RoleAssignment xiangan = schoolAdmin(world.userA, DateRange.from(ISSUED));
    RoleAssignment huli = RoleAssignment.grant(RoleAssignmentId.newId(), HULI, world.userHuli.id(), Role.DISTRICT_ADMIN,
        Scope.district(), DateRange.from(ISSUED));
    port().add(xiangan);
    port().add(huli);

    assertThat(port().byId(XIANGAN, huli.id())).isEmpty();
    assertThat(port().byId(HULI, xiangan.id())).isEmpty();
    assertThat(port().ofUser(XIANGAN, world.userHuli.id())).isEmpty();
    assertThat(port().ofUser(HULI, world.userHuli.id())).extracting(RoleAssignment::id).containsExactly(huli.id());
  }
}
