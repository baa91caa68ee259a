package org.jiaolianti.adapters.rest.messaging;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.jiaolianti.adapters.rest.messaging.MessagingViews.SlotView;
import org.jiaolianti.adapters.rest.messaging.MessagingViews.TeacherHoursView;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.application.messaging.port.in.OfficeHoursUseCase;
import org.jiaolianti.application.messaging.port.in.OfficeHoursUseCase.SetOfficeHoursCommand;
import org.jiaolianti.application.messaging.port.in.OfficeHoursUseCase.Slot;

/** Teachers' office hours: a teacher sets theirs; a guardian reads those of their children's teachers. */
@Path("/api/v1/office-hours")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "office-hours", description = "教师答疑时间 — teachers' office hours")
public final class OfficeHoursResource {

  private final OfficeHoursUseCase hours;

  public OfficeHoursResource(OfficeHoursUseCase hours) {
    this.hours = requireNonNull(hours, "hours");
  }

  /** One weekly slot of the body. */
  public record SlotRequest(@NotNull DayOfWeek day, @NotNull LocalTime from, @NotNull LocalTime to,
      @Size(max = 200) String place) {}

  /** The body of {@code POST /office-hours}: all of the caller's slots (replacing the earlier ones). */
  public record SetOfficeHoursRequest(
      @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}") String schoolId,
      @NotNull @Size(max = 20) List<@Valid @NotNull SlotRequest> slots) {}

  @GET
  @Operation(summary = "Office hours the caller may see: a guardian those of the teachers of their children's "
      + "classes, a teacher their own, a school leader their school's", responses = {
          @ApiResponse(responseCode = "200", description = "a page of teachers with their slots"),
          @ApiResponse(responseCode = "400", description = "bad paging parameters"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads office hours")})
  public Page<TeacherHoursView> list(@Context SecurityContext sc, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    return Page.of(hours.visible(ActorPrincipal.of(sc)), paging, TeacherHoursView::of);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Sets the calling teacher's weekly slots (all of them; an empty list clears them), at the "
      + "school of their classes (schoolId if they teach at several)", responses = {
          @ApiResponse(responseCode = "200", description = "the caller's slots now"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field), a slot ending before "
              + "it starts, or no school to set them at"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller is not a teacher there"),
          @ApiResponse(responseCode = "404", description = "no such school in the caller's scope"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON")})
  public List<SlotView> set(@Context SecurityContext sc, @Valid @NotNull SetOfficeHoursRequest body) {
    return hours.set(ActorPrincipal.of(sc), new SetOfficeHoursCommand(body.schoolId(), body.slots().stream()
        .map(s -> new Slot(s.day(), s.from(), s.to(), s.place())).toList()))
        .stream().map(SlotView::of).toList();
  }
}
