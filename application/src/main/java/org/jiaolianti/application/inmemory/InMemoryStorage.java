package org.jiaolianti.application.inmemory;

import org.jiaolianti.application.Storage;

/** Every out-port in memory, ready for {@link org.jiaolianti.application.Jiaolianti}. */
public final class InMemoryStorage {

  private InMemoryStorage() {}

  public static Storage create() {
    return new Storage(new InMemoryPolicies(), new InMemoryOrganization.InMemoryTowns(),
        new InMemoryOrganization.InMemorySchools(), new InMemoryOrganization.InMemoryZones(),
        new InMemoryOrganization.InMemoryCommitteeMembers(), new InMemoryOrganization.InMemoryPartners(),
        new InMemoryOrganization.InMemoryDockingAgreements(), new InMemoryPeople.InMemoryUsers(),
        new InMemoryPeople.InMemoryRoleAssignments(), new InMemoryPeople.InMemoryRoster(),
        new InMemoryMilestones.InMemoryTypicalCases(), new InMemoryMilestones.InMemoryExchangeEvents(),
        new InMemoryMilestones.InMemoryYearClosings(), new SerialTransactions(),
        new InMemoryActivities(), new InMemoryHomeSchool.InMemoryNotices(), new InMemoryHomeSchool.InMemoryNoticeOutbox(),
        new InMemoryMessaging.InMemoryConversations(), new InMemoryMessaging.InMemoryMessages(),
        new InMemoryMessaging.InMemoryOfficeHours(), new InMemoryMessaging.InMemoryFeedbackItems(),
        new InMemoryPerformanceNotes(), new InMemoryPerformanceNotes.InMemoryNoteReads(),
        new InMemoryParentMentors(), new InMemoryGuidance.InMemoryGuidanceItems(),
        new InMemoryGuidance.InMemorySharedResources(),
        new InMemoryInstructors(), new InMemoryOpenDays(),
        new InMemoryAuditTrail(), new InMemoryHomeVisits(),
        new InMemoryConsents(), new InMemoryHealthVicePrincipals(),
        new InMemoryCounsellorTeam(), new InMemoryBreakGlassAccesses(),
        new InMemoryScreenings.InMemoryScreeningCampaigns(), new InMemoryScreenings.InMemoryScreeningResults(),
        new InMemoryAlerts(),
        new InMemoryReferrals(),
        new InMemoryMentalHealthFiles(), new InMemoryMentalHealthFiles.InMemoryCareRecords());
  }
}
