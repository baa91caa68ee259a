package org.jiaolianti.adapters.rest.audit;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.Page;
import org.jiaolianti.adapters.rest.shared.Paging;
import org.jiaolianti.application.audit.port.in.AuditUseCase;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.domain.audit.AuditCheckpoint;
import org.jiaolianti.domain.audit.AuditEvent;
import org.jiaolianti.domain.audit.AuditFilter;
import org.jiaolianti.domain.audit.ChainVerification;

/**
 * The audit trail (审计留痕, 五(二)), for the district's auditors only: every access to sensitive data (who, role,
 * scope, subject, action, purpose, outcome, time; never the content), a verification of its hash chain, and the
 * purge of the oldest segment past the retention. Listing, verifying and purging are themselves audited.
 */
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit-events", description = "审计留痕 — the audit trail (AUDITOR only)")
public final class AuditEventResource {

  private final AuditUseCase audit;

  public AuditEventResource(AuditUseCase audit) {
    this.audit = requireNonNull(audit, "audit");
  }

  /** One audit event with its place in the chain. */
  public record EventView(long sequence, Instant at, String actorUsername, String actorUserId, String role,
      String scope, String subjectType, String subjectId, String action, String purpose, String outcome,
      String previousHash, String hash) {
    static EventView of(AuditEvent e) {
      var x = e.entry();
      return new EventView(e.sequence(), x.at(), x.actorUsername(), x.actorUserId(), x.role(), x.scope(),
          x.subject().type(), x.subject().id(), x.action().name(), x.purpose(), x.outcome().name(),
          e.previousHash(), e.hash());
    }
  }

  /** The result of a verification: OK with the number of events checked, or the first broken one and why. */
  public record VerificationView(boolean ok, long checked, Long lastSequence, Long brokenSequence, String reason) {
    static VerificationView of(ChainVerification v) {
      return new VerificationView(v.ok(), v.checked(), v.ok() ? v.lastSequence() : null,
          v.ok() ? null : v.brokenSequence(), v.reason());
    }
  }

  @GET
  @Operation(summary = "Audit events of the caller's district, newest first; equality filters subjectType, "
      + "subjectId, actor (username) and a time window from (inclusive) / to (exclusive), ISO-8601 instants",
      responses = {
          @ApiResponse(responseCode = "200", description = "a page of events"),
          @ApiResponse(responseCode = "400", description = "bad paging parameters or a bad instant"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller is no auditor")})
  public Page<EventView> list(@Context SecurityContext sc, @QueryParam("subjectType") String subjectType,
      @QueryParam("subjectId") String subjectId, @QueryParam("actor") String actor, @QueryParam("from") String from,
      @QueryParam("to") String to, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    AuditFilter filter = new AuditFilter(blankToNull(subjectType), blankToNull(subjectId), blankToNull(actor),
        instant("from", from), instant("to", to));
    AuditUseCase.EventsPage page = audit.list(ActorPrincipal.of(sc), filter, paging.offset(), paging.limit());
    return new Page<>(page.items().stream().map(EventView::of).toList(), page.total(), paging.limit(),
        paging.offset());
  }

  /** The body of {@code POST /audit-events/purge}: events before the start of {@code olderThan} (Asia/Shanghai). */
  public record PurgeRequest(@NotNull LocalDate olderThan, @NotBlank @Size(max = 500) String purpose) {}

  /** Where a purge ended: the last removed event's sequence and hash, from which verification starts. */
  public record CheckpointView(long sequence, String hash, Instant at) {}

  /** A purge's result: how many events were removed and the checkpoint; {"purged":0} when none was old enough. */
  public record PurgeView(long purged, CheckpointView checkpoint) {
    static PurgeView of(Optional<AuditCheckpoint> c) {
      return c.map(x -> new PurgeView(x.purgedCount(), new CheckpointView(x.sequence(), x.hash(), x.at())))
          .orElse(new PurgeView(0, null));
    }
  }

  @POST
  @Path("purge")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Removes the oldest segment of the district's trail: the events before the start of "
      + "olderThan (Asia/Shanghai), never a younger one; records a checkpoint verification starts from. The purge "
      + "is itself audited (with the purpose). Nothing old enough: 200 {\"purged\":0} (no checkpoint)",
      responses = {
          @ApiResponse(responseCode = "200", description = "the number purged and the checkpoint (null if none)"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller is no auditor"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "olderThan is inside the retention (AUDIT_RETENTION: "
              + "at least 6 months, longer by configuration)")})
  public PurgeView purge(@Context SecurityContext sc, @Valid @NotNull PurgeRequest body) {
    return PurgeView.of(audit.purge(ActorPrincipal.of(sc), new AuditUseCase.PurgeCommand(body.olderThan(),
        body.purpose())));
  }

  @POST
  @Path("verify")
  @Operation(summary = "Walks the district's hash chain from the last purge checkpoint and reports the first broken "
      + "event (sequence and reason), or OK with the number checked", responses = {
          @ApiResponse(responseCode = "200", description = "the verification result"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller is no auditor")})
  public VerificationView verify(@Context SecurityContext sc) {
    return VerificationView.of(audit.verify(ActorPrincipal.of(sc)));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "instant", "须为带时区的 ISO-8601 时间，如 2026-03-01T08:00:00+08:00",
          "must be an ISO-8601 instant with an offset, e.g. 2026-03-01T08:00:00+08:00");
    }
  }
}
