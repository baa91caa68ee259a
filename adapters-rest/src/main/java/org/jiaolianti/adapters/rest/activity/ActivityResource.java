package org.jiaolianti.adapters.rest.activity;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jiaolianti.adapters.rest.activity.ActivityViews.ActivityView;
import org.jiaolianti.adapters.rest.activity.ActivityViews.RegistrationView;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.ETags;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.adapters.rest.shared.QueryParams;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.activity.ActivityService;
import org.jiaolianti.application.activity.port.in.ActivityQueries;
import org.jiaolianti.application.activity.port.in.ManageActivitiesUseCase;
import org.jiaolianti.application.activity.port.in.ManageActivitiesUseCase.CreateActivityCommand;
import org.jiaolianti.application.activity.port.in.ManageActivitiesUseCase.DrawLotteryCommand;
import org.jiaolianti.application.activity.port.in.RegisterForActivityUseCase;
import org.jiaolianti.application.activity.port.in.RegisterForActivityUseCase.CancelRegistrationCommand;
import org.jiaolianti.application.activity.port.in.RegisterForActivityUseCase.RegisterCommand;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.activity.Activity;
import org.jiaolianti.domain.activity.OrganiserKind;
import org.jiaolianti.domain.activity.Registration;
import org.jiaolianti.domain.activity.RegistrationMode;
import org.jiaolianti.domain.activity.RegistrationStatus;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.ZoneId;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.shared.Bilingual;

/**
 * Activities open for registration (活动报名, 五(一)2) and their registrations. An activity's access target is
 * its organiser (school, zone, partner; the district's own are readable by anyone who may read activities at
 * all). Registering is decided on the student's school: school staff for the school's students, a guardian for
 * their own linked children only. First-come places are never overbooked (the database counts them); a
 * lottery's registrations are pending until the organiser draws. A retried registration creates nothing new
 * (per activity and student, and per {@code Idempotency-Key}).
 */
@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "activities", description = "活动报名 — activities, registrations, waitlists and lottery draws")
public final class ActivityResource {

  private final ActivityQueries queries;
  private final ManageActivitiesUseCase manage;
  private final RegisterForActivityUseCase registration;
  private final AccessControl access;

  public ActivityResource(ActivityQueries queries, ManageActivitiesUseCase manage,
      RegisterForActivityUseCase registration, AccessControl access) {
    this.queries = requireNonNull(queries, "queries");
    this.manage = requireNonNull(manage, "manage");
    this.registration = requireNonNull(registration, "registration");
    this.access = requireNonNull(access, "access");
  }

  /** The body of {@code POST /activities}. */
  public record CreateActivityRequest(
      @NotNull OrganiserKind organiserKind,
      @Schema(description = "the school, zone or partner id; absent for a DISTRICT activity") String organiserId,
      @NotNull String title,
      String description,
      @NotNull Collaboration collaboration,
      @NotNull Set<Integer> eligibleGrades,
      @NotNull Integer capacity,
      @NotNull Instant opensAt,
      @NotNull Instant closesAt,
      @NotNull @Schema(description = "school year and term, e.g. 2025-2026-2") String term,
      @NotNull RegistrationMode mode) {}

  /** The body of {@code POST /activities/{id}/registrations}. */
  public record RegisterRequest(@NotNull String studentId) {}

  /** The body of {@code POST /activities/{id}/draw}: an optional seed (else a fresh random one, recorded). */
  public record DrawRequest(Long seed) {}

  private boolean readable(Visibility v, Activity a) {
    return a.organiserKind() == OrganiserKind.DISTRICT ? v.permitted() : v.includes(ActivityService.target(a));
  }

  /** The activity if the actor may read it (404 if not visible at all). */
  private Activity readableActivity(Actor actor, String id) {
    Activity a = queries.activity(actor.district(), id);
    Visibility v = access.visibility(actor, Action.READ_ACTIVITIES);
    if (!readable(v, a)) {
      access.check(actor, Action.READ_ACTIVITIES, ActivityService.target(a));
      throw new NotFoundException("activity", id);
    }
    return a;
  }

  /** The activity if the actor may manage it (its organiser): 404 if they cannot see it, 403 if they only see it. */
  private Activity managedActivity(Actor actor, String id) {
    Activity a = readableActivity(actor, id);
    access.check(actor, Action.MANAGE_ACTIVITIES, ActivityService.target(a));
    return a;
  }

