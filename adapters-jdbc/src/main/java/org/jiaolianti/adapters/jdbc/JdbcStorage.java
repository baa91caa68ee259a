package org.jiaolianti.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.shared.port.out.Clock;

/**
 * Wires every JDBC port over one {@link JdbcDatabase} into the application's {@link Storage}:
 *
 * <pre>{@code
 * JdbcDatabase db = JdbcDatabase.open(DatabaseConfig.fromEnvironment());
 * Storage storage = JdbcStorage.create(db, clock, policyFormat);
 * Jiaolianti app = new Jiaolianti(storage, clock);
 * }</pre>
 *
 * <p>The clock stamps the audit columns; {@code actor} names who writes (created_by/changed_by): the
 * server binds it to the signed-in user, batch jobs and the CLI leave the default, "system".
 */
public final class JdbcStorage {

  /** Rows per JDBC batch in the ports' {@code addAll} (the bulk import); a baseline should use the same. */
  public static final int BATCH_SIZE = 1000;

  private JdbcStorage() {}

  public static Storage create(JdbcDatabase database, Clock clock, PolicyFormat policyFormat) {
    return create(database, clock, policyFormat, () -> "system");
  }

  public static Storage create(JdbcDatabase database, Clock clock, PolicyFormat policyFormat, Supplier<String> actor) {
    requireNonNull(database, "database");
    JdbcSession session = new JdbcSession(database.jdbi(), clock, actor);
    return new Storage(new JdbcPolicies(session, policyFormat), new JdbcTowns(session), new JdbcSchools(session),
        new JdbcZones(session), new JdbcCommitteeMembers(session), new JdbcPartners(session),
        new JdbcDockingAgreements(session), new JdbcUsers(session), new JdbcRoleAssignments(session),
        new JdbcRoster(session), new JdbcTypicalCases(session), new JdbcExchangeEvents(session),
        new JdbcYearClosings(session), new JdbcTransactions(session),
        new JdbcActivities(session), new JdbcNotices(session), new JdbcNoticeOutbox(session),
        new JdbcMessaging.JdbcConversations(session), new JdbcMessaging.JdbcMessages(session),
        new JdbcMessaging.JdbcOfficeHours(session), new JdbcMessaging.JdbcFeedbackItems(session),
        new JdbcPerformanceNotes(session), new JdbcPerformanceNotes.JdbcNoteReads(session),
        new JdbcParentMentors(session), new JdbcGuidance.JdbcGuidanceItems(session),
        new JdbcGuidance.JdbcSharedResources(session),
        new JdbcInstructors(session), new JdbcOpenDays(session),
        new JdbcAuditTrail(session), new JdbcHomeVisits(session),
        new JdbcConsents(session), new JdbcHealthVicePrincipals(session),
        new JdbcCounsellorTeam(session), new JdbcBreakGlassAccesses(session),
        new JdbcScreenings.JdbcScreeningCampaigns(session), new JdbcScreenings.JdbcScreeningResults(session),
        new JdbcAlerts(session),
        new JdbcReferrals(session),
        new JdbcMentalHealthFiles(session), new JdbcMentalHealthFiles.JdbcCareRecords(session));
  }
}
