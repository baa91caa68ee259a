package org.jiaolianti.adapters.rest.testing;

import org.jiaolianti.application.people.port.in.ManageRosterUseCase.LinkGuardianCommand;
import org.jiaolianti.application.people.port.in.ManageRosterUseCase.RegisterGuardianCommand;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.people.Student;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jiaolianti.adapters.rest.RestApi;
import org.jiaolianti.adapters.rest.security.Tokens;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.people.RoleAssignment;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.policy.Policy;
import org.jiaolianti.seeds.PolicySeedLoader;

/**
 * The REST API over in-memory storage with the Xiang'an seed, on a real server, and a way to make users
 * with roles and mint their tokens.
 */
public final class RestWorld implements AutoCloseable {

  public static final String DISTRICT = "350213";
  public static final LocalDate ROLES_FROM = LocalDate.of(2025, 12, 1);

  public final Policy policy = PolicySeedLoader.loadBundled("xiangan-2025").policy();
  public final Jiaolianti app;
  public final Tokens tokens;
  public final HttpTestServer server;

  public RestWorld() {
    this(Clocks.system());
  }

  /** The same world with the application on {@code clock} (tokens and rate limits keep the real time). */
  public RestWorld(org.jiaolianti.application.shared.port.out.Clock clock) {
    app = new Jiaolianti(InMemoryStorage.create(), clock).activate(policy);
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    tokens = Tokens.hs256(secret);
    // tests send hundreds of requests a second as one user: a limit they never reach (RateLimitTest tests it)
    server = HttpTestServer.start(new RestApi(app, tokens, () -> true, Instant::now,
        new org.jiaolianti.adapters.rest.shared.RateLimit(100_000, 100_000)));
  }

  /** A user of the district holding {@code role} in {@code scope} (reference null for district-wide scopes). */
  public User user(String username, Role role, ScopeType scope, String reference) {
    User user = app.users().register(new RegisterUserCommand(DISTRICT, username, username, null));
    if (role != null) {
      grant(user, role, scope, reference);
    }
    return user;
  }

  public RoleAssignment grant(User user, Role role, ScopeType scope, String reference) {
    return app.users().assign(new AssignRoleCommand(DISTRICT, user.id().value(), role, scope, reference, ROLES_FROM, null));
  }

  /**
   * A guardian of {@code child} with a user account holding the GUARDIAN role: the roster's guardian, the link
   * and the account, as the REST tests need them.
   */
  public User guardian(Student child, String username, String name, String mobile, GuardianRelation relation) {
    var g = app.roster().registerGuardian(new RegisterGuardianCommand(DISTRICT, name, mobile));
    app.roster().link(new LinkGuardianCommand(DISTRICT, g.id().value(), child.id().value(), relation));
    User u = app.users().register(new RegisterUserCommand(DISTRICT, username, name, g.id().value()));
    grant(u, Role.GUARDIAN, ScopeType.GUARDIAN_OF, null);
    return u;
  }

  public String token(User user) {
    return tokens.mint(user.username(), Instant.now(), Duration.ofHours(1));
  }

  @Override
  public void close() {
    server.close();
  }
}
