package org.jiaolianti.adapters.rest;

import static java.util.Objects.requireNonNull;

import jakarta.ws.rs.core.Application;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ServerProperties;
import org.jiaolianti.adapters.rest.health.HealthResource;
import org.jiaolianti.adapters.rest.me.MeResource;
import org.jiaolianti.adapters.rest.policy.PolicyResource;
import org.jiaolianti.adapters.rest.security.BearerAuthentication;
import org.jiaolianti.adapters.rest.security.Tokens;
import org.jiaolianti.adapters.rest.shared.BodyLimit;
import org.jiaolianti.adapters.rest.shared.Idempotency;
import org.jiaolianti.adapters.rest.shared.Json;
import org.jiaolianti.adapters.rest.shared.ProblemMapper;
import org.jiaolianti.adapters.rest.shared.RateLimit;
import org.jiaolianti.adapters.rest.shared.RequestLog;
import org.jiaolianti.application.Jiaolianti;

/**
 * The REST API as a Jakarta REST {@link Application}: register it in any runtime (the district server
 * runs it on Jersey + Jetty). Resources take the application's use cases; the one access decision is
 * the application's ({@code Jiaolianti.access()}); failures become problem+json in one mapper.
 *
 * <pre>{@code
 * Application api = new RestApi(app, Tokens.hs256(secret), () -> true, Instant::now);
 * }</pre>
 */
public final class RestApi extends Application {

  private final Set<Object> singletons;

  public RestApi(Jiaolianti app, Tokens tokens, BooleanSupplier storageReachable, Supplier<Instant> clock) {
    this(app, tokens, storageReachable, clock, new RateLimit(RateLimit.DEFAULT_PER_SECOND, RateLimit.DEFAULT_BURST));
  }

  /** With a rate limit of one's own (requests per caller: {@link RateLimit}). */
  public RestApi(Jiaolianti app, Tokens tokens, BooleanSupplier storageReachable, Supplier<Instant> clock,
      RateLimit rateLimit) {
    requireNonNull(app, "app");
    Set<Object> all = new LinkedHashSet<>();
    all.addAll(resources(app, storageReachable));
    all.addAll(List.of(new Json(), new ProblemMapper(), new ProblemMapper.Validation(), new ProblemMapper.JsonErrors(),
        new BodyLimit(BodyLimit.DEFAULT_LIMIT), new RequestLog(), new Idempotency(),
        requireNonNull(rateLimit, "rateLimit"),
        new BearerAuthentication(tokens, app.access(), clock),
        // Jackson without its own exception mappers: malformed JSON is our problem+json, not plain text
        JacksonFeature.withoutExceptionMappers()));
    this.singletons = Set.copyOf(all);
  }

  /** The resources alone, for a runtime that brings its own providers. */
  public static List<Object> resources(Jiaolianti app, BooleanSupplier storageReachable) {
    return List.of(new HealthResource(storageReachable), new MeResource(app.access()),
        new org.jiaolianti.adapters.rest.docs.OpenApiDocument(), new org.jiaolianti.adapters.rest.docs.SwaggerUi(),
        new PolicyResource(app.policy(), app.access()),
        new org.jiaolianti.adapters.rest.organization.SchoolResource(app.organization(), app.register(), app.allianceStatus(), app.access()),
        new org.jiaolianti.adapters.rest.organization.ZoneResource(app.organization(), app.zones(), app.access()),
        new org.jiaolianti.adapters.rest.organization.PartnerResource(app.organization(), app.register(), app.access()),
        new org.jiaolianti.adapters.rest.organization.CommitteeResource(app.organization(), app.committees(), app.access()),
        new org.jiaolianti.adapters.rest.organization.DockingAgreementResource(app.organization(), app.agreements(), app.access()),
        new org.jiaolianti.adapters.rest.milestone.TypicalCaseResource(app.milestoneEvidence(), app.access()),
        new org.jiaolianti.adapters.rest.milestone.ExchangeEventResource(app.milestoneEvidence(), app.access()),
        new org.jiaolianti.adapters.rest.milestone.MilestoneReportResource(app.milestoneReports(), app.access()),
        new org.jiaolianti.adapters.rest.people.UserResource(app.users(), app.access()),
        new org.jiaolianti.adapters.rest.activity.ActivityResource(app.activities(), app.manageActivities(),
            app.activityRegistration(), app.access()),
        new org.jiaolianti.adapters.rest.people.RosterImportResource(app.organization(), app.rosterImport(), app.access()),
        new org.jiaolianti.adapters.rest.homeschool.NoticeResource(app.publishNotices(), app.notices()),
        new org.jiaolianti.adapters.rest.homeschool.MyNoticeResource(app.noticeInbox()),
        new org.jiaolianti.adapters.rest.messaging.ConversationResource(app.conversations()),
        new org.jiaolianti.adapters.rest.messaging.OfficeHoursResource(app.officeHours()),
        new org.jiaolianti.adapters.rest.messaging.FeedbackResource(app.feedback()),
        new org.jiaolianti.adapters.rest.performance.PerformanceNoteResource(app.performanceNotes()),
        new org.jiaolianti.adapters.rest.mentor.ParentMentorResource(app.parentMentors()),
        new org.jiaolianti.adapters.rest.report.HomeSchoolReportResource(app.homeSchoolReport()),
        new org.jiaolianti.adapters.rest.guidance.GuidanceResource(app.guidance()),
        new org.jiaolianti.adapters.rest.guidance.SharedResourceResource(app.sharedResources()),
        new org.jiaolianti.adapters.rest.instructor.InstructorResource(app.instructors()),
        new org.jiaolianti.adapters.rest.openday.OpenDayResource(app.openDays()),
        new org.jiaolianti.adapters.rest.audit.AuditEventResource(app.auditTrail()),
        new org.jiaolianti.adapters.rest.homevisit.HomeVisitResource(app.homeVisits()),
        new org.jiaolianti.adapters.rest.consent.ConsentResource(app.consents()),
        new org.jiaolianti.adapters.rest.healthvp.HealthVicePrincipalResource(app.healthVicePrincipals()),
        new org.jiaolianti.adapters.rest.counsellor.CounsellorResource(app.counsellors()),
        new org.jiaolianti.adapters.rest.counsellor.CounsellorCoverageResource(app.counsellors()),
        new org.jiaolianti.adapters.rest.breakglass.BreakGlassResource(app.breakGlass()),
        new org.jiaolianti.adapters.rest.people.StudentResource(app.studentProfiles()),
        new org.jiaolianti.adapters.rest.screening.ScreeningResource(app.screenings()),
        new org.jiaolianti.adapters.rest.alert.AlertResource(app.alerts()),
        new org.jiaolianti.adapters.rest.referral.ReferralResource(app.referrals()),
        new org.jiaolianti.adapters.rest.mentalhealth.MentalHealthFileResource(app.mentalHealthFiles()),
        new org.jiaolianti.adapters.rest.report.MentalHealthReportResource(app.mentalHealthReport()));
  }

  @Override
  public Set<Object> getSingletons() {
    return singletons;
  }

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        ServerProperties.WADL_FEATURE_DISABLE, true,
        // our Jackson setup only: the auto-discovered one would bring its plain-text error mappers back
        org.glassfish.jersey.CommonProperties.JSON_PROCESSING_FEATURE_DISABLE, true,
        org.glassfish.jersey.CommonProperties.MOXY_JSON_FEATURE_DISABLE, true,
        ServerProperties.BV_SEND_ERROR_IN_RESPONSE, false);
  }
}