  @GET
  @Operation(summary = "The activities the caller may see, by registration opening, with equality filters",
      responses = {
          @ApiResponse(responseCode = "200", description = "a page of activities"),
          @ApiResponse(responseCode = "400", description = "bad paging parameter or filter value"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not read activities")})
  public Page<ActivityView> list(@Context SecurityContext sc, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset,
      @Parameter(description = "SCHOOL, ZONE, PARTNER or DISTRICT") @QueryParam("organiserKind") String organiserKind,
      @QueryParam("organiserId") String organiserId,
      @Parameter(description = "e.g. HOME_SCHOOL") @QueryParam("collaboration") String collaboration,
      @Parameter(description = "FIRST_COME or LOTTERY") @QueryParam("mode") String mode,
      @Parameter(description = "e.g. 2025-2026-2") @QueryParam("term") String term,
      @Parameter(description = "an eligible grade, 1-12") @QueryParam("grade") String grade) {
    Paging paging = Paging.of(limit, offset);
    OrganiserKind kind = QueryParams.enumValue("organiserKind", organiserKind, OrganiserKind.class);
    Collaboration c = QueryParams.enumValue("collaboration", collaboration, Collaboration.class);
    RegistrationMode m = QueryParams.enumValue("mode", mode, RegistrationMode.class);
    String organiser = QueryParams.text(organiserId);
    String t = QueryParams.text(term);
    Integer g = grade(grade);
    Actor actor = ActorPrincipal.of(sc);
    Visibility v = access.visibility(actor, Action.READ_ACTIVITIES);
    if (!v.permitted()) {
      throw new ForbiddenException(Bilingual.of("无权查看活动", "you may not read activities"));
    }
    List<Activity> rows = queries.activities(actor.district()).stream()
        .filter(a -> readable(v, a))
        .filter(a -> kind == null || a.organiserKind() == kind)
        .filter(a -> organiser == null || organiser.equals(a.organiserId()))
        .filter(a -> c == null || a.collaboration() == c)
        .filter(a -> m == null || a.mode() == m)
        .filter(a -> t == null || a.term().value().equals(t))
        .filter(a -> g == null || a.eligibleGrades().contains(g))
        .toList();
    return Page.of(rows, paging, ActivityView::of);
  }

  private static Integer grade(String raw) {
    String text = QueryParams.text(raw);
    if (text == null) {
      return null;
    }
    try {
      int g = Integer.parseInt(text);
      if (g >= 1 && g <= 12) {
        return g;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw org.jiaolianti.adapters.rest.shared.ApiProblem.badParameter("grade", "Range", "年级须为 1–12 的整数",
        "grade must be a whole number 1-12");
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One activity, with its places and (for a drawn lottery) the recorded draw; ETag = version",
      responses = {
          @ApiResponse(responseCode = "200", description = "the activity", content = @Content(
              mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class))),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller sees the organiser but may not read activities"),
          @ApiResponse(responseCode = "404", description = "no such activity in the caller's scope")})
  public Response one(@Context SecurityContext sc, @PathParam("id") String id) {
    Activity a = readableActivity(ActorPrincipal.of(sc), id);
    return Response.ok(ActivityView.of(a)).tag(ETags.of(a.version())).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Creates an activity of a school, zone, partner or the district (its organiser's managers)",
      responses = {
          @ApiResponse(responseCode = "201", description = "the activity, with Location and ETag", content = @Content(
              mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class))),
          @ApiResponse(responseCode = "400", description = "invalid body: one entry per field (closesAt not after "
              + "opensAt, grades outside 1-12, capacity below 1, a malformed term, an organiserId missing or given "
              + "for DISTRICT)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not manage this organiser's activities"),
          @ApiResponse(responseCode = "404", description = "no such organiser in the caller's scope"),
          @ApiResponse(responseCode = "409", description = "the same Idempotency-Key is still being processed"),
          @ApiResponse(responseCode = "413", description = "body over the limit"),
          @ApiResponse(responseCode = "415", description = "the body is not application/json"),
          @ApiResponse(responseCode = "422", description = "the Idempotency-Key was used with another body")})
  public Response create(@Context SecurityContext sc, @Context UriInfo uri, @Valid @NotNull CreateActivityRequest body) {
    Actor actor = ActorPrincipal.of(sc);
    CreateActivityCommand command = new CreateActivityCommand(actor.district().value(), body.organiserKind(),
        body.organiserId(), body.title(), body.description(), body.collaboration(), body.eligibleGrades(),
        body.capacity(), body.opensAt(), body.closesAt(), body.term(), body.mode());
    access.check(actor, Action.MANAGE_ACTIVITIES, organiserTarget(actor, body));
    Activity a = manage.create(command);
    return Response.created(uri.getAbsolutePathBuilder().path(a.id().value()).build())
        .entity(ActivityView.of(a)).tag(ETags.of(a.version())).build();
  }

  /** The organiser named in the body as an access target (a malformed id names nothing: 404). */
  private static Target organiserTarget(Actor actor, CreateActivityRequest body) {
    if (body.organiserKind() == OrganiserKind.DISTRICT || body.organiserId() == null) {
      return new Target.District(actor.district());
    }
    try {
      return switch (body.organiserKind()) {
        case SCHOOL -> new Target.School(actor.district(), SchoolId.of(body.organiserId()));
        case ZONE -> new Target.Zone(actor.district(), ZoneId.of(body.organiserId()));
        case PARTNER -> new Target.Partner(actor.district(), PartnerId.of(body.organiserId()));
        case DISTRICT -> new Target.District(actor.district());
      };
    } catch (IllegalArgumentException e) {
      throw new NotFoundException(body.organiserKind().name().toLowerCase(Locale.ROOT), body.organiserId());
    }
  }

  @POST
  @Path("{id}/draw")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Draws a lottery after its window closed: the seed (given or fresh) is recorded, so the draw "
      + "can be recomputed", responses = {
      @ApiResponse(responseCode = "200", description = "the drawn activity", content = @Content(
          mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class))),
      @ApiResponse(responseCode = "400", description = "invalid body"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller sees the activity but may not manage it"),
      @ApiResponse(responseCode = "404", description = "no such activity in the caller's scope"),
      @ApiResponse(responseCode = "409", description = "changed concurrently, or the same Idempotency-Key is in flight"),
      @ApiResponse(responseCode = "413", description = "body over the limit"),
      @ApiResponse(responseCode = "415", description = "the body is not application/json"),
      @ApiResponse(responseCode = "422", description = "LOTTERY_DRAW: first-come, already drawn, or the window is "
          + "still open (reason and clause); or the Idempotency-Key was used with another body")})
  public Response draw(@Context SecurityContext sc, @PathParam("id") String id, @Valid @NotNull DrawRequest body) {
    Actor actor = ActorPrincipal.of(sc);
    Activity a = managedActivity(actor, id);
    Activity drawn = manage.draw(new DrawLotteryCommand(actor.district().value(), a.id().value(),
        actor.user().username(), body.seed()));
    return Response.ok(ActivityView.of(drawn)).tag(ETags.of(drawn.version())).build();
  }

  @GET
  @Path("{id}/registrations")
  @Operation(summary = "The activity's registrations by queue position (for its organisers)", responses = {
      @ApiResponse(responseCode = "200", description = "a page of registrations"),
      @ApiResponse(responseCode = "400", description = "bad paging parameter or filter value"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller sees the activity but does not organise it"),
      @ApiResponse(responseCode = "404", description = "no such activity in the caller's scope")})
  public Page<RegistrationView> registrations(@Context SecurityContext sc, @PathParam("id") String id,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset,
      @Parameter(description = "PENDING, CONFIRMED, WAITLISTED or CANCELLED") @QueryParam("status") String status) {
    Paging paging = Paging.of(limit, offset);
    RegistrationStatus st = QueryParams.enumValue("status", status, RegistrationStatus.class);
    Actor actor = ActorPrincipal.of(sc);
    Activity a = managedActivity(actor, id);
    return Page.of(queries.registrations(actor.district(), a.id().value()).stream()
        .filter(r -> st == null || r.status() == st).toList(), paging, RegistrationView::of);
  }

  @POST
  @Path("{id}/registrations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Registers a student: FIRST_COME confirmed while places remain, else waitlisted; LOTTERY "
      + "pending until the draw. The same student again returns the existing registration (200)", responses = {
      @ApiResponse(responseCode = "201", description = "registered, with Location", content = @Content(
          mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class))),
      @ApiResponse(responseCode = "200", description = "the student was already registered: the existing "
          + "registration, nothing new created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = RegistrationView.class))),
      @ApiResponse(responseCode = "400", description = "invalid body: one entry per field"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller sees the student's school but may not register "
          + "its students"),
      @ApiResponse(responseCode = "404", description = "no such activity or student in the caller's scope (a "
          + "guardian: another family's child)"),
      @ApiResponse(responseCode = "409", description = "the same Idempotency-Key is still being processed"),
      @ApiResponse(responseCode = "413", description = "body over the limit"),
      @ApiResponse(responseCode = "415", description = "the body is not application/json"),
      @ApiResponse(responseCode = "422", description = "REGISTRATION_WINDOW, ELIGIBLE_GRADE or "
          + "ACTIVITIES_PER_STUDENT_PER_TERM (reason and clause); or the Idempotency-Key was used with another body")})
  public Response register(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("id") String id,
      @Valid @NotNull RegisterRequest body) {
    Actor actor = ActorPrincipal.of(sc);
    Activity a = readableActivity(actor, id);
    registration.checkMayRegister(actor, body.studentId());
    boolean existed = queries.registrations(actor.district(), a.id().value()).stream()
        .anyMatch(x -> x.student().value().equals(body.studentId()));
    Registration r = registration.register(new RegisterCommand(actor.district().value(), a.id().value(),
        body.studentId(), actor.user().username()));
    Response.ResponseBuilder response = existed ? Response.ok()
        : Response.created(uri.getAbsolutePathBuilder().path(r.id().value()).build());
    return response.entity(RegistrationView.of(r)).tag(ETags.of(r.version())).build();
  }

  @GET
  @Path("{id}/registrations/{registrationId}")
  @Operation(summary = "One registration: for the organisers, and for whoever may register that student", responses = {
      @ApiResponse(responseCode = "200", description = "the registration", content = @Content(
          mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class))),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller sees the student's school but may not act for it"),
      @ApiResponse(responseCode = "404", description = "no such activity or registration in the caller's scope")})
  public Response registration(@Context SecurityContext sc, @PathParam("id") String id,
      @PathParam("registrationId") String registrationId) {
    Actor actor = ActorPrincipal.of(sc);
    Registration r = forStudentOrOrganiser(actor, id, registrationId);
    return Response.ok(RegistrationView.of(r)).tag(ETags.of(r.version())).build();
  }

  private Registration forStudentOrOrganiser(Actor actor, String id, String registrationId) {
    Activity a = readableActivity(actor, id);
    Registration r = queries.registration(actor.district(), a.id().value(), registrationId);
    if (!access.visibility(actor, Action.MANAGE_ACTIVITIES).includes(ActivityService.target(a))) {
      registration.checkMayRegister(actor, r.student().value());
    }
    return r;
  }

  @POST
  @Path("{id}/registrations/{registrationId}/cancel")
  @Operation(summary = "Cancels a registration; a confirmed place goes to the first waitlisted one (lowest "
      + "position), or back to the pool", responses = {
      @ApiResponse(responseCode = "200", description = "the cancelled registration", content = @Content(
          mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class))),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "the caller sees the student's school but may not act for it"),
      @ApiResponse(responseCode = "404", description = "no such activity or registration in the caller's scope"),
      @ApiResponse(responseCode = "409", description = "changed concurrently, or the same Idempotency-Key is in flight"),
      @ApiResponse(responseCode = "422", description = "the Idempotency-Key was used with another body")})
  public Response cancel(@Context SecurityContext sc, @PathParam("id") String id,
      @PathParam("registrationId") String registrationId) {
    Actor actor = ActorPrincipal.of(sc);
    Registration r = forStudentOrOrganiser(actor, id, registrationId);
    Registration cancelled = registration.cancel(new CancelRegistrationCommand(actor.district().value(),
        r.activity().value(), r.id().value(), actor.user().username()));
    return Response.ok(RegistrationView.of(cancelled)).tag(ETags.of(cancelled.version())).build();
  }
}
