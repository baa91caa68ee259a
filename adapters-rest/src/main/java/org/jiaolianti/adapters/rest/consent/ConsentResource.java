package org.jiaolianti.adapters.rest.consent;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.Language;
import org.jiaolianti.application.consent.port.in.ConsentsUseCase;
import org.jiaolianti.application.consent.port.in.ConsentsUseCase.RecordCommand;
import org.jiaolianti.application.consent.port.in.ConsentsUseCase.RevokeCommand;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.domain.mentalhealth.Consent;
import org.jiaolianti.domain.mentalhealth.ConsentMethod;
import org.jiaolianti.domain.mentalhealth.ConsentPurpose;
import org.jiaolianti.domain.mentalhealth.ConsentRules;
import org.jiaolianti.domain.mentalhealth.GrantorKind;

/**
 * Consents per student and purpose (同意; PIPL Art. 31, guarding 五(二)1 referrals and 五(二)2 the file). A guardian
 * records and revokes for their own children as themself; a school's leaders and counsellors record paper forms
 * naming the linked guardian or the student; the district's mental-health officer reads. Never deleted.
 */
@Path("/api/v1/consents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "consents", description = "同意记录 — consents per student and purpose")
public final class ConsentResource {

  private final ConsentsUseCase consents;

  public ConsentResource(ConsentsUseCase consents) {
    this.consents = requireNonNull(consents, "consents");
  }

  /** The body of {@code POST /consents}. */
  public record RecordRequest(@NotBlank String studentId, @NotNull ConsentPurpose purpose, GrantorKind grantor,
      String guardianId, ConsentMethod method, LocalDate grantedOn) {}

  /** The (optional) body of {@code POST /consents/{id}/revoke}. */
  public record RevokeRequest(ConsentMethod method) {}

  /** A consent with its revocation, if any, and the clause of the use it guards. */
  public record ConsentView(String id, String studentId, String purpose, String purposeLabel, String grantor,
      String guardianId, String method, LocalDate grantedOn, String recordedBy, Instant recordedAt,
      LocalDate revokedOn, String revokedBy, Instant revokedAt, String revokeMethod, boolean inForceToday,
      long version, String clause) {
    static ConsentView of(Consent c, Language lang, LocalDate today) {
      return new ConsentView(c.id().value(), c.student().value(), c.purpose().name(), lang.pick(c.purpose().label()),
          c.grantorKind().name(), c.guardian() == null ? null : c.guardian().value(), c.method().name(),
          c.grantedOn(), c.recordedBy().value(), c.recordedAt(), c.revokedOn(),
          c.revokedBy() == null ? null : c.revokedBy().value(), c.revokedAt(),
          c.revokeMethod() == null ? null : c.revokeMethod().name(), c.inForceOn(today), c.version(),
          ConsentRules.clauseFor(c.purpose()).value());
    }
  }

  /** A student's consents (all of them: a few per student, no paging). */
  public record ConsentList(String studentId, List<ConsentView> items) {}

  @GET
  @Operation(summary = "A student's consents, in force and revoked, oldest first", responses = {
      @ApiResponse(responseCode = "200", description = "the student's consents"),
      @ApiResponse(responseCode = "400", description = "studentId missing"),
      @ApiResponse(responseCode = "401", description = "no or bad token"),
      @ApiResponse(responseCode = "403", description = "no role of the caller reads consents"),
      @ApiResponse(responseCode = "404", description = "no such student the caller may see (another school; "
          + "another guardian's child)")})
  public ConsentList list(@Context SecurityContext sc, @Context HttpHeaders headers,
      @QueryParam("studentId") String studentId) {
    if (studentId == null || studentId.isBlank()) {
      throw InvalidInputException.of("studentId", "NotBlank", "须指定学生（studentId）", "studentId is required");
    }
    var actor = ActorPrincipal.of(sc);
    Language lang = Language.of(headers);
    return new ConsentList(studentId, consents.ofStudent(actor, studentId).stream()
        .map(c -> ConsentView.of(c, lang, actor.today())).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Records a consent: a guardian for their own child (as themself, IN_APP); a school leader "
      + "or counsellor a paper form (WRITTEN_FORM) naming the linked guardian or the student", responses = {
          @ApiResponse(responseCode = "201", description = "recorded; Location names the student's consents"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller records consents"),
          @ApiResponse(responseCode = "404", description = "no such student the caller may see"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "the grantor may not consent: under 14 only a guardian "
              + "(CONSENT_UNDER_14_GUARDIAN_ONLY), from 18 only the student (CONSENT_ADULT_SELF_ONLY), not a guardian "
              + "of the student (CONSENT_GUARDIAN_NOT_LINKED), dated in the future (CONSENT_DATE_FUTURE); "
              + "五(二)2 / 五(二)1 / 五(二) by purpose")})
  public Response record(@Context SecurityContext sc, @Context HttpHeaders headers, @Context UriInfo uri,
      @Valid @NotNull RecordRequest body) {
    var actor = ActorPrincipal.of(sc);
    Consent c = consents.record(actor, new RecordCommand(body.studentId(), body.purpose(), body.grantor(),
        body.guardianId(), body.method(), body.grantedOn()));
    return Response.created(uri.getBaseUriBuilder().path("api/v1/consents").queryParam("studentId",
        c.student().value()).build()).entity(ConsentView.of(c, Language.of(headers), actor.today())).build();
  }

  @POST
  @Path("{id}/revoke")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Revokes a consent from today on; the grant and the revocation (who, when, how) are kept",
      responses = {
          @ApiResponse(responseCode = "200", description = "the revoked consent"),
          @ApiResponse(responseCode = "400", description = "invalid body (one error per field)"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller records consents"),
          @ApiResponse(responseCode = "404", description = "no such consent the caller may see"),
          @ApiResponse(responseCode = "409", description = "the consent changed meanwhile"),
          @ApiResponse(responseCode = "415", description = "the body is not JSON"),
          @ApiResponse(responseCode = "422", description = "already revoked (CONSENT_ALREADY_REVOKED), before the "
              + "grant (CONSENT_REVOKE_BEFORE_GRANT); 五(二)2 / 五(二)1 / 五(二) by purpose")})
  public ConsentView revoke(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") String id,
      @Valid RevokeRequest body) {
    var actor = ActorPrincipal.of(sc);
    Consent c = consents.revoke(actor, new RevokeCommand(id, body == null ? null : body.method()));
    return ConsentView.of(c, Language.of(headers), actor.today());
  }
}
