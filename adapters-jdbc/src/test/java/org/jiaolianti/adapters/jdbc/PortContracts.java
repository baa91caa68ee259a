package org.jiaolianti.adapters.jdbc;

import org.jiaolianti.application.activity.port.out.Activities;
import org.jiaolianti.application.contract.ActivitiesContract;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import java.util.List;
import org.jiaolianti.adapters.jdbc.testing.TestDatabases;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.contract.CommitteeMembersContract;
import org.jiaolianti.application.contract.ConversationsContract;
import org.jiaolianti.application.contract.FeedbackItemsContract;
import org.jiaolianti.application.contract.MessagesContract;
import org.jiaolianti.application.contract.OfficeHoursContract;
import org.jiaolianti.application.contract.DockingAgreementsContract;
import org.jiaolianti.application.contract.ExchangeEventsContract;
import org.jiaolianti.application.contract.PartnersContract;
import org.jiaolianti.application.contract.PoliciesContract;
import org.jiaolianti.application.contract.RoleAssignmentsContract;
import org.jiaolianti.application.contract.RosterContract;
import org.jiaolianti.application.contract.SchoolsContract;
import org.jiaolianti.application.contract.TownsContract;
import org.jiaolianti.application.contract.TypicalCasesContract;
import org.jiaolianti.application.contract.UsersContract;
import org.jiaolianti.application.contract.YearClosingsContract;
import org.jiaolianti.application.contract.ZonesContract;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.milestone.port.out.ExchangeEvents;
import org.jiaolianti.application.milestone.port.out.TypicalCases;
import org.jiaolianti.application.milestone.port.out.YearClosings;
import org.jiaolianti.application.organization.port.out.CommitteeMembers;
import org.jiaolianti.application.organization.port.out.DockingAgreements;
import org.jiaolianti.application.organization.port.out.Partners;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.organization.port.out.Towns;
import org.jiaolianti.application.organization.port.out.Zones;
import org.jiaolianti.application.people.port.out.RoleAssignments;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.people.port.out.Users;
import org.jiaolianti.application.policy.port.out.Policies;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.people.Guardian;
import org.jiaolianti.domain.people.User;
import org.junit.jupiter.api.Nested;

/**
 * Every port contract of the application, run on one database ({@link H2PortContractsTest},
 * {@link PostgresPortContractsTest}). Each test gets an emptied database; the records a contract's
 * records refer to (towns, schools, partners, guardians, users) are stored first, since the schema
 * enforces its foreign keys.
 */
abstract class PortContracts {

  private Storage storage;

  abstract JdbcDatabase database();

  /** The JDBC storage over an emptied database. */
  Storage emptyStorage() {
    TestDatabases.empty(database());
    storage = JdbcStorage.create(database(), Clocks.system(), TestDatabases.SEED_FORMAT);
    return storage;
  }

  void store(List<Record> records) {
    for (Record r : records) {
      if (r instanceof Town town) {
        storage.towns().add(town);
      } else if (r instanceof School school) {
        storage.schools().add(school);
      } else if (r instanceof Partner partner) {
        storage.partners().add(partner);
      } else if (r instanceof SchoolClass schoolClass) {
        storage.roster().addClass(schoolClass);
      } else if (r instanceof Student student) {
        storage.roster().addStudent(student);
      } else if (r instanceof Guardian guardian) {
        storage.roster().addGuardian(guardian);
      } else if (r instanceof User user) {
        storage.users().add(user);
      } else if (r instanceof org.jiaolianti.domain.people.SchoolClass schoolClass) {
        storage.roster().addClass(schoolClass);
      } else if (r instanceof org.jiaolianti.domain.people.Student student) {
        storage.roster().addStudent(student);
      } else if (r instanceof org.jiaolianti.domain.messaging.Conversation conversation) {
        storage.conversations().add(conversation);
      } else if (r instanceof org.jiaolianti.domain.mentalhealth.ScreeningCampaign campaign) {
        storage.screeningCampaigns().add(campaign);
      } else if (r instanceof org.jiaolianti.domain.mentalhealth.MentalHealthFile file) {
        storage.mentalHealthFiles().add(file);
      } else {
        throw new IllegalArgumentException("no port stores " + r.getClass().getSimpleName());
      }
    }
  }

