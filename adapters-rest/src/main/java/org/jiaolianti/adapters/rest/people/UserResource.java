package org.jiaolianti.adapters.rest.people;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.jiaolianti.adapters.rest.people.UserViews.RoleAssignmentView;
import org.jiaolianti.adapters.rest.people.UserViews.UserView;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.ApiProblem;
import org.jiaolianti.adapters.rest.shared.ETags;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.AssignRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RegisterUserCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.RevokeRoleCommand;
import org.jiaolianti.application.people.port.in.ManageUsersUseCase.UpdateUserCommand;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.ScopeType;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.people.RoleAssignment;
import org.jiaolianti.domain.people.RoleAssignmentId;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.domain.people.UserId;
import org.jiaolianti.domain.shared.Bilingual;

/**
 * The district's user accounts and their dated role assignments: list, read, register, rename,
 * deactivate/reactivate; assign and revoke roles. Only USER_ADMIN (MANAGE_USERS, district-wide) may use
 * them; any other caller gets 403, whatever the id, so that ids cannot be probed. A user of another
 * district is a 404.
 *
 * <p>Every change is recorded: a revocation keeps who (the caller), when and why; storage stamps who
 * created and last changed each record. A revoked role, or a deactivated account, stops working on the
 * very next request (roles are read from storage per request).
 */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "users", description = "用户账号与角色授权 — user accounts and dated role assignments (USER_ADMIN only)")
public final class UserResource {

  /** RFC 7396 JSON merge patch: what {@code PATCH /users/{id}} also accepts besides application/json. */
  public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

  private final ManageUsersUseCase users;
  private final AccessControl access;

  public UserResource(ManageUsersUseCase users, AccessControl access) {
    this.users = requireNonNull(users, "users");
    this.access = requireNonNull(access, "access");
  }

