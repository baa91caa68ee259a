package org.jiaolianti.application;

import org.jiaolianti.application.consent.port.out.Consents;
import org.jiaolianti.application.breakglass.port.out.BreakGlassAccesses;
import org.jiaolianti.application.referral.port.out.Referrals;
import org.jiaolianti.application.counsellor.port.out.CounsellorTeam;
import org.jiaolianti.application.mentalhealth.port.out.CareRecords;
import org.jiaolianti.application.mentalhealth.port.out.MentalHealthFiles;
import org.jiaolianti.application.healthvp.port.out.HealthVicePrincipals;
import static java.util.Objects.requireNonNull;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.jiaolianti.application.activity.port.out.Activities;
import org.jiaolianti.application.alert.port.out.Alerts;
import org.jiaolianti.application.audit.port.out.AuditTrail;
import org.jiaolianti.application.homevisit.port.out.HomeVisits;
import org.jiaolianti.application.homeschool.port.out.NoticeOutbox;
import org.jiaolianti.application.homeschool.port.out.Notices;
import org.jiaolianti.application.messaging.port.out.Conversations;
import org.jiaolianti.application.messaging.port.out.FeedbackItems;
import org.jiaolianti.application.messaging.port.out.Messages;
import org.jiaolianti.application.messaging.port.out.OfficeHours;
import org.jiaolianti.application.milestone.port.out.ExchangeEvents;
import org.jiaolianti.application.milestone.port.out.TypicalCases;
import org.jiaolianti.application.milestone.port.out.YearClosings;
import org.jiaolianti.application.organization.port.out.CommitteeMembers;
import org.jiaolianti.application.organization.port.out.DockingAgreements;
import org.jiaolianti.application.organization.port.out.Partners;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.organization.port.out.Towns;
import org.jiaolianti.application.organization.port.out.Zones;
import org.jiaolianti.application.mentor.port.out.ParentMentors;
import org.jiaolianti.application.instructor.port.out.Instructors;
import org.jiaolianti.application.openday.port.out.OpenDays;
import org.jiaolianti.application.performance.port.out.NoteReads;
import org.jiaolianti.application.performance.port.out.PerformanceNotes;
import org.jiaolianti.application.people.port.out.RoleAssignments;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.people.port.out.Users;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.application.guidance.port.out.GuidanceItems;
import org.jiaolianti.application.guidance.port.out.SharedResources;
import org.jiaolianti.application.screening.port.out.ScreeningCampaigns;
import org.jiaolianti.application.screening.port.out.ScreeningResults;

/**
 * Every out-port the application needs, from one storage: in memory
 * ({@link org.jiaolianti.application.inmemory.InMemoryStorage}), JDBC, or an integrator's own. Mix
 * freely: each port is its own interface with its own contract test.
 */
public record Storage(
    Policies policies,
    Towns towns,
    Schools schools,
    Zones zones,
    CommitteeMembers committeeMembers,
    Partners partners,
    DockingAgreements agreements,
    Users users,
    RoleAssignments roleAssignments,
    Roster roster,
    TypicalCases typicalCases,
    ExchangeEvents exchangeEvents,
    YearClosings yearClosings,
    Transactions transactions,
    Activities activities,
    Notices notices,
    NoticeOutbox noticeOutbox,
    Conversations conversations,
    Messages messages,
    OfficeHours officeHours,
    FeedbackItems feedbackItems,
    PerformanceNotes performanceNotes,
    NoteReads noteReads,
    ParentMentors parentMentors,
    GuidanceItems guidanceItems,
    SharedResources sharedResources,
    Instructors instructors,
    OpenDays openDays,
    AuditTrail auditTrail,
    HomeVisits homeVisits,
    Consents consents,
    HealthVicePrincipals healthVicePrincipals,
    CounsellorTeam counsellorTeam,
    BreakGlassAccesses breakGlassAccesses,
    ScreeningCampaigns screeningCampaigns,
    ScreeningResults screeningResults,
    Alerts alerts,
    Referrals referrals,
    MentalHealthFiles mentalHealthFiles,
    CareRecords careRecords) {

  public Storage {
    requireNonNull(policies, "policies");
    requireNonNull(towns, "towns");
    requireNonNull(schools, "schools");
    requireNonNull(zones, "zones");
    requireNonNull(committeeMembers, "committeeMembers");
    requireNonNull(partners, "partners");
    requireNonNull(agreements, "agreements");
    requireNonNull(users, "users");
    requireNonNull(roleAssignments, "roleAssignments");
    requireNonNull(roster, "roster");
    requireNonNull(typicalCases, "typicalCases");
    requireNonNull(exchangeEvents, "exchangeEvents");
    requireNonNull(yearClosings, "yearClosings");
    requireNonNull(transactions, "transactions");
    requireNonNull(activities, "activities");
    requireNonNull(notices, "notices");
    requireNonNull(noticeOutbox, "noticeOutbox");
    requireNonNull(conversations, "conversations");
    requireNonNull(messages, "messages");
    requireNonNull(officeHours, "officeHours");
    requireNonNull(feedbackItems, "feedbackItems");
    requireNonNull(performanceNotes, "performanceNotes");
    requireNonNull(noteReads, "noteReads");
    requireNonNull(parentMentors, "parentMentors");
    requireNonNull(guidanceItems, "guidanceItems");
    requireNonNull(sharedResources, "sharedResources");
    requireNonNull(instructors, "instructors");
    requireNonNull(openDays, "openDays");
    requireNonNull(auditTrail, "auditTrail");
    requireNonNull(homeVisits, "homeVisits");
    requireNonNull(consents, "consents");
    requireNonNull(healthVicePrincipals, "healthVicePrincipals");
    requireNonNull(counsellorTeam, "counsellorTeam");
    requireNonNull(breakGlassAccesses, "breakGlassAccesses");
    requireNonNull(screeningCampaigns, "screeningCampaigns");
    requireNonNull(screeningResults, "screeningResults");
    requireNonNull(alerts, "alerts");
    requireNonNull(referrals, "referrals");
    requireNonNull(mentalHealthFiles, "mentalHealthFiles");
    requireNonNull(careRecords, "careRecords");
  }

  /**
   * This storage with one port replaced, e.g. {@code InMemoryStorage.create().with(Partners.class, myPartners)}:
   * integrators and tests swap a port without spelling out all the others.
   *
   * @throws IllegalArgumentException if {@code port} is not one of the storage's port types
   */
  public <T> Storage with(Class<T> port, T replacement) {
    requireNonNull(replacement, "replacement");
    RecordComponent[] components = Storage.class.getRecordComponents();
    Object[] values = new Object[components.length];
    boolean replaced = false;
    try {
      for (int i = 0; i < components.length; i++) {
        if (components[i].getType() == port) {
          values[i] = replacement;
          replaced = true;
        } else {
          values[i] = components[i].getAccessor().invoke(this);
        }
      }
      if (!replaced) {
        throw new IllegalArgumentException("not a storage port: " + port.getName());
      }
      Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      return Storage.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot copy the storage record", e);
    }
  }
}
