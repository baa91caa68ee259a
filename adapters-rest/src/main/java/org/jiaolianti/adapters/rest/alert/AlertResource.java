package org.jiaolianti.adapters.rest.alert;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.adapters.rest.shared.QueryParams;
import org.jiaolianti.application.alert.port.in.AlertsUseCase;
import org.jiaolianti.domain.alert.Alert;

/**
 * The caller's own alerts (提醒): that something happened and whom to contact, never sensitive content (e.g. a
 * referral step of one's child, a break-glass access opened at one's school). Every signed-in user has the list;
 * only the caller's own alerts exist for them (another user's id is a 404).
 */
@Path("/api/v1/me/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "alerts", description = "提醒 — the caller's own alerts")
public final class AlertResource {

  private final AlertsUseCase alerts;

  public AlertResource(AlertsUseCase alerts) {
    this.alerts = requireNonNull(alerts, "alerts");
  }

  /** Text in both languages. */
  public record Text(String zh, String en) {}

  /**
   * One alert; {@code subjectType}/{@code subjectId} name what it is about (e.g. BREAK_GLASS and the access id),
   * {@code studentId} the child concerned (guardian alerts only).
   */
  public record AlertView(String id, String kind, Text kindLabel, String subjectType, String subjectId,
      String studentId, Text text, Instant createdAt, boolean read, Instant readAt) {
    static AlertView of(Alert a) {
      return new AlertView(a.id().value(), a.kind().name(), new Text(a.kind().label().zh(), a.kind().label().en()),
          a.subjectType(), a.subjectId(), a.student() == null ? null : a.student().value(),
          new Text(a.text().zh(), a.text().en()), a.createdAt(), a.isRead(), a.readAt());
    }
  }

  @GET
  @Operation(summary = "The caller's alerts, newest first; filter unread=true for the unread ones", responses = {
      @ApiResponse(responseCode = "200", description = "a page of alerts"),
      @ApiResponse(responseCode = "400", description = "bad paging parameters or a bad unread flag"),
      @ApiResponse(responseCode = "401", description = "no or bad token")})
  public Page<AlertView> mine(@Context SecurityContext sc, @QueryParam("unread") String unread,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    boolean unreadOnly = Boolean.TRUE.equals(QueryParams.bool("unread", unread));
    AlertsUseCase.AlertsPage page = alerts.mine(ActorPrincipal.of(sc), unreadOnly, paging.offset(), paging.limit());
    return new Page<>(page.items().stream().map(AlertView::of).toList(), page.total(), paging.limit(),
        paging.offset());
  }

  @POST
  @Path("{id}/read")
  @Operation(summary = "Marks one of the caller's alerts read (again: unchanged, the first read time stays)",
      responses = {
          @ApiResponse(responseCode = "200", description = "the alert, read"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "404", description = "no such alert of the caller")})
  public AlertView read(@Context SecurityContext sc, @PathParam("id") String id) {
    return AlertView.of(alerts.markRead(ActorPrincipal.of(sc), id));
  }
}
