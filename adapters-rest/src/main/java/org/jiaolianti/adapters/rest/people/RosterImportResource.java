package org.jiaolianti.adapters.rest.people;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.ApiProblem;
import org.jiaolianti.adapters.rest.shared.BodyLimit;
import org.jiaolianti.adapters.rest.shared.Language;
import org.jiaolianti.adapters.rest.shared.QueryParams;
import org.jiaolianti.application.access.AccessControl;
import org.jiaolianti.application.access.Actor;
import org.jiaolianti.application.access.Visibility;
import org.jiaolianti.application.organization.port.in.OrganizationQueries;
import org.jiaolianti.application.people.port.in.RosterImportUseCase;
import org.jiaolianti.application.people.port.in.RosterImportUseCase.Count;
import org.jiaolianti.application.people.port.in.RosterImportUseCase.Report;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.shared.Bilingual;

/**
 * Roster import (花名册导入): a school registry export as the raw request body, CSV or XLSX; a dry run
 * reports every bad row and writes nothing, a real run writes everything or nothing. The column layout is
 * {@code docs/roster-import.md}. Bodies up to {@link #MAX_BODY} bytes (a district school's file outgrows
 * the API's default 1 MiB); other resources keep the default.
 */
@Path("/api/v1/roster-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "roster", description = "花名册导入 — classes, students, guardians and links from a registry export")
public final class RosterImportResource implements BodyLimit.Raised {

  /** 16 MiB: a registry export of ~50,000 rows as CSV, or larger as XLSX. */
  public static final long MAX_BODY = 16L * 1024 * 1024;
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final OrganizationQueries organization;
  private final RosterImportUseCase imports;
  private final AccessControl access;

  public RosterImportResource(OrganizationQueries organization, RosterImportUseCase imports, AccessControl access) {
    this.organization = requireNonNull(organization, "organization");
    this.imports = requireNonNull(imports, "imports");
    this.access = requireNonNull(access, "access");
  }

  @Override
  public long bodyLimit() {
    return MAX_BODY;
  }

  /** Created and unchanged records of one kind. */
  public record CountView(int created, int unchanged) {
    static CountView of(Count c) {
      return new CountView(c.created(), c.unchanged());
    }
  }

  /** A bad cell: the file's row number (the header is row 1 when there is no title above it), its column, the reason. */
  public record RowErrorView(int row, String column, String header, String code, String reason) {}

  /** The outcome of an import (or, in a dry run, what it would create). */
  public record RosterImportView(boolean dryRun, boolean written, int rows, CountView classes, CountView students,
      CountView guardians, CountView links, List<RowErrorView> errors) {
    static RosterImportView of(Report r, Language lang) {
      return new RosterImportView(r.dryRun(), r.written(), r.rows(), CountView.of(r.classes()),
          CountView.of(r.students()), CountView.of(r.guardians()), CountView.of(r.links()),
          r.errors().stream().map(e -> new RowErrorView(e.row(), e.column().key(), e.column().header(), e.code(),
              lang.pick(e.reason()))).toList());
    }
  }

  @POST
  @Consumes({"text/csv", XLSX})
  @Operation(summary = "Imports a roster file (CSV or XLSX as the body): dryRun=true checks and reports every bad"
      + " row, dryRun=false writes all rows in one transaction or none",
      responses = {
          @ApiResponse(responseCode = "200", description = "the report: created and unchanged per kind; in a dry run"
              + " also every bad row (row, column, reason)"),
          @ApiResponse(responseCode = "400", description = "dryRun missing or not true/false; an unreadable file; or,"
              + " in a real run, bad rows (one error per bad cell, field rows[<row>].<column>); nothing was written"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "the caller may not import a roster (for this school)"),
          @ApiResponse(responseCode = "404", description = "schoolId names no school in the caller's scope"),
          @ApiResponse(responseCode = "413", description = "the file is over 16 MiB"),
          @ApiResponse(responseCode = "415", description = "the body is neither text/csv nor XLSX")})
  public RosterImportView importRoster(@Context SecurityContext sc, @Context HttpHeaders headers,
      @Parameter(description = "true: check only; false: write", required = true) @QueryParam("dryRun") String dryRun,
      @Parameter(description = "limit the import to this school (rows of others are bad rows)")
      @QueryParam("schoolId") String schoolId,
      InputStream body) {
    Boolean dry = QueryParams.bool("dryRun", dryRun);
    if (dry == null) {
      throw ApiProblem.badParameter("dryRun", "NotNull", "dryRun 须为 true（试导入）或 false（正式导入）",
          "dryRun must be true (check only) or false (write)");
    }
    Actor actor = ActorPrincipal.of(sc);
    Set<String> schools = schoolsOf(actor, schoolId);
    RosterFile.Format format = headers.getMediaType() != null && headers.getMediaType().isCompatible(
        MediaType.valueOf(XLSX)) ? RosterFile.Format.XLSX : RosterFile.Format.CSV;
    RosterFile file = RosterFile.read(bytes(body), format);
    Report report = imports.importRoster(file.command(actor.district().value(), dry, schools));
    return RosterImportView.of(report, Language.of(headers));
  }

  /** The schools the actor may import for: null for any school of the district. */
  private Set<String> schoolsOf(Actor actor, String schoolId) {
    if (schoolId != null) {
      SchoolId school;
      try {
        school = SchoolId.of(schoolId);
      } catch (IllegalArgumentException e) {
        throw new NotFoundException("school", schoolId.length() > 64 ? schoolId.substring(0, 64) + "…" : schoolId);
      }
      access.check(actor, Action.IMPORT_ROSTER, new Target.School(actor.district(), school));
      organization.school(actor.district(), school); // a district-wide role: the school must exist (else 404)
      return Set.of(school.value());
    }
    Visibility visibility = access.visibility(actor, Action.IMPORT_ROSTER);
    if (!visibility.permitted()) {
      throw new ForbiddenException(Bilingual.of("无权执行此操作：" + Action.IMPORT_ROSTER.label().zh(),
          "not permitted to " + Action.IMPORT_ROSTER.label().en()));
    }
    if (visibility.districtWide()) {
      return null;
    }
    return organization.schools(actor.district()).stream().map(s -> s.id()).filter(visibility::includesSchool)
        .map(SchoolId::value).collect(Collectors.toSet());
  }

  private static byte[] bytes(InputStream body) {
    try {
      return body == null ? new byte[0] : body.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
