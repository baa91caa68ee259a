package org.jiaolianti.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaolianti.application.contract.ContractWorld.HULI;
import static org.jiaolianti.application.contract.ContractWorld.RARE;
import static org.jiaolianti.application.contract.ContractWorld.XIANGAN;

import java.util.List;
import org.jiaolianti.application.people.port.out.Users;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.people.UserId;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Users}: accounts of each district, the username unique across all
 * districts, updated under optimistic versioning.
 *
 * <p>To run it against your storage, extend it in your test sources and implement {@link #users()} to
 * return a fresh, empty port; override {@link #referencedRecordsExist} if your storage needs the
 * guardian record a user links to to exist first. The application test-jar ships it.
 */
public abstract class UsersContract extends PortContract<Users> {

  /** A fresh port that holds no user. */
  protected abstract Users users();

  @Override
  final Users newPort() {
    return users();
  }

  @Override
  final List<Record> referencedRecords() {
    return List.of(world.guardian);
  }

  @Test
  void anAddedUserReadsBackEqualByIdAndByUsername() {
    port().add(world.userA);
    port().add(world.userB);

    assertSameRecord(port().byId(XIANGAN, world.userA.id()).orElseThrow(), world.userA);
    User linked = port().byId(XIANGAN, world.userB.id()).orElseThrow();
    assertSameRecord(linked, world.userB);
    assertThat(linked.displayName()).isEqualTo("陈" + RARE + "家长");
    assertThat(linked.linkedGuardian()).contains(world.guardian.id());
    assertSameRecord(port().byUsername("chen.parent").orElseThrow(), world.userB);
    assertThat(port().byUsername("nobody")).isEmpty();
    assertThat(port().byId(XIANGAN, UserId.newId())).isEmpty();
  }

  @Test
  void allListsTheDistrictsUsers() {
    port().add(world.userA);
    port().add(world.userB);

    assertThat(port().all(XIANGAN)).extracting(User::id).containsExactlyInAnyOrder(world.userA.id(), world.userB.id());
  }

  @Test
  void aUsernameTakenInAnyDistrictIsADuplicate() {
    port().add(world.userA);
    User sameNameHere = User.register(UserId.newId(), XIANGAN, world.userA.username(), "另一个人", null);
    User sameNameInHuli = User.register(UserId.newId(), HULI, world.userA.username(), "湖里的人", null);

    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(sameNameHere));
    assertConflict(ConflictException.Kind.DUPLICATE, () -> port().add(sameNameInHuli));
    assertThat(port().byId(XIANGAN, sameNameHere.id())).isEmpty();
    assertThat(port().byId(HULI, sameNameInHuli.id())).isEmpty();
    assertSameRecord(port().byUsername(world.userA.username()).orElseThrow(), world.userA);
  }

  @Test
  void anUpdateWithTheStoredVersionStoresTheNextVersion() {
    port().add(world.userA);
    User stored = port().byId(XIANGAN, world.userA.id()).orElseThrow();

    User updated = port().update(new User(stored.id(), XIANGAN, stored.username(), "王" + RARE + "老师", null, false,
        stored.version()));

    assertThat(updated.version()).isEqualTo(stored.version() + 1);
    assertThat(updated.active()).isFalse();
    assertSameRecord(port().byId(XIANGAN, stored.id()).orElseThrow(), updated);
    assertSameRecord(port().byUsername(stored.username()).orElseThrow(), updated);
  }

  @Test
  void anUpdateWithAStaleVersionIsAConflictAndChangesNothing() {
    port().add(world.userA);
    User stale = port().byId(XIANGAN, world.userA.id()).orElseThrow();
    User updated = port().update(new User(stale.id(), XIANGAN, stale.username(), "第一次", null, true, stale.version()));

    assertConflict(ConflictException.Kind.STALE_VERSION,
        () -> port().update(new User(stale.id(), XIANGAN, stale.username(), "第二次", null, false, stale.version())));
    assertSameRecord(port().byId(XIANGAN, stale.id()).orElseThrow(), updated);
  }

  @Test
  void anotherDistrictsUsersAreNeverReturned() {
    port().add(world.userA);
    port().add(world.userHuli);

    assertThat(port().byId(XIANGAN, world.userHuli.id())).isEmpty();
    assertThat(port().byId(HULI, world.userA.id())).isEmpty();
    assertThat(port().all(XIANGAN)).extracting(User::id).containsExactly(world.userA.id());
    assertThat(port().all(HULI)).extracting(User::id).containsExactly(world.userHuli.id());
  }

  @Test
  void linkedToGuardianFindsTheGuardiansAccountsOnly() {
    port().add(world.userA);
    port().add(world.userB);

    assertThat(port().linkedToGuardian(XIANGAN, world.guardian.id())).extracting(User::id)
        .containsExactly(world.userB.id());
    assertThat(port().linkedToGuardian(HULI, world.guardian.id())).isEmpty();
  }
}