  /** The body of {@code POST /users}. */
  public record RegisterUserRequest(
      @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._@-]{2,63}", message = "{jiaolianti.username}") String username,
      @NotBlank @Size(max = 100) String displayName,
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "{jiaolianti.id}") String guardianId) {}

  /** The body of {@code PATCH /users/{id}}: a field left out is left unchanged. */
  public record UpdateUserRequest(
      @Size(max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}")
      String displayName,
      Boolean active) {}

  /** The body of {@code POST /users/{id}/role-assignments}; {@code validTo} (inclusive) is optional. */
  public record AssignRoleRequest(
      @NotNull Role role,
      @NotNull ScopeType scopeType,
      @Size(max = 64) String scopeReference,
      @NotNull LocalDate validFrom,
      LocalDate validTo) {}

  /** The body of {@code POST /users/{id}/role-assignments/{assignmentId}/revoke}. */
  public record RevokeRequest(@NotBlank @Size(max = 500) String reason) {}

  // ---------------------------------------------------------------------------------------------- users

  @GET
  @Operation(summary = "The district's user accounts, filtered by username or active (true/false)", responses = {
      @ApiResponse(responseCode = "200", description = "a page of users, ordered by username"),
      @ApiResponse(responseCode = "400", description = "bad paging or filter parameters"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not manage users (USER_ADMIN only)")})
  public Page<UserView> list(@Context SecurityContext sc, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset, @QueryParam("username") String username,
      @Parameter(description = "true or false") @QueryParam("active") String active) {
    Paging paging = Paging.of(limit, offset);
    Boolean activeFilter = bool("active", active);
    String name = username == null || username.isBlank() ? null : username.trim();
    Actor actor = ActorPrincipal.of(sc);
    Visibility visible = access.visibility(actor, Action.MANAGE_USERS);
    if (!visible.permitted()) {
      throw new ForbiddenException(Bilingual.of("无权执行此操作：" + Action.MANAGE_USERS.label().zh(),
          "not permitted to " + Action.MANAGE_USERS.label().en()));
    }
    List<User> rows = users.users(actor.district()).stream()
        .filter(u -> visible.includesUser(u.id()))
        .filter(u -> name == null || u.username().equals(name))
        .filter(u -> activeFilter == null || u.active() == activeFilter)
        .toList();
    return Page.of(rows, paging, UserView::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One user account, with its version as the ETag", responses = {
      @ApiResponse(responseCode = "200", description = "the user"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not manage users (USER_ADMIN only)"),
      @ApiResponse(responseCode = "404", description = "no such user in the caller's district")})
  public Response get(@Context SecurityContext sc, @PathParam("id") String id) {
    Actor actor = ActorPrincipal.permittedInDistrict(sc, access, Action.MANAGE_USERS);
    User user = user(actor, id);
    return Response.ok(UserView.of(user)).tag(ETags.of(user.version())).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Registers a user account in the caller's district, optionally linked to a guardian record",
      responses = {
          @ApiResponse(responseCode = "201", description = "registered; Location names the new user"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not manage users (USER_ADMIN only)"),
          @ApiResponse(responseCode = "404", description = "no such guardian record in the district"),
          @ApiResponse(responseCode = "409", description = "the username is taken (usernames are unique everywhere)"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON")})
  public Response register(@Context SecurityContext sc, @Context UriInfo uri,
      @Valid @NotNull RegisterUserRequest body) {
    Actor actor = ActorPrincipal.permittedInDistrict(sc, access, Action.MANAGE_USERS);
    User user = users.register(new RegisterUserCommand(actor.district().value(), body.username(),
        body.displayName(), body.guardianId()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/users/{id}").build(user.id().value()))
        .tag(ETags.of(user.version())).entity(UserView.of(user)).build();
  }

  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH_JSON})
  @Operation(summary = "Renames (displayName) and/or deactivates or reactivates (active) a user; requires If-Match "
      + "with the user's ETag. A deactivated user's next request is a 401", responses = {
          @ApiResponse(responseCode = "200", description = "the user, with its new ETag"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not manage users (USER_ADMIN only)"),
          @ApiResponse(responseCode = "404", description = "no such user in the caller's district"),
          @ApiResponse(responseCode = "409", description = "changed concurrently by someone else"),
          @ApiResponse(responseCode = "412", description = "If-Match names an older version"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "428", description = "If-Match is missing")})
  public Response update(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id,
      @Valid @NotNull UpdateUserRequest body) {
    Actor actor = ActorPrincipal.permittedInDistrict(sc, access, Action.MANAGE_USERS);
    User current = user(actor, id);
    long version = ETags.requireMatch(headers, current.version());
    User changed = users.update(new UpdateUserCommand(actor.district().value(), current.id().value(), version,
        body.displayName(), body.active()));
    return Response.ok(UserView.of(changed)).tag(ETags.of(changed.version())).build();
  }

  // ------------------------------------------------------------------------------------ role assignments

  @GET
  @Path("{id}/role-assignments")
  @Operation(summary = "Every role assignment of the user, revoked and ended ones included (with who revoked, when "
      + "and why)", responses = {
          @ApiResponse(responseCode = "200", description = "a page of assignments, earliest first"),
          @ApiResponse(responseCode = "400", description = "bad paging parameters"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not manage users (USER_ADMIN only)"),
          @ApiResponse(responseCode = "404", description = "no such user in the caller's district")})
  public Page<RoleAssignmentView> assignments(@Context SecurityContext sc, @PathParam("id") String id,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    Actor actor = ActorPrincipal.permittedInDistrict(sc, access, Action.MANAGE_USERS);
    User user = user(actor, id);
    return Page.of(users.assignmentsOf(actor.district(), user.id()), paging,
        a -> RoleAssignmentView.of(a, actor.today()));
  }

  @GET
  @Path("{id}/role-assignments/{assignmentId}")
  @Operation(summary = "One role assignment of the user, with its version as the ETag", responses = {
      @ApiResponse(responseCode = "200", description = "the assignment"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller may not manage users (USER_ADMIN only)"),
      @ApiResponse(responseCode = "404", description = "no such user in the district, or no such assignment of theirs")})
  public Response assignment(@Context SecurityContext sc, @PathParam("id") String id,
      @PathParam("assignmentId") String assignmentId) {
    Actor actor = ActorPrincipal.permittedInDistrict(sc, access, Action.MANAGE_USERS);
    User user = user(actor, id);
    RoleAssignment a = users.assignment(actor.district(), user.id(), assignmentId(assignmentId));
    return Response.ok(RoleAssignmentView.of(a, actor.today())).tag(ETags.of(a.version())).build();
  }

  @POST
  @Path("{id}/role-assignments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Assigns a role in a scope from validFrom (to validTo, inclusive, if given). The role must "
      + "allow the scope type (e.g. SCHOOL_ADMIN: SCHOOL), and the scope must name an existing zone, school, class, "
      + "unit or partner of the district", responses = {
          @ApiResponse(responseCode = "201", description = "assigned; Location names the new assignment"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field), a scope type the role "
              + "does not allow (field scopeType), or a scope naming nothing (field scopeReference)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not manage users (USER_ADMIN only)"),
          @ApiResponse(responseCode = "404", description = "no such user in the caller's district"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON")})
  public Response assign(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("id") String id,
      @Valid @NotNull AssignRoleRequest body) {
    Actor actor = ActorPrincipal.permittedInDistrict(sc, access, Action.MANAGE_USERS);
    User user = user(actor, id);
    RoleAssignment a = users.assign(new AssignRoleCommand(actor.district().value(), user.id().value(), body.role(),
        body.scopeType(), body.scopeReference(), body.validFrom(), body.validTo()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/users/{id}/role-assignments/{assignmentId}")
            .build(user.id().value(), a.id().value()))
        .tag(ETags.of(a.version())).entity(RoleAssignmentView.of(a, actor.today())).build();
  }

  @POST
  @Path("{id}/role-assignments/{assignmentId}/revoke")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Revokes an assignment with effect at once (the holder's very next request no longer has the "
      + "role); the caller is recorded as revokedBy, with the time and the reason", responses = {
          @ApiResponse(responseCode = "200", description = "the revoked assignment"),
          @ApiResponse(responseCode = "400", description = "invalid body, or the assignment is already revoked"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not manage users (USER_ADMIN only)"),
          @ApiResponse(responseCode = "404", description = "no such user in the district, or no such assignment of theirs"),
          @ApiResponse(responseCode = "409", description = "changed concurrently by someone else"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON")})
  public Response revoke(@Context SecurityContext sc, @PathParam("id") String id,
      @PathParam("assignmentId") String assignmentId, @Valid @NotNull RevokeRequest body) {
    Actor actor = ActorPrincipal.permittedInDistrict(sc, access, Action.MANAGE_USERS);
    User user = user(actor, id);
    RoleAssignment a = users.assignment(actor.district(), user.id(), assignmentId(assignmentId));
    RoleAssignment revoked = users.revoke(new RevokeRoleCommand(actor.district().value(), a.id().value(),
        actor.user().username(), body.reason()));
    return Response.ok(RoleAssignmentView.of(revoked, actor.today())).tag(ETags.of(revoked.version())).build();
  }

  // ------------------------------------------------------------------------------------------- helpers

  /** The caller, if they may manage the users of their district at all (else 403, before any id is looked at). */
  /** The user {@code raw} names in the caller's district, if the caller may manage them (else 404). */
  private User user(Actor actor, String raw) {
    UserId id = pathId(raw, UserId::of, "user");
    access.check(actor, Action.MANAGE_USERS, new Target.User(actor.district(), id));
    return users.user(actor.district(), id);
  }

  private static RoleAssignmentId assignmentId(String raw) {
    return pathId(raw, RoleAssignmentId::of, "role assignment");
  }

  /** A path segment that cannot be an id names no record: a 404 like any unknown id (API.md), not a 400. */
  private static <T> T pathId(String raw, Function<String, T> parse, String what) {
    try {
      return parse.apply(raw);
    } catch (IllegalArgumentException | NullPointerException e) {
      String shown = raw == null ? "" : raw.length() > 64 ? raw.substring(0, 64) + "…" : raw;
      throw new NotFoundException(what, shown);
    }
  }

  private static Boolean bool(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.trim()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw ApiProblem.badParameter(name, "Boolean", name + " 须为 true 或 false",
          name + " must be true or false");
    };
  }
}
