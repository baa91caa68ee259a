package org.jiaolianti.adapters.rest.people;

import static java.util.Objects.requireNonNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import org.jiaolianti.adapters.rest.security.ActorPrincipal;
import org.jiaolianti.adapters.rest.shared.ETags;
import org.jiaolianti.application.people.port.in.StudentProfileUseCase;
import org.jiaolianti.application.people.port.in.StudentProfileUseCase.LinkedGuardian;
import org.jiaolianti.application.people.port.in.StudentProfileUseCase.Profile;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;

/**
 * A student's full profile (学生完整档案), with need to know: the class teachers of the student's class, the
 * leaders and counsellors of the student's school, the student's guardians; others permitted to read profiles get
 * 404, roles that never read them 403. Full mobile numbers and the full national student number only to the class
 * teacher and the school's leaders (masked for the others). Every read is audited, refused ones too.
 */
@Path("/api/v1/students")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "students", description = "学生档案 — full student profiles (need-to-know, audited)")
public final class StudentResource {

  private final StudentProfileUseCase profiles;

  public StudentResource(StudentProfileUseCase profiles) {
    this.profiles = requireNonNull(profiles, "profiles");
  }

  /**
   * A guardian on a profile: {@code mobile} (full) only for a reader who contacts the family, else null (omitted);
   * {@code maskedMobile} always.
   */
  public record GuardianView(String guardianId, String name, String relation, String mobile, String maskedMobile) {
    static GuardianView of(LinkedGuardian g, boolean contacts) {
      return new GuardianView(g.guardian().id().value(), g.guardian().name(), g.relation().name(),
          contacts ? g.guardian().mobile().value() : null, g.guardian().mobile().masked());
    }
  }

  /** A profile; {@code nationalNumber} is masked unless {@code contactsShown}. */
  public record StudentView(String id, String name, String gender, LocalDate birthDate, String nationalNumber,
      String schoolId, String schoolName, String classId, Integer schoolYear, Integer grade, Integer classNumber,
      List<GuardianView> guardians, String reader, boolean contactsShown, long version) {
    static StudentView of(Profile p) {
      Student s = p.student();
      SchoolClass c = p.schoolClass();
      boolean contacts = p.reader().seesContacts();
      return new StudentView(s.id().value(), s.name(), s.gender().name(), s.birthDate(),
          s.optionalNationalNumber().map(n -> contacts ? n.value() : n.masked()).orElse(null), s.school().value(),
          p.schoolName(), c == null ? null : c.id().value(), c == null ? null : c.schoolYear(),
          c == null ? null : c.grade(), c == null ? null : c.number(),
          p.guardians().stream().map(g -> GuardianView.of(g, contacts)).toList(), p.reader().name(), contacts,
          s.version());
    }
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One student's full profile for those with need to know; every call audited (also a "
      + "refused one)", responses = {
          @ApiResponse(responseCode = "200", description = "the profile; ETag is the student's version"),
          @ApiResponse(responseCode = "401", description = "no or bad token"),
          @ApiResponse(responseCode = "403", description = "no role of the caller reads student profiles"),
          @ApiResponse(responseCode = "404", description = "no such student the caller may see")})
  public Response get(@Context SecurityContext sc, @PathParam("id") String id) {
    Profile p = profiles.get(ActorPrincipal.of(sc), id);
    return Response.ok(StudentView.of(p)).tag(ETags.of(p.student().version())).build();
  }
}