  @Nested
  class ActivitiesOnJdbc extends ActivitiesContract {
    @Override
    protected Activities activities() {
      return emptyStorage().activities();
    }

    @Override
    protected Transactions transactions() {
      return storage.transactions();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class PoliciesOnJdbc extends PoliciesContract {
    @Override
    protected Policies policies() {
      return emptyStorage().policies();
    }
  }

  @Nested
  class TownsOnJdbc extends TownsContract {
    @Override
    protected Towns towns() {
      return emptyStorage().towns();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class SchoolsOnJdbc extends SchoolsContract {
    @Override
    protected Schools schools() {
      return emptyStorage().schools();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class ZonesOnJdbc extends ZonesContract {
    @Override
    protected Zones zones() {
      return emptyStorage().zones();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class CommitteeMembersOnJdbc extends CommitteeMembersContract {
    @Override
    protected CommitteeMembers committeeMembers() {
      return emptyStorage().committeeMembers();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class PartnersOnJdbc extends PartnersContract {
    @Override
    protected Partners partners() {
      return emptyStorage().partners();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class DockingAgreementsOnJdbc extends DockingAgreementsContract {
    @Override
    protected DockingAgreements agreements() {
      return emptyStorage().agreements();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class UsersOnJdbc extends UsersContract {
    @Override
    protected Users users() {
      return emptyStorage().users();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class RoleAssignmentsOnJdbc extends RoleAssignmentsContract {
    @Override
    protected RoleAssignments roleAssignments() {
      return emptyStorage().roleAssignments();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class RosterOnJdbc extends RosterContract {
    @Override
    protected Roster roster() {
      return emptyStorage().roster();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class TypicalCasesOnJdbc extends TypicalCasesContract {
    @Override
    protected TypicalCases typicalCases() {
      return emptyStorage().typicalCases();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class ExchangeEventsOnJdbc extends ExchangeEventsContract {
    @Override
    protected ExchangeEvents exchangeEvents() {
      return emptyStorage().exchangeEvents();
    }
  }

  @Nested
  class YearClosingsOnJdbc extends YearClosingsContract {
    @Override
    protected YearClosings yearClosings() {
      return emptyStorage().yearClosings();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class NoticesOnJdbc extends org.jiaolianti.application.contract.NoticesContract {
    @Override
    protected org.jiaolianti.application.homeschool.port.out.Notices notices() {
      return emptyStorage().notices();
    }
  }

  @Nested
  class ConversationsOnJdbc extends ConversationsContract {
    @Override
    protected org.jiaolianti.application.messaging.port.out.Conversations conversations() {
      return emptyStorage().conversations();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class NoticeOutboxOnJdbc extends org.jiaolianti.application.contract.NoticeOutboxContract {
    @Override
    protected org.jiaolianti.application.homeschool.port.out.NoticeOutbox outbox() {
      return emptyStorage().noticeOutbox();
    }
  }

  @Nested
  class PerformanceNotesOnJdbc extends org.jiaolianti.application.contract.PerformanceNotesContract {
    @Override
    protected org.jiaolianti.application.performance.port.out.PerformanceNotes performanceNotes() {
      return emptyStorage().performanceNotes();
    }

    @Override
    protected org.jiaolianti.application.performance.port.out.NoteReads noteReads() {
      return storage.noteReads();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class ParentMentorsOnJdbc extends org.jiaolianti.application.contract.ParentMentorsContract {
    @Override
    protected org.jiaolianti.application.mentor.port.out.ParentMentors parentMentors() {
      return emptyStorage().parentMentors();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class MessagesOnJdbc extends MessagesContract {
    @Override
    protected org.jiaolianti.application.messaging.port.out.Messages messages() {
      return emptyStorage().messages();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class OfficeHoursOnJdbc extends OfficeHoursContract {
    @Override
    protected org.jiaolianti.application.messaging.port.out.OfficeHours officeHours() {
      return emptyStorage().officeHours();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class FeedbackItemsOnJdbc extends FeedbackItemsContract {
    @Override
    protected org.jiaolianti.application.messaging.port.out.FeedbackItems feedbackItems() {
      return emptyStorage().feedbackItems();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class GuidanceItemsOnJdbc extends org.jiaolianti.application.contract.GuidanceContract.ItemsContract {
    @Override
    protected org.jiaolianti.application.guidance.port.out.GuidanceItems guidanceItems() {
      return emptyStorage().guidanceItems();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class SharedResourcesOnJdbc extends org.jiaolianti.application.contract.GuidanceContract.ResourcesContract {
    @Override
    protected org.jiaolianti.application.guidance.port.out.SharedResources sharedResources() {
      return emptyStorage().sharedResources();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class InstructorsOnJdbc extends org.jiaolianti.application.contract.InstructorsContract {
    @Override
    protected org.jiaolianti.application.instructor.port.out.Instructors instructors() {
      return emptyStorage().instructors();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class OpenDaysOnJdbc extends org.jiaolianti.application.contract.OpenDaysContract {
    @Override
    protected org.jiaolianti.application.openday.port.out.OpenDays openDays() {
      return emptyStorage().openDays();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class AuditTrailOnJdbc extends org.jiaolianti.application.contract.AuditTrailContract {
    @Override
    protected org.jiaolianti.application.audit.port.out.AuditTrail auditTrail() {
      return emptyStorage().auditTrail();
    }
  }

  @Nested
  class HomeVisitsOnJdbc extends org.jiaolianti.application.contract.HomeVisitsContract {
    @Override
    protected org.jiaolianti.application.homevisit.port.out.HomeVisits homeVisits() {
      return emptyStorage().homeVisits();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class ConsentsOnJdbc extends org.jiaolianti.application.contract.ConsentsContract {
    @Override
    protected org.jiaolianti.application.consent.port.out.Consents consents() {
      return emptyStorage().consents();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class HealthVicePrincipalsOnJdbc extends org.jiaolianti.application.contract.HealthVicePrincipalsContract {
    @Override
    protected org.jiaolianti.application.healthvp.port.out.HealthVicePrincipals healthVicePrincipals() {
      return emptyStorage().healthVicePrincipals();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class CounsellorTeamOnJdbc extends org.jiaolianti.application.contract.CounsellorTeamContract {
    @Override
    protected org.jiaolianti.application.counsellor.port.out.CounsellorTeam counsellorTeam() {
      return emptyStorage().counsellorTeam();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class BreakGlassAccessesOnJdbc extends org.jiaolianti.application.contract.BreakGlassAccessesContract {
    @Override
    protected org.jiaolianti.application.breakglass.port.out.BreakGlassAccesses breakGlassAccesses() {
      return emptyStorage().breakGlassAccesses();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class ScreeningCampaignsOnJdbc extends org.jiaolianti.application.contract.ScreeningCampaignsContract {
    @Override
    protected org.jiaolianti.application.screening.port.out.ScreeningCampaigns screeningCampaigns() {
      return emptyStorage().screeningCampaigns();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class MentalHealthFilesOnJdbc extends org.jiaolianti.application.contract.MentalHealthFilesContract {
    @Override
    protected org.jiaolianti.application.mentalhealth.port.out.MentalHealthFiles mentalHealthFiles() {
      return emptyStorage().mentalHealthFiles();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class ScreeningResultsOnJdbc extends org.jiaolianti.application.contract.ScreeningResultsContract {
    @Override
    protected org.jiaolianti.application.screening.port.out.ScreeningResults screeningResults() {
      return emptyStorage().screeningResults();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class AlertsOnJdbc extends org.jiaolianti.application.contract.AlertsContract {
    @Override
    protected org.jiaolianti.application.alert.port.out.Alerts alerts() {
      return emptyStorage().alerts();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class ReferralsOnJdbc extends org.jiaolianti.application.contract.ReferralsContract {
    @Override
    protected org.jiaolianti.application.referral.port.out.Referrals referrals() {
      return emptyStorage().referrals();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }

  @Nested
  class CareRecordsOnJdbc extends org.jiaolianti.application.contract.CareRecordsContract {
    @Override
    protected org.jiaolianti.application.mentalhealth.port.out.CareRecords careRecords() {
      return emptyStorage().careRecords();
    }

    @Override
    protected void referencedRecordsExist(List<Record> records) {
      store(records);
    }
  }
}
